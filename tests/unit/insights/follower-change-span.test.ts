// @vitest-environment node

// A follower change "in the period" rests on counts read near its two ends: each the last one
// read at or before the end, no longer before it than the period lasts. A count read half a year
// before a week is not that week's start count: the change since it is kept with its two readings
// (`between`), never given as the week's. The previous period follows the same rule, and the chart
// draws no count the card's change does not rest on. P is 7 midnight-to-midnight days (UTC).
import {
  buildFollowerCards,
  followerChange,
  type Period,
  pointsByAuthor,
  previousPeriod,
} from '@/lib/insights';

const H = 3_600_000;
const D = 24 * H;
const S = Date.UTC(2026, 2, 1);
const P: Period = { start: S, end: S + 7 * D };
const PREV = previousPeriod(P);

const NONE_AT_START = 'no follower count read at or before the start';
const NOT_READ = 'no follower count read in this period: the change is unknown';
const TOO_OLD =
  "the last follower count before the start was read longer before it than the period lasts: this period's change is unknown";

type Reading = readonly [number, number];
/** A reading of x:a: [capturedAt, followers]. */
const rd = (at: number, followers: number): Reading => [at, followers];
const readingsOf = (rs: readonly Reading[]) =>
  rs.map(([capturedAt, followers]) => ({ authorKey: 'x:a', capturedAt, followers }));
const points = (rs: readonly Reading[]) => pointsByAuthor(readingsOf(rs)).get('x:a') ?? [];
const cardOf = (rs: readonly Reading[]) =>
  buildFollowerCards({ followers: readingsOf(rs), authors: ['x:a'], period: P, now: P.end })[0]!;

describe('each count is read no longer before its end of the period than the period lasts', () => {
  it.each([
    // [what, readings, atStart, atEnd, value, reason, between (which two readings)]
    ['read an hour before the start', [rd(S - H, 1000), rd(S + 5 * D, 1100)], 1000, 1100, 100, null, [0, 1]],
    [
      'read 7 days before the start',
      [rd(S - 7 * D, 1000), rd(S + 5 * D, 1100)],
      1000,
      1100,
      100,
      null,
      [0, 1],
    ],
    [
      'read 7 days and 1 ms before',
      [rd(S - 7 * D - 1, 1000), rd(S + 5 * D, 1100)],
      null,
      1100,
      null,
      TOO_OLD,
      [0, 1],
    ],
    // The review's proof: the profile last opened in September, "+500" shown for the last 7 days.
    [
      'read 180 days before the start',
      [rd(S - 180 * D, 1000), rd(S + 5 * D, 1500)],
      null,
      1500,
      null,
      TOO_OLD,
      [0, 1],
    ],
    [
      'read long before and a day before',
      [rd(S - 180 * D, 900), rd(S - D, 1000), rd(S + 5 * D, 1100)],
      1000,
      1100,
      100,
      null,
      [1, 2],
    ],
    ['read at the start', [rd(S, 1000), rd(S + 5 * D, 1100)], 1000, 1100, 100, null, [0, 1]],
    ['read at the end', [rd(S - H, 1000), rd(P.end, 1100)], 1000, 1100, 100, null, [0, 1]],
    // Nothing read inside: the change is unknown, whatever the age of the count before.
    ['read long before only', [rd(S - 180 * D, 1000)], null, null, null, NOT_READ, null],
    [
      'read an hour before only (7 days 1 h before the end)',
      [rd(S - H, 1000)],
      1000,
      null,
      null,
      NOT_READ,
      null,
    ],
    ['read at the start only', [rd(S, 1000)], 1000, 1000, null, NOT_READ, null],
    ['read inside only', [rd(S + D, 1000), rd(S + 2 * D, 1010)], null, 1010, null, NONE_AT_START, null],
  ] as const)('%s', (_what, rs, atStart, atEnd, value, reason, between) => {
    const c = followerChange(points(rs), P);
    expect([c.atStart, c.atEnd, c.value, c.reason]).toEqual([atStart, atEnd, value, reason]);
    expect(c.between).toEqual(between && [rs[between[0]], rs[between[1]]]);
  });
});

