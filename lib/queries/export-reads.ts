// Reads for export and import: the records an export holds, and what an import would add.

import type { ImportCounts } from '../messages';
import type { AuthorRecord, FollowerSnapshotRecord, SnapshotRecord, StoredPost } from '../records';
import { getDb, type PostLensDb, timeRange } from '../store';
import type { ExportRecords, ExportV1 } from '../transfer';
import { authorKey, postKey } from '../types';

/** Everything, or only the posts given (with their snapshots and their authors). */
export async function loadExportRecords(
  postKeys: ReadonlySet<string> | null,
  db?: PostLensDb,
): Promise<ExportRecords> {
  const d = db ?? (await getDb());
  const tx = d.transaction(['posts', 'snapshots', 'authors', 'followerSnapshots'], 'readonly');
  if (postKeys === null) {
    const [posts, snapshots, authors, followerSnapshots] = await Promise.all([
      tx.objectStore('posts').getAll(),
      tx.objectStore('snapshots').getAll(),
      tx.objectStore('authors').getAll(),
      tx.objectStore('followerSnapshots').getAll(),
    ]);
    return { posts, snapshots, authors, followerSnapshots };
  }
  const snapIndex = tx.objectStore('snapshots').index('by-post-time');
  const posts = (await Promise.all([...postKeys].map((k) => tx.objectStore('posts').get(k)))).filter(
    (p): p is StoredPost => !!p,
  );
  const authorKeys = [...new Set(posts.map((p) => p.authorKey).filter((k): k is string => k !== null))];
  const followerIndex = tx.objectStore('followerSnapshots').index('by-author-time');
  const [snapshots, authors, followerSnapshots] = await Promise.all([
    Promise.all(posts.map((p) => snapIndex.getAll(timeRange(p.key)))),
    Promise.all(authorKeys.map((k) => tx.objectStore('authors').get(k))),
    Promise.all(authorKeys.map((k) => followerIndex.getAll(timeRange(k)))),
  ]);
  return {
    posts,
    snapshots: snapshots.flat() as SnapshotRecord[],
    authors: authors.filter((a): a is AuthorRecord => !!a),
    followerSnapshots: followerSnapshots.flat() as FollowerSnapshotRecord[],
  };
}

/**
 * What importing `data` would add to the database now, counted the way the background merges
 * (lib/store/import-writer.ts): new post keys, new authors, and snapshots / follower snapshots
 * whose (key, capture time) is not stored yet. Duplicates inside the file count once.
 */
export async function previewImport(
  data: Pick<ExportV1, 'posts' | 'authors'>,
  db?: PostLensDb,
): Promise<ImportCounts> {
  const d = db ?? (await getDb());
  const tx = d.transaction(['posts', 'snapshots', 'authors', 'followerSnapshots'], 'readonly');
  const snapIndex = tx.objectStore('snapshots').index('by-post-time');
  const followerIndex = tx.objectStore('followerSnapshots').index('by-author-time');

  const postTimes = new Map<string, Set<number>>();
  for (const p of data.posts) {
    const set = postTimes.get(postKey(p)) ?? new Set<number>();
    for (const s of p.snapshots) set.add(Date.parse(s.capturedAt));
    postTimes.set(postKey(p), set);
  }
  /** Each author's follower readings in the file, by time: the first of a time, as the merge takes it. */
  const followerReads = new Map<string, Map<number, number>>();
  for (const a of data.authors) {
    const reads = followerReads.get(authorKey(a.platform, a.handle)) ?? new Map<number, number>();
    for (const f of a.followerSnapshots) {
      const at = Date.parse(f.capturedAt);
      if (!reads.has(at)) reads.set(at, f.followers);
    }
    followerReads.set(authorKey(a.platform, a.handle), reads);
  }
  const authorKeys = new Set(followerReads.keys());
  for (const p of data.posts) if (p.author.handle) authorKeys.add(authorKey(p.platform, p.author.handle));

  const newIn = async (
    times: Map<string, Set<number>>,
    stored: (key: string) => Promise<Array<{ capturedAt: number }>>,
  ) => {
    const counts = await Promise.all(
      [...times].map(async ([key, set]) => {
        const have = new Set((await stored(key)).map((r) => r.capturedAt));
        let n = 0;
        for (const t of set) if (!have.has(t)) n++;
        return n;
      }),
    );
    return counts.reduce((a, b) => a + b, 0);
  };
  const missing = async (store: 'posts' | 'authors', keys: Iterable<string>) =>
    (await Promise.all([...keys].map((k) => tx.objectStore(store).getKey(k)))).filter((k) => k === undefined)
      .length;

  // A stored author's latest count is a reading of its moment too: the merge adds the file's
  // reading of that moment only when it agrees (one reading per moment; a differing one is kept).
  const followerTimes = new Map(
    await Promise.all(
      [...followerReads].map(async ([key, reads]) => {
        const a = await tx.objectStore('authors').get(key);
        const times = [...reads].flatMap(([at, followers]) =>
          a?.followers != null && a.followersAt === at && a.followers !== followers ? [] : [at],
        );
        return [key, new Set(times)] as const;
      }),
    ),
  );
  const [posts, authors, snapshots, followerSnapshots] = await Promise.all([
    missing('posts', postTimes.keys()),
    missing('authors', authorKeys),
    newIn(postTimes, (k) => snapIndex.getAll(timeRange(k))),
    newIn(followerTimes, (k) => followerIndex.getAll(timeRange(k))),
  ]);
  return { posts, snapshots, authors, followerSnapshots };
}
