// Reads for export and import: the records an export holds, and what an import would add.

import type { ImportCounts } from '../messages';
import type { AuthorRecord, FollowerSnapshotRecord, SnapshotRecord, StoredPost } from '../records';
import { getDb, mergeStored, type PostLensDb, readStoredForImport, sameCampaign, timeRange } from '../store';
import { campaignsOf, type ExportRecords, type ExportV1, type ExportV2 } from '../transfer';

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
 * What importing `data` would add: ImportCounts; differing (absent for none): the entries of the
 * file that differ from what is stored for the same moment or id (a post's reading, text, link,
 * posting time, author or author name; an author's name or follower reading; a campaign), which
 * the merge leaves as the user has them and its answer names (store.importKept); notTaken (absent
 * for none): the entries the file contradicts itself on, which the import answers not imported
 * (store.importNotTaken).
 */
export type PreviewCounts = ImportCounts & { differing?: number; notTaken?: number };

/**
 * What importing `data` would add to the database now, and what of it would differ: the import's
 * own merge (mergeStored, lib/store/import-writer.ts) run in memory on the stored records the file
 * touches, read as the import reads them (readStoredForImport: each key the file names once), so
 * the preview counts by the import's rule. Nothing is written. What the file contradicts itself on
 * (the import's importNotTaken) is counted apart, in notTaken: it is no difference from the user's.
 * A campaign of the file whose id is stored with other content is kept as stored, and the import
 * names it with the entries left as the user has them (store.keptCampaign): counted in differing.
 * The campaigns it adds (new ids: a stored id is kept, not overwritten) are counted from the same
 * read, when the file has any.
 */
export async function previewImport(data: ExportV1 | ExportV2, db?: PostLensDb): Promise<PreviewCounts> {
  const d = db ?? (await getDb());
  const campaigns = campaignsOf(data);
  const tx = d.transaction(['posts', 'snapshots', 'authors', 'followerSnapshots', 'campaigns'], 'readonly');
  const file: ExportV1 = { ...data, version: 1 };
  // Both reads in one transaction: the campaigns as stored when the records were.
  const [stored, storedCampaigns] = await Promise.all([
    readStoredForImport(tx, file),
    Promise.all(campaigns.map((c) => tx.objectStore('campaigns').get(c.id))),
  ]);
  const { added, kept, notTaken } = mergeStored(file, stored).merged;
  const fileOnly = new Set(notTaken);
  const newCampaigns = storedCampaigns.filter((s) => s === undefined).length;
  const keptCampaigns = campaigns.filter((c, i) => {
    const s = storedCampaigns[i];
    return s !== undefined && !sameCampaign(s, c);
  }).length;
  const differing = kept.filter((k) => !fileOnly.has(k)).length + keptCampaigns;
  return {
    ...added,
    ...(campaigns.length > 0 && { campaigns: newCampaigns }),
    ...(differing > 0 && { differing }),
    ...(notTaken.length > 0 && { notTaken: notTaken.length }),
  };
}
