// Follower change of an author over a period: the count at its end minus the count at its start,
// each being the author's last reading at or before that instant, read no longer before it than the
// period lasts. PostLens stores a reading when the count changes (or after a quiet interval) while
// the user browses the author, so the last one before an instant is the count then, as far as
// PostLens saw; but one read half a year before a week is not that week's start count: "+500" in
// the last 7 days would be half a year's change. The change seen since such a reading is kept with
// its two readings (`between`), for a card to say with their dates, never as the period's. An author
// not read inside the period has no end count of the period's own: the change is unknown, never 0.
// A reading exactly at a period's end is its end count and the next period's start count, so
// consecutive changes add up to the change over both. Both periods of a card follow this one rule.
// Pure.

import { t } from '../i18n';
import { type FollowerReading, followerTrend } from '../queries';
import type { Period } from './overview-period';

/** One reading: [capturedAt, followers]. */
export type Reading = readonly [number, number];
export type Points = ReadonlyArray<Reading>;

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

/** The last reading at or before `t`; null when there is none that early. */
export function readingAt(points: Points, t: number): Reading | null {
  let found: Reading | null = null;
  for (const point of points) {
    if (point[0] > t) break;
    found = point;
  }
  return found;
}

/** The followers of the last reading at or before `t`; null when there is none that early. */
export const followersAt = (points: Points, t: number): number | null => readingAt(points, t)?.[1] ?? null;

export interface FollowerChange {
  /** The count at the start: the last reading at or before it, if no older than the period is long. */
  atStart: number | null;
  /** The count at the end, by the same rule. */
  atEnd: number | null;
  /** atEnd − atStart. */
  value: number | null;
  /** Why value is null; null when it is not. */
  reason: string | null;
  /**
   * With no usable start count (none read at or before the start, or the last one before it read
   * too long before): the first one read inside the period, where the card's chart starts, so a
   * card can say what changed since then (never as the period's change). Else null.
   */
  firstRead: Reading | null;
  /**
   * The two readings the change was seen between, for a card to say when they were read: with a
   * value, atStart's and atEnd's; without one, a reading before the start too old to be its count
   * and atEnd's, the change over that longer time (never the period's). Else null.
   */
  between: readonly [Reading, Reading] | null;
}

/**
 * `maxAge`: how long before an instant a count may have been read to be the count then; the period's
 * length unless given. The Overview gives the whole previous period's for the part of it a running
 * period is compared with (comparedSpan), so both sides of a card keep the same rule.
 */
export function followerChange(points: Points, p: Period, maxAge = p.end - p.start): FollowerChange {
  const start = readingAt(points, p.start);
  const end = readingAt(points, p.end);
  // Read no longer before the instant than the period lasts (maxAge): the count at that instant.
  const near = (r: Reading | null, at: number): r is Reading => r !== null && at - r[0] <= maxAge;
  const atStart = near(start, p.start) ? start[1] : null;
  const atEnd = near(end, p.end) ? end[1] : null;
  // The last reading at or before the end is after the start exactly when one was read inside.
  const readInside = end !== null && end[0] > p.start;
  let reason: string | null = null;
  if (points.length === 0) reason = t('insights.followers.noneRead');
  // The end is after the start, so a reading before the start is one before the end as well.
  else if (start === null) reason = t('insights.followers.noneAtStart');
  // The end count would be the start count again, a change of 0 nobody saw.
  else if (!readInside) reason = t('insights.followers.notReadInPeriod');
  else if (atStart === null) reason = t('insights.followers.startTooOld');
  // A start count too old is no start either: the change seen inside is since the first one read there.
  const first = atStart === null ? points.find((r) => r[0] > p.start) : undefined;
  const firstRead = first && first[0] <= p.end ? first : null;
  return {
    atStart,
    atEnd,
    value: reason === null ? atEnd! - atStart! : null,
    reason,
    firstRead,
    // With a reading inside, the end's is near the end: only the start's can be too old.
    between: start !== null && end !== null && readInside ? [start, end] : null,
  };
}
