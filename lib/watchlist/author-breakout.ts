// A starred author's post breaking out, pure: its ER against the author's median (the outlier rule
// of lib/metrics), judged while the post is recent, and ended once the post has fallen back.
import { formatMultiple, formatPercent } from '../format';
import { tn } from '../i18n';
import { type ErBasis, engagement, MIN_AGE_MS, median, outlierFromMedian } from '../metrics';
import { type Counts, postedMs } from '../types';
import { type Breakout, MIN_INTERACTIONS, reaches } from './breakout';

/**
 * How far under the threshold an author breakout's post must fall (its ER under this share of
 * `factor` × the median) for the breakout to end, so that the post may alert again. The median
 * moves with each of the author's posts read: drawn at the threshold itself, the line would cross
 * a post that stands still (3% at 3× a median of 1%, then 2.94× of 1.02%, then 3.1× of 0.96%),
 * and the same post at the same ER would alert again and again. Under four fifths of the
 * threshold the post has fallen back, or the author's usual risen, by a fifth or more: a new run
 * above the threshold is then a new breakout.
 */
export const AUTHOR_FALLEN_BACK = 0.8;

/**
 * The post's ER against the median of the author's other posts: null when it cannot be told (no
 * ER of its own, fewer than OUTLIER_MIN_POSTS others with one, or a median of 0), else whether it
 * reaches `factor` × the median, and whether it is under AUTHOR_FALLEN_BACK of that.
 */
function authorCompared(
  er: number | null,
  otherErs: readonly number[],
  factor: number,
): {
  er: number;
  med: number;
  multiple: number;
  others: number;
  reached: boolean;
  fallenBack: boolean;
} | null {
  const others = otherErs.filter((v) => Number.isFinite(v));
  const med = median(others);
  const multiple = outlierFromMedian(er, med, others.length);
  if (er === null || med === null || multiple === null) return null;
  // Compared as the rule reads (ER ≥ factor × median), not through the multiple (0.03 / 0.01 is
  // 2.999…), and with reaches' tolerance (3 × 0.003 is 0.009000000000000001).
  return {
    er,
    med,
    multiple,
    others: others.length,
    reached: reaches(er, factor * med),
    fallenBack: !reaches(er, AUTHOR_FALLEN_BACK * factor * med),
  };
}

/**
 * The longest a starred author's post may have been out to break out: posted (or, with no posting
 * time, first seen) at most this long before the reading. The alert tells which post is breaking
 * out now; scrolling an author's profile reads posts of months and years ago, whose ERs settled
 * long since, and an outlier among them is old news. On the feeds PostLens reads, a post gathers
 * most of its engagement within its first day or two.
 */
export const AUTHOR_RECENT_MS = 48 * 3_600_000;

/**
 * Whether a starred author's post is judged against the author's median, read at `at`: out for at
 * least MIN_AGE_MS (the youngest age a figure per hour since posting is given: the first minutes'
 * ER is a handful of early viewers) and at most AUTHOR_RECENT_MS, timed from its posting (a day
 * alone from that day's start, as a post's age is), else from when PostLens first read it (so then
 * judged once read at two moments MIN_AGE_MS apart); and engaged at least MIN_INTERACTIONS times in
 * its latest counts (4 likes on 40 views is no 10%), whatever the ER divides by.
 */
export function authorPostJudged(
  post: { publishedAt: string | null; firstSeen: number; latest: Counts | null },
  at: number,
): boolean {
  const posted = postedMs(post.publishedAt);
  const age = at - (Number.isFinite(posted) ? posted : post.firstSeen);
  const engaged = post.latest ? engagement(post.latest) : null;
  return age >= MIN_AGE_MS && age <= AUTHOR_RECENT_MS && engaged !== null && engaged >= MIN_INTERACTIONS;
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
 * Whether the post's ER is known to have fallen back: under AUTHOR_FALLEN_BACK × `factor` × the
 * author's median. false when it is above that, and false too when either cannot be told (a page
 * that shows no views says nothing of the post having fallen back). Only this ends an author
 * breakout already alerted.
 */
export const authorUnderThreshold = (
  er: number | null,
  otherErs: readonly number[],
  factor: number,
): boolean => authorCompared(er, otherErs, factor)?.fallenBack === true;
