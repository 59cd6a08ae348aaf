// The posts table's order: any column, either direction, rows without the value last, text in the
// user's language's collation (uiLocale). Pure but for that locale.

import { uiLocale } from '../i18n';
import { byCodeUnits, COUNT_FIELDS, postedMs } from '../types';
import type { PostRow } from './rows';

export const SORT_KEYS = [
  'platform',
  'authorHandle',
  'text',
  'date',
  'publishedAt',
  'firstSeen',
  ...COUNT_FIELDS,
  'followers',
  'engagement',
  'erFollowers',
  'erViews',
  'er',
  'velocity',
  'outlier',
  'snapshotCount',
  'lastSeen',
] as const satisfies readonly (keyof PostRow)[];
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/**
 * The collation of the user's language (uiLocale, which the page's numbers and dates follow), made
 * once per locale: a Swedish user reads Ö after Z, where the JavaScript default locale may put it
 * with O.
 */
let collator: { locale: string; compare: Intl.Collator['compare'] } | undefined;
export function collate(locale: string = uiLocale()): Intl.Collator['compare'] {
  if (collator?.locale !== locale) collator = { locale, compare: new Intl.Collator(locale).compare };
  return collator.compare;
}

/** A row's posting time in epoch ms; null when the page showed none (or it does not parse). */
export function postedAt(r: PostRow): number | null {
  const t = postedMs(r.publishedAt);
  return Number.isNaN(t) ? null : t;
}

/**
 * What the Author column shows (the handle, else the name), as it sorts; null when it shows a dash.
 * An empty handle or name is none, as the cell takes it.
 */
const authorOf = (r: PostRow): string | null => r.authorHandle || r.authorName || null;

/** A post's text as it sorts; null when the page gave none (the cell then says there is none). */
const textOf = (r: PostRow): string | null => r.text || null;

/**
 * How rows of equal value (or none) are ordered: 'given', as they come (the popup's, in the order
 * its page shows them); 'postKey', by post key the way the sort runs, as an index holds them (by
 * value, then by key). The Posts table takes 'postKey': its first rows, read backwards through the
 * ER index (loadFirstRows), are then the top of the table sorted by ER once every row is read, in
 * whatever order those come, so a tie never changes order as the rows come in.
 */
export type Ties = 'given' | 'postKey';

/**
 * Sorted copy; rows without the value (null) always go last, whatever the direction. The posting
 * time sorts as a time (the stored ISO strings need not share one format); the author as the
 * column shows it, a name where there is no handle. Ties as `ties` says.
 */
export function sortRows(
  rows: readonly PostRow[],
  key: SortKey,
  dir: SortDir,
  ties: Ties = 'given',
): PostRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const compare = collate();
  const byValue = (x: unknown, y: unknown): number => {
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
    if (y === null || y === undefined) return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    return compare(String(x), String(y)) * sign;
  };
  const pick =
    key === 'publishedAt'
      ? postedAt
      : key === 'authorHandle'
        ? authorOf
        : key === 'text'
          ? textOf
          : (r: PostRow) => r[key];
  return (
    rows
      .map((row) => ({ row, v: pick(row) }))
      // Post keys in their code units, as IndexedDB orders them (Array.sort is stable: 'given').
      .sort(
        (a, b) => byValue(a.v, b.v) || (ties === 'postKey' ? byCodeUnits(a.row.key, b.row.key) * sign : 0),
      )
      .map((d) => d.row)
  );
}
