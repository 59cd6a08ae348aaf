// The Overview: for a period and the posts of an author set, the posts seen, their interactions,
// median ER and median velocity, and each author's follower change; each against the period of
// equal length just before (while this one runs, against as much of it as has passed of this one:
// comparedSpan), with its formula and a value per day; and the period's top posts.
// Pure: the rows and follower readings come in, nothing is read here.
//
// A post belongs to the period its `date` falls in (posted time, else first seen; never after first
// seen, dateOf): its counts are the latest read, whenever that was, so a period's interactions are
// what its posts have gathered so far, not what happened between its start and end.

import { t } from '../i18n';
import type { ErPref } from '../metrics';
import { chooseBasis, ER_FIELD, erOn, leadBasis } from '../metrics';
import { type FollowerReading, likesWordOf } from '../queries';
import { type ErBasis, likesAreScore } from '../types';
import { type FollowerChange, followerChange, type Points, pointsByAuthor } from './follower-change';
import {
  type CardUnit,
  emptyTally,
  figure,
  finite,
  finiteOrNull,
  MEASURES,
  type OverviewRow,
  type PostCardId,
  type PostFigure,
  showsPart,
  type Tally,
  tally,
} from './overview-measures';
import { comparedSpan, dayIndex, dayStarts, type Period, previousPeriod } from './overview-period';
import { DEFAULT_TOP_POSTS, type TopBy, topOfRated } from './top-posts';

export * from './follower-change';
// Only the shapes: how a card is computed stays inside lib/insights.
export type { CardUnit, OverviewRow, PostCardId, PostFigure } from './overview-measures';
export * from './overview-period';
export { DEFAULT_TOP_POSTS, type TopBy, topPosts } from './top-posts';

export interface Change {
  /** This period − the previous one. */
  abs: number | null;
  /** abs ÷ |previous|, a fraction; null when the previous is 0 or unknown. */
  pct: number | null;
  reason: string | null;
}

interface CardBase {
  label: string;
  unit: CardUnit;
  formula: string;
  change: Change;
  /** One value per day of the period (dayStarts); null for a day with nothing to say or after now. */
  daily: Array<number | null>;
}
export interface PostCard extends CardBase {
  id: PostCardId;
  current: PostFigure;
  previous: PostFigure;
  /**
   * The median ER card only: the one basis of its ERs, in both periods and on every day (chosen
   * over the posts of both periods, er-basis.ts); null when none of them has an ER.
   */
  erBasis?: ErBasis | null;
}
export interface FollowerCard extends CardBase {
  authorKey: string;
  /** Whether any follower count of this author was read, at any time (else the card is all blanks). */
  read: boolean;
  current: FollowerChange;
  previous: FollowerChange;
}

