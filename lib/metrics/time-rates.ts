// Time as a denominator. Pure: the caller hands in "now", so the same reading always gives the
// same figure. A post's counts divided by its age is its lifetime velocity, known on first sight;
// the change between two stored readings divided by the time between them is its recent velocity.

const HOUR_MS = 3_600_000;

/** Younger than this, a count per hour since posting says more about the clock than the post. */
export const MIN_AGE_MS = 5 * 60_000;

/** A post's age in hours, or why it has none: no posting time, one in the future, too young. */
export type Age = number | 'unknown' | 'future' | 'young';

/** The age of a post published at `publishedAt` (ISO 8601), at `now` (epoch ms). */
export function ageOf(publishedAt: string | null | undefined, now: number): Age {
  const ms = now - Date.parse(publishedAt ?? '');
  return !Number.isFinite(ms) ? 'unknown' : ms < 0 ? 'future' : ms < MIN_AGE_MS ? 'young' : ms / HOUR_MS;
}

/** count / hours; null when the count is not shown (null) or the age is not known. */
export const perHour = (count: number | null | undefined, age: Age): number | null =>
  typeof count === 'number' && Number.isFinite(count) && typeof age === 'number' ? count / age : null;

/** A stored reading: [capturedAt, engagement, views], as in PostKnowledge.history. */
export type StoredReading = readonly [number, number | null, number | null];

export interface RecentVelocity {
  /** The two readings compared, earlier first. */
  from: StoredReading;
  to: StoredReading;
  hours: number;
  engagementPerHour: number | null;
  viewsPerHour: number | null;
}

/**
 * Change per hour between the last stored reading and the one before it that shows engagement
 * (history oldest first). Null with fewer than two such readings or no time between them.
 */
export function recentVelocity(history: readonly StoredReading[] | undefined): RecentVelocity | null {
  const shown = (history ?? []).filter((h) => typeof h[1] === 'number');
  const to = shown[shown.length - 1];
  const from = shown[shown.length - 2];
  if (!to || !from || !(to[0] > from[0])) return null;
  const hours = (to[0] - from[0]) / HOUR_MS;
  const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : (b - a) / hours);
  return {
    from,
    to,
    hours,
    engagementPerHour: delta(from[1], to[1]),
    viewsPerHour: delta(from[2], to[2]),
  };
}
