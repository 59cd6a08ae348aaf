// What of a file an import did not take (kept as the database had it, or contradicted by the file
// itself), gathered while it merges, and in words for its result.

import { t, tn, wholeNumber } from '../i18n';
import type { ImportCounts } from '../messages';

/**
 * A merge's counts, and what of the file was not taken: kept, every such item (readings, names, post
 * fields, campaigns), most of them left as the database had it; notTaken, those of them the file
 * itself contradicts, which the user may not have had anything of (keptText words them so).
 */
export interface Merged {
  added: ImportCounts;
  kept: string[];
  notTaken: string[];
}

/**
 * What the import did not take, in words for its result; undefined for nothing. The items of kept
 * that are in notTaken (the file contradicting itself) are said not imported, the others left as
 * the user had them. respelled: the handles the file spells in more than one case, each merged into
 * one author spelled as read last (ExportCheck), named so that the choice is not a quiet one.
 */
export function keptText(
  kept: readonly string[],
  notTaken: readonly string[] = [],
  respelled: readonly string[] = [],
): string | undefined {
  const fileOnly = new Set(notTaken);
  const left = kept.filter((k) => !fileOnly.has(k));
  const contradicted = kept.filter((k) => fileOnly.has(k));
  const sentences = [
    listed(left, 'store.importKeptMore', 'store.importKept'),
    listed(contradicted, 'store.importNotTakenMore', 'store.importNotTaken'),
    listed(respelled, 'store.importRespelledMore', 'store.importRespelled'),
  ].filter((x) => x !== undefined);
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/**
 * One sentence naming the first five items and counting the rest; undefined for none. The import
 * preview words its respelled handles by it too (dashboard.import.readyRespelled*), so its list is
 * the result's.
 */
export function listed(
  items: readonly string[],
  more:
    | 'store.importKeptMore'
    | 'store.importNotTakenMore'
    | 'store.importRespelledMore'
    | 'dashboard.import.readyRespelledMore',
  few:
    | 'store.importKept'
    | 'store.importNotTaken'
    | 'store.importRespelled'
    | 'dashboard.import.readyRespelled',
): string | undefined {
  if (items.length === 0) return undefined;
  const shown = items.slice(0, 5).join(', ');
  return items.length > 5
    ? t(more, wholeNumber(items.length), shown, wholeNumber(items.length - 5))
    : tn(few, items.length, shown);
}
