// @vitest-environment node

import {
  amplification,
  applause,
  conversation,
  engagement,
  erByFollowers,
  erByViews,
  median,
  outlierFromMedian,
  outlierScore,
  preferredEr,
  type TimedCounts,
  velocity,
} from '@/lib/metrics/rates';
import type { Count } from '@/lib/types';

const c = (likes: Count, comments: Count, reposts: Count, saves: Count, views: Count = null) => ({
  likes,
  comments,
  reposts,
  saves,
  views,
});

describe('engagement', () => {
  it.each([
    ['all shown', c(10, 2, 3, 4), 19],
    ['some hidden', c(10, null, 3, null), 13],
    ['only saves', c(null, null, null, 7), 7],
    ['zeros are counts', c(0, 0, null, null), 0],
    ['none shown', c(null, null, null, null), null],
    ['views do not count', c(null, null, null, null, 5000), null],
  ])('%s', (_name, counts, expected) => {
    expect(engagement(counts)).toBe(expected);
  });
});

describe('rates', () => {
  it.each([
    ['ER by followers', () => erByFollowers(c(40, 10, null, null), 1000), 0.05],
    ['ER by followers, followers unknown', () => erByFollowers(c(40, 10, null, null), null), null],
    ['ER by followers, zero followers', () => erByFollowers(c(40, 10, null, null), 0), null],
    ['ER by followers, no counts', () => erByFollowers(c(null, null, null, null), 1000), null],
    ['ER by followers, zero engagement', () => erByFollowers(c(0, 0, null, null), 1000), 0],
    ['ER by views', () => erByViews(c(30, 10, 10, null, 2000)), 0.025],
    ['ER by views, views hidden', () => erByViews(c(30, 10, 10, null, null)), null],
    ['ER by views, zero views', () => erByViews(c(30, 10, 10, null, 0)), null],
    ['applause', () => applause(c(25, 3, 1, 0), 500), 0.05],
    ['applause, likes hidden', () => applause(c(null, 3, 1, 0), 500), null],
    ['conversation', () => conversation(c(25, 3, 1, 0), 300), 0.01],
    ['conversation, zero followers', () => conversation(c(25, 3, 1, 0), 0), null],
    ['amplification', () => amplification(c(25, 3, 8, 0), 400), 0.02],
    ['amplification, reposts hidden', () => amplification(c(25, 3, null, 0), 400), null],
  ])('%s', (_name, compute, expected) => {
    const value = compute();
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 12);
  });
});

describe('preferredEr', () => {
  const withViews = c(50, 0, 0, 0, 1000); // by views 0.05
  const noViews = c(50, 0, 0, 0, null);
  it.each([
    ['auto prefers views', withViews, 500, 'auto', { value: 0.05, basis: 'views' }],
    ['auto falls back to followers', noViews, 500, 'auto', { value: 0.1, basis: 'followers' }],
    ['followers when asked', withViews, 500, 'followers', { value: 0.1, basis: 'followers' }],
    ['followers falls back to views', withViews, null, 'followers', { value: 0.05, basis: 'views' }],
    ['views when asked', withViews, 500, 'views', { value: 0.05, basis: 'views' }],
    ['views falls back to followers', noViews, 250, 'views', { value: 0.2, basis: 'followers' }],
    ['nothing to divide by', noViews, null, 'auto', null],
    ['nothing to divide', c(null, null, null, null, 1000), 500, 'auto', null],
  ] as const)('%s', (_name, counts, followers, pref, expected) => {
    const got = preferredEr(counts, followers, pref);
    if (expected === null) expect(got).toBeNull();
    else {
      expect(got?.basis).toBe(expected.basis);
      expect(got?.value).toBeCloseTo(expected.value, 12);
    }
  });
});

describe('velocity', () => {
  const at = (hours: number, counts: ReturnType<typeof c>): TimedCounts => ({
    ...counts,
    capturedAt: Date.UTC(2025, 0, 1) + hours * 3_600_000,
  });
  it.each([
    ['two hours apart', at(0, c(100, 10, 0, 0, 1000)), at(2, c(160, 20, 10, 0, 5000)), 40, 2000],
    ['order does not matter', at(2, c(160, 20, 10, 0, 5000)), at(0, c(100, 10, 0, 0, 1000)), 40, 2000],
    ['half an hour', at(0, c(10, null, null, null)), at(0.5, c(25, null, null, null)), 30, null],
    ['losses are negative', at(0, c(100, 0, 0, 0)), at(4, c(96, 0, 0, 0)), -1, null],
    ['a count appearing later is not growth', at(0, c(100, null, 0, 0)), at(1, c(110, 500, 0, 0)), 10, null],
    ['nothing comparable', at(0, c(100, null, null, null)), at(1, c(null, 5, null, null, 9)), null, null],
  ])('%s', (_name, a, b, eph, vph) => {
    const v = velocity(a, b);
    expect(v).not.toBeNull();
    if (eph === null) expect(v?.engagementPerHour).toBeNull();
    else expect(v?.engagementPerHour).toBeCloseTo(eph, 9);
    if (vph === null) expect(v?.viewsPerHour).toBeNull();
    else expect(v?.viewsPerHour).toBeCloseTo(vph, 9);
  });

  it.each([
    ['first missing', null, at(1, c(1, 1, 1, 1))],
    ['second missing', at(1, c(1, 1, 1, 1)), undefined],
    ['same moment', at(1, c(1, 1, 1, 1)), at(1, c(5, 1, 1, 1))],
  ])('is null when %s', (_name, a, b) => {
    expect(velocity(a, b)).toBeNull();
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[0.01, 0.03, 0.02, Number.NaN], 0.02],
    [[5, 5, 1, 100, 5], 5],
  ])('median(%j) = %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('outlier score', () => {
  it.each([
    ['three others', 0.06, [0.01, 0.02, 0.03], 3],
    ['even count', 0.05, [0.01, 0.02, 0.03, 0.04], 2],
    ['below usual', 0.01, [0.02, 0.02, 0.04], 0.5],
    ['too few others', 0.06, [0.01, 0.02], null],
    ['median zero', 0.06, [0, 0, 0.5], null],
    ['no ER for the post', null, [0.01, 0.02, 0.03], null],
    ['non-finite others are not posts', 0.06, [0.01, 0.02, Number.NaN], null],
  ])('%s', (_name, er, others, expected) => {
    const got = outlierScore(er, others);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 9);
  });

  it.each([
    [0.04, 0.02, 3, 2],
    [0.04, 0.02, 2, null],
    [0.04, 0, 10, null],
    [0.04, null, 10, null],
    [null, 0.02, 10, null],
  ])('outlierFromMedian(%s, %s, %s) = %s', (er, med, n, expected) => {
    const got = outlierFromMedian(er, med, n);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 9);
  });
});
