// Read-side queries for the extension pages. Pages read IndexedDB directly (same origin as the
// background, which is the only writer); every change goes through a message to the background.
import type { IDBPIndex, StoreNames } from 'idb';
import { type ErPref, engagement } from '../metrics';
import type { AuthorRecord, PostRecord, SnapshotRecord } from '../records';
import type { PostLensDB } from '../store';
import { getDb, type PostLensDb, timeRange } from '../store';
import { buildRow, fillOutliers, type PostRow } from './rows';

export type { PostRow } from './rows';

/** Groups snapshots read from the by-post-time index (already ordered by post, then time). */
function groupSnapshots(snaps: SnapshotRecord[]): Map<string, SnapshotRecord[]> {
  const out = new Map<string, SnapshotRecord[]>();
  for (const s of snaps) {
    const list = out.get(s.postKey);
    if (list) list.push(s);
    else out.set(s.postKey, [s]);
  }
  return out;
}

/** Every post ever seen, one row each, outlier scores against each author's other posts. */
export async function loadAllRows(pref: ErPref, db?: PostLensDb): Promise<PostRow[]> {
  const d = db ?? (await getDb());
  const tx = d.transaction(['posts', 'snapshots', 'authors'], 'readonly');
  const [posts, snaps, authors] = await Promise.all([
    tx.objectStore('posts').getAll(),
    tx.objectStore('snapshots').index('by-post-time').getAll(),
    tx.objectStore('authors').getAll(),
  ]);
  const byPost = groupSnapshots(snaps);
  const authorByKey = new Map(authors.map((a) => [a.key, a]));
  const rows = posts.map((p) =>
    buildRow(p, byPost.get(p.key) ?? [], p.authorKey ? authorByKey.get(p.authorKey) : undefined, pref),
  );
  fillOutliers(rows);
  return rows;
}

type SnapIndex = IDBPIndex<PostLensDB, ArrayLike<StoreNames<PostLensDB>>, 'snapshots', 'by-post-time'>;

/** A post's two newest snapshots, oldest first: all a table row needs. */
export async function lastTwoSnapshots(index: SnapIndex, postKey: string): Promise<SnapshotRecord[]> {
  const out: SnapshotRecord[] = [];
  let cursor = await index.openCursor(timeRange(postKey), 'prev');
  while (cursor && out.length < 2) {
    out.unshift(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export interface PopupPost {
  row: PostRow;
  /** Engagement per snapshot, oldest first (sparkline). */
  history: number[];
}

/**
 * The posts a tab has shown, in the order given. Reads only those posts, their snapshots and
 * their authors' other posts' latest snapshots (for the outlier score): what the popup needs.
 */
export async function loadRowsForKeys(keys: readonly string[], pref: ErPref): Promise<PopupPost[]> {
  const db = await getDb();
  const tx = db.transaction(['posts', 'snapshots', 'authors'], 'readonly');
  const posts = tx.objectStore('posts');
  const snapIndex = tx.objectStore('snapshots').index('by-post-time');
  const found = (await Promise.all(keys.map((k) => posts.get(k)))).filter((p): p is PostRecord => !!p);
  const authorKeys = [...new Set(found.map((p) => p.authorKey).filter((k): k is string => k !== null))];
  const [authors, siblings] = await Promise.all([
    Promise.all(authorKeys.map((k) => tx.objectStore('authors').get(k))),
    Promise.all(authorKeys.map((k) => posts.index('by-author').getAll(k))),
  ]);
  const authorByKey = new Map(authors.filter((a): a is AuthorRecord => !!a).map((a) => [a.key, a]));
  const wanted = new Set(found.map((p) => p.key));
  const shownSnaps = new Map(
    await Promise.all(found.map(async (p) => [p.key, await snapIndex.getAll(timeRange(p.key))] as const)),
  );
  // Other posts of the same authors: the last two snapshots are all a row needs.
  const others = siblings.flat().filter((p) => !wanted.has(p.key));
  const otherSnaps = await Promise.all(others.map((p) => lastTwoSnapshots(snapIndex, p.key)));
  const author = (p: PostRecord) => (p.authorKey ? authorByKey.get(p.authorKey) : undefined);
  const rows = found.map((p) => buildRow(p, shownSnaps.get(p.key) ?? [], author(p), pref));
  const otherRows = others.map((p, i) => buildRow(p, otherSnaps[i] ?? [], author(p), pref));
  fillOutliers([...rows, ...otherRows]);
  return rows.map((row) => ({
    row,
    history: (shownSnaps.get(row.key) ?? []).map((s) => engagement(s)).filter((e): e is number => e !== null),
  }));
}

export interface PostDetail {
  post: PostRecord;
  snapshots: SnapshotRecord[];
  author: AuthorRecord | null;
}

export async function loadPostDetail(key: string): Promise<PostDetail | null> {
  const db = await getDb();
  const tx = db.transaction(['posts', 'snapshots', 'authors'], 'readonly');
  const post = await tx.objectStore('posts').get(key);
  if (!post) return null;
  const [snapshots, author] = await Promise.all([
    tx.objectStore('snapshots').index('by-post-time').getAll(timeRange(key)),
    post.authorKey ? tx.objectStore('authors').get(post.authorKey) : Promise.resolve(undefined),
  ]);
  return { post, snapshots, author: author ?? null };
}
