// Where the dashboard's first render goes, measured in an extension page: reading the three
// stores it reads (posts, every snapshot, authors) in one transaction, then the dashboard's own
// query (lib/queries/posts.ts loadAllRows), which reads them again and builds one row per post.

import { loadAllRows } from '../../../lib/queries/posts';
import { getDb } from '../../../lib/store/db';
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
