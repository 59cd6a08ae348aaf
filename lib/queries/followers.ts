// Authors' follower readings (the followerSnapshots store, and each author's own newest count) for
// the dashboard's Overview, which needs each author's count at the start and the end of a period,
// however long ago those were.

import type { AuthorRecord, FollowerSnapshotRecord } from '../records';
import { getDb, timeRange } from '../store';
import { followerTrend } from './author-stats';

/** One follower count of an author, as read at capturedAt (epoch ms). */
export type FollowerReading = Pick<FollowerSnapshotRecord, 'authorKey' | 'capturedAt' | 'followers'>;

/**
 * Every follower reading of the authors given, oldest first per author; of every author when
 * `authorKeys` is null (authors in key order). All of them, not just a period's: the count at a
 * period's start is the last reading before it, which may be from any time earlier. The author's
 * own count is a reading too when it is newer than every snapshot (followerTrend's rule): the
 * recorder stores no snapshot of an unchanged count read within the snapshot interval, and a late
 * batch's snapshot goes in before a newer reading, yet the author's count is the newest read.
 */
export async function loadFollowerReadings(authorKeys: readonly string[] | null): Promise<FollowerReading[]> {
  const db = await getDb();
  const tx = db.transaction(['followerSnapshots', 'authors'], 'readonly');
  const index = tx.objectStore('followerSnapshots').index('by-author-time');
  const authorsStore = tx.objectStore('authors');
  const keys = authorKeys === null ? null : [...new Set(authorKeys)];
  const [records, authors] = await Promise.all([
    keys === null
      ? index.getAll()
      : Promise.all(keys.map((k) => index.getAll(timeRange(k)))).then((r) => r.flat()),
    keys === null
      ? authorsStore.getAll()
      : Promise.all(keys.map((k) => authorsStore.get(k))).then((r) =>
          r.filter((a): a is AuthorRecord => a !== undefined),
        ),
  ]);
  const snapsOf = new Map<string, FollowerSnapshotRecord[]>();
  for (const r of records) {
    const list = snapsOf.get(r.authorKey);
    if (list) list.push(r);
    else snapsOf.set(r.authorKey, [r]);
  }
  const authorOf = new Map(authors.map((a) => [a.key, a]));
  // IndexedDB orders string keys by code unit, as the default sort does.
  const order = keys ?? [...new Set([...snapsOf.keys(), ...authorOf.keys()])].sort();
  return order.flatMap((authorKey) =>
    followerTrend(snapsOf.get(authorKey) ?? [], authorOf.get(authorKey)).points.map(
      ([capturedAt, followers]) => ({ authorKey, capturedAt, followers }),
    ),
  );
}