export interface Overview<T extends OverviewRow> {
  period: Period;
  /** The whole period before (for the period line); the cards compare with `compared`. */
  previous: Period;
  /**
   * What every card's previous value is of: `previous`, or while the period runs (partial) its part
   * as far into it as now is into this period (comparedSpan), so that figures so far are not set
   * against a whole period.
   */
  compared: Period;
  /** The period ends after now: its figures are so far, against `compared`, a part of `previous`. */
  partial: boolean;
  days: number[];
  cards: PostCard[];
  followers: FollowerCard[];
  top: Record<TopBy, T[]>;
  /** The one basis the top posts by ER rank on (and their ER is on); null when none has an ER. */
  topErBasis: ErBasis | null;
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

/**
 * When a post counts: its date (posted time, else first seen), but never after PostLens first saw
 * it. A page naming only the day ("2026-03-16", read as this zone's midnight) in a zone ahead of
 * the user's, or a posted time ahead of the user's clock, would else put a post seen in one
 * period into the next, or (after now) into none.
 */
const dateOf = (r: OverviewRow): number =>
  finite(r.firstSeen) && r.firstSeen < r.date ? r.firstSeen : r.date;

export interface OverviewInput<T extends OverviewRow> {
  rows: readonly T[];
  followers: readonly FollowerReading[];
  /** The authors to show a follower card for, in the order shown. */
  authors: readonly string[];
  period: Period;
  now: number;
  top?: number;
  /** Settings' ER choice the rows were made with; without it, it is read from the rows. */
  pref?: ErPref;
}

/**
 * The Overview: its post cards and top posts (buildPostOverview) with a follower card per author
 * (buildFollowerCards). The view builds the two halves apart, so that follower readings arriving
 * later leave the post cards (and the charts drawn from them) as they are.
 */
export function buildOverview<T extends OverviewRow>(input: OverviewInput<T>): Overview<T> {
  const posts = buildPostOverview(input);
  return { ...posts, followers: buildFollowerCards(input) };
}

/** Everything of the Overview but its follower cards: read from the rows alone. */
export type PostOverview<T extends OverviewRow> = Omit<Overview<T>, 'followers'>;

export function buildPostOverview<T extends OverviewRow>(
  input: Pick<OverviewInput<T>, 'rows' | 'period' | 'now' | 'top' | 'pref'>,
): PostOverview<T> {
  const { period, now } = input;
  const previous = previousPeriod(period);
  const compared = comparedSpan(period, now, previous);
  const days = dayStarts(period);
  // Days that have not begun have no data yet: null, not 0.
  const started = (day: number) => day <= now;

  // One pass over the posts: each one into this period's tally and its day's, or the compared
  // span's of the previous period (the cards' values all come from these tallies), and this
  // period's posts with each figure the top posts are ranked by.
  const rated: Record<Exclude<TopBy, 'er'>, T[]> = { velocity: [], outlier: [] };
  // The top posts by ER rank on the median ER card's one basis, known once every post is read.
  const ratedOn: Record<ErBasis, T[]> = { views: [], followers: [] };
  const inPeriod = emptyTally();
  const inPrevious = emptyTally();
  const byDay: Tally[] = days.map(emptyTally);
  const rows = input.rows;
  // The first post of either period with both ERs: its ER is the lead's, when `pref` is not given.
  let tells: T | null = null;
  // Posts of either period, and of those the ones whose likes are a score (Reddit's): the
  // interactions card's formula names what it adds up.
  let counted = 0;
  let scored = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const date = dateOf(r);
    const inThis = date >= period.start && date < period.end;
    if (!inThis && !(date >= compared.start && date < compared.end)) continue;
    counted++;
    if (likesAreScore(r.platform)) scored++;
    // Each figure checked once, for both tallies and the top lists.
    const engagement = finiteOrNull(r.engagement);
    const byViews = erOn(r, 'views');
    const byFollowers = erOn(r, 'followers');
    const velocity = finiteOrNull(r.velocity);
    if (tells === null && byViews !== null && byFollowers !== null && r.erBasis) tells = r;
    const part = showsPart(r);
    if (!inThis) {
      tally(inPrevious, engagement, byViews, byFollowers, velocity, part);
      continue;
    }
    tally(inPeriod, engagement, byViews, byFollowers, velocity, part);
    tally(byDay[dayIndex(days, date)]!, engagement, byViews, byFollowers, velocity, part);
    if (byViews !== null) ratedOn.views.push(r);
    if (byFollowers !== null) ratedOn.followers.push(r);
    if (velocity !== null) rated.velocity.push(r);
    if (finite(r.outlier)) rated.outlier.push(r);
  }

  // One ER basis for both periods: a change from a median by views to one by followers is none.
  const has = (b: ErBasis) => inPeriod.ers[b].length > 0 || inPrevious.ers[b].length > 0;
  const basis = chooseBasis(leadBasis(input.pref, tells === null ? [] : [tells]), {
    views: has('views'),
    followers: has('followers'),
  });

