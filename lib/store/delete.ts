// Deleting on request and pruning by retention. Each call is one transaction: all or nothing.

import type { WriteResult } from '../messages';
import type { PostLensDb } from './db';
import { summarize } from './summary';
import {
  ALL_STORES,
  abortQuietly,
  describeStorageError,
  Requests,
  timeRange,
  type WriteTx,
  writeTx,
} from './transactions';

const DAY_MS = 86_400_000;
/** Batch ids only guard against retries, which happen within minutes; a week is plenty. */
export const BATCH_ID_TTL_MS = 7 * DAY_MS;

/** Runs work in one read-write transaction; a failure aborts it and comes back as a message. */
export async function inWriteTx<T extends object>(
  db: PostLensDb,
  work: (tx: WriteTx) => Promise<T>,
): Promise<WriteResult<T>> {
  let tx: WriteTx | undefined;
  try {
    tx = writeTx(db);
    const value = await work(tx);
    await tx.done;
    return { ok: true, ...value };
  } catch (e) {
    abortQuietly(tx);
    return { ok: false, error: describeStorageError(e) };
  }
}

async function deletePostIn(tx: WriteTx, key: string): Promise<void> {
  await tx.objectStore('posts').delete(key);
  const index = tx.objectStore('snapshots').index('by-post-time');
  for (let c = await index.openKeyCursor(timeRange(key)); c; c = await c.continue()) {
    await tx.objectStore('snapshots').delete(c.primaryKey);
  }
}

/** A post and all its snapshots. */
export function deletePost(db: PostLensDb, key: string): Promise<WriteResult<object>> {
  return inWriteTx(db, async (tx) => {
    await deletePostIn(tx, key);
    return {};
  });
}

/** An author, every post of theirs with its snapshots, and their follower history. */
export function deleteAuthor(db: PostLensDb, key: string): Promise<WriteResult<object>> {
  return inWriteTx(db, async (tx) => {
    const postKeys = await tx.objectStore('posts').index('by-author').getAllKeys(key);
    for (const pk of postKeys) await deletePostIn(tx, pk);
    const index = tx.objectStore('followerSnapshots').index('by-author-time');
    for (let c = await index.openKeyCursor(timeRange(key)); c; c = await c.continue()) {
      await tx.objectStore('followerSnapshots').delete(c.primaryKey);
    }
    await tx.objectStore('authors').delete(key);
    return {};
  });
}

/** Everything PostLens stored. */
export function deleteAll(db: PostLensDb): Promise<WriteResult<object>> {
  return inWriteTx(db, async (tx) => {
    for (const name of ALL_STORES) await tx.objectStore(name).clear();
    return {};
  });
}

/** Builds again the summaries of posts whose snapshots were deleted, from the ones left. */
async function summarizeAgain(tx: WriteTx, postKeys: readonly string[]): Promise<void> {
  const snapIndex = tx.objectStore('snapshots').index('by-post-time');
  const [posts, snaps] = await Promise.all([
    Promise.all(postKeys.map((k) => tx.objectStore('posts').get(k))),
    Promise.all(postKeys.map((k) => snapIndex.getAll(timeRange(k)))),
  ]);
  const authorKeys = [...new Set(posts.flatMap((p) => (p?.authorKey ? [p.authorKey] : [])))];
  const authors = await Promise.all(authorKeys.map((k) => tx.objectStore('authors').get(k)));
  const followers = new Map(authorKeys.map((k, i) => [k, authors[i]?.followers ?? null]));
  const writes = new Requests();
  for (const [i, post] of posts.entries()) {
    if (!post) continue;
    const authorFollowers = post.authorKey ? (followers.get(post.authorKey) ?? null) : null;
    writes.add(tx.objectStore('posts').put({ ...post, summary: summarize(snaps[i]!, authorFollowers) }));
  }
  await writes.settled();
}

/**
 * Deletes snapshots and follower snapshots older than retentionDays, always keeping the newest
 * of each post and author so nothing loses its last known counts; null days keeps them all.
 * Also forgets batch ids past BATCH_ID_TTL_MS. removed counts the snapshots deleted. Each post
 * that lost snapshots has its summary built again from the ones left.
 */
export function prune(
  db: PostLensDb,
  retentionDays: number | null,
  now: number,
): Promise<WriteResult<{ removed: number }>> {
  return inWriteTx(db, async (tx) => {
    let removed = 0;
    const oldBatches = IDBKeyRange.upperBound(now - BATCH_ID_TTL_MS, true);
    for (
      let c = await tx.objectStore('batches').index('by-at').openCursor(oldBatches);
      c;
      c = await c.continue()
    ) {
      await c.delete();
    }
    if (retentionDays === null || !(retentionDays > 0)) return { removed };
    const old = IDBKeyRange.upperBound(now - retentionDays * DAY_MS, true);

    const snaps = tx.objectStore('snapshots');
    const newest = new Map<string, number | undefined>();
    const pruned = new Set<string>();
    for (let c = await snaps.index('by-time').openCursor(old); c; c = await c.continue()) {
      const { postKey } = c.value;
      if (!newest.has(postKey)) {
        const last = await snaps.index('by-post-time').openKeyCursor(timeRange(postKey), 'prev');
        newest.set(postKey, last?.primaryKey);
      }
      if (newest.get(postKey) !== c.primaryKey) {
        await c.delete();
        pruned.add(postKey);
        removed++;
      }
    }
    await summarizeAgain(tx, [...pruned]);

    const follows = tx.objectStore('followerSnapshots');
    const newestF = new Map<string, number | undefined>();
    for (let c = await follows.openCursor(); c; c = await c.continue()) {
      if (c.value.capturedAt >= now - retentionDays * DAY_MS) continue;
      const { authorKey } = c.value;
      if (!newestF.has(authorKey)) {
        const last = await follows.index('by-author-time').openKeyCursor(timeRange(authorKey), 'prev');
        newestF.set(authorKey, last?.primaryKey);
      }
      if (newestF.get(authorKey) !== c.primaryKey) {
        await c.delete();
        removed++;
      }
    }
    return { removed };
  });
}
