// Where the dashboard's first render goes, measured in an extension page: reading the three
// stores it reads (posts, every snapshot, authors) in one transaction, then the dashboard's own
// query (lib/queries/posts.ts loadAllRows), which reads them again and builds one row per post.
// Also the background's answer to a tab asking what it knows of its posts (knowledgeQuery).

import { loadAllRows } from '../../../lib/queries/posts';
import { getDb } from '../../../lib/store/db';
import { knownPosts } from '../../../lib/store/known-posts';
import { readStoredPosts } from '../../../lib/store/post-chunks';
import { DB_NAME } from '../../../lib/store/schema';

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

export async function dashboardQuery() {
  const db = await request(indexedDB.open(DB_NAME));
  const t0 = performance.now();
  const tx = db.transaction(['posts', 'snapshots', 'authors'], 'readonly');
  const [posts, snapshots] = await Promise.all([
    request(tx.objectStore('posts').getAll()),
    request(tx.objectStore('snapshots').index('by-post-time').getAll()),
    request(tx.objectStore('authors').getAll()),
  ]);
  const readMs = performance.now() - t0;
  db.close();
  // loadAllRows opens its own connection (lib/store/db.ts), once per page; not part of the query.
  await loadAllRows('auto');
  const t1 = performance.now();
  const rows = await loadAllRows('auto');
  const loadAllRowsMs = performance.now() - t1;
  // Whether that read took the chunked copy (lib/store/post-chunks.ts) and how many posts changed
  // since it was built: the figure means little without it.
  const { source, changed } = await readStoredPosts(await getDb());
  return {
    readMs,
    loadAllRowsMs,
    posts: posts.length,
    snapshots: snapshots.length,
    rows: rows.length,
    source,
    changed,
  };
}

/** Posts a tab asks about at once: the bench's tab shows 20. */
const TAB_KEYS = 20;

/**
 * What the background answers when a tab asks what it knows of its posts (lib/store/known-posts.ts:
 * each post's history, its author's medians), for TAB_KEYS posts spread over the whole database,
 * each of a different author as the bench's database is filled. Timed here in an extension page,
 * on the same IndexedDB the worker reads. One warm-up run, then 9.
 */
export async function knowledgeQuery() {
  const db = await getDb();
  const all = await db.getAllKeys('posts');
  const stride = Math.max(1, Math.floor(all.length / TAB_KEYS));
  const keys = all.filter((_, i) => i % stride === 0).slice(0, TAB_KEYS);
  const known = Object.keys(await knownPosts(db, keys)).length;
  const runs: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    await knownPosts(db, keys);
    runs.push(performance.now() - t0);
  }
  return { keys: keys.length, known, runs };
}
