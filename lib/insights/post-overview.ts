// The Overview's post cards and top posts, from the rows alone (buildPostOverview). Pure.
//
// A post belongs to the period its `date` falls in (posted time, else first seen; never after first
// seen, dateOf): its counts are the latest read, whenever that was, so a period's interactions are
// what its posts have gathered so far, not what happened between its start and end.

import { chooseBasis, ER_FIELD, erOn, leadBasis } from '../metrics';
import { likesWordOf } from '../queries';
import { type ErBasis, likesAreScore } from '../types';
import { changeOf } from './overview-change';
import {
  emptyTally,
  figure,
  finite,
  finiteOrNull,
  MEASURES,
  type OverviewRow,
  showsPart,
  type Tally,
  tally,
} from './overview-measures';
import { comparedSpan, dayIndex, dayStarts, previousPeriod } from './overview-period';
import type { Overview, OverviewInput, PostCard } from './overview-types';
import { DEFAULT_TOP_POSTS, type TopBy, topOfRated } from './top-posts';

/**
 * When a post counts: its date (posted time, else first seen), but never after PostLens first saw
 * it. A page naming only the day ("2026-03-16", read as this zone's midnight) in a zone ahead of
 * the user's, or a posted time ahead of the user's clock, would else put a post seen in one
 * period into the next, or (after now) into none.
 */
const dateOf = (r: OverviewRow): number =>
  finite(r.firstSeen) && r.firstSeen < r.date ? r.firstSeen : r.date;

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
