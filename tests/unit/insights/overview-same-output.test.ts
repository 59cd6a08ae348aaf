// @vitest-environment node

// The faster buildOverview and topPosts give exactly what the implementation before them gave
// (tests/unit/insights/reference/overview-before.ts), on many seeded random inputs: posts dated on
// and around every period and day edge, figures null, 0, negative or tied, duplicate dates and
// keys (the top posts' tie-breaks), periods of whole and part days, now before, inside and after
// the period, any number of top posts asked, and follower readings of some of the authors shown.
import { buildOverview, type OverviewRow, type Period, type TopBy, topPosts } from '@/lib/insights';
import type { FollowerReading } from '@/lib/queries';
import { type Random, random } from '../random';
import * as before from './reference/overview-before';

const D = 86_400_000;
const NOW = Date.UTC(2026, 2, 15, 12);
const BY: TopBy[] = ['er', 'velocity', 'outlier'];

function period(rnd: Random): Period {
  const end = NOW - rnd.pick([0, 0, D, 3_600_000, rnd.int(10 * D)]);
  const length = rnd.pick([7 * D, 30 * D, 90 * D, D, 2.5 * D, 1, rnd.int(20 * D) + 1, 23 * 3_600_000]);
  return { start: end - length, end };
}

function date(rnd: Random, p: Period): number {
  const len = p.end - p.start;
  const day = rnd.int(Math.ceil(len / D) + 1);
  return rnd.pick([
    () => p.start,
    () => p.end,
    () => p.start - 1,
    () => p.end - 1,
    () => p.start - len,
    () => p.start - len - 1,
    () => p.start + day * D,
    () => p.start + day * D - 1,
    () => p.start - day * D,
    () => p.start + rnd.int(len),
    () => p.start - rnd.int(len),
    () => p.end + rnd.int(len),
  ])();
}

const figure = (rnd: Random): number | null =>
  rnd.pick([null, null, 0, -0, 1, 2, 2, 0.5, -3, 1e-9, 123_456, rnd.next(), rnd.int(1000)]);

function rows(rnd: Random, p: Period, n: number): OverviewRow[] {
  const dates: number[] = [];
  return Array.from({ length: n }, (_, i) => {
    // Some posts share a date with an earlier one, and some share a key: ties all the way down.
    const d = dates.length > 0 && rnd.chance(0.2) ? rnd.pick(dates) : date(rnd, p);
    dates.push(d);
    return {
      key: `x:${rnd.chance(0.1) ? rnd.int(5) : i}`,
      date: d,
      engagement: figure(rnd),
      er: figure(rnd),
      // The median ER card's: on one basis (the reference's basisOf), so some posts have each.
      erViews: figure(rnd),
      erFollowers: figure(rnd),
      erBasis: rnd.pick([null, 'views', 'followers'] as const),
      velocity: figure(rnd),
      outlier: figure(rnd),
    };
  });
}

function followers(rnd: Random, p: Period, authors: readonly string[]): FollowerReading[] {
  return Array.from({ length: rnd.int(40) }, () => ({
    authorKey: rnd.pick(authors),
    capturedAt: date(rnd, p),
    followers: rnd.int(2000),
  }));
}

/** The positions of `top` in `all`: the very same row objects, not just equal ones. */
const positions = <T>(all: readonly T[], top: readonly T[]) => top.map((r) => all.indexOf(r));

describe('buildOverview gives what it gave before', () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('seed %i: 60 random overviews', (seed) => {
    const rnd = random(seed);
    for (let round = 0; round < 60; round++) {
      const p = period(rnd);
      const all = rows(rnd, p, rnd.pick([0, 1, 3, 20, 200, 1000]));
      const authors = ['x:a', 'x:b', 'x:c', 'x:none'].filter(() => rnd.chance(0.7));
      const input = {
        rows: all,
        followers: followers(rnd, p, ['x:a', 'x:b', 'x:c']),
        authors,
        period: p,
        now: rnd.pick([
          p.end,
          p.end + 1,
          p.start,
          p.start - 1,
          p.end - 1,
          p.start + rnd.int(p.end - p.start),
        ]),
        top: rnd.pick([undefined, undefined, 0, 1, 3, 5, 2.7, -1, 1000]),
        pref: rnd.pick([undefined, 'auto', 'views', 'followers'] as const),
      };
      const expected = before.buildOverview(input);
      const got = buildOverview(input);
      expect(got).toEqual(expected);
      for (const by of BY) expect(positions(all, got.top[by])).toEqual(positions(all, expected.top[by]));
    }
  });
});

describe('topPosts gives what it gave before', () => {
  it.each(Array.from({ length: 8 }, (_, i) => i + 1))('seed %i: 200 random lists', (seed) => {
    const rnd = random(seed);
    for (let round = 0; round < 200; round++) {
      const p = period(rnd);
      const all = rows(rnd, p, rnd.pick([0, 1, 2, 5, 6, 30, 300]));
      const by = rnd.pick(BY);
      const n = rnd.pick([undefined, 0, 1, 4, 5, 6, 10, 2.5, -2, 500]);
      const expected = before.topPosts(all, by, n);
      const got = topPosts(all, by, n);
      expect(positions(all, got)).toEqual(positions(all, expected));
    }
  });
});
