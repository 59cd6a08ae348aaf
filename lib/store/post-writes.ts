// Every write to the posts store goes through these two, so the posts changed since the
// dashboard's chunks were built are always known: each put or delete notes the post's key in
// postChanges in the same transaction, and post-chunks.ts reads those posts from the store itself.
// A post written anywhere else would leave its chunk copy stale; tests/unit/store/post-chunks.test.ts
// fails on any other write to the posts store in lib/.
import type { StoredPost } from './schema';
import type { WriteTx } from './transactions';

/** Puts a post and notes it changed; resolves when both requests succeeded. */
export function putPost(tx: WriteTx, post: StoredPost): Promise<unknown> {
  return Promise.all([
    tx.objectStore('posts').put(post),
    tx.objectStore('postChanges').put({ key: post.key }),
  ]);
}

/** Deletes a post and notes it changed (a chunk's copy of it must not be read any more). */
export function removePost(tx: WriteTx, key: string): Promise<unknown> {
  return Promise.all([tx.objectStore('posts').delete(key), tx.objectStore('postChanges').put({ key })]);
}
