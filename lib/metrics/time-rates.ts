// Time as a denominator. Pure: the caller hands in "now", so the same reading always gives the
// same figure. A post's counts divided by its age is its lifetime velocity, known on first sight;
// the change between two stored readings divided by the time between them is its recent velocity
// (none where that change may be a compact count's rounding alone, rounding.ts).

import { isDayOnly, postedMs } from '../types';
import { ENGAGEMENT_FIELDS, type EngagementField, type TimedCounts, velocity } from './rates';
import { roundedCount } from './rounding';

const HOUR_MS = 3_600_000;

/** Younger than this, a count per hour since posting says more about the clock than the post. */
export const MIN_AGE_MS = 5 * 60_000;

/** A post's age in hours, or why it has none: no posting time, one in the future, too young. */
export type Age = number | 'unknown' | 'future' | 'young';

/** The age of a post published at `publishedAt` (ISO 8601; a day alone from its start, postedMs), at `now` (epoch ms). */
export function ageOf(publishedAt: string | null | undefined, now: number): Age {
  const ms = now - postedMs(publishedAt);
  return !Number.isFinite(ms) ? 'unknown' : ms < 0 ? 'future' : ms < MIN_AGE_MS ? 'young' : ms / HOUR_MS;
}

/**
 * How old a post known only to the day can be, in hours: [youngest, oldest], from the end of that
 * day (the next midnight in the user's zone, so 23 or 25 hours on a clock change) and from its
 * start; the youngest is 0 while the day lasts. null for a moment, or no posting time.
 */
export function dayAgeRange(publishedAt: string | null | undefined, now: number): [number, number] | null {
  if (!isDayOnly(publishedAt)) return null;
  const start = postedMs(publishedAt);
  if (!Number.isFinite(start)) return null;
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return [Math.max(0, now - end.getTime()) / HOUR_MS, (now - start) / HOUR_MS];
}

/** A stored reading: when it was read and each count it showed, as in PostKnowledge.history. */
export type StoredReading = TimedCounts;

export interface RecentVelocity {
  /** The two readings compared, earlier first. */
  from: StoredReading;
  to: StoredReading;
  hours: number;
  /** The engagement counts shown in both readings: the ones compared. */
  fields: EngagementField[];
  /** Each reading's engagement over `fields` alone (what the formula subtracts). */
  fromEngagement: number;
  toEngagement: number;
  engagementPerHour: number;
  /** Null when a reading shows no views, or when their change may be rounding alone (roundedCount). */
  viewsPerHour: number | null;
}

const isCount = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The two stored readings a recent velocity compares, earlier first, and the counts both show. */
export type ReadingPair = Pick<RecentVelocity, 'from' | 'to' | 'fields'>;

/**
 * The pair recentVelocity compares: the last stored reading that shows engagement and the latest
 * one at least MIN_AGE_MS before it that shares an engagement count with it (history oldest
 * first); the tables' rows take the same pair (lib/store/summary-velocity.ts, velocityOf). Only the
 * counts shown in both are compared, as velocity() does for the tables: saves shown for the first
 * time are not growth. Null with no such pair.
 */
export function recentPair(history: readonly StoredReading[] | undefined): ReadingPair | null {
  const list = history ?? [];
  let last = list.length - 1;
  while (last >= 0 && !ENGAGEMENT_FIELDS.some((f) => isCount(list[last]![f]))) last--;
  const to = list[last];
  if (!to) return null;
  for (let i = last - 1; i >= 0; i--) {
    const from = list[i]!;
    const fields = ENGAGEMENT_FIELDS.filter((f) => isCount(from[f]) && isCount(to[f]));
    // A reading stored seconds before (a count ticked while the page was open) is noise, not a rate.
    if (fields.length > 0 && to.capturedAt - from.capturedAt >= MIN_AGE_MS) return { from, to, fields };
  }
  return null;
}

/**
 * Change per hour between the readings recentPair picks. Null with no pair, and when their change
 * may be the counts' rounding alone (roundedCount: a feed's "1.2K" then the post page's "1,234"):
 * no other pair is looked for then, so a velocity is always of the pair recentPair picks. Views
 * per hour likewise null when both readings show views but their change may be rounding alone.
 */
export function recentVelocity(history: readonly StoredReading[] | undefined): RecentVelocity | null {
  const pair = recentPair(history);
  return pair && pairVelocity(pair);
}

/**
 * recentVelocity of the pair recentPair picked, for a caller that needs the pair too (without a
 * velocity, to say why): the pair is not looked for twice.
 */
export function pairVelocity(pair: ReadingPair): RecentVelocity | null {
  if (roundedCount(pair.from, pair.to, pair.fields)) return null;
  const { from, to, fields } = pair;
  // The same rule, and so the same number, as the tables' velocity.
  const v = velocity(from, to);
  const perHour = v?.engagementPerHour ?? null;
  if (!v || perHour === null) return null;
  const sum = (r: StoredReading) => fields.reduce((n, f) => n + r[f]!, 0);
  // A literal, not a spread of the pair: the dashboard asks this of every post's summary on each
  // load (velocityOf), and spreading cost several times the rest there.
  return {
    from,
    to,
    fields,
    hours: (to.capturedAt - from.capturedAt) / HOUR_MS,
    fromEngagement: sum(from),
    toEngagement: sum(to),
    engagementPerHour: perHour,
    viewsPerHour: roundedCount(from, to, ['views']) ? null : v.viewsPerHour,
  };
}
