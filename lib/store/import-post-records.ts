// The file's posts and their snapshots merged with the stored ones: a new post as the file gives it,
// a stored one as the user has it with what it lacks filled in, each snapshot of a moment not
// stored added; what the file gives otherwise is named.

import { t } from '../i18n';
import { type ExportV1, shownTime } from '../transfer';
import { authorKey, isDayOnly, pickCounts, postedMs, postKey, READING_FIELDS } from '../types';
import type { ImportAuthorRecords } from './import-author-records';
import type { Merged } from './import-not-taken';
import { mergedPost } from './post-writes';
import type { SnapshotRecord, StoredPost } from './schema';
import { emptySummary } from './summary';

/**
 * Whether two posting times agree: the same, or `day` is a day alone (a page that showed
 * "Yesterday") and `at`, a time to the minute, falls on that day in the user's zone, as postedMs
 * reads a day alone. A stored day alone and the file's moment on it: mergedPost takes the moment; a
 * file's moment on another day is left out and named (mergePostRecords).
 */
function samePosted(at: string | null, day: string): boolean {
  if (at === day) return true;
  if (at === null || !isDayOnly(day) || isDayOnly(at)) return false;
  const start = postedMs(day);
  // The next midnight, not 24 hours on: a day on a clock change lasts 23 or 25.
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  const ms = Date.parse(at);
  return ms >= start && ms < end.getTime();
}

/** An author's count from its posts' author.followers: of the post last seen, every count of then. */
export type UndatedCount = { followers: number; last: number; counts: Set<number> };

/**
 * The posts the file touches (their summaries still to build), each touched post's snapshots
 * (snapsOf), the snapshots to add, and undated: each author's count from its posts. exportedAt:
 * the file's time (ms); postSpelling: the handle kept of each author only the posts give
 * (postAuthorSpellings). Counts go to merged.added, what the file gives otherwise to merged.kept.
 */
export function mergePostRecords(
  data: ExportV1,
  exportedAt: number,
  postSpelling: ReadonlyMap<string, string>,
  storedPosts: ReadonlyMap<string, StoredPost | undefined>,
  storedSnaps: ReadonlyMap<string, SnapshotRecord[]>,
  { author }: ImportAuthorRecords,
  { added, kept }: Merged,
) {
  /**
   * Authors' counts from their posts' author.followers, used only where nothing dated is known:
   * each author's from the post last seen; posts seen as late as each other must agree (counts
   * holds every count given at that time), as the file's order cannot tell which is newer.
   */
  const undated = new Map<string, UndatedCount>();
  const posts = new Map<string, StoredPost>();
  /** Each touched post's snapshots, stored ones in index order, then the ones added, in order. */
  const snapsOf = new Map<string, SnapshotRecord[]>();
  const snapAdds: SnapshotRecord[] = [];
  for (const p of data.posts) {
    const key = postKey(p);
    const times = p.snapshots.map((s) => Date.parse(s.capturedAt));
    // When the post was first and last seen: the file's, else its snapshots' times.
    const seen = [...times, ...[p.firstSeen, p.lastSeen].flatMap((s) => (s ? [Date.parse(s)] : []))];
    const first = seen.reduce((m, t) => Math.min(m, t), seen[0] ?? exportedAt);
    const last = seen.reduce((m, t) => Math.max(m, t), seen[0] ?? exportedAt);
    const rec = p.author.handle
      ? author(
          p.platform,
          postSpelling.get(authorKey(p.platform, p.author.handle)) ?? p.author.handle,
          p.author.name,
          false,
          last,
        )
      : null;
    // author.followers is the author's latest count, of no stated time: the authors' entries give
    // it with its time. Only an author they leave without any count takes it, its time unknown.
    // Of several posts, the one seen last shows the latest count.
    const u = rec && undated.get(rec.key);
    if (rec && p.author.followers !== null) {
      if (!u || last > u.last)
        undated.set(rec.key, { followers: p.author.followers, last, counts: new Set([p.author.followers]) });
      else if (last === u.last) u.counts.add(p.author.followers);
    }

    const asNew: StoredPost = {
      key,
      platform: p.platform,
      postId: p.postId,
      url: p.url,
      authorKey: rec?.key ?? null,
      authorHandle: p.author.handle,
      authorName: p.author.name,
      publishedAt: p.publishedAt,
      text: p.text,
      promoted: p.promoted === true,
      firstSeen: first,
      lastSeen: last,
      summary: emptySummary(null),
    };
    const old = posts.get(key) ?? storedPosts.get(key);
    if (!old) {
      added.posts++;
      posts.set(key, asNew);
    } else {
      // What the user has stays and what it lacks the file fills in, as a later reading would
      // (mergedPost); what the file gives otherwise is named. A moment on another day than a stored
      // day alone contradicts it rather than filling it in: a later reading of the page would take
      // it (the page's own clock), but a file is not the page, so the user's day stays, named below
      // with the other differences, never re-dated without a word.
      const merged = mergedPost(old, asNew);
      const otherDay =
        isDayOnly(old.publishedAt) && p.publishedAt !== null && !samePosted(p.publishedAt, old.publishedAt);
      const post = otherDay ? { ...merged, publishedAt: old.publishedAt } : merged;
      if (p.publishedAt !== null && !samePosted(post.publishedAt, p.publishedAt))
        kept.push(t('store.keptPost.postedTime', key));
      if (old.text !== '' && p.text !== '' && old.text !== p.text) kept.push(t('store.keptPost.text', key));
      if (old.url !== p.url) kept.push(t('store.keptPost.link', key));
      // Handles in another case are one author (authorKey): only another author is named.
      if (old.authorKey !== null && rec !== null && old.authorKey !== rec.key)
        kept.push(t('store.keptPost.author', key));
      else if (old.authorName !== null && p.author.name !== null && old.authorName !== p.author.name)
        kept.push(t('store.keptPostAuthorName', key));
      posts.set(key, post);
    }

    let snaps = snapsOf.get(key);
    if (!snaps) {
      snaps = [...(storedSnaps.get(key) ?? [])];
      snapsOf.set(key, snaps);
    }
    const have = new Map(snaps.map((s) => [s.capturedAt, s]));
    for (const [i, s] of p.snapshots.entries()) {
      const capturedAt = times[i]!;
      const stored = have.get(capturedAt);
      if (stored) {
        // The file holds each moment once (checkExport), so this one is yours: it stays, and the
        // user is told when the file's reading of that moment differed.
        if (READING_FIELDS.some((f) => stored[f] !== s[f]))
          kept.push(t('store.keptReading', key, shownTime(capturedAt)));
        continue;
      }
      const snap: SnapshotRecord = { postKey: key, capturedAt, ...pickCounts(s), followers: s.followers };
      have.set(capturedAt, snap);
      snaps.push(snap);
      snapAdds.push(snap);
      added.snapshots++;
    }
  }
  return { posts, snapsOf, snapAdds, undated };
}
