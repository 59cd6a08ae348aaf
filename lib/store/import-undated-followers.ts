// Authors' counts the file gives only in its posts (author.followers, of no stated time): taken only
// where nothing dated is known; named when they contradict the file's own dated count or the stored
// one, or each other.

import { formatNumber } from '../format';
import { t, uiLocale } from '../i18n';
import type { DatedCount } from './import-follower-readings';
import type { Merged } from './import-not-taken';
import type { UndatedCount } from './import-post-records';
import type { AuthorRecord } from './schema';

/**
 * Gives each author of undated counts that has no count, nor a dated one in the file, its count
 * (authors: the records the import leaves); what is not taken goes to merged.kept, and to
 * merged.notTaken where the file contradicts itself.
 */
export function settleUndatedFollowers(
  undated: ReadonlyMap<string, UndatedCount>,
  dated: ReadonlyMap<string, DatedCount>,
  authors: ReadonlyMap<string, AuthorRecord>,
  { kept, notTaken }: Merged,
): void {
  // Counts the file's own readings contradict: not imported, said so whether or not the user had any.
  const fileSaysOtherwise = (item: string) => {
    kept.push(item);
    notTaken.push(item);
  };
  const numbers = (ns: Iterable<number>) =>
    new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(
      [...ns].sort((a, b) => a - b).map((n) => formatNumber(n, uiLocale())),
    );
  for (const [key, { followers, counts }] of undated) {
    const rec = authors.get(key);
    const d = dated.get(key);
    // Posts seen as late as each other that give other counts: none is taken, all are named.
    if (counts.size > 1) fileSaysOtherwise(t('store.keptUndatedTied', key, numbers(counts)));
    else if (rec && rec.followers === null && !d) rec.followers = followers;
    // A file whose undated count contradicts its own newest dated one: the dated one is kept.
    else if (d && d.followers !== followers)
      fileSaysOtherwise(t('store.keptUndated', key, formatNumber(followers, uiLocale())));
    // A count of no time cannot be placed before or after the one the user has: theirs stays.
    else if (!d && rec && rec.followers !== null && rec.followers !== followers)
      kept.push(
        t(
          'store.keptUndatedStored',
          key,
          formatNumber(followers, uiLocale()),
          formatNumber(rec.followers, uiLocale()),
        ),
      );
  }
}
