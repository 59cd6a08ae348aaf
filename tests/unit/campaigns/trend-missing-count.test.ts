// @vitest-environment node

// The trend compares like with like when a count is missing from a reading.
import { engagementTrend, type TrendSnapshot, trendGain } from '@/lib/campaigns';

const at = (day: number, hour = 12) => new Date(2025, 2, day, hour).getTime();
const snap = (capturedAt: number, likes: number | null, comments: number | null): TrendSnapshot => ({
  postKey: 'x:1',
  capturedAt,
  likes,
  comments,
  reposts: null,
  saves: null,
});
const PERIOD = { postKeys: ['x:1'], start: '2025-03-01', end: '2025-03-05' };

it('a reading that lacks the comments count is no drop in engagement', () => {
  // Day 1: 100 likes, 50 comments. Day 3: 120 likes; that view of the page showed no comments
  // count (null). Likes grew by 20; nothing says engagement fell.
  const trend = engagementTrend(PERIOD, [snap(at(1), 100, 50), snap(at(3), 120, null)], at(31));
  const gain = trendGain(trend, 1);
  // null (with a need) would be right too; -30 is a wrong number.
  expect(gain.value ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(20);
});
