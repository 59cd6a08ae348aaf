// Every write to the posts store goes through these two, so the posts changed since the
// dashboard's chunks were built are always known: each call notes the keys it wrote in postChanges
// (one record per call) in the same transaction, and post-chunks.ts reads those posts from the
// store itself. A post written anywhere else would leave its chunk copy stale:
// tests/unit/store/post-chunks.test.ts fails on any other write to the posts store in lib/.
import { keptPosted } from '../types';
import type { StoredPost } from './schema';
import type { WriteTx } from './transactions';

/**
 * A stored post seen again (a later reading, or an imported file's entry), `seen` being the record
 * it would be if new: what the stored post has stays, what it lacks `seen` fills in (a posting time
 * known to the minute wins over a day alone: keptPosted), the ad mark is never cleared, and the
 * seen range widens to both.
 */
export function mergedPost(old: StoredPost, seen: StoredPost): StoredPost {
  return {
    ...old,
    authorKey: old.authorKey ?? seen.authorKey,
    authorHandle: old.authorHandle ?? seen.authorHandle,
    authorName: old.authorName ?? seen.authorName,
    publishedAt: keptPosted(old.publishedAt, seen.publishedAt),
    text: old.text || seen.text,
    promoted: old.promoted || seen.promoted,
    firstSeen: Math.min(old.firstSeen, seen.firstSeen),
    lastSeen: Math.max(old.lastSeen, seen.lastSeen),
  };
}

/** Puts posts and notes their keys changed; resolves when every request succeeded. */
export function putPosts(tx: WriteTx, posts: readonly StoredPost[]): Promise<unknown> {
  if (posts.length === 0) return Promise.resolve();
  return Promise.all([
    ...posts.map((post) => tx.objectStore('posts').put(post)),
    tx.objectStore('postChanges').add({ keys: posts.map((p) => p.key) }),
  ]);
}

/** Deletes a post and notes it changed (a chunk's copy of it must not be read any more). */
export function removePost(tx: WriteTx, key: string): Promise<unknown> {
  return Promise.all([
    tx.objectStore('posts').delete(key),
    tx.objectStore('postChanges').add({ keys: [key] }),
  ]);
}
