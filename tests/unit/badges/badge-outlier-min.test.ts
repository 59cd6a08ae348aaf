// @vitest-environment node

// The badge's outlier and the dashboard's take the same minimum of the author's other posts
// (OUTLIER_MIN_POSTS, lib/metrics/rates.ts): the same post is no outlier in one and 3× in the other.
import type { PostKnowledge } from '@/lib/messages';
import { buildBadgeView } from '@/lib/metrics/badge-model';
import { OUTLIER_MIN_POSTS, outlierFromMedian } from '@/lib/metrics/rates';
import { instagramReading } from '../fixtures/reading';

const NOW = Date.UTC(2026, 0, 10, 12);

const knowledge = (others: number): PostKnowledge => ({
  firstSeen: NOW - 3_600_000,
  lastSeen: NOW - 3_600_000,
  history: [],
  authorFollowers: null,
  authorMedianEr: 0.01,
  authorMedianErBasis: 'views',
  authorPostCount: others,
  authorMedians: { engagement: [60, others], views: [6_000, others] },
});

const outlier = (others: number) =>
  buildBadgeView({
    reading: instagramReading({ views: 6_000 }),
    knowledge: knowledge(others),
    preference: 'auto',
    locale: 'en',
    now: NOW,
  }).figures.find((f) => f.label === "Against @acme's usual")!.value;

describe('the outlier minimum', () => {
  it('agrees with the dashboard at the shared minimum of other posts', () => {
    // 180 / 6,000 = 3% against a median of 1%: the dashboard's 3×.
    expect(outlierFromMedian(0.03, 0.01, OUTLIER_MIN_POSTS)).toBeCloseTo(3);
    expect(outlier(OUTLIER_MIN_POSTS)).toBe('3× usual');
  });

  it('agrees below it: no outlier in either', () => {
    expect(outlierFromMedian(0.03, 0.01, OUTLIER_MIN_POSTS - 1)).toBeNull();
    expect(outlier(OUTLIER_MIN_POSTS - 1)).toBe(
      `needs ${OUTLIER_MIN_POSTS + 1} stored posts by @acme; ${OUTLIER_MIN_POSTS} so far`,
    );
  });
});
