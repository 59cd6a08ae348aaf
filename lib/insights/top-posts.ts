// The Overview's top posts: the few highest by rate, velocity or outlier score among thousands.
// Pure.

import { finite, type OverviewRow } from './overview-measures';

export type TopBy = 'er' | 'velocity' | 'outlier';

export const DEFAULT_TOP_POSTS = 5;

/**
 * Up to n rows with the figure, highest first; ties: the more recent post, then by key. One pass
 * that keeps the n best so far, in order (the Overview asks for 5 of 10,000 posts three times:
 * sorting them all took 21 ms of its first paint); the order is a stable sort's.
 */
export function topPosts<T extends OverviewRow>(rows: readonly T[], by: TopBy, n = DEFAULT_TOP_POSTS): T[] {
  const rated = rows.filter((r) => finite(r[by]));
  return topOfRated(rated, by, n);
}

/**
 * topPosts of rows that all have the figure (buildOverview gathers them in its one pass over the
 * posts; the list may be sorted in place). The Overview ranks its top posts by ER on one basis:
 * `erViews` or `erFollowers`. The loop is indexed: the Overview runs this once per
 * load, mostly before the JIT has compiled it, where a for…of pays the iterator protocol per row.
 */
export function topOfRated<T extends OverviewRow>(
  rated: T[],
  by: Exclude<TopBy, 'er'> | 'er' | 'erViews' | 'erFollowers',
  n: number,
): T[] {
  const k = Math.max(0, Math.floor(n));
  const before = (a: T, b: T) =>
    b[by]! - a[by]! || b.date - a.date || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  if (k === 0) return [];
  if (k >= rated.length) return rated.sort(before);
  const best: T[] = [];
  for (let i = 0; i < rated.length; i++) {
    const r = rated[i]!;
    if (best.length === k && before(r, best[k - 1]!) >= 0) continue;
    // After every kept row it does not come before, so equal rows keep the order they came in.
    let at = best.length;
    while (at > 0 && before(r, best[at - 1]!) < 0) at--;
    best.splice(at, 0, r);
    if (best.length > k) best.pop();
  }
  return best;
}