describe('both periods of a card follow the one rule', () => {
  it.each([
    // [what, readings, this period's value and reason, the previous one's]
    // The review's proof: this week gave +500, the week before refused the same old count.
    [
      'read in September and in this week',
      [rd(S - 180 * D, 1000), rd(S + 5 * D, 1500)],
      null,
      TOO_OLD,
      null,
      NOT_READ,
    ],
    [
      'read 8 days before the previous week',
      [rd(PREV.start - 8 * D, 1000), rd(S - 3 * D, 1200), rd(S + 2 * D, 1300)],
      100,
      null,
      null,
      TOO_OLD,
    ],
    [
      'read 7 days before the previous week',
      [rd(PREV.start - 7 * D, 1000), rd(S - 3 * D, 1200), rd(S + 2 * D, 1300)],
      100,
      null,
      200,
      null,
    ],
    [
      'read an hour before the previous week',
      [rd(PREV.start - H, 1000), rd(S - 3 * D, 1200), rd(S + 2 * D, 1300)],
      100,
      null,
      200,
      null,
    ],
  ] as const)('%s', (_what, rs, value, reason, prevValue, prevReason) => {
    const card = cardOf(rs);
    expect([card.current.value, card.current.reason]).toEqual([value, reason]);
    expect([card.previous.value, card.previous.reason]).toEqual([prevValue, prevReason]);
    expect(card.previous).toEqual(followerChange(points(rs), PREV));
  });
});

describe('the chart draws only counts the card rests on', () => {
  const n = null;
  it.each([
    // The review's proof: read 27 days ago and not since; the card said unknown, the chart drew 1,000.
    ['read 20 days before the start only', [rd(S - 20 * D, 1000)], [n, n, n, n, n, n, n]],
    ['read an hour before the start only', [rd(S - H, 1000)], [n, n, n, n, n, n, n]],
    [
      'read long before, then on day 3',
      [rd(S - 180 * D, 1000), rd(S + 2.5 * D, 1500)],
      [n, n, 1500, 1500, 1500, 1500, 1500],
    ],
    [
      'read first on day 3, then on day 5',
      [rd(S + 2.5 * D, 10), rd(S + 4.5 * D, 20)],
      [n, n, 10, 10, 20, 20, 20],
    ],
    // The card has the change: the line starts at its start count.
    [
      'read an hour before, then on day 3',
      [rd(S - H, 1000), rd(S + 2.5 * D, 1100)],
      [1000, 1000, 1100, 1100, 1100, 1100, 1100],
    ],
    [
      'read at the start, then on day 1',
      [rd(S, 1000), rd(S + 0.5 * D, 1010)],
      [1010, 1010, 1010, 1010, 1010, 1010, 1010],
    ],
  ] as const)('%s', (_what, rs, daily) => {
    expect(cardOf(rs).daily).toEqual(daily);
  });
});

describe('with a start count too old, the first count read inside is where the change seen starts', () => {
  it.each([
    // [what, readings, firstRead (which reading)]
    // The review's proof: the card said +600 over 199 days while its chart drew 1,000 → 1,100.
    [
      'read long before, then twice inside',
      [rd(S - 180 * D, 500), rd(S + 2 * D, 1000), rd(S + 6 * D, 1100)],
      1,
    ],
    ['read long before, then once inside', [rd(S - 180 * D, 500), rd(S + 6 * D, 1100)], 1],
    ['read long before, then after the end only', [rd(S - 180 * D, 500), rd(P.end + H, 1100)], null],
    [
      'read long before and near the start: the period has its change',
      [rd(S - 180 * D, 500), rd(S - H, 900), rd(S + D, 1000)],
      null,
    ],
  ] as const)('%s', (_what, rs, firstRead) => {
    const c = followerChange(points(rs), P);
    expect(c.firstRead).toEqual(firstRead === null ? null : rs[firstRead]);
  });

  it('keeps the value unknown and the reason as they are', () => {
    const c = followerChange(points([rd(S - 180 * D, 500), rd(S + 2 * D, 1000), rd(S + 6 * D, 1100)]), P);
    expect([c.value, c.reason]).toEqual([null, TOO_OLD]);
  });
});
