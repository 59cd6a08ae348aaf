// The end of an import's merge: each touched post's summary built again from its snapshots, old and
// new; the other posts of an author whose followers changed given them; then everything written at
// once.

import type { Count } from '../types';
import { putPosts } from './post-writes';
import type { AuthorRecord, FollowerSnapshotRecord, SnapshotRecord, StoredPost } from './schema';
import { sameSummary, summarize, withAuthorFollowers } from './summary';
import { Requests, type WriteTx } from './transactions';

/** What a merge writes, and how it read the authors' followers (followersOf: as the import leaves them). */
export interface MergedWrites {
  posts: ReadonlyMap<string, StoredPost>;
  snapsOf: ReadonlyMap<string, SnapshotRecord[]>;
  snapAdds: readonly SnapshotRecord[];
  followerAdds: readonly FollowerSnapshotRecord[];
  authors: ReadonlyMap<string, AuthorRecord>;
  storedAuthors: ReadonlyMap<string, AuthorRecord | undefined>;
  followersOf: (key: string | null) => Count;
}

export async function writeMerged(
  tx: WriteTx,
  { posts, snapsOf, snapAdds, followerAdds, authors, storedAuthors, followersOf }: MergedWrites,
): Promise<void> {
  // Summaries, with every author's followers as the import leaves them.
  for (const post of posts.values()) {
    // Stable: stored snapshots keep their order, added ones (newer ids) follow at equal times.
    const snaps = [...(snapsOf.get(post.key) ?? [])].sort((a, b) => a.capturedAt - b.capturedAt);
    post.summary = summarize(snaps, followersOf(post.authorKey));
  }
  const refollowed = [...authors.values()].filter(
    (a) => a.followers !== (storedAuthors.get(a.key)?.followers ?? null),
  );
  const others = await Promise.all(
    refollowed.map((a) => tx.objectStore('posts').index('by-author').getAll(a.key)),
  );
  const writes = new Requests();
  const resummarized = others.flat().flatMap((post) => {
    if (posts.has(post.key)) return [];
    const summary = withAuthorFollowers(post.summary, followersOf(post.authorKey));
    return sameSummary(summary, post.summary) ? [] : [{ ...post, summary }];
  });
  for (const f of followerAdds) writes.add(tx.objectStore('followerSnapshots').add(f));
  writes.add(putPosts(tx, [...resummarized, ...posts.values()]));
  for (const s of snapAdds) writes.add(tx.objectStore('snapshots').add(s));
  for (const rec of authors.values()) writes.add(tx.objectStore('authors').put(rec));
  await writes.settled();
}
