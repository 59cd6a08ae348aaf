// The one ER basis a set of posts' figures are taken on. An ER by views (interactions ÷ views,
// often 2-5%) and one by followers (interactions ÷ followers, often 0.05-0.5%) are unlike figures:
// a median of both is a rate none of the posts has. So each set of figures (an author's median and
// mean, the whole heatmap, the whole topics table, the Overview's median ER card in both periods)
// takes one basis: the one Settings lead with when any post has an ER on it, else the other when
// any has one there, else none. Pure.

import type { ErBasis } from '../types';
import type { ErPref } from './rates';

/**
 * What a row says of its ERs (PostRow's fields). A row built by hand may lack a field: no ER on
 * that basis, and no lead read from it without erBasis.
 */
export interface ErRates {
  erViews?: number | null;
  erFollowers?: number | null;
  erBasis?: ErBasis | null;
}

/** A finite number, else null. */
export const finiteEr = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** The row field (PostRow, ErRates) holding the ER on each basis. */
export const ER_FIELD = { views: 'erViews', followers: 'erFollowers' } as const satisfies Record<
  ErBasis,
  keyof ErRates
>;

/** A row's ER on a basis, when it has a finite one. */
export const erOn = (r: ErRates, basis: ErBasis): number | null => finiteEr(r[ER_FIELD[basis]]);

/**
 * The basis Settings lead with: "auto" and "views" lead with views. Without a choice given, read
 * from the rows: a row with both rates has the lead's as its ER (rowFromSummary); none has both,
 * views, as "auto" (the default) leads.
 */
export function leadBasis(pref: ErPref | undefined, rows: readonly ErRates[]): ErBasis {
  if (pref !== undefined) return pref === 'followers' ? 'followers' : 'views';
  for (const r of rows)
    if (erOn(r, 'views') !== null && erOn(r, 'followers') !== null && r.erBasis) return r.erBasis;
  return 'views';
}

/** The basis taken: the lead when any post has an ER on it, else the other when any has one, else null. */
export function chooseBasis(lead: ErBasis, any: Record<ErBasis, boolean>): ErBasis | null {
  const other: ErBasis = lead === 'views' ? 'followers' : 'views';
  return any[lead] ? lead : any[other] ? other : null;
}
