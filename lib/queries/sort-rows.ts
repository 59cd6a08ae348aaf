// The posts table's order: any column, either direction, rows without the value last, text in the
// user's language's collation (uiLocale). Pure but for that locale.

import { uiLocale } from '../i18n';
import { COUNT_FIELDS, postedMs } from '../types';
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
 * Sorted copy; rows without the value (null) always go last, whatever the direction. The posting
 * time sorts as a time (the stored ISO strings need not share one format); the author as the
 * column shows it, a name where there is no handle.
 */
export function sortRows(rows: readonly PostRow[], key: SortKey, dir: SortDir): PostRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const compare = collate();
  const pick =
    key === 'publishedAt'
      ? postedAt
      : key === 'authorHandle'
        ? authorOf
        : key === 'text'
          ? textOf
          : (r: PostRow) => r[key];
  return rows
    .map((row) => ({ row, v: pick(row) }))
    .sort((a, b) => {
      const x = a.v;
      const y = b.v;
      if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
      if (y === null || y === undefined) return -1;
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
      return compare(String(x), String(y)) * sign;
    })
    .map((d) => d.row);
}
