// @vitest-environment node

// Time as a denominator: a post's age from its posting time, counts per hour since posting, and
// the change per hour between two stored readings.
import { velocity } from '@/lib/metrics/rates';
import { ageOf, MIN_AGE_MS, recentVelocity } from '@/lib/metrics/time-rates';
import type { Counts } from '@/lib/types';
import { storedReading } from '../fixtures/reading';

const NOW = Date.UTC(2026, 0, 10, 12);
const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();

describe('ageOf', () => {
  it.each([
    ['a day old', iso(NOW - 24 * HOUR), 24],
    ['exactly the minimum age', iso(NOW - MIN_AGE_MS), MIN_AGE_MS / HOUR],
    ['younger than the minimum', iso(NOW - MIN_AGE_MS + 1), 'young'],
    ['posted this instant', iso(NOW), 'young'],
    ['a posting time in the future', iso(NOW + 60_000), 'future'],
    ['no posting time', null, 'unknown'],
    ['an unreadable posting time', 'yesterday', 'unknown'],
    ['an empty posting time', '', 'unknown'],
  ] as const)('%s', (_, publishedAt, age) => {
    expect(ageOf(publishedAt, NOW)).toBe(age);
  });
});

describe('recentVelocity', () => {
  // A reading with likes (the engagement, unless `more` shows other counts) and views.
  const r = (h: number, likes: number | null, views: number | null = null, more: Partial<Counts> = {}) =>
    storedReading(NOW + h * HOUR, likes, views, more);
  it.each([
    ['two readings two hours apart', [r(0, 100, 1000), r(2, 180, 1600)], 2, 40, 300],
    ['a fall is negative', [r(0, 100), r(2, 90)], 2, -5, null],
    ['the last two that show engagement', [r(0, 10), r(1, 20), r(2, null), r(3, 50)], 2, 15, null],
    ['views only where both show them', [r(0, 10, null), r(1, 20, 500)], 1, 10, null],
    // Counts shown for the first time are not growth: only the counts both readings show count.
    [
      'saves shown only later (likes, comments unchanged)',
      [r(0, 100, null, { comments: 10 }), r(1, 100, null, { comments: 10, saves: 50 })],
      1,
      0,
      null,
    ],
    ['comments shown only later (likes +10)', [r(0, 100), r(2, 110, null, { comments: 300 })], 2, 5, null],
    ['a count no longer shown', [r(0, 100, null, { comments: 40 }), r(1, 130)], 1, 30, null],
    // The one before shares no count with the last: the latest one that does is compared.
    [
      'back to the last reading sharing a count',
      [r(0, 10), r(1, null, null, { comments: 5 }), r(3, 40)],
      3,
      10,
      null,
    ],
  ] as const)('%s', (_, history, hours, engagementPerHour, viewsPerHour) => {
    const v = recentVelocity(history);
    expect(v?.hours).toBe(hours);
    expect(v?.engagementPerHour).toBeCloseTo(engagementPerHour, 12);
    expect(v?.viewsPerHour).toEqual(viewsPerHour === null ? null : expect.closeTo(viewsPerHour, 12));
  });

  // The badge's velocity between visits is the tables' velocity() of the same two readings.
  it.each([
    [r(0, 100, null, { comments: 10 }), r(1, 100, null, { comments: 10, saves: 50 })],
    [r(0, 100), r(2, 110, null, { comments: 300 })],
    [r(0, 100, 1000, { reposts: 3 }), r(5, 160, 4000, { reposts: 9 })],
  ])("equals the tables' velocity %#", (a, b) => {
    const v = recentVelocity([a, b])!;
    expect(v.engagementPerHour).toBe(velocity(a, b)!.engagementPerHour);
    expect(v.viewsPerHour).toBe(velocity(a, b)!.viewsPerHour);
  });

  it.each([
    [
      'saves shown only later',
      [r(0, 100, null, { comments: 10 }), r(1, 100, null, { comments: 10, saves: 50 })],
      ['likes', 'comments'],
      110,
      110,
    ],
    ['comments shown only later', [r(0, 100), r(2, 110, null, { comments: 300 })], ['likes'], 100, 110],
  ] as const)('compares the counts both show: %s', (_, history, fields, from, to) => {
    const v = recentVelocity(history)!;
    expect([v.fields, v.fromEngagement, v.toEngagement]).toEqual([fields, from, to]);
  });

  it.each([
    ['no history', undefined],
    ['one reading', [r(0, 10)]],
    ['two readings, one without engagement', [r(0, null), r(1, 10)]],
    ['two readings at the same time', [r(1, 10), r(1, 20)]],
    ['two readings sharing no count', [r(0, 10), r(1, null, null, { comments: 5 })]],
  ] as const)('none with %s', (_, history) => {
    expect(recentVelocity(history)).toBeNull();
  });
});
