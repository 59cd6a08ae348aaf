// Reads for export and import: the records an export holds, and what an import would add.

import type { ImportCounts } from '../messages';
import type { AuthorRecord, FollowerSnapshotRecord, SnapshotRecord, StoredPost } from '../records';
import { getDb, mergeStored, type PostLensDb, readStoredForImport, timeRange } from '../store';
import type { ExportRecords, ExportV1 } from '../transfer';

/** Everything, or only the posts given (with their snapshots and their authors). */
export async function loadExportRecords(
  postKeys: ReadonlySet<string> | null,
  db?: PostLensDb,
): Promise<ExportRecords> {
  const d = db ?? (await getDb());
  const tx = d.transaction(['posts', 'snapshots', 'authors', 'followerSnapshots'], 'readonly');
  if (postKeys === null) {
    const [posts, snapshots, authors, followerSnapshots] = await Promise.all([
      tx.objectStore('posts').getAll(),
      tx.objectStore('snapshots').getAll(),
      tx.objectStore('authors').getAll(),
      tx.objectStore('followerSnapshots').getAll(),
    ]);
    return { posts, snapshots, authors, followerSnapshots };
  }
  const snapIndex = tx.objectStore('snapshots').index('by-post-time');
  const posts = (await Promise.all([...postKeys].map((k) => tx.objectStore('posts').get(k)))).filter(
    (p): p is StoredPost => !!p,
  );
  const authorKeys = [...new Set(posts.map((p) => p.authorKey).filter((k): k is string => k !== null))];
  const followerIndex = tx.objectStore('followerSnapshots').index('by-author-time');
  const [snapshots, authors, followerSnapshots] = await Promise.all([
    Promise.all(posts.map((p) => snapIndex.getAll(timeRange(p.key)))),
    Promise.all(authorKeys.map((k) => tx.objectStore('authors').get(k))),
    Promise.all(authorKeys.map((k) => followerIndex.getAll(timeRange(k)))),
  ]);
  return {
    posts,
    snapshots: snapshots.flat() as SnapshotRecord[],
    authors: authors.filter((a): a is AuthorRecord => !!a),
    followerSnapshots: followerSnapshots.flat() as FollowerSnapshotRecord[],
  };
}

/**
 * What importing `data` would add: ImportCounts, and differing (absent for none): the entries of the
 * file that differ from what is stored for the same moment or id (a post's reading, text, link,
 * posting time, author or author name; an author's name or follower reading), which the merge
 * leaves as the user has them and its answer names (store.importKept).
 */
export type PreviewCounts = ImportCounts & { differing?: number };

/**
 * What importing `data` would add to the database now, and what of it would differ: the import's
 * own merge (mergeStored, lib/store/import-writer.ts) run in memory on the stored records the file
 * touches, read as the import reads them (readStoredForImport: each key the file names once), so
 * the preview counts by the import's rule. Nothing is written. What the file contradicts itself on
 * (the import's importNotTaken) is not counted in differing: it is no difference from the user's.
 */
export async function previewImport(
  data: Omit<ExportV1, 'version'>,
  db?: PostLensDb,
): Promise<PreviewCounts> {
  const d = db ?? (await getDb());
  const tx = d.transaction(['posts', 'snapshots', 'authors', 'followerSnapshots'], 'readonly');
  const file: ExportV1 = { ...data, version: 1 };
  const { added, kept, notTaken } = mergeStored(file, await readStoredForImport(tx, file)).merged;
  const fileOnly = new Set(notTaken);
  const differing = kept.filter((k) => !fileOnly.has(k)).length;
  return { ...added, ...(differing > 0 && { differing }) };
}
