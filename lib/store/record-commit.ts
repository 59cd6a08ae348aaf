// A recording call's writes: once its readings are applied in memory (record-call-state.ts), every
// record they changed is written at once inside the call's one transaction, and the call is done
// when that transaction has committed.

import { holdForTest } from './hold-for-test';
import { putPosts } from './post-writes';
import type { CallState } from './record-call-state';
import type { StoredPost } from './schema';
import { sameSummary, withAuthorFollowers } from './summary';
import { Requests, type WriteTx } from './transactions';

const authorFollowers = (call: CallState, post: StoredPost) =>
  post.authorKey === null ? null : (call.authors.get(post.authorKey)?.rec.followers ?? null);

/** Issues every write at once and waits for the commit. */
export async function commitCall(tx: WriteTx, call: CallState): Promise<void> {
  const writes = new Requests();
  // Posts of an author whose followers changed read them as their fallback: summarize again.
  const refollowed = [...call.authors.values()].filter(
    (a) => a.rec.followers !== (a.stored?.followers ?? null),
  );
  const others = await Promise.all(
    refollowed.map((a) => tx.objectStore('posts').index('by-author').getAll(a.rec.key)),
  );
  const changed: StoredPost[] = [];
  for (const post of others.flat()) {
    if (call.touchedPosts.has(post.key)) continue;
    const summary = withAuthorFollowers(post.summary, authorFollowers(call, post));
    if (!sameSummary(summary, post.summary)) changed.push({ ...post, summary });
  }
  for (const key of call.touchedPosts) {
    const post = call.posts.get(key)!;
    post.summary = withAuthorFollowers(post.summary, authorFollowers(call, post));
    changed.push(post);
  }
  writes.add(putPosts(tx, changed));
  for (const a of call.authors.values()) {
    if (!a.stored || JSON.stringify(a.stored) !== JSON.stringify(a.rec))
      writes.add(tx.objectStore('authors').put(a.rec));
  }
  for (const f of call.followerSnapshots) writes.add(tx.objectStore('followerSnapshots').add(f));
  for (const s of call.snapshots) writes.add(tx.objectStore('snapshots').add(s));
  for (const b of call.batchIds) writes.add(tx.objectStore('batches').put(b));
  await holdForTest(tx);
  await Promise.all([writes.settled(), tx.done]);
}
