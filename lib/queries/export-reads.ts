// Reads for export and import: the records an export holds, and what an import would add.

import type { ImportCounts } from '../messages';
import type { AuthorRecord, FollowerSnapshotRecord, SnapshotRecord, StoredPost } from '../records';
import { getDb, type PostLensDb, timeRange } from '../store';
import type { ExportRecords, ExportV1 } from '../transfer';
import { authorKey, postKey, READING_FIELDS } from '../types';

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
 * Adds `readings` to `key`'s readings in `into`, by time: the first of a time, as the merge takes it
 * (a file may hold a key twice, or a moment twice).
 */
function addByTime<R extends { capturedAt: string }, V>(
  into: Map<string, Map<number, V>>,
  key: string,
  readings: readonly R[],
  value: (r: R) => V,
): void {
  const byTime = into.get(key) ?? new Map<number, V>();
  for (const r of readings) {
    const at = Date.parse(r.capturedAt);
    if (!byTime.has(at)) byTime.set(at, value(r));
  }
  into.set(key, byTime);
}

/**
 * What importing `data` would add: ImportCounts, and differing (absent for none): the file's
 * readings of a moment stored already (a post's snapshot, an author's follower reading) that
 * differ from the stored one, which the merge leaves as the user has them (its importKept).
 */
export type PreviewCounts = ImportCounts & { differing?: number };

/**
 * What importing `data` would add to the database now, counted the way the background merges
 * (lib/store/import-writer.ts): new post keys, new authors, and snapshots / follower snapshots
 * whose (key, capture time) is not stored yet. Duplicates inside the file count once. Counted in
 * the same pass: the readings of a stored moment that differ from the stored one (differing).
 */
export async function previewImport(
  data: Pick<ExportV1, 'posts' | 'authors'>,
  db?: PostLensDb,
): Promise<PreviewCounts> {
  const d = db ?? (await getDb());
  const tx = d.transaction(['posts', 'snapshots', 'authors', 'followerSnapshots'], 'readonly');
  const snapIndex = tx.objectStore('snapshots').index('by-post-time');
  const followerIndex = tx.objectStore('followerSnapshots').index('by-author-time');

  /** Each post's readings in the file, by time. */
  const postReads = new Map<string, Map<number, ExportV1['posts'][number]['snapshots'][number]>>();
  for (const p of data.posts) addByTime(postReads, postKey(p), p.snapshots, (s) => s);
  /** Each author's follower readings in the file, by time. */
  const followerReads = new Map<string, Map<number, number>>();
  for (const a of data.authors)
    addByTime(followerReads, authorKey(a.platform, a.handle), a.followerSnapshots, (f) => f.followers);
  const authorKeys = new Set(followerReads.keys());
  for (const p of data.posts) if (p.author.handle) authorKeys.add(authorKey(p.platform, p.author.handle));

  /** New readings and differing ones of all keys: one stored read per key, O(1) per reading. */
  const sum = (counts: Array<{ added: number; differing: number }>) =>
    counts.reduce((a, b) => ({ added: a.added + b.added, differing: a.differing + b.differing }), {
      added: 0,
      differing: 0,
    });
  const missingPosts = async () =>
    (await Promise.all([...postReads.keys()].map((k) => tx.objectStore('posts').getKey(k)))).filter(
      (k) => k === undefined,
    ).length;
  // Each author the file names, read once: whether it is stored, and its latest count for
  // followerCounts (a file of 1,000 authors asks the store 1,000 times, not twice that).
  const storedAuthors = new Map([...authorKeys].map((k) => [k, tx.objectStore('authors').get(k)] as const));
  const missingAuthors = async () =>
    (await Promise.all(storedAuthors.values())).filter((a) => a === undefined).length;

  const snapshotCounts = async () =>
    sum(
      await Promise.all(
        [...postReads].map(async ([key, reads]) => {
          const have = new Map((await snapIndex.getAll(timeRange(key))).map((r) => [r.capturedAt, r]));
          let added = 0;
          let differing = 0;
          for (const [at, s] of reads) {
            const stored = have.get(at);
            if (!stored) added++;
            else if (READING_FIELDS.some((f) => stored[f] !== s[f])) differing++;
          }
          return { added, differing };
        }),
      ),
    );
  // A stored author's latest count is a reading of its moment too: the merge adds the file's
  // reading of that moment only when it agrees (one reading per moment; a differing one is kept).
  const followerCounts = async () =>
    sum(
      await Promise.all(
        [...followerReads].map(async ([key, reads]) => {
          const [a, stored] = await Promise.all([
            storedAuthors.get(key),
            followerIndex.getAll(timeRange(key)),
          ]);
          const have = new Map(stored.map((f) => [f.capturedAt, f.followers]));
          let added = 0;
          let differing = 0;
          for (const [at, followers] of reads) {
            const mine =
              have.get(at) ?? (a?.followers != null && a.followersAt === at ? a.followers : undefined);
            if (mine === undefined) added++;
            else if (mine !== followers) differing++;
            // A stored latest count of the moment that agrees, without a snapshot of it: added.
            else if (!have.has(at)) added++;
          }
          return { added, differing };
        }),
      ),
    );
  const [posts, authors, snapshots, followerSnapshots] = await Promise.all([
    missingPosts(),
    missingAuthors(),
    snapshotCounts(),
    followerCounts(),
  ]);
  const differing = snapshots.differing + followerSnapshots.differing;
  return {
    posts,
    snapshots: snapshots.added,
    authors,
    followerSnapshots: followerSnapshots.added,
    ...(differing > 0 && { differing }),
  };
}
