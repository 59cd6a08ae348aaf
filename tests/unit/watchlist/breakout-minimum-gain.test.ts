// @vitest-environment node

// A starred post breaks out on a real gain, not on a like or two against a dead stretch before,
// nor on a compact count's rounding ("1.2K" then "1.3K"); and a post at rest that takes off
// breaks out. Expected values worked out by hand from the counts.
import { roundingOf, type TimedCounts } from '@/lib/metrics';
import { closeDb } from '@/lib/store/db';
import { MIN_INTERACTIONS, postBreakout } from '@/lib/watchlist';
import { watchSetup } from '../fixtures/watch-setup';
import { freshIndexedDb, MIN, reading } from '../recorder-helpers';

const HOUR = 3_600_000;
/** A snapshot at `h` hours showing only likes (engagement = likes). */
const at = (h: number, likes: number | null, comments: number | null = null): TimedCounts => ({
  capturedAt: h * HOUR,
  likes,
  comments,
  reposts: null,
  saves: null,
  views: null,
});

/** The velocity now of the breakout at 2×, or null: to the float's last bits (5.1 h is not exact). */
function expectValue(snaps: TimedCounts[], expected: number | null) {
  const value = postBreakout(snaps, 2, 'en-US')?.value ?? null;
  if (expected === null) expect(value).toBeNull();
  else expect(value).toBeCloseTo(expected, 6);
}

describe('roundingOf: the most a stored count may have been rounded by on its page', () => {
  it.each([
    [999, 0], // under 1,000 pages write counts in full
    [500, 0],
    [1234, 0], // not compact: "1,234"
    [1230, 10], // "1.23K"
    [1200, 100], // "1.2K": 1,200 to 1,299
    [1000, 100], // "1K" is 1.0K: never coarser than the second digit
    [12_000, 1000], // "12K"
    [12_300, 100], // "12.3K"
    [120_000, 10_000], // "12万"
    [1_200_000, 100_000], // "1.2M"
    [1_000_000, 100_000], // "1M"
    [0, 0],
  ])('%d may be off by %d', (count, unit) => {
    expect(roundingOf(count)).toBe(unit);
  });
});

describe('postBreakout: the stretch now gains at least MIN_INTERACTIONS', () => {
  it('is 10', () => expect(MIN_INTERACTIONS).toBe(10));

  it.each([
    // 1,000 → 1,001 over 5 h (0.2/h), → 1,002 in 6 min (10/h): "50×" on one like.
    ['one like after a dead stretch', [at(0, 1000), at(5, 1001), at(5.1, 1002)], null],
    ['9 likes are too few', [at(0, 100), at(5, 101), at(5.1, 110)], null],
    // 101 → 111: 10 in 6 min (100/h) against 0.2/h.
    ['10 likes are enough', [at(0, 100), at(5, 101), at(5.1, 111)], 100],
    // 1,199 → 1,200 over 5 h (0.2/h), → "1.3K" in 6 min: may be 1,200 → 1,300 or 1,299 → 1,300
    // ("1.2K" then "1.3K"), one like: "4,950×" on the counts shown.
    ['a compact count one unit up', [at(0, 1199), at(5, 1200), at(5.1, 1300)], null],
    // "1.2K" → "1.3K" → "1.4K": 1,300 → 1,400 may be 1,399 → 1,400.
    ['compact counts a unit a stretch', [at(0, 1200), at(1, 1300), at(1.1, 1400)], null],
    // "1.2K" → "1.4K" in 6 min: at least 1,299 → 1,400, 101 likes (2,000/h shown).
    ['a compact count two units up', [at(0, 1200), at(5, 1200), at(5.1, 1400)], 2000],
    // Exact counts the rounding leaves alone: 1,234 → 1,244 is 10 likes.
    ['exact counts over 1,000', [at(0, 1233), at(5, 1234), at(5.1, 1244)], 100],
    // Likes "1.2K" → "1.3K" add nothing sure; comments 0 → 9 are too few alone.
    ['a compact count up a unit adds nothing to 9', [at(0, 1199, 0), at(5, 1200, 0), at(5.1, 1300, 9)], null],
    // … with comments 0 → 10 the gain shown, 110 in 6 min, counts: 1,100/h.
    ['… and 10 exact are enough', [at(0, 1199, 0), at(5, 1200, 0), at(5.1, 1300, 10)], 1100],
    // Likes shown "1.2K" twice are taken as unchanged (not as maybe 99 fewer): comments' 12 stand.
    [
      'a compact count shown the same takes nothing away',
      [at(0, 1199, 0), at(5, 1200, 0), at(5.1, 1200, 12)],
      120,
    ],
    // A count shown falling counts as it shows: comments +12, likes −5.
    ['a count shown falling takes its fall away', [at(0, 99, 0), at(5, 100, 0), at(5.1, 95, 12)], null],
  ])('%s', (_name, snaps, expected) => expectValue(snaps, expected));
});

