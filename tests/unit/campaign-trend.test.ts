// @vitest-environment node

import { addDays, dayCount, daysIn, isIsoDay, periodBounds } from '@/lib/campaigns/dates';
import { engagementTrend, type TrendSnapshot, trendChartData, trendGain } from '@/lib/campaigns/trend';

/** Local time, as the user's days are local. */
const at = (day: number, hour = 12) => new Date(2025, 2, day, hour).getTime();

const snap = (
  postKey: string,
  capturedAt: number,
  likes: number | null,
  comments: number | null = null,
): TrendSnapshot => ({
  postKey,
  capturedAt,
  likes,
  comments,
  reposts: null,
  saves: null,
});

const PERIOD = { postKeys: ['x:1', 'x:2'], start: '2025-03-01', end: '2025-03-05' };
const LATER = at(31);

describe('campaign dates', () => {
  it.each([
    ['2025-03-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-3-1', false],
    ['2025-03-01T00:00:00Z', false],
    ['', false],
  ])('isIsoDay(%j) is %s', (v, ok) => {
    expect(isIsoDay(v)).toBe(ok);
  });

  it.each([
    ['2025-03-01', '2025-03-01', 1],
    ['2025-03-01', '2025-03-31', 31],
    ['2024-02-28', '2024-03-01', 3],
    ['2025-03-02', '2025-03-01', 0],
    ['2025-12-31', '2026-01-01', 2],
  ])('%s to %s is %i days', (a, b, n) => {
    expect(dayCount(a, b)).toBe(n);
    expect(daysIn(a, b)).toHaveLength(n);
  });

  it('crosses months and a daylight-saving change day by day', () => {
    expect(daysIn('2025-03-29', '2025-04-01')).toEqual([
      '2025-03-29',
      '2025-03-30',
      '2025-03-31',
      '2025-04-01',
    ]);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    const { from, to } = periodBounds('2025-03-01', '2025-03-02');
    expect(from).toBe(new Date(2025, 2, 1).getTime());
    expect(to).toBe(new Date(2025, 2, 3).getTime());
  });
});

describe('engagementTrend', () => {
  it('sums the latest snapshot of each post per day and carries it forward', () => {
    const snaps = [
      snap('x:1', at(1, 9), 10),
      snap('x:1', at(1, 18), 15, 5), // later the same day: the day's value
      snap('x:2', at(2), 100),
      snap('x:1', at(4), 40),
    ];
    expect(engagementTrend(PERIOD, snaps, LATER).map((p) => [p.day, p.engagement, p.posts])).toEqual([
      // x:1's comments are in one reading only: its line is its likes (15), not likes and
      // comments (20) then likes alone (a drop the counts do not show).
      ['2025-03-01', 15, 1],
      ['2025-03-02', 115, 2],
      ['2025-03-03', 115, 2], // nothing new: carried forward
      ['2025-03-04', 140, 2],
      ['2025-03-05', 140, 2],
    ]);
  });

  it('carries in a snapshot from before the period', () => {
    const snaps = [snap('x:1', at(1, 0) - 3_600_000, 7), snap('x:2', at(3), 1)];
    expect(engagementTrend(PERIOD, snaps, LATER).map((p) => p.engagement)).toEqual([7, 7, 8, 8, 8]);
  });

  it('ignores snapshots after the period, of other posts, and without engagement counts', () => {
    const snaps = [
      snap('x:1', at(2), 5),
      snap('x:1', at(6), 999),
      snap('x:9', at(2), 999),
      snap('x:2', at(3), null),
    ];
    expect(engagementTrend(PERIOD, snaps, LATER).map((p) => [p.engagement, p.posts])).toEqual([
      [null, 0],
      [5, 1],
      [5, 1],
      [5, 1],
      [5, 1],
    ]);
  });

  it('marks the days a snapshot was taken', () => {
    const snaps = [snap('x:1', at(1, 0) - 1, 1), snap('x:1', at(3), 2)];
    expect(engagementTrend(PERIOD, snaps, LATER).map((p) => p.fresh)).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it('leaves days after now unknown, not flat', () => {
    const snaps = [snap('x:1', at(1), 3)];
    const trend = engagementTrend(PERIOD, snaps, at(3, 8));
    expect(trend.map((p) => p.engagement)).toEqual([3, 3, 3, null, null]);
  });

  it('reads snapshots in any order', () => {
    const snaps = [snap('x:1', at(3), 30), snap('x:1', at(1), 10), snap('x:1', at(2), 20)];
    expect(engagementTrend({ ...PERIOD, postKeys: ['x:1'] }, snaps, LATER).map((p) => p.engagement)).toEqual([
      10, 20, 30, 30, 30,
    ]);
  });

  it('is empty for a campaign without posts', () => {
    expect(engagementTrend({ ...PERIOD, postKeys: [] }, [], LATER).every((p) => p.engagement === null)).toBe(
      true,
    );
  });

  it('gives uPlot seconds from the first to the last known day', () => {
    const trend = engagementTrend(PERIOD, [snap('x:1', at(2), 4), snap('x:1', at(3), 6)], at(4, 1));
    const chart = trendChartData(trend);
    expect(chart.x).toEqual([2, 3, 4].map((d) => new Date(2025, 2, d).getTime() / 1000));
    expect(chart.series).toEqual([{ label: 'Engagement', scale: 'count', values: [4, 6, 6] }]);
    expect(trendChartData(engagementTrend(PERIOD, [], LATER)).x).toEqual([]);
  });
});

describe('trendGain', () => {
  const both = [
    snap('x:1', at(1), 10),
    snap('x:2', at(1), 20),
    snap('x:1', at(5), 50),
    snap('x:2', at(4), 25),
  ];
  it.each([
    ['both posts known from the first to the last day', both, 2, 75 - 30, []],
    ['no posts', [], 0, null, ['posts']],
    ['no snapshots', [], 2, null, ['snapshots on two days of the period']],
    [
      'one day only',
      [snap('x:1', at(5), 1), snap('x:2', at(5), 1)],
      2,
      null,
      ['snapshots on two days of the period'],
    ],
    // Carried forward to day 5, the day-1 value is no evidence of (no) growth.
    [
      'one day carried forward',
      [snap('x:1', at(1), 1), snap('x:2', at(1), 1)],
      2,
      null,
      ['snapshots on two days of the period'],
    ],
    [
      'a carried-in start and a later snapshot',
      [snap('x:1', at(1, 0) - 1, 5), snap('x:2', at(1, 0) - 1, 5), snap('x:1', at(3), 9)],
      2,
      4,
      [],
    ],
    [
      'a post first captured mid-period',
      [snap('x:1', at(1), 10), snap('x:2', at(3), 500), snap('x:1', at(5), 12)],
      2,
      null,
      ['snapshots of every post by 2025-03-01'],
    ],
  ])('%s', (_why, snaps, postCount, value, needs) => {
    const gain = trendGain(engagementTrend(PERIOD, snaps, LATER), postCount);
    expect(gain).toEqual({ value, needs });
  });
});
