// What an import's file can touch in the database, read at once inside its write transaction (or
// the preview's read-only one): the posts, their snapshots and authors, and the listed authors'
// follower snapshots.

import type { ExportV1 } from '../transfer';
import { authorKey, postKey } from '../types';
import type { AuthorRecord, FollowerSnapshotRecord, SnapshotRecord, StoredPost } from './schema';
import { type AnyTx, timeRange } from './transactions';

const distinct = <T>(items: Iterable<T>) => [...new Set(items)];
const readEach = <T>(keys: readonly string[], read: (key: string) => Promise<T>) =>
  Promise.all(keys.map(read)).then((values) => new Map(keys.map((k, i) => [k, values[i] as T])));

/** The stored records a file touches, by key (undefined: not stored). */
export interface StoredForImport {
  /** The authors the file lists (authors[]), each once. */
  fileAuthorKeys: string[];
  storedAuthors: Map<string, AuthorRecord | undefined>;
  storedFollowers: Map<string, FollowerSnapshotRecord[]>;
  storedPosts: Map<string, StoredPost | undefined>;
  storedSnaps: Map<string, SnapshotRecord[]>;
}

/** Everything the file can touch, read at once (tx: over posts, snapshots, authors and followerSnapshots). */
export async function readStoredForImport(tx: AnyTx, data: ExportV1): Promise<StoredForImport> {
  const fileAuthorKeys = distinct(data.authors.map((a) => authorKey(a.platform, a.handle)));
  const authorKeys = distinct([
    ...fileAuthorKeys,
    ...data.posts.flatMap((p) => (p.author.handle ? [authorKey(p.platform, p.author.handle)] : [])),
  ]);
  const postKeys = distinct(data.posts.map(postKey));
  const followerIndex = tx.objectStore('followerSnapshots').index('by-author-time');
  const snapIndex = tx.objectStore('snapshots').index('by-post-time');
  const [storedAuthors, storedFollowers, storedPosts, storedSnaps] = await Promise.all([
    readEach(authorKeys, (k) => tx.objectStore('authors').get(k)),
    readEach(fileAuthorKeys, (k) => followerIndex.getAll(timeRange(k))),
    readEach(postKeys, (k) => tx.objectStore('posts').get(k)),
    readEach(postKeys, (k) => snapIndex.getAll(timeRange(k))),
  ]);
  // Stored posts keep their author: its followers are their summaries' fallback.
  const postAuthors = distinct(
    [...storedPosts.values()].flatMap((p) =>
      p?.authorKey && !storedAuthors.has(p.authorKey) ? [p.authorKey] : [],
    ),
  );
  for (const [k, a] of await readEach(postAuthors, (k) => tx.objectStore('authors').get(k)))
    storedAuthors.set(k, a);
  return { fileAuthorKeys, storedAuthors, storedFollowers, storedPosts, storedSnaps };
}
