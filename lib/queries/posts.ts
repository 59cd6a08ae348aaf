// Read-side queries for the extension pages. Pages read IndexedDB directly (same origin as the
// background, which is the only writer); every change goes through a message to the background.
// A table row comes from the post record alone (its summary, lib/store/summary.ts): snapshots
// are read only for a post's history.
import { type IDBPIndex, unwrap, wrap } from 'idb';
import { type ErPref, sharedEngagement } from '../metrics';
import type { AuthorRecord, PostRecord, SnapshotRecord, StoredPost } from '../records';
import { getDb, type PostLensDB, type PostLensDb, readStoredPosts, timeRange } from '../store';
import { fillOutliers, type PostRow, rowOf } from './rows';

export type { PostRow } from './rows';

/** Every post ever seen, one row each, outlier scores against each author's other posts. */
export async function loadAllRows(pref: ErPref, db?: PostLensDb): Promise<PostRow[]> {
  // The posts as the store holds them, mostly from the background's chunked copy (post-chunks.ts).
  const { posts } = await readStoredPosts(db ?? (await getDb()));
  const rows = posts.map((p) => rowOf(p, pref));
  fillOutliers(rows);
  return rows;
}

type PostIndex = IDBPIndex<PostLensDB, ['posts'], 'posts', 'by-er-views-first' | 'by-er-followers-first'>;

export interface FirstRows {
  /** The posts with the highest ER (as `pref` picks it), highest first; then posts without one. */
  rows: PostRow[];
  /** How many posts there are in all. */
  total: number;
}

/**
 * The first `count` rows of the posts table as it opens (sorted by ER, highest first), read
 * through the ER index, with their outlier scores: what the table shows before loadAllRows.
 */
export async function loadFirstRows(pref: ErPref, count: number, db?: PostLensDb): Promise<FirstRows> {
  const d = db ?? (await getDb());
  const tx = d.transaction('posts', 'readonly');
  const index = tx.store.index(pref === 'followers' ? 'by-er-followers-first' : 'by-er-views-first');
  const [total, posts] = await Promise.all([tx.store.count(), highestFirst(index, count)]);
  if (posts.length < count && posts.length < total) {
    // Fewer posts with an ER than asked for: then those without one, as the table sorts them
    // (sortRows: by post key, highest first under ER ▼).
    const rated = new Set(posts.map((p) => p.key));
    for await (const c of tx.store.iterate(null, 'prev')) {
      if (posts.length >= count) break;
      if (!rated.has(c.value.key)) posts.push(c.value);
    }
  }
  const rows = posts.map((p) => rowOf(p, pref));
  await fillOutliersFrom(tx.store.index('by-author'), rows, pref);
  return { rows, total };
}

/** IDBIndex.getAllRecords (IndexedDB 3.0: Chrome 141+), which the DOM types do not have yet. */
interface WithAllRecords {
  getAllRecords?(options: {
    direction: IDBCursorDirection;
    count: number;
  }): IDBRequest<{ value: StoredPost }[]>;
}

/**
 * The `count` posts with the highest keys in an index, highest first: one request where the
 * browser can read an index backwards in one (getAllRecords), else a cursor, one record a step.
 */
async function highestFirst(index: PostIndex, count: number): Promise<StoredPost[]> {
  if (count <= 0) return [];
  const raw = unwrap(index) as IDBIndex & WithAllRecords;
  if (typeof raw.getAllRecords === 'function')
    return (await wrap(raw.getAllRecords({ direction: 'prev', count }))).map((r) => r.value);
  return firstValues(index.iterate(null, 'prev'), count);
}

/** The values of a cursor's first `count` records. */
async function firstValues<T>(cursor: AsyncIterable<{ value: T }>, count: number): Promise<T[]> {
  const out: T[] = [];
  if (count <= 0) return out;
  for await (const c of cursor) {
    out.push(c.value);
    if (out.length >= count) break;
  }
  return out;
}

/** Sets the rows' outlier scores against all their authors' posts, read from the by-author index. */
async function fillOutliersFrom(
  byAuthor: { getAll(key: string): Promise<StoredPost[]> },
  rows: PostRow[],
  pref: ErPref,
): Promise<void> {
  const authorKeys = [...new Set(rows.flatMap((r) => (r.authorKey === null ? [] : [r.authorKey])))];
  const siblings = await Promise.all(authorKeys.map((k) => byAuthor.getAll(k)));
  // One row per post, so a post asked for twice still counts once in its author's median.
  const each = new Map<string, PostRow>();
  for (const r of rows) if (!each.has(r.key)) each.set(r.key, r);
  for (const p of siblings.flat()) if (!each.has(p.key)) each.set(p.key, rowOf(p, pref));
  fillOutliers([...each.values()]);
  // A post asked for twice: its second row takes the score, and the inputs its note names.
  for (const r of rows) {
    const filled = each.get(r.key)!;
    r.outlier = filled.outlier;
    r.outlierMedian = filled.outlierMedian;
    r.outlierPosts = filled.outlierPosts;
  }
}

export interface PopupPost {
  row: PostRow;
  /** Engagement per snapshot, oldest first (sparkline). */
  history: number[];
}

/**
 * The posts a tab has shown, in the order given. Reads only those posts, their snapshots (for
 * the sparkline) and their authors' other posts (for the outlier score): what the popup needs.
 */
export async function loadRowsForKeys(keys: readonly string[], pref: ErPref): Promise<PopupPost[]> {
  const db = await getDb();
  const tx = db.transaction(['posts', 'snapshots'], 'readonly');
  const posts = tx.objectStore('posts');
  const snapIndex = tx.objectStore('snapshots').index('by-post-time');
  const found = (await Promise.all(keys.map((k) => posts.get(k)))).filter((p): p is StoredPost => !!p);
  const rows = found.map((p) => rowOf(p, pref));
  const [history] = await Promise.all([
    Promise.all(found.map((p) => snapIndex.getAll(timeRange(p.key)))),
    fillOutliersFrom(posts.index('by-author'), rows, pref),
  ]);
  return rows.map((row, i) => ({
    row,
    // Each snapshot over the counts every snapshot shows: a missing count is no drop in the line.
    history: sharedEngagement(history[i] ?? []),
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
