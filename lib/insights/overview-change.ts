// A card's change on the Overview: this period's value against the previous one's, and how it is
// worked out in the user's words. Pure.

import { t } from '../i18n';

export interface Change {
  /** This period − the previous one. */
  abs: number | null;
  /** abs ÷ |previous|, a fraction; null when the previous is 0 or unknown. */
  pct: number | null;
  reason: string | null;
}

/**
 * How every card's change is worked out, in the user's language; with `upTo` (while the period
 * runs: when the part of the previous period compared ends, written out), against that part.
 */
export const changeFormula = (upTo?: string): string =>
  upTo === undefined ? t('insights.overview.changeFormula') : t('insights.overview.changeFormulaSoFar', upTo);

/** This period's value against the previous one's; never Infinity or NaN. */
export function changeOf(current: number | null, previous: number | null): Change {
  if (current === null) return { abs: null, pct: null, reason: t('insights.overview.noValueNow') };
  if (previous === null) return { abs: null, pct: null, reason: t('insights.overview.noValueBefore') };
  const abs = difference(current, previous);
  if (previous === 0) return { abs, pct: null, reason: t('insights.overview.previousZero') };
  return { abs, pct: abs / Math.abs(previous), reason: null };
}

/**
 * current − previous, with 0 for two values equal but for floating point's last bits: the median of
 * an even set is the mean of two values (0.1 and 0.2 give 0.15000000000000002), which against a
 * median of 0.15 read "▲ 0.0000000000000028 pp". A few units in the last place of the larger value
 * are rounding, not a change; every real change of a count, rate or velocity is far above that.
 */
function difference(current: number, previous: number): number {
  const d = current - previous;
  return Math.abs(d) <= 16 * Number.EPSILON * Math.max(Math.abs(current), Math.abs(previous)) ? 0 : d;
}
