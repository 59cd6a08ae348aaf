// The Overview's follower cards: an author's follower change for the period against the one
// before, and the count day by day, from the follower readings alone (buildFollowerCards). Pure.

import { t } from '../i18n';
import { followerChange, type Points, pointsByAuthor } from './follower-change';
import { changeOf } from './overview-change';
import type { OverviewRow } from './overview-measures';
import { comparedSpan, dayStarts, type Period, previousPeriod } from './overview-period';
import type { FollowerCard, OverviewInput } from './overview-types';

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
