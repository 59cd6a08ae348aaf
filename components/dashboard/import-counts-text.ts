// What an import adds or a file holds, in words: the counts as one list, each worded for its number.

import { listed } from '@/lib/store';
import { annotationsAddedParts, campaignsOf, type ExportV1, type ExportV2 } from '@/lib/transfer';
import { t, tn } from '../../lib/i18n';
import type { ImportPreview } from './import-pipeline';

/**
 * What an import adds, in words, each count worded for its number ("1 post, 2 snapshots, 0 authors
 * and 1 follower reading"); the campaigns too when it adds any (a version 1 file has none), and
 * the author sets, tags and notes it adds (a preview counts them; the background's answer cannot).
 * records false (listsRecords: a file of no posts and no authors, or one that adds no record but
 * sets, tags or notes): the four record counts, all 0, are left out when something else is added,
 * so a file of notes alone reads "adds 3 notes", not "adds 0 posts".
 */
export function addedText(c: ImportPreview, records = true): string {
  const others = [
    ...(c.campaigns !== undefined && c.campaigns > 0
      ? [tn('dashboard.import.count.campaigns', c.campaigns)]
      : []),
    ...(c.annotations ? annotationsAddedParts(c.annotations) : []),
  ];
  return listText([
    ...(records || others.length === 0
      ? [
          tn('dashboard.import.count.posts', c.posts),
          tn('dashboard.import.count.snapshots', c.snapshots),
          tn('dashboard.import.count.authors', c.authors),
          tn('dashboard.import.count.followerReadings', c.followerSnapshots),
        ]
      : []),
    ...others,
  ]);
}

/** Counts in words as one list: "1 post, 2 snapshots and 1 author". */
function listText(parts: string[]): string {
  if (parts.length === 1) return parts[0]!;
  return t('dashboard.import.lastCount', parts.slice(0, -1).join(', '), parts[parts.length - 1]!);
}

/**
 * What a file holds, in words, the kinds it holds none of left out ("2 posts, 3 snapshots and 1
 * author"): the preview of a file whose every record is stored already names these instead.
 */
export function heldText(data: ExportV1 | ExportV2): string {
  let snapshots = 0;
  for (const p of data.posts) snapshots += p.snapshots.length;
  let followerSnapshots = 0;
  for (const a of data.authors) followerSnapshots += a.followerSnapshots.length;
  const held: Array<[number, string]> = [
    [data.posts.length, 'dashboard.import.count.posts'],
    [snapshots, 'dashboard.import.count.snapshots'],
    [data.authors.length, 'dashboard.import.count.authors'],
    [followerSnapshots, 'dashboard.import.count.followerReadings'],
    [campaignsOf(data).length, 'dashboard.import.count.campaigns'],
  ];
  return listText(held.filter(([n]) => n > 0).map(([n, key]) => tn(key, n)));
}

/**
 * The preview's sentence on the file's entries that differ from the stored ones of the same moment
 * or id (previewImport's differing, which countImport passes on): the import leaves them as they
 * are, so they add nothing, yet the user learns of them before Import, not only after. '' for none.
 */
export function differingText(c: ImportPreview): string {
  const n = c.differing ?? 0;
  return n > 0 ? ` ${tn('dashboard.import.readyDiffering', n)}` : '';
}

/**
 * The preview's sentence on the entries the file contradicts itself on (previewImport's notTaken):
 * the import answers them not imported, whatever the user had, so the preview says so before it,
 * apart from what it leaves as the user has it. '' for none.
 */
export function notTakenText(c: ImportPreview): string {
  const n = c.notTaken ?? 0;
  return n > 0 ? ` ${tn('dashboard.import.readyNotTaken', n)}` : '';
}

/**
 * The preview's sentence on the handles the file spells in more than one case (Prepared's
 * respelled): the import would merge each into one author and name them in its result
 * (store.importRespelled), so the preview names them before Import, in words of what the import
 * would do, listed as the result lists them (lib/store's listed: the first five, then how many
 * more). '' for none.
 */
export function respelledText(respelled: readonly string[] = []): string {
  const text = listed(respelled, 'dashboard.import.readyRespelledMore', 'dashboard.import.readyRespelled');
  return text ? ` ${text}` : '';
}
