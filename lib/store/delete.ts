// Deleting on request and pruning by retention (what goes: prune-select.ts). Each call is one
// transaction: all or nothing.

import { t } from '../i18n';
import type { PruneCounts, PruneLimit, WriteResult } from '../messages';
import type { PostLensDb } from './db';
import { putPosts, removePost } from './post-writes';
import { countsOf, DAY_MS, limitFor, NOTHING_PRUNED, selectPrunable } from './prune-select';
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

/** Batch ids only guard against retries, which happen within minutes; a week is plenty. */
export const BATCH_ID_TTL_MS = 7 * DAY_MS;

/**
 * Runs work in one read-write transaction; a failure aborts it and comes back as a message. An
 * aborted signal (the user's Cancel) aborts the transaction too, unless it has already committed
 * (IndexedDB then refuses the abort): so either all of the work is kept, or none of it.
 */
export async function inWriteTx<T extends object>(
  db: PostLensDb,
  work: (tx: WriteTx) => Promise<T>,
  signal?: AbortSignal,
): Promise<WriteResult<T>> {
  let tx: WriteTx | undefined;
  const cancel = () => abortQuietly(tx);
  try {
    // i18n-ignore: the error's name, code
    if (signal?.aborted) throw new DOMException(t('store.cancelledBeforeStart'), 'AbortError');
    tx = writeTx(db);
    signal?.addEventListener('abort', cancel);
    const value = await work(tx);
    await tx.done;
    return { ok: true, ...value };
  } catch (e) {
    abortQuietly(tx);
    return { ok: false, error: describeStorageError(e) };
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

async function deletePostIn(tx: WriteTx, key: string): Promise<void> {
  await removePost(tx, key);
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

/**
 * An author, every post of theirs with its snapshots, and their follower history; answers the keys
 * of the posts deleted (their tags and notes go too: lib/background/data-handlers.ts).
 */
export function deleteAuthorPosts(db: PostLensDb, key: string): Promise<WriteResult<{ postKeys: string[] }>> {
  return inWriteTx(db, async (tx) => {
    const postKeys = await tx.objectStore('posts').index('by-author').getAllKeys(key);
    for (const pk of postKeys) await deletePostIn(tx, pk);
    const index = tx.objectStore('followerSnapshots').index('by-author-time');
    for (let c = await index.openKeyCursor(timeRange(key)); c; c = await c.continue()) {
      await tx.objectStore('followerSnapshots').delete(c.primaryKey);
    }
    await tx.objectStore('authors').delete(key);
    return { postKeys };
  });
}

/** An author, every post of theirs with its snapshots, and their follower history. */
export async function deleteAuthor(db: PostLensDb, key: string): Promise<WriteResult<object>> {
  const result = await deleteAuthorPosts(db, key);
  return result.ok ? { ok: true } : result;
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
  const summarized = posts.flatMap((post, i) => {
    if (!post) return [];
    const authorFollowers = post.authorKey ? (followers.get(post.authorKey) ?? null) : null;
    return [{ ...post, summary: summarize(snaps[i]!, authorFollowers) }];
  });
  await putPosts(tx, summarized);
}

/**
 * Deletes what selectPrunable picks under limit (null: no snapshot at all), rebuilds the
 * summaries of the posts that lost snapshots, and forgets batch ids past BATCH_ID_TTL_MS. Given
 * atMost (a preview's counts), a selection larger than it deletes nothing and says outdated: the
 * user confirmed those numbers, not more. An aborted signal deletes nothing (inWriteTx).
 */
export function pruneWithin(
  db: PostLensDb,
  limit: PruneLimit | null,
  now: number,
  atMost?: Pick<PruneCounts, 'snapshots' | 'followerSnapshots'>,
  signal?: AbortSignal,
): Promise<WriteResult<{ removed: PruneCounts; outdated: boolean }>> {
  return inWriteTx(
    db,
    async (tx) => {
      const oldBatches = IDBKeyRange.upperBound(now - BATCH_ID_TTL_MS, true);
      for (
        let c = await tx.objectStore('batches').index('by-at').openCursor(oldBatches);
        c;
        c = await c.continue()
      ) {
        await c.delete();
      }
      const sel = await selectPrunable(tx, limit);
      if (atMost && (sel.snapshots > atMost.snapshots || sel.followerSnapshots > atMost.followerSnapshots))
        return { removed: NOTHING_PRUNED, outdated: true };
      const deletes = new Requests();
      for (const id of sel.snapshotIds) deletes.add(tx.objectStore('snapshots').delete(id));
      for (const id of sel.followerIds) deletes.add(tx.objectStore('followerSnapshots').delete(id));
      await deletes.settled();
      await summarizeAgain(tx, sel.postKeys);
      return { removed: countsOf(sel), outdated: false };
    },
    signal,
  );
}

/**
 * Deletes snapshots and follower snapshots captured more than retentionDays before now, always
 * keeping each post's and author's first and latest, so nothing loses where it started or its
 * last known counts; null days keeps them all. previewPrune(db, retentionDays, now) counts
 * exactly what this deletes. Also forgets old batch ids.
 */
export async function prune(
  db: PostLensDb,
  retentionDays: number | null,
  now: number,
): Promise<WriteResult<{ removed: PruneCounts }>> {
  const result = await pruneWithin(db, limitFor(retentionDays, now), now);
  return result.ok ? { ok: true, removed: result.removed } : result;
}
