// Breakout detection, pure: the background hands in what it read, so the same readings always give
// the same alert. Reuses the velocity and outlier rules of lib/metrics, so an alert's figure is the
// one the badge and the tables show.
import { formatMultiple, formatPercent, formatVelocity } from '../format';
import { t, tn } from '../i18n';
import { median, outlierFromMedian, type TimedCounts, velocity } from '../metrics';

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
 * A starred post's breakout: velocity now (Δ engagement per hour between its latest two
 * snapshots) at least `factor` × the one before (between the two before those). `snaps` are the
 * post's last snapshots, oldest first; fewer than three, a previous velocity that is not above 0
 * (no growth to multiply) or a count missing on either side gives none.
 */
export function postBreakout(
  snaps: readonly TimedCounts[],
  factor: number,
  locale?: string,
): Breakout | null {
  const [a, b, c] = snaps.slice(-3);
  if (!a || !b || !c) return null;
  const now = velocity(b, c)?.engagementPerHour ?? null;
  const before = velocity(a, b)?.engagementPerHour ?? null;
  if (now === null || before === null || !(before > 0) || !(now >= factor * before)) return null;
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
  // Compared as the rule reads (ER ≥ factor × median): 0.03 / 0.01 is 2.999…, 3 × 0.01 is 0.03.
  if (er === null || med === null || multiple === null || !(er >= factor * med)) return null;
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
