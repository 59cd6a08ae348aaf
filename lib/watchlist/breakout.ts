// Breakout detection, pure: the background hands in what it read, so the same readings always give
// the same alert. Reuses the velocity and outlier rules of lib/metrics, so an alert's figure is the
// one the badge and the tables show.
import { formatMultiple, formatPercent, formatVelocity } from '../format';
import { t, tn } from '../i18n';
import {
  ENGAGEMENT_FIELDS,
  MIN_AGE_MS,
  median,
  outlierFromMedian,
  type TimedCounts,
  velocity,
} from '../metrics';
import { type CountField, countsFrom } from '../types';

export interface Breakout {
  kind: 'post' | 'author';
  /** The figure now: engagements per hour, or the post's ER. */
  value: number;
  /** What it is compared with: the previous velocity, or the author's median ER. */
  base: number;
  /** value / base. */
  multiple: number;
  /** The figure and its formula, for the notification. */
  text: string;
}

/**
 * `value` ≥ `threshold`, give or take the last bits of a float: a figure exactly at the threshold
 * reaches it, though 3 × 0.003 is 0.009000000000000001 and 0.6 / 0.2 is 2.9999999999999996.
 */
function reaches(value: number, threshold: number): boolean {
  return value >= threshold - Math.abs(threshold) * 1e-9;
}

/** The snapshots with only the engagement counts every one of them shows; the others null. */
function sharedCounts(snaps: readonly TimedCounts[]): TimedCounts[] {
  const shared = new Set<CountField>(
    ENGAGEMENT_FIELDS.filter((f) => snaps.every((s) => typeof s[f] === 'number' && Number.isFinite(s[f]))),
  );
  return snaps.map((s) => ({
    capturedAt: s.capturedAt,
    ...countsFrom((f) => (shared.has(f) ? s[f] : null)),
  }));
}

/**
 * Shortest time between two readings a breakout compares. Readings seconds apart (a feed's card
 * and then the post's own page, one showing "1.2K" and the other "1,234") differ by rounding or by
 * a like or two, and a few likes in ten seconds are hundreds an hour: no velocity to alert on. The
 * same span as a post's youngest age for a figure per hour (MIN_AGE_MS).
 */
export const MIN_SPAN_MS = MIN_AGE_MS;

/**
 * The readings a post's breakout compares, oldest first: its latest snapshot, the latest one at
 * least MIN_SPAN_MS before it, and the latest one at least MIN_SPAN_MS before that; fewer when
 * there are no such readings. `snaps` oldest first.
 */
export function spacedReadings(snaps: readonly TimedCounts[]): TimedCounts[] {
  const picked: TimedCounts[] = [];
  for (let i = snaps.length - 1; i >= 0 && picked.length < 3; i--) {
    const s = snaps[i]!;
    const next = picked[0];
    if (!next || next.capturedAt - s.capturedAt >= MIN_SPAN_MS) picked.unshift(s);
  }
  return picked;
}

/**
 * A starred post's breakout: velocity now (Δ engagement per hour between its latest snapshot and
 * the one before it, spacedReadings) at least `factor` × the one before (between the two before
 * those), both over the counts all three show: comments first shown in the middle one would make
 * the velocity now one of likes and comments against one of likes alone. `snaps` are the post's
 * last snapshots, oldest first; fewer than three at least MIN_SPAN_MS apart, a previous velocity
 * that is not above 0 (no growth to multiply) or no count shown in all three gives none.
 */
export function postBreakout(
  snaps: readonly TimedCounts[],
  factor: number,
  locale?: string,
): Breakout | null {
  const last = spacedReadings(snaps);
  if (last.length < 3) return null;
  const [a, b, c] = sharedCounts(last);
  const now = velocity(b, c)?.engagementPerHour ?? null;
  const before = velocity(a, b)?.engagementPerHour ?? null;
  if (now === null || before === null || !(before > 0) || !reaches(now, factor * before)) return null;
  const multiple = now / before;
  return {
    kind: 'post',
    value: now,
    base: before,
    multiple,
    text: t(
      'watchlist.breakout.post',
      formatVelocity(now, locale),
      formatMultiple(multiple, locale),
      formatVelocity(before, locale),
    ),
  };
}

/**
 * A starred author's post breaking out: its ER at least `factor` × the median ER of the author's
 * other posts, once there are OUTLIER_MIN_POSTS of them with an ER (as the outlier score needs).
 */
export function authorBreakout(
  er: number | null,
  otherErs: readonly number[],
  factor: number,
  locale?: string,
): Breakout | null {
  const others = otherErs.filter((v) => Number.isFinite(v));
  const med = median(others);
  const multiple = outlierFromMedian(er, med, others.length);
  // Compared as the rule reads (ER ≥ factor × median), not through the multiple (0.03 / 0.01 is
  // 2.999…), and with reaches' tolerance (3 × 0.003 is 0.009000000000000001).
  if (er === null || med === null || multiple === null || !reaches(er, factor * med)) return null;
  return {
    kind: 'author',
    value: er,
    base: med,
    multiple,
    text: tn(
      'watchlist.breakout.author',
      others.length,
      formatPercent(er, locale),
      formatMultiple(multiple, locale),
      formatPercent(med, locale),
    ),
  };
}
