// Follower change of an author over a period: the count at its end minus the count at its start,
// each being the author's last reading at or before that instant. PostLens stores a reading when
// the count changes (or after a quiet interval) while the user browses the author, so the last one
// before an instant is the count then, as far as PostLens saw. An author not read inside the period
// has no end count of the period's own: the change is unknown, never 0. A reading exactly at a
// period's end is its end count and the next period's start count, so consecutive changes add up
// to the change over both. Pure.

import { t } from '../i18n';
import { type FollowerReading, followerTrend } from '../queries';
import type { Period } from './overview-period';

export type Points = ReadonlyArray<readonly [number, number]>;

/** Each author's readings as [capturedAt, followers], oldest first (followerTrend sorts them). */
export function pointsByAuthor(readings: readonly FollowerReading[]): Map<string, Points> {
  const grouped = new Map<string, FollowerReading[]>();
  for (const r of readings) {
    if (!Number.isFinite(r.capturedAt) || !Number.isFinite(r.followers)) continue;
    const list = grouped.get(r.authorKey);
    if (list) list.push(r);
    else grouped.set(r.authorKey, [r]);
  }
  return new Map([...grouped].map(([k, list]) => [k, followerTrend(list).points]));
}

/** The followers of the last reading at or before `t`; null when there is none that early. */
export function followersAt(points: Points, t: number): number | null {
  let found: number | null = null;
  for (const [at, followers] of points) {
    if (at > t) break;
    found = followers;
  }
  return found;
}

export interface FollowerChange {
  atStart: number | null;
  atEnd: number | null;
  /** atEnd − atStart. */
  value: number | null;
  /** Why value is null; null when it is not. */
  reason: string | null;
  /**
   * With no count at the start: the first one read inside the period, [capturedAt, followers],
   * so a card can say what changed since then (never as the period's change). Else null.
   */
  firstRead: readonly [number, number] | null;
}

export function followerChange(points: Points, p: Period): FollowerChange {
  const atStart = followersAt(points, p.start);
  const atEnd = followersAt(points, p.end);
  let reason: string | null = null;
  if (points.length === 0) reason = t('insights.followers.noneRead');
  // The end is after the start, so a reading before the start is one before the end as well.
  else if (atStart === null) reason = t('insights.followers.noneAtStart');
  // The end count would be the start count again, a change of 0 nobody saw.
  else if (!points.some(([at]) => at > p.start && at <= p.end))
    reason = t('insights.followers.notReadInPeriod');
  const first = points[0];
  const firstRead = atStart === null && first && first[0] > p.start && first[0] <= p.end ? first : null;
  return { atStart, atEnd, value: reason === null ? atEnd! - atStart! : null, reason, firstRead };
}
