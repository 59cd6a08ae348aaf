// What a recording call holds in memory between its reads (record-reads.ts) and its writes
// (record-commit.ts): the records its readings touch, as the readings applied so far left them
// (record-author-reading.ts, record-post-reading.ts), what they add, and the snapshot (or follower
// snapshot) before a given time that a reading of that time is compared with.

import type { SummaryReading } from '../records';
import type { Count, Counts } from '../types';
import { LeftOutReadings } from './left-out-readings';
import { type AuthorState, at, type CallReads } from './record-reads';
import type { FollowerSnapshotRecord, PostSummary, SnapshotRecord, StoredPost } from './schema';

/** Of two readings, the later one (by time; at equal times `b`, the one written later). */
function later<T extends { capturedAt: number }>(a: T | null, b: T | null): T | null {
  if (!a) return b;
  if (!b) return a;
  return b.capturedAt >= a.capturedAt ? b : a;
}

/** The newest of `list` captured before `time`, or null. */
function newestBefore<T extends { capturedAt: number }>(
  list: readonly T[] | undefined,
  time: number,
): T | null {
  let out: T | null = null;
  for (const x of list ?? []) if (x.capturedAt < time) out = later(out, x);
  return out;
}

/** A call's reads, and its readings applied to them in memory, one after another. */
export class CallState {
  readonly posts = new Map<string, StoredPost>();
  readonly touchedPosts = new Set<string>();
  readonly snapshots: SnapshotRecord[] = [];
  readonly followerSnapshots: FollowerSnapshotRecord[] = [];
  /**
   * This call's snapshots by post (or author) key and capture time: a second reading of the same
   * post at the same moment (two tabs' batches in one call, or one page showing a post twice) is
   * merged into the first, as one snapshot per moment is all a history (and an import) can hold.
   */
  readonly snapshotAt = new Map<string, SnapshotRecord>();
  readonly followerSnapshotAt = new Map<string, FollowerSnapshotRecord>();
  /**
   * The counts of this call's readings left out as unchanged, by post key and capture time: a
   * later reading of that moment that differs is stored with them where it shows none.
   */
  readonly unchangedAt = new Map<string, Counts>();
  /** The readings known to be left out as unchanged, compared again when a snapshot goes in before them. */
  readonly leftOut = new LeftOutReadings();
  readonly batchIds: { batchId: string; at: number }[] = [];
  /** This call's snapshots (and follower snapshots) of each post (and author), in the order added. */
  readonly addedOf = new Map<string, SnapshotRecord[]>();
  readonly addedFollowersOf = new Map<string, FollowerSnapshotRecord[]>();
  /** Each stored post's summary as this call found it. */
  private readonly storedSummaries = new Map<string, PostSummary>();

  readonly seenBatches: Set<string>;
  readonly authors: Map<string, AuthorState>;
  readonly storedFollowers: Map<string, FollowerSnapshotRecord | null>;
  private readonly storedUpTo: Map<string, SnapshotRecord | null>;
  private readonly storedFollowersUpTo: Map<string, FollowerSnapshotRecord | null>;

  constructor(reads: CallReads) {
    this.seenBatches = reads.seenBatches;
    this.authors = reads.authors;
    this.storedFollowers = reads.storedFollowers;
    this.storedUpTo = reads.storedUpTo;
    this.storedFollowersUpTo = reads.storedFollowersUpTo;
    for (const [k, p] of reads.posts) {
      if (!p) continue;
      this.posts.set(k, p);
      this.storedSummaries.set(k, p.summary);
    }
  }

  /**
   * The snapshot of a post before `time` (or at it, when stored already), of those stored and
   * those this call added: what a reading of that time is compared with.
   */
  snapshotBefore(key: string, time: number): SnapshotRecord | SummaryReading | null {
    const stored = this.storedSummaries.get(key);
    let storedOne: SnapshotRecord | SummaryReading | null = null;
    if (stored?.latest && stored.latest.capturedAt <= time) storedOne = stored.latest;
    else if (stored?.previous && stored.previous.capturedAt <= time) storedOne = stored.previous;
    else if (stored?.previous) storedOne = this.storedUpTo.get(at(key, time)) ?? null;
    return later(storedOne, newestBefore(this.addedOf.get(key), time));
  }

  /** The follower snapshot of an author before `time` (or at it, when stored already), stored or added. */
  followersBefore(key: string, time: number): FollowerSnapshotRecord | null {
    const newest = this.storedFollowers.get(key) ?? null;
    const storedOne =
      newest && newest.capturedAt <= time ? newest : (this.storedFollowersUpTo.get(at(key, time)) ?? null);
    return later(storedOne, newestBefore(this.addedFollowersOf.get(key), time));
  }

  /**
   * An author's followers as read at or before `time`: its count when read then (or of no known
   * time, as an import can leave it), else the follower snapshot before it; null when none was.
   */
  followersAsOf(key: string | null, time: number): Count {
    const rec = key === null ? undefined : this.authors.get(key)?.rec;
    if (!key || !rec) return null;
    if (rec.followersAt === null || rec.followersAt <= time) return rec.followers;
    return this.followersBefore(key, time)?.followers ?? null;
  }
}
