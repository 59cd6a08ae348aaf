// Merges a JSON export into the database: new posts and authors are added, snapshots already
// present (same post, same capture time) are skipped (and named in the result when the file's
// counts differ), nothing stored is overwritten except an author's latest followers by a newer
// reading. One transaction; invalid files write nothing.
// What the file touches is read at once, merged in memory in file order, then written at once;
// each touched post's summary is built again from its snapshots, old and new.
// The steps: import-stored-reads.ts (the read), import-author-records.ts and
// import-follower-readings.ts (authors), import-post-records.ts (posts and snapshots),
// import-undated-followers.ts (posts' counts of no time), import-write-merged.ts (summaries, the
// write); import-not-taken.ts words what was not taken. The merge in memory (mergeStored) is also
// the import preview's count (lib/queries/export-reads.ts), so the two cannot disagree.

import { t } from '../i18n';
import type { ImportCounts, WriteResult } from '../messages';
import type { ExportV1 } from '../transfer';
import { checkExport, ProblemList, postAuthorSpellings } from '../transfer';
import type { PostLensDb } from './db';
import { inWriteTx } from './delete';
import { importAuthorRecords } from './import-author-records';
import { mergeFollowerReadings } from './import-follower-readings';
import { keptText, type Merged } from './import-not-taken';
import { mergePostRecords } from './import-post-records';
import { readStoredForImport, type StoredForImport } from './import-stored-reads';
import { settleUndatedFollowers } from './import-undated-followers';
import { type MergedWrites, writeMerged } from './import-write-merged';
import type { WriteTx } from './transactions';

export { keptText, listed, type Merged } from './import-not-taken';
export { readStoredForImport, type StoredForImport } from './import-stored-reads';

/**
 * What an import added, and (kept) what of it the database already held otherwise, in words:
 * absent when nothing was.
 */
export type ImportResult = WriteResult<{ added: ImportCounts; kept?: string }>;

/** Validates, then merges; an invalid file is refused whole. */
export async function importExport(db: PostLensDb, input: unknown): Promise<ImportResult> {
  const checked = checkExport(input);
  if (!checked.ok) return importRefused(checked.error);
  return importChecked(db, checked.data, undefined, checked.respelled);
}

/** A file refused for what it holds, not by storage: marked so (WriteResult.refused), said as it is. */
export const importRefused = (reason: string): ImportResult => ({
  ok: false,
  error: t('store.importRefused', reason),
  refused: true,
});

/**
 * Merges an export checkExport already cleaned (respelled: its ExportCheck's, for the result's
 * words); a failure here is a storage failure. An aborted
 * signal aborts the transaction unless it has committed: nothing of the file is kept.
 */
export function importChecked(
  db: PostLensDb,
  data: ExportV1,
  signal?: AbortSignal,
  respelled: readonly string[] = [],
): Promise<ImportResult> {
  return inWriteTx(
    db,
    async (tx) => {
      const { added, kept, notTaken } = await mergeExport(tx, data);
      const text = keptText(kept, notTaken, respelled);
      return text ? { added, kept: text } : { added };
    },
    signal,
  );
}

/** Merges a checked export inside a transaction the caller owns (and commits or aborts). */
export async function mergeExport(tx: WriteTx, data: ExportV1): Promise<Merged> {
  const { merged, writes } = mergeStored(data, await readStoredForImport(tx, data));
  await writeMerged(tx, writes);
  return merged;
}

/**
 * The merge in memory, of a checked export and the stored records it touches (readStoredForImport):
 * what it adds and names (merged), and what it writes. Writes nothing: the import preview counts
 * what an import would add and name with it.
 */
export function mergeStored(
  data: ExportV1,
  { fileAuthorKeys, storedAuthors, storedFollowers, storedPosts, storedSnaps }: StoredForImport,
): { merged: Merged; writes: MergedWrites } {
  const added: ImportCounts = { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 };
  const kept: string[] = [];
  /** Of kept, what the file contradicts itself on: not imported, whatever the user had. */
  const notTaken: string[] = [];
  const merged: Merged = { added, kept, notTaken };
  const exportedAt = Date.parse(data.exportedAt);
  // An author only in the posts takes the spelling of the post seen last, as an author in the
  // list the spelling read last (checkExport refused a file that does not tell which that is).
  const postSpelling = postAuthorSpellings(
    data.posts.map((item, i) => ({ item, path: `posts[${i}]` })),
    data.authors,
    new ProblemList(),
  );

  const records = importAuthorRecords(storedAuthors, fileAuthorKeys, merged);
  // The listed authors first: a new author's record is made from its first mention, for a listed
  // author the list's (its handle and name), not a post's.
  const { followerAdds, dated } = mergeFollowerReadings(
    data,
    storedAuthors,
    storedFollowers,
    records,
    merged,
  );
  const { posts, snapsOf, snapAdds, undated } = mergePostRecords(
    data,
    exportedAt,
    postSpelling,
    storedPosts,
    storedSnaps,
    records,
    merged,
  );
  settleUndatedFollowers(undated, dated, records.authors, merged);
  return {
    merged,
    writes: {
      posts,
      snapsOf,
      snapAdds,
      followerAdds,
      authors: records.authors,
      storedAuthors,
      followersOf: records.followersOf,
    },
  };
}
