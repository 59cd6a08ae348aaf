// Authors' follower readings (the followerSnapshots store) for the dashboard's Overview, which
// needs each author's count at the start and the end of a period, however long ago those were.

import type { FollowerSnapshotRecord } from '../records';
import { getDb, timeRange } from '../store';

/** One follower count of an author, as read at capturedAt (epoch ms). */
export type FollowerReading = Pick<FollowerSnapshotRecord, 'authorKey' | 'capturedAt' | 'followers'>;

/**
 * Every follower reading of the authors given, oldest first per author; of every author when
 * `authorKeys` is null. All of them, not just a period's: the count at a period's start is the
 * last reading before it, which may be from any time earlier.
 */
export async function loadFollowerReadings(authorKeys: readonly string[] | null): Promise<FollowerReading[]> {
  const db = await getDb();
  const store = db.transaction('followerSnapshots', 'readonly').objectStore('followerSnapshots');
  const index = store.index('by-author-time');
  const records =
    authorKeys === null
      ? await index.getAll()
      : (await Promise.all([...new Set(authorKeys)].map((k) => index.getAll(timeRange(k))))).flat();
  return records.map(({ authorKey, capturedAt, followers }) => ({ authorKey, capturedAt, followers }));
}