describe('postBreakout: a post at rest that takes off', () => {
  it('breaks out with no multiple, its alert saying the velocity before was 0', () => {
    // 1,000 → 1,000 over an hour, → 1,500 in 10 min: 3,000/h from 0/h.
    expect(postBreakout([at(0, 1000), at(1, 1000), at(1 + 1 / 6, 1500)], 2, 'en-US')).toEqual({
      kind: 'post',
      value: 3000,
      base: 0,
      multiple: null,
      text: 'velocity 3,000/h, up from 0/h before',
    });
  });

  it('names the counts the velocities add up', () => {
    expect(postBreakout([at(0, 100, 5), at(1, 100, 5), at(2, 140, 5)], 2, 'en-US', 'x')?.text).toBe(
      'velocity 40/h (likes + comments gained per hour), up from 0/h before',
    );
  });

  it.each([
    ['a gain of 9 is not enough', [at(0, 100), at(1, 100), at(1.1, 109)], null],
    ['a gain of 10 is', [at(0, 100), at(1, 100), at(1.1, 110)], 100],
    // A score voted down before is no rest to take off from, nor growth to multiply.
    ['a falling count before', [at(0, 100), at(1, 90), at(1.1, 200)], null],
  ])('%s', (_name, snaps, expected) => expectValue(snaps, expected));
});

describe('a starred post in the background (recorder, watchlist, notification)', () => {
  beforeEach(freshIndexedDb);
  afterEach(async () => {
    vi.restoreAllMocks();
    await closeDb();
  });
  const likes = (n: number) => reading({ postId: '1', likes: n, comments: 0, reposts: 0 });

  it('does not alert on one like after a dead stretch', async () => {
    const { create, readAt } = await watchSetup({ posts: ['x:1'], alerts: true });
    await readAt(0, [likes(1000)]);
    await readAt(5, [likes(1001)]);
    await readAt(5 + 6 / 60, [likes(1002)]);
    expect(create).not.toHaveBeenCalled();
  });

  it('alerts on a flat post that takes off, saying it rose from 0/h', async () => {
    const { create, readAt, messages } = await watchSetup({ posts: ['x:1'], alerts: true });
    await readAt(0, [likes(1000)]);
    await readAt(1, [likes(1000)]);
    await readAt(1 + (10 * MIN) / HOUR, [likes(1500)]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(messages()[0]).toMatch(
      /^velocity 3,000\/h \(likes \+ comments \+ reposts gained per hour\), up from 0\/h before\n/,
    );
  });
});

// A rest read from rounded counts ("12K" twice) may hide up to 999 likes gained: no "up from 0/h".
describe('a previous velocity of 0 read from rounded counts', () => {
  it.each([
    ['12K, 12K, 14K', [12_000, 12_000, 14_000], false],
    ['1.2K, 1.2K, 1.4K', [1_200, 1_200, 1_400], false],
    ['exact 999, 999, 1,050', [999, 999, 1_050], true],
  ])('%s alerts: %s', (_, [x, y, z], alerts) => {
    expect(postBreakout([at(0, x!), at(1, y!), at(2, z!)], 2) !== null).toBe(alerts);
  });
});

// A velocity before above 0 read from rounded counts: "12K, 13K, 15K" an hour apart shows 1,000/h
// then 2,000/h, "2×", but may be 12,000, 13,999, 15,000: 1,999/h then 1,001/h, a post slowing down.
// The least now (leastGain) must reach 2 × the most before (shown gain + rounding).
describe('a previous velocity above 0 read from rounded counts', () => {
  it.each([
    // least now 2,000 − 999 = 1,001/h against 2 × (1,000 + 999) = 3,998/h
    ['12K, 13K, 15K', [12_000, 13_000, 15_000], false],
    // least now 100 − 99 = 1/h against 2 × (100 + 99)
    ['1.2K, 1.3K, 1.5K', [1_200, 1_300, 1_500], false],
    // least now 4,000 − 999 = 3,001/h against 3,998/h
    ['12K, 13K, 17K', [12_000, 13_000, 17_000], false],
    // least now 5,000 − 999 = 4,001/h against 3,998/h
    ['12K, 13K, 18K', [12_000, 13_000, 18_000], true],
    // exact counts: 102/h then 204/h, 2× shown and sure
    ['exact 1,201, 1,303, 1,507', [1_201, 1_303, 1_507], true],
    // exact counts: 102/h then 203/h, under 2×
    ['exact 1,201, 1,303, 1,506', [1_201, 1_303, 1_506], false],
  ])('%s (%s) alerts: %s', (_, [x, y, z], alerts) => {
    expect(postBreakout([at(0, x!), at(1, y!), at(2, z!)], 2) !== null).toBe(alerts);
  });

  it('says the multiple the counts show', () => {
    expect(postBreakout([at(0, 12_000), at(1, 13_000), at(2, 18_000)], 2, 'en-US')).toMatchObject({
      value: 5000,
      base: 1000,
      multiple: 5,
    });
  });
});
