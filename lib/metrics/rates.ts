// Engagement metrics. Pure: no browser imports. A metric is null when a count it needs is not
// shown (null) or its divisor is zero: a rate over nothing is no number, not 0 or Infinity.
import { COUNT_FIELDS, type Count, type CountField, type Counts, type ErBasis } from '../types';

export type { ErBasis };

/** The counts engagement adds up: every count but views. */
export type EngagementField = Exclude<CountField, 'views'>;
export type CountsLike = Pick<Counts, EngagementField>;
export type ErPref = 'auto' | ErBasis;

/** The counts engagement adds up, in COUNT_FIELDS order. */
export const ENGAGEMENT_FIELDS = COUNT_FIELDS.filter((f): f is EngagementField => f !== 'views');
const HOUR_MS = 3_600_000;

const isNum = (v: Count | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** likes + comments + reposts + saves, over the counts shown; null only when none is shown. */
export function engagement(c: CountsLike): number | null {
  let sum: number | null = null;
  for (const f of ENGAGEMENT_FIELDS) {
    const v = c[f];
    if (isNum(v)) sum = (sum ?? 0) + v;
  }
  return sum;
}

/**
 * One post's readings' engagement, compared like with like: each reading's sum over the counts
 * every reading showing any engagement count shows, oldest to newest as given; readings showing
 * none are left out. A reading without its comments count is then no drop by that many (likes +
 * comments, likes, likes + comments read 150, 105, 165). Empty when the readings share no count.
 * (The post page's chart instead breaks its line at such a reading: lib/queries/series.ts.)
 */
export function sharedEngagement(readings: readonly CountsLike[]): number[] {
  const shown = readings.filter((r) => engagement(r) !== null);
  const fields = ENGAGEMENT_FIELDS.filter((f) => shown.every((r) => isNum(r[f])));
  return fields.length === 0 ? [] : shown.map((r) => fields.reduce((n, f) => n + (r[f] as number), 0));
}

/** n / d; null when either is missing or d is not positive. */
export function ratio(n: Count | undefined, d: Count | undefined): number | null {
  if (!isNum(n) || !isNum(d) || d <= 0) return null;
  return n / d;
}

export const erByFollowers = (c: CountsLike, followers: Count | undefined): number | null =>
  ratio(engagement(c), followers);

export const erByViews = (c: Counts): number | null => ratio(engagement(c), c.views);

/** Likes per follower. */
export const applause = (c: Pick<Counts, 'likes'>, followers: Count | undefined) => ratio(c.likes, followers);
/** Comments per follower. */
export const conversation = (c: Pick<Counts, 'comments'>, followers: Count | undefined) =>
  ratio(c.comments, followers);
/** Reposts per follower. */
export const amplification = (c: Pick<Counts, 'reposts'>, followers: Count | undefined) =>
  ratio(c.reposts, followers);

/**
 * The ER to lead with. auto: by views where views are shown, else by followers. An explicit
 * preference falls back to the other basis when its own cannot be computed; the basis says which.
 */
export function preferredEr(
  c: Counts,
  followers: Count | undefined,
  pref: ErPref,
): { value: number; basis: ErBasis } | null {
  const byViews = erByViews(c);
  const byFollowers = erByFollowers(c, followers);
  const order: ErBasis[] = pref === 'followers' ? ['followers', 'views'] : ['views', 'followers'];
  for (const basis of order) {
    const value = basis === 'views' ? byViews : byFollowers;
    if (value !== null) return { value, basis };
  }
  return null;
}

export interface TimedCounts extends Counts {
  /** Epoch ms. */
  capturedAt: number;
}

/**
 * Change per hour between two snapshots, in either order. Engagement compares only the fields
 * shown in both, so a count that appears later (say saves) is not mistaken for growth.
 */
export function velocity(
  a: TimedCounts | null | undefined,
  b: TimedCounts | null | undefined,
): { engagementPerHour: number | null; viewsPerHour: number | null } | null {
  if (!a || !b) return null;
  // Two picks, not a destructured pair: the dashboard asks this of every post it loads, and before
  // the JIT has compiled it a pair is an array built and iterated each time.
  const early = a.capturedAt <= b.capturedAt ? a : b;
  const late = early === a ? b : a;
  const hours = (late.capturedAt - early.capturedAt) / HOUR_MS;
  if (!Number.isFinite(hours) || hours <= 0) return null;
  let delta: number | null = null;
  for (const f of ENGAGEMENT_FIELDS) {
    const e = early[f];
    const l = late[f];
    if (isNum(e) && isNum(l)) delta = (delta ?? 0) + (l - e);
  }
  const views = isNum(early.views) && isNum(late.views) ? late.views - early.views : null;
  return {
    engagementPerHour: delta === null ? null : delta / hours,
    viewsPerHour: views === null ? null : views / hours,
  };
}

/** Numbers as a list or as the Float64Array sortedNumbers sorts them in. */
export type NumberList = readonly number[] | Float64Array;

/**
 * The numbers in ascending order, as `[...values].sort((x, y) => x - y)` puts them, in a new list.
 * Sorted natively as a Float64Array (and left one), because a comparator is a call back into JS
 * for every comparison, and the dashboard sorts once per load (an Overview's medians, each
 * author's ERs), mostly before the JIT has compiled the comparator. The native sort puts -0 before
 * 0 and NaN last, where the comparator keeps them as they came: with either there (never in an ER
 * or a velocity), the comparator sorts instead, so the order is always the same. Numbers only: the
 * Float64Array would make anything else a number.
 */
export function sortedNumbers(values: NumberList): NumberList {
  const sorted = new Float64Array(values).sort();
  const n = sorted.length;
  // Looked for in the sorted numbers, not number by number: NaN is last, and the first number
  // not below 0 is a -0 when there is one.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < 0) lo = mid + 1;
    else hi = mid;
  }
  if ((lo < n && Object.is(sorted[lo], -0)) || (n > 0 && Number.isNaN(sorted[n - 1])))
    return [...values].sort((x, y) => x - y);
  return sorted;
}

