// @vitest-environment node

import { describeBasis, type PeriodGain, periodGain } from '@/lib/campaigns/period';
import type { Counts } from '@/lib/types';

const FROM = Date.UTC(2025, 2, 10);
const DAY = 86_400_000;
const c = (likes: number | null, comments: number | null, views: number | null): Counts => ({
  likes,
  comments,
  reposts: null,
  saves: null,
  views,
});
const at = (day: number, counts: Counts) => ({ ...counts, capturedAt: FROM + day * DAY });

describe('periodGain: what a post gained between the start and its last reading in the period', () => {
  it.each<[string, Parameters<typeof periodGain>, PeriodGain]>([
    [
      'a reading before the start is the base',
      [at(-2, c(100, 10, 1000)), [at(1, c(150, 12, 1500)), at(3, c(180, 15, 2000))], null, FROM],
      { gained: c(80, 5, 1000), basis: 'since-start', readings: 2 },
    ],
    [
      'published after the start, first read inside: from zero, exactly',
      [undefined, [at(2, c(40, 4, null))], new Date(FROM + DAY).toISOString(), FROM],
      { gained: c(40, 4, null), basis: 'published-in-period', readings: 1 },
    ],
    [
      'published before the start, no reading before it: from its first reading, and said so',
      [
        undefined,
        [at(2, c(40, 4, 900)), at(5, c(55, 6, 1400))],
        new Date(FROM - 30 * DAY).toISOString(),
        FROM,
      ],
      {
        gained: c(15, 2, 500),
        basis: 'no-reading-before-start',
        readings: 2,
        countedFrom: FROM + 2 * DAY,
      },
    ],
    [
      'published before the start, read once in the period: no gain seen yet, not its lifetime',
      [undefined, [at(2, c(40, 4, 900))], new Date(FROM - 30 * DAY).toISOString(), FROM],
      { gained: c(0, 0, 0), basis: 'no-reading-before-start', readings: 1, countedFrom: FROM + 2 * DAY },
    ],
    [
      'unknown posting time, no reading before the start: the same',
      [undefined, [at(2, c(40, null, null)), at(3, c(47, 2, null))], null, FROM],
      {
        gained: c(7, null, null),
        basis: 'no-reading-before-start',
        readings: 2,
        countedFrom: FROM + 2 * DAY,
      },
    ],
    [
      'no reading in the period: no gain',
      [at(-2, c(100, 10, 1000)), [], null, FROM],
      { gained: null, basis: 'no-reading-in-period', readings: 0 },
    ],
    [
      'a count one reading lacks is null, never 0',
      [at(-2, c(100, null, 1000)), [at(1, c(120, 7, null))], null, FROM],
      { gained: c(20, null, null), basis: 'since-start', readings: 1 },
    ],
    [
      'a count that fell (an unlike) is a negative gain, kept as it is',
      [at(-2, c(100, 10, 1000)), [at(1, c(97, 10, 1000))], null, FROM],
      { gained: c(-3, 0, 0), basis: 'since-start', readings: 1 },
    ],
  ])('%s', (_why, args, expected) => {
    expect(periodGain(...args)).toEqual(expected);
  });
});

describe('describeBasis', () => {
  const g = (basis: PeriodGain['basis'], readings: number, countedFrom?: number): PeriodGain => ({
    gained: basis === 'no-reading-in-period' ? null : c(1, 1, 1),
    basis,
    readings,
    ...(countedFrom !== undefined && { countedFrom }),
  });
  it.each<[string, PeriodGain[], string]>([
    [
      'one post against a reading',
      [g('since-start', 3)],
      'from 3 readings in the period; 1 post against a reading before the start',
    ],
    [
      'every kind',
      [
        g('since-start', 2),
        g('since-start', 1),
        g('published-in-period', 1),
        g('no-reading-before-start', 1, FROM + 2 * DAY),
        g('no-reading-before-start', 2, FROM + 4 * DAY),
        g('no-reading-in-period', 0),
      ],
      'from 7 readings in the period; 2 posts against a reading before the start; 1 post published in the period, counted from zero; no reading before the start for 2 posts: counted from their first readings, Mar 12, 2025 – Mar 14, 2025; 1 post left out: no reading in the period',
    ],
    ['no posts', [], 'from 0 readings in the period'],
  ])('%s', (_why, gains, text) => {
    expect(describeBasis(gains)).toBe(text);
  });
});
