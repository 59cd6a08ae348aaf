// How far a stored count may be from the post's own: pages print large counts compact ("1.2K"),
// and a reading keeps only the number. The badge's velocity between visits and the watchlist's
// breakout rule (lib/watchlist/breakout.ts) both leave out what rounding alone may make. Pure.

import type { CountField, Counts } from '../types';

/**
 * The most a count may have been rounded by where the page showed it, as far as the number tells:
 * a reading keeps only the number read ("1.2K" is kept as 1,200), not how it was written. Pages
 * write counts under 1,000 in full, and larger ones in full or compact with two significant digits
 * or more ("1.2K", "12K", "123K", "1.2M", "12万"), so a count of 1,000 or more ending in zeros may
 * be compact: up to one unit of its last nonzero digit off (1,200 may be 1,200 to 1,299), never
 * coarser than its second digit (1,000 is "1K", 1,000 to 1,099). 0 when the count is exact.
 */
export function roundingOf(count: number): number {
  if (!(count >= 1000) || !Number.isInteger(count)) return 0;
  const coarsest = 10 ** (String(count).length - 2);
  let unit = 1;
  while (unit * 10 <= coarsest && count % (unit * 10) === 0) unit *= 10;
  return unit === 1 ? 0 : unit;
}

/**
 * Whether the change from `from` to `to` in the counts `fields` may be rounding alone: each count's
 * change (either way) at most the larger rounding of its two readings (roundingOf), and one of
 * them may be rounded. A feed's "1.2K" likes then the post page's "1,234" are 1,200 then 1,234: 34
 * more, or 65 fewer; such a pair tells nothing of the post's pace. A count shown the same twice is
 * no exception: "1K" twice may hide 99 likes gained. Gives the count to name as why: its field and
 * the reading of it whose rounding is the larger (the earlier on a tie). Null when a change is
 * more than its rounding, when no count may be rounded (100 → 134, or 100 → 100, are exact), or
 * when a count is not shown in both.
 */
export function roundedCount(
  from: Counts,
  to: Counts,
  fields: readonly CountField[],
): readonly [CountField, number] | null {
  let named: readonly [CountField, number] | null = null;
  let most = 0;
  for (const f of fields) {
    const a = from[f];
    const b = to[f];
    if (typeof a !== 'number' || typeof b !== 'number') return null;
    const ra = roundingOf(a);
    const rb = roundingOf(b);
    const unit = Math.max(ra, rb);
    if (Math.abs(b - a) > unit) return null;
    if (unit > most) {
      most = unit;
      named = [f, ra >= rb ? a : b];
    }
  }
  return named;
}