/** Median of the finite numbers given; null when there are none. */
export function median(values: NumberList): number | null {
  return medianOfSorted(sortedNumbers(values.filter(Number.isFinite)));
}

/** Median of a list already in ascending order; null when it is empty. */
export function medianOfSorted(xs: NumberList): number | null {
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/** Fewest other posts of an author before an outlier score means anything. */
export const OUTLIER_MIN_POSTS = 3;

/** er / median, when the median rests on at least OUTLIER_MIN_POSTS posts and is not zero. */
export function outlierFromMedian(er: number | null, med: number | null, otherCount: number): number | null {
  if (er === null || !Number.isFinite(er) || otherCount < OUTLIER_MIN_POSTS) return null;
  return ratio(er, med);
}

/** A post's ER over the median ER of the author's other posts. */
export function outlierScore(er: number | null, otherErs: readonly number[]): number | null {
  const others = otherErs.filter((v) => Number.isFinite(v));
  return outlierFromMedian(er, median(others), others.length);
}

/** Median of a sorted list with one occurrence of `value` left out. */
export function medianWithout(sorted: NumberList, value: number): number | null {
  if (sorted.length <= 1) return null;
  const skip = sorted.indexOf(value);
  return skip < 0 ? median(sorted) : medianSkipping(sorted, skip);
}

/**
 * medianWithout for a list in ascending order with no NaN in it (sortedNumbers of numbers that are
 * not NaN): `value` is found by halving, not by indexOf, so the scores of an author's n posts cost
 * n log n rather than n² (an account with 10,000 posts seen). Halving finds the first entry not
 * below `value`, the one indexOf finds in such a list (0 and -0 are one block either way).
 */
export function medianWithoutAscending(sorted: NumberList, value: number): number | null {
  if (sorted.length <= 1) return null;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === value ? medianSkipping(sorted, lo) : median(sorted);
}

/** The median of `sorted` without its entry at `skip`. */
function medianSkipping(sorted: NumberList, skip: number): number {
  const n = sorted.length - 1;
  // Entry i of the list without `skip` is sorted[i] before it, sorted[i + 1] from it on. Read
  // inline, not through a closure: fillOutliers asks this of every post on a dashboard load.
  const mid = n >> 1;
  const upper = sorted[mid < skip ? mid : mid + 1]!;
  if (n % 2 === 1) return upper;
  return (sorted[mid - 1 < skip ? mid - 1 : mid]! + upper) / 2;
}