  const likes = likesWordOf(scored, counted);
  const cards = MEASURES.map((m): PostCard => {
    const cur = figure(m, inPeriod, basis);
    const prev = figure(m, inPrevious, basis);
    return {
      id: m.id,
      label: m.label,
      unit: m.unit,
      formula: m.formula(basis, likes),
      current: cur,
      previous: prev,
      change: changeOf(cur.value, prev.value),
      // Only the value: a day's reason is never shown.
      daily: days.map((day, i) => (started(day) ? m.value(byDay[i]!, basis) : null)),
      ...(m.id === 'medianEr' ? { erBasis: basis } : {}),
    };
  });

  // The top posts by ER: on the card's basis, unless no post of this period has one there (the
  // previous period's gave it), then on the other; its posts' ER (`er`) is then on it too.
  const topBasis = chooseBasis(basis ?? 'views', {
    views: ratedOn.views.length > 0,
    followers: ratedOn.followers.length > 0,
  });
  const n = input.top ?? DEFAULT_TOP_POSTS;
  return {
    period,
    previous,
    compared,
    partial: period.end > now,
    days,
    cards,
    topErBasis: topBasis,
    top: {
      er: topBasis === null ? [] : topOfRated(ratedOn[topBasis], ER_FIELD[topBasis], n),
      velocity: topOfRated(rated.velocity, 'velocity', n),
      outlier: topOfRated(rated.outlier, 'outlier', n),
    },
  };
}

/** A follower card per author of `authors`, in that order, from the follower readings alone. */
export function buildFollowerCards(
  input: Pick<OverviewInput<OverviewRow>, 'followers' | 'authors' | 'period' | 'now'>,
): FollowerCard[] {
  const { period, now } = input;
  const previous = previousPeriod(period);
  // As the post cards: while the period runs, the change over as much of the one before. Its counts
  // may be as old as for the whole of it: a part of a week is not to need a count read in its hours.
  const compared = comparedSpan(period, now, previous);
  const previousLength = previous.end - previous.start;
  const days = dayStarts(period);
  const points = pointsByAuthor(input.followers);
  // The same words on every follower card: asked for once, not twice per author.
  const label = t('insights.overview.followerChange');
  const formula = t('insights.overview.followerFormula');
  const noPoints: Points = [];
  return input.authors.map((authorKey): FollowerCard => {
    const pts = points.get(authorKey) ?? noPoints;
    const cur = followerChange(pts, period);
    const prev = followerChange(pts, compared, previousLength);
    return {
      authorKey,
      read: pts.length > 0,
      label,
      unit: 'count',
      formula,
      current: cur,
      previous: prev,
      change: changeOf(cur.value, prev.value),
      // The trend draws the count itself (at each day's end), which shows the change and its pace:
      // from the start count the change rests on, else (the card says the change is unknown) from
      // the first count read inside the period, never an older one drawn on as the period's.
      daily: followersDaily(pts, days, period, now, cur.value === null ? period.start : null),
    };
  });
}

/**
 * A follower card's trend: the count at each started day's end (followersAt at the earlier of the
 * next day's start and the period's end), null for a day not begun. With `after`, readings at or
 * before it are passed over: the line starts (null before) at the first one after it. Those instants
 * only grow, so one walk through the readings serves every day instead of a walk from the first one
 * per day.
 */
function followersDaily(
  points: Points,
  days: readonly number[],
  period: Period,
  now: number,
  after: number | null,
) {
  const out: Array<number | null> = [];
  let next = after === null ? 0 : points.findIndex(([at]) => at > after);
  if (next < 0) next = points.length;
  let found: number | null = null;
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    if (!(day <= now)) {
      out.push(null);
      continue;
    }
    // The day's end: the next day's start (a calendar day may last 23 or 25 hours), or the period's.
    const at = Math.min(days[i + 1] ?? period.end, period.end);
    // followersAt's test: a reading counts until the first one after the instant.
    while (next < points.length && !(points[next]![0] > at)) found = points[next++]![1];
    out.push(found);
  }
  return out;
}
