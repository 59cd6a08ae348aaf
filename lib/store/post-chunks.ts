// Every post record, read fast. Reading 10,000 post records costs IndexedDB's backend about as
// much per record as per byte (docs/performance.md: 10,000 records read in 80–100 ms, the same posts
// as five records in 27–45 ms), so the background keeps a copy of the posts store in postChunks,
// CHUNK_POSTS to a record, in key order. Writers note every post they put or delete in postChanges
// (post-writes.ts, same transaction), so a reader takes each changed post from the posts store and
// the rest from the chunks: what it returns is what the posts store holds, in key order, with each
// summary as a reader needs it (forReaders: `recent` cut to the readings the velocity compares;
// no writer reads the chunks). The chunks are derived data: a failed or missing build only makes
// reading slower, never wrong.
import type { IDBPTransaction } from 'idb';
import type { PostLensDb } from './db';
import type { PostChunk, PostLensDB, StoredPost } from './schema';
import { forReaders } from './summary';

/** A post as readers of every post get it (forReaders). */
const postForReaders = (p: StoredPost): StoredPost => {
  const summary = p.summary && forReaders(p.summary);
  return summary === p.summary ? p : { ...p, summary };
};

/** Posts per chunk record. */
export const CHUNK_POSTS = 1000;
/**
 * More changed posts than this and the reader reads the posts store whole: that many single reads
 * cost about as much as reading everything.
 */
export const MAX_CHANGED_READ = 2000;
/** A build is worth it once this many posts changed since the last one (or there is none yet). */
export const REBUILD_AT_CHANGES = 200;

type ReadTx = IDBPTransaction<PostLensDB, ['posts', 'postChunks', 'postChanges'], 'readonly'>;
type BuildTx = IDBPTransaction<PostLensDB, ['posts', 'postChunks', 'postChanges'], 'readwrite'>;

export interface StoredPosts {
  /** Every post record, in key order, its summary as a reader needs it (forReaders). */
  posts: StoredPost[];
  /** Where they came from: the chunks (with `changed` posts read fresh), or the posts store whole. */
  source: 'chunks' | 'posts';
  /** Posts noted changed since the chunks were built; null when more than MAX_CHANGED_READ. */
  changed: number | null;
}

/** Every record of the posts store, CHUNK_POSTS per request, in key order. */
/** What readWhole needs of the posts store, in a read-only or read-write transaction. */
interface PostsStore {
  getAll(query?: IDBKeyRange, count?: number): Promise<StoredPost[]>;
}

async function readWhole(store: PostsStore, onChunk: (posts: StoredPost[]) => unknown) {
  for (let after: string | null = null; ; ) {
    const chunk: StoredPost[] = await store.getAll(
      after === null ? undefined : IDBKeyRange.lowerBound(after, true),
      CHUNK_POSTS,
    );
    if (chunk.length > 0) await onChunk(chunk);
    if (chunk.length < CHUNK_POSTS) return;
    after = chunk[chunk.length - 1]!.key;
  }
}

/** The chunks' posts without the changed ones, merged in key order with the changed posts still stored. */
function merge(
  chunked: readonly StoredPost[],
  changedKeys: readonly string[],
  fresh: readonly (StoredPost | undefined)[],
) {
  const changed = new Set(changedKeys);
  const current = fresh.filter((p): p is StoredPost => p !== undefined);
  const out: StoredPost[] = [];
  let j = 0;
  for (const p of chunked) {
    if (changed.has(p.key)) continue;
    // IndexedDB orders string keys by code unit, as < does.
    while (j < current.length && current[j]!.key < p.key) out.push(current[j++]!);
    out.push(p);
  }
  while (j < current.length) out.push(current[j++]!);
  return out;
}

/**
 * The keys noted changed, each once, in key order (IndexedDB orders string keys by code unit, as
 * the default sort does); null when more than `limit` are noted.
 */
async function changedKeys(tx: ReadTx, limit: number): Promise<string[] | null> {
  // Every note names at least one key: more than `limit` notes may still name fewer keys, but
  // reading that many notes is no longer worth it.
  const notes = await tx.objectStore('postChanges').getAll(undefined, limit + 1);
  if (notes.length > limit) return null;
  const keys = [...new Set(notes.flatMap((n) => n.keys))].sort();
  return keys.length > limit ? null : keys;
}

/** Every stored post, as the posts store holds it now (one read-only transaction), for readers (forReaders). */
export async function readStoredPosts(db: PostLensDb): Promise<StoredPosts> {
  const tx: ReadTx = db.transaction(['posts', 'postChunks', 'postChanges'], 'readonly');
  const chunks = tx.objectStore('postChunks');
  const [keys, chunkCount] = await Promise.all([changedKeys(tx, MAX_CHANGED_READ), chunks.count()]);
  if (chunkCount === 0 || keys === null) {
    const posts: StoredPost[] = [];
    await readWhole(tx.objectStore('posts'), (chunk) => posts.push(...chunk.map(postForReaders)));
    return { posts, source: 'posts', changed: keys?.length ?? null };
  }
  const [records, fresh] = await Promise.all([
    chunks.getAll(),
    Promise.all(keys.map((k) => tx.objectStore('posts').get(k))),
  ]);
  const chunked = records.flatMap((r: PostChunk) => r.posts);
  const current = fresh.map((p) => p && postForReaders(p));
  return { posts: merge(chunked, keys, current), source: 'chunks', changed: keys.length };
}

/** Whether a build would pay: no chunks while posts exist, or REBUILD_AT_CHANGES posts changed. */
export async function chunksDue(db: PostLensDb): Promise<boolean> {
  const tx: ReadTx = db.transaction(['posts', 'postChunks', 'postChanges'], 'readonly');
  const [keys, chunks] = await Promise.all([
    changedKeys(tx, REBUILD_AT_CHANGES - 1),
    tx.objectStore('postChunks').count(),
  ]);
  if (keys === null) return true;
  return chunks === 0 && (await tx.objectStore('posts').count()) > 0;
}

/**
 * Copies the posts store into postChunks and forgets the changes, in one read-write transaction
 * over the three stores: no post can be written between the read and the copy. Only the background
 * calls it. Returns how many posts and chunks were written.
 */
export async function buildPostChunks(db: PostLensDb): Promise<{ posts: number; chunks: number }> {
  const tx: BuildTx = db.transaction(['posts', 'postChunks', 'postChanges'], 'readwrite');
  tx.done.catch(() => {});
  const out = tx.objectStore('postChunks');
  let id = 0;
  let posts = 0;
  await readWhole(tx.objectStore('posts'), (chunk) => {
    posts += chunk.length;
    return out.put({ id: id++, posts: chunk.map(postForReaders) });
  });
  // Chunks past the last one written held posts deleted since.
  await out.delete(IDBKeyRange.lowerBound(id));
  await tx.objectStore('postChanges').clear();
  await tx.done;
  return { posts, chunks: id };
}
