// The readings of posts a recording call knows were left out as unchanged (record-post-reading.ts):
// each is represented by the snapshot before it in time, whose counts it showed. A snapshot that
// goes in between them later (a late batch, a clock set back, or a reading earlier in the same
// call) takes that place, so the recorder compares each again and stores the ones that differ, as
// it would have had the readings come in order. Known: this call's readings alone. An earlier
// call's reading left out leaves no trace of what it showed (the post's lastSeen says only when it
// was read): a late snapshot just before it passes for what it showed. Taking the snapshot it was
// unchanged against for its counts is no answer: a reading that showed no counts, or fewer (a
// profile grid's plays alone), would get counts no page showed then, and a false fall.

import { COUNT_FIELDS, type Count, type Counts } from '../types';
import type { SnapshotRecord } from './schema';

export interface LeftOut {
  at: number;
  /** What it showed; of two readings of one moment, the later one's shown counts win. */
  counts: Counts;
  /** The author's followers the reading showed, if it showed them. */
  followers: Count | undefined;
  /** The author's key the reading named. */
  authorKey: string | null;
}

/**
 * Whether `counts` show a change from `before`: a count that `before` lacks or holds otherwise.
 * A count the page stopped showing (null) is absence, not change.
 */
export const showsChange = (counts: Counts, before: Counts): boolean =>
  COUNT_FIELDS.some((f) => counts[f] !== null && counts[f] !== before[f]);

export class LeftOutReadings {
  private readonly byPost = new Map<string, Map<number, LeftOut>>();

  /** Notes a reading left out; one of a moment noted already is merged into it. */
  note(key: string, reading: LeftOut): void {
    let list = this.byPost.get(key);
    if (!list) {
      list = new Map();
      this.byPost.set(key, list);
    }
    const known = list.get(reading.at);
    if (!known) {
      list.set(reading.at, { ...reading, counts: { ...reading.counts } });
      return;
    }
    for (const f of COUNT_FIELDS) if (reading.counts[f] !== null) known.counts[f] = reading.counts[f];
    if (typeof reading.followers === 'number') known.followers = reading.followers;
    known.authorKey ??= reading.authorKey;
  }

  /** Those of a post read after `time`, oldest first. */
  after(key: string, time: number): LeftOut[] {
    const list = this.byPost.get(key);
    if (!list) return [];
    return [...list.values()].filter((o) => o.at > time).sort((a, b) => a.at - b.at);
  }

  /** A snapshot of that moment now holds it. */
  stored(snap: Pick<SnapshotRecord, 'postKey' | 'capturedAt'>): void {
    this.byPost.get(snap.postKey)?.delete(snap.capturedAt);
  }
}
