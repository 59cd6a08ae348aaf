// Merges a JSON export into the database: new posts and authors are added, snapshots already
// present (same post, same capture time) are skipped, nothing stored is overwritten except an
// author's latest followers by a newer reading. One transaction; invalid files write nothing.
// What the file touches is read at once, merged in memory in file order, then written at once;
// each touched post's summary is built again from its snapshots, old and new.

import { t } from '../i18n';
import type { ImportCounts, WriteResult } from '../messages';
import type { ExportV1 } from '../transfer';
import { checkExport } from '../transfer';
import type { Count, Platform } from '../types';
import { authorKey, pickCounts, postKey } from '../types';
import type { PostLensDb } from './db';
import { inWriteTx } from './delete';
import { putPosts } from './post-writes';
import type { AuthorRecord, FollowerSnapshotRecord, SnapshotRecord, StoredPost } from './schema';
import { emptySummary, sameSummary, summarize, withAuthorFollowers } from './summary';
import { Requests, timeRange, type WriteTx } from './transactions';

export type ImportResult = WriteResult<{ added: ImportCounts }>;

/** Validates, then merges; an invalid file is refused whole. */
export async function importExport(db: PostLensDb, input: unknown): Promise<ImportResult> {
  const checked = checkExport(input);
  if (!checked.ok) return importRefused(checked.error);
  return importChecked(db, checked.data);
}

export const importRefused = (reason: string): ImportResult => ({
  ok: false,
  error: t('store.importRefused', reason),
});

/**
 * Merges an export checkExport already cleaned; a failure here is a storage failure. An aborted
 * signal aborts the transaction unless it has committed: nothing of the file is kept.
 */
export function importChecked(db: PostLensDb, data: ExportV1, signal?: AbortSignal): Promise<ImportResult> {
  return inWriteTx(db, (tx) => mergeExport(tx, data), signal);
}

const distinct = <T>(items: Iterable<T>) => [...new Set(items)];
const readEach = <T>(keys: readonly string[], read: (key: string) => Promise<T>) =>
  Promise.all(keys.map(read)).then((values) => new Map(keys.map((k, i) => [k, values[i] as T])));

/** Merges a checked export inside a transaction the caller owns (and commits or aborts). */
export async function mergeExport(tx: WriteTx, data: ExportV1): Promise<{ added: ImportCounts }> {
  const added: ImportCounts = { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 };
  const exportedAt = Date.parse(data.exportedAt);

  // Everything the file can touch, read at once.
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

  const authors = new Map<string, AuthorRecord>();
  const author = (platform: Platform, handle: string, name: string | null): AuthorRecord => {
    const key = authorKey(platform, handle);
    let rec = authors.get(key);
    if (!rec) {
      const stored = storedAuthors.get(key);
      rec = stored ? { ...stored } : { key, platform, handle, name, followers: null, followersAt: null };
      if (!stored) added.authors++;
    }
    rec.name ??= name;
    authors.set(key, rec);
    return rec;
  };
  const offerFollowers = (rec: AuthorRecord, followers: Count, at: number) => {
    if (followers === null || (rec.followersAt !== null && rec.followersAt >= at)) return;
    rec.followers = followers;
    rec.followersAt = at;
  };
  const followersOf = (key: string | null): Count =>
    key === null ? null : ((authors.get(key) ?? storedAuthors.get(key))?.followers ?? null);

  const followerAdds: FollowerSnapshotRecord[] = [];
  /** Each author's follower snapshot times, stored and added: one per author and time. */
  const followerTimes = new Map<string, Set<number>>();
  for (const a of data.authors) {
    const rec = author(a.platform, a.handle, a.name);
    let have = followerTimes.get(rec.key);
    if (!have) {
      have = new Set((storedFollowers.get(rec.key) ?? []).map((f) => f.capturedAt));
      followerTimes.set(rec.key, have);
    }
    for (const f of a.followerSnapshots) {
      const at = Date.parse(f.capturedAt);
      offerFollowers(rec, f.followers, at);
      if (have.has(at)) continue;
      have.add(at);
      followerAdds.push({ authorKey: rec.key, capturedAt: at, followers: f.followers });
      added.followerSnapshots++;
    }
  }

  const posts = new Map<string, StoredPost>();
  /** Each touched post's snapshots, stored ones in index order, then the ones added, in order. */
  const snapsOf = new Map<string, SnapshotRecord[]>();
  const snapAdds: SnapshotRecord[] = [];
  for (const p of data.posts) {
    const key = postKey(p);
    const times = p.snapshots.map((s) => Date.parse(s.capturedAt));
    const first = times.reduce((m, t) => Math.min(m, t), times[0] ?? exportedAt);
    const last = times.reduce((m, t) => Math.max(m, t), times[0] ?? exportedAt);
    const rec = p.author.handle ? author(p.platform, p.author.handle, p.author.name) : null;
    if (rec) offerFollowers(rec, p.author.followers, last);

    const old = posts.get(key) ?? storedPosts.get(key);
    if (!old) added.posts++;
    posts.set(
      key,
      old
        ? { ...old, firstSeen: Math.min(old.firstSeen, first), lastSeen: Math.max(old.lastSeen, last) }
        : {
            key,
            platform: p.platform,
            postId: p.postId,
            url: p.url,
            authorKey: rec?.key ?? null,
            authorHandle: p.author.handle,
            authorName: p.author.name,
            publishedAt: p.publishedAt,
            text: p.text,
            promoted: false,
            firstSeen: first,
            lastSeen: last,
            summary: emptySummary(null),
          },
    );

    let snaps = snapsOf.get(key);
    if (!snaps) {
      snaps = [...(storedSnaps.get(key) ?? [])];
      snapsOf.set(key, snaps);
    }
    const have = new Set(snaps.map((s) => s.capturedAt));
    for (const [i, s] of p.snapshots.entries()) {
      const capturedAt = times[i]!;
      if (have.has(capturedAt)) continue;
      have.add(capturedAt);
      const snap: SnapshotRecord = { postKey: key, capturedAt, ...pickCounts(s), followers: s.followers };
      snaps.push(snap);
      snapAdds.push(snap);
      added.snapshots++;
    }
  }

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
  return { added };
}
