// Whether an import adds anything, and which: what its preview and its result say depends on it.

import type { ImportCounts } from '@/lib/messaging';
import type { AnnotationsAdded, ExportV1, ExportV2 } from '@/lib/transfer';
import { type ImportPreview, recordsOf } from './import-pipeline';

/** Whether a file holds records (posts or authors): else its result names only what else it adds. */
export const hasRecords = (data: ExportV1 | ExportV2) => data.posts.length > 0 || data.authors.length > 0;

/** Whether a merge of sets, tags and notes added any (undefined: none merged). */
const addsAnnotations = (a: AnnotationsAdded | undefined) => !!a && a.sets + a.tags + a.notes > 0;

/**
 * Whether an import adds nothing at all: no post, snapshot, author, follower reading or campaign,
 * and no set, tag or note that is not stored already. Such a preview offers no Import (Close), for
 * "adds 0 posts, 0 snapshots…" with Import reads as if the file brought something.
 */
export const addsNone = (c: ImportPreview) => recordsOf(c) === 0 && !addsAnnotations(c.annotations);

/**
 * Whether a file of no records adds nothing: no campaign, set, tag or note that is not stored
 * already. Its preview and result say so ("Nothing to import"), for "added 0 posts, 0 snapshots…"
 * would name records the file never held.
 */
export const addsNothing = (records: boolean, c: ImportPreview) => !records && addsNone(c);

/**
 * Whether an import's words list the four record counts (addedText's records): a file of records
 * does, unless it adds no record (nor campaign) but sets, tags or notes, which are then named
 * alone ("adds 1 author set and 2 tags", not "adds 0 posts, 0 snapshots…"), in its preview and its
 * result alike.
 */
export const listsRecords = (records: boolean, c: ImportPreview) =>
  records && (recordsOf(c) > 0 || !addsAnnotations(c.annotations));

/**
 * Whether an import added other counts than its preview said: the data changed after the preview
 * was counted (another tab or window imported, recorded or deleted, or changed the sets, tags and
 * notes), which the result then says. annotations: what keeping the file's sets, tags and notes
 * added (undefined when none were kept: none in the file, or a failure the result says itself).
 */
export const differs = (a: ImportCounts, b: ImportPreview, annotations?: AnnotationsAdded) =>
  a.posts !== b.posts ||
  a.snapshots !== b.snapshots ||
  a.authors !== b.authors ||
  a.followerSnapshots !== b.followerSnapshots ||
  (a.campaigns ?? 0) !== (b.campaigns ?? 0) ||
  (annotations !== undefined &&
    (annotations.sets !== (b.annotations?.sets ?? 0) ||
      annotations.tags !== (b.annotations?.tags ?? 0) ||
      annotations.notes !== (b.annotations?.notes ?? 0)));
