// Breakout detection, pure: the background hands in what it read, so the same readings always give
// the same alert. Reuses the velocity and outlier rules of lib/metrics, so an alert's figure is the
// one the badge and the tables show.
import { formatMultiple, formatPercent, formatVelocity } from '../format';
import { t, tn } from '../i18n';
import {
  ENGAGEMENT_FIELDS,
  type EngagementField,
  type ErBasis,
  MIN_AGE_MS,
  median,
  outlierFromMedian,
  type TimedCounts,
  velocity,
} from '../metrics';
import { type CountField, countsFrom, likesAreScore, type Platform } from '../types';

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
  /** An author breakout's ER basis, when given: what must fall under the threshold to end it. */
  basis?: ErBasis;
}

/**
 * `value` ≥ `threshold`, give or take the last bits of a float: a figure exactly at the threshold
 * reaches it, though 3 × 0.003 is 0.009000000000000001 and 0.6 / 0.2 is 2.9999999999999996.
 */
function reaches(value: number, threshold: number): boolean {
  return value >= threshold - Math.abs(threshold) * 1e-9;
}

/** The engagement counts every one of the snapshots shows. */
const sharedFields = (snaps: readonly TimedCounts[]): EngagementField[] =>
  ENGAGEMENT_FIELDS.filter((f) => snaps.every((s) => typeof s[f] === 'number' && Number.isFinite(s[f])));

/** The snapshots with only the engagement counts every one of them shows; the others null. */
function sharedCounts(snaps: readonly TimedCounts[]): TimedCounts[] {
  const shared = new Set<CountField>(sharedFields(snaps));
  return snaps.map((s) => ({
    capturedAt: s.capturedAt,
    ...countsFrom((f) => (shared.has(f) ? s[f] : null)),
  }));
}

/** A count's name as the badge's formulas say it; Reddit's likes are its score. */
const TERMS: Record<EngagementField, () => string> = {
  likes: () => t('badge.term.likes'),
  comments: () => t('badge.term.comments'),
  reposts: () => t('badge.term.reposts'),
  saves: () => t('badge.term.saves'),
};
const termOf = (f: EngagementField, platform: Platform): string =>
  f === 'likes' && likesAreScore(platform) ? t('badge.term.score') : TERMS[f]();

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
 * that is not above 0 (no growth to multiply) or no count shown in all three gives none. Given the
 * post's platform (which names its counts: Reddit's likes are its score), the text names the
 * counts the velocities add up ("likes + comments gained per hour").
 */
export function postBreakout(
  snaps: readonly TimedCounts[],
  factor: number,
  locale?: string,
  platform?: Platform,
): Breakout | null {
  const last = spacedReadings(snaps);
  if (last.length < 3) return null;
  const [a, b, c] = sharedCounts(last);
  const now = velocity(b, c)?.engagementPerHour ?? null;
  const before = velocity(a, b)?.engagementPerHour ?? null;
  if (now === null || before === null || !(before > 0) || !reaches(now, factor * before)) return null;
  const multiple = now / before;
  const figures = [
    formatVelocity(now, locale),
    formatMultiple(multiple, locale),
    formatVelocity(before, locale),
  ] as const;
  const counts = platform && sharedFields(last).map((f) => termOf(f, platform));
  return {
    kind: 'post',
    value: now,
    base: before,
    multiple,
    text: counts
      ? t('watchlist.breakout.postCounts', ...figures, counts.join(' + '))
      : t('watchlist.breakout.post', ...figures),
  };
}

/**
 * The post's ER against the median of the author's other posts: null when it cannot be told (no
 * ER of its own, fewer than OUTLIER_MIN_POSTS others with one, or a median of 0), else whether it
 * reaches `factor` × the median.
 */
function authorCompared(
  er: number | null,
  otherErs: readonly number[],
  factor: number,
): { er: number; med: number; multiple: number; others: number; reached: boolean } | null {
  const others = otherErs.filter((v) => Number.isFinite(v));
  const med = median(others);
  const multiple = outlierFromMedian(er, med, others.length);
  if (er === null || med === null || multiple === null) return null;
  // Compared as the rule reads (ER ≥ factor × median), not through the multiple (0.03 / 0.01 is
  // 2.999…), and with reaches' tolerance (3 × 0.003 is 0.009000000000000001).
  return { er, med, multiple, others: others.length, reached: reaches(er, factor * med) };
}

/**
 * A starred author's post breaking out: its ER at least `factor` × the median ER of the author's
 * other posts, once there are OUTLIER_MIN_POSTS of them with an ER (as the outlier score needs).
 * Given the ER's basis (the others' ERs on the same one), the text says it: "ER by views".
 */
export function authorBreakout(
  er: number | null,
  otherErs: readonly number[],
  factor: number,
  locale?: string,
  basis?: ErBasis,
): Breakout | null {
  const c = authorCompared(er, otherErs, factor);
  if (!c?.reached) return null;
  const key =
    basis === 'views'
      ? 'watchlist.breakout.authorByViews'
      : basis === 'followers'
        ? 'watchlist.breakout.authorByFollowers'
        : 'watchlist.breakout.author';
  return {
    kind: 'author',
    value: c.er,
    base: c.med,
    multiple: c.multiple,
    text: tn(
      key,
      c.others,
      formatPercent(c.er, locale),
      formatMultiple(c.multiple, locale),
      formatPercent(c.med, locale),
    ),
    ...(basis && { basis }),
  };
}

/**
 * Whether the post's ER is known to be under `factor` × the author's median: false when it reaches
 * it, and false too when either cannot be told (a page that shows no views says nothing of the
 * post having fallen back). Only this ends an author breakout already alerted.
 */
export const authorUnderThreshold = (
  er: number | null,
  otherErs: readonly number[],
  factor: number,
): boolean => authorCompared(er, otherErs, factor)?.reached === false;
