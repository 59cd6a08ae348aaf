// Breakout detection, pure: the background hands in what it read, so the same readings always give
// the same alert. Reuses the velocity and outlier rules of lib/metrics, so an alert's figure is the
// one the badge and the tables show. A starred post's rule is here, a starred author's post's in
// author-breakout.ts.
import { formatMultiple, formatVelocity } from '../format';
import { t } from '../i18n';
import {
  ENGAGEMENT_FIELDS,
  type EngagementField,
  type ErBasis,
  MIN_AGE_MS,
  roundingOf,
  type TimedCounts,
  velocity,
} from '../metrics';
import { type CountField, type Counts, countsFrom, likesAreScore, type Platform } from '../types';

export interface Breakout {
  kind: 'post' | 'author';
  /** The figure now: engagements per hour, or the post's ER. */
  value: number;
  /** What it is compared with: the previous velocity, or the author's median ER. */
  base: number;
  /** value / base; null when base is 0 (a post that gained nothing before: no multiple of nothing). */
  multiple: number | null;
  /** The figure and its formula, for the notification. */
  text: string;
  /** An author breakout's ER basis, when given: what must fall under the threshold to end it. */
  basis?: ErBasis;
}

/**
 * `value` ≥ `threshold`, give or take the last bits of a float: a figure exactly at the threshold
 * reaches it, though 3 × 0.003 is 0.009000000000000001 and 0.6 / 0.2 is 2.9999999999999996.
 */
export function reaches(value: number, threshold: number): boolean {
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
 * Fewest interactions a breakout's figure must rest on: the gain of a starred post's stretch now
 * (beyond what the counts' rounding may account for), and the engagement of a starred author's
 * post whose ER is judged. Under it a multiple is a like or two: 1,000 → 1,001 likes over 5 h
 * (0.2/h) and 1,002 six minutes later (10/h) would be "50×", and 4 likes on 40 views "10%". From
 * 10 on, one interaction more or less moves the figure by a tenth at most.
 */
export const MIN_INTERACTIONS = 10;

/**
 * The least the counts `fields` may have gained from `from` to `to`: each count's gain shown, less
 * its rounding (roundingOf; the larger of its two readings'), since "1.2K" then "1.3K" may be
 * 1,299 then 1,300, one like. Rounding only takes away gain shown: a count shown the same twice
 * counts as unchanged (as velocity takes it), not as one that may have fallen, and a count shown
 * falling counts as it shows.
 */
function leastGain(from: Counts, to: Counts, fields: readonly EngagementField[]): number {
  let least = 0;
  for (const f of fields) {
    const a = from[f]!;
    const b = to[f]!;
    least += b < a ? b - a : Math.max(0, b - a - Math.max(roundingOf(a), roundingOf(b)));
  }
  return least;
}

/**
 * The most the counts `fields` may have gained from `from` to `to`: each count's gain shown plus its
 * rounding (the larger of its two readings'), since "12K" then "13K" may be 12,000 then 13,999.
 */
function mostGain(from: Counts, to: Counts, fields: readonly EngagementField[]): number {
  let most = 0;
  for (const f of fields) most += to[f]! - from[f]! + Math.max(roundingOf(from[f]!), roundingOf(to[f]!));
  return most;
}

/**
 * A starred post's breakout: velocity now (Δ engagement per hour between its latest snapshot and
 * the one before it, spacedReadings) at least `factor` × the one before (between the two before
 * those), both over the counts all three show: comments first shown in the middle one would make
 * the velocity now one of likes and comments against one of likes alone. The stretch now must
 * also have gained at least MIN_INTERACTIONS beyond its counts' rounding (leastGain): a like or
 * two is no breakout, however small the velocity before. A velocity before of 0 (a post at rest)
 * then breaks out on that gain alone, as no multiple of it would ever be reached: the post that
 * was flat for hours and takes off is the one to tell. Rounded counts are taken at their least
 * now and their most before (leastGain, mostGain): "12K, 13K, 15K" an hour apart may be a post
 * slowing down, and is no breakout. `snaps`
 * are the post's last snapshots, oldest first; fewer than three at least MIN_SPAN_MS apart, a
 * falling count before (a score voted down: no rest, and no growth to multiply) or no count shown
 * in all three gives none. Given the post's platform (which names its counts: Reddit's likes are
 * its score), the text names the counts the velocities add up ("likes + comments gained per hour").
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
  if (now === null || before === null || before < 0) return null;
  const fields = sharedFields(last);
  const least = leastGain(b!, c!, fields);
  if (least < MIN_INTERACTIONS) return null;
  // Rounded counts may hide gain ("12K" then "12K": up to 999 likes) or show gain that is not there
  // ("12K, 13K, 15K" may be 12,000, 13,999, 15,000: slowing down): the least the stretch now can
  // have gained must reach `factor` × the most the one before can have. With exact counts the two
  // are the gains shown, and this is `now` ≥ `factor` × `before`.
  const perHour = (gain: number, from: TimedCounts, to: TimedCounts) =>
    gain / ((to.capturedAt - from.capturedAt) / 3_600_000);
  if (!reaches(perHour(least, b!, c!), factor * perHour(mostGain(a!, b!, fields), a!, b!))) return null;
  const multiple = before > 0 ? now / before : null;
  const counts = platform && fields.map((f) => termOf(f, platform)).join(' + ');
  const nowText = formatVelocity(now, locale);
  const beforeText = formatVelocity(before, locale);
  let text: string;
  if (multiple === null)
    text = counts
      ? t('watchlist.breakout.postCountsFromNone', nowText, beforeText, counts)
      : t('watchlist.breakout.postFromNone', nowText, beforeText);
  else {
    const figures = [nowText, formatMultiple(multiple, locale), beforeText] as const;
    text = counts
      ? t('watchlist.breakout.postCounts', ...figures, counts)
      : t('watchlist.breakout.post', ...figures);
  }
  return { kind: 'post', value: now, base: before, multiple, text };
}
