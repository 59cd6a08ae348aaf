// @vitest-environment node

// The pure breakout rules: a starred post's velocity against its previous one, a starred author's
// post's ER against the author's median. Expected values worked out by hand from the counts.
import type { TimedCounts } from '@/lib/metrics';
import { authorBreakout, postBreakout } from '@/lib/watchlist';

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

describe('postBreakout: velocity now against the one before', () => {
  it('says the figure and its formula', () => {
    // 100 → 260 in an hour: 160/h; 260 → 680 in the next: 420/h = 2.625 × 160.
    expect(postBreakout([at(0, 100), at(1, 260), at(2, 680)], 2, 'en-US')).toEqual({
      kind: 'post',
      value: 420,
      base: 160,
      multiple: 2.625,
      text: 'velocity 420/h, 2.6× its previous 160/h',
    });
  });

  it.each([
    ['exactly 2× alerts', [at(0, 100), at(1, 260), at(2, 580)], 2, 320],
    ['just under 2× does not', [at(0, 100), at(1, 260), at(2, 579)], 2, null],
    // No multiple of 0, but a post at rest that takes off is the breakout to tell (800/h).
    ['a previous velocity of 0 then a gain alerts', [at(0, 100), at(1, 100), at(2, 900)], 2, 800],
    ['a falling previous count does not', [at(0, 100), at(1, 50), at(2, 900)], 2, null],
    ['a count missing in the middle does not', [at(0, 100), at(1, null), at(2, 900)], 2, null],
    ['a count missing at the end does not', [at(0, 100), at(1, 260), at(2, null)], 2, null],
    ['two snapshots do not', [at(1, 260), at(2, 900)], 2, null],
    ['the same capture time does not', [at(0, 100), at(1, 260), at(1, 900)], 2, null],
    ['a higher threshold is not reached by 2.625×', [at(0, 100), at(1, 260), at(2, 680)], 3, null],
    ['threshold 1 alerts on the same pace', [at(0, 100), at(1, 260), at(2, 420)], 1, 160],
    // Only the last three count: 0 → 100 (100/h) is older than 100 → 260 (160/h).
    ['only the last three snapshots count', [at(-1, 0), at(0, 100), at(1, 260), at(2, 580)], 2, 320],
    // Velocity over half an hour: 100 → 180 is 160/h; 180 → 340 in half an hour is 320/h.
    ['per hour, whatever the gap', [at(0, 100), at(0.5, 180), at(1, 340)], 2, 320],
  ])('%s', (_name, snaps, factor, expected) => {
    expect(postBreakout(snaps, factor, 'en-US')?.value ?? null).toBe(expected);
  });

  it('compares only the counts shown on both sides (comments appearing is no growth)', () => {
    // likes 100 → 260 → 420: 160/h then 160/h; 500 comments appearing last are not counted.
    expect(postBreakout([at(0, 100), at(1, 260), at(2, 420, 500)], 2)).toBeNull();
  });

  // Both velocities over the counts all three readings show, so they measure the same thing.
  it.each([
    // likes 100 → 160 → 220 (60/h, 60/h); comments first shown in the middle reading (0 → 90):
    // likes + comments now (150/h) against likes alone before (60/h) would be a 2.5× breakout.
    ['comments first shown in the middle reading', [at(0, 100), at(1, 160, 0), at(2, 220, 90)], 2, null],
    // comments no longer shown at the end: likes alone on both sides, 60/h then 60/h.
    ['comments shown only before', [at(0, 100, 0), at(1, 160, 500), at(2, 220)], 2, null],
    // comments in all three: likes + comments on both sides, 70/h then 150/h.
    ['comments shown in all three count', [at(0, 100, 0), at(1, 160, 10), at(2, 220, 100)], 2, 150],
    ['no count shown in all three', [at(0, 100), at(1, null, 5), at(2, 220, 90)], 1, null],
  ])('%s', (_name, snaps, factor, expected) => {
    expect(postBreakout(snaps, factor, 'en-US')?.value ?? null).toBe(expected);
  });

  // A velocity exactly at the threshold alerts, whatever floating point makes of factor × before.
  // Gains of 30 and 70 now: the stretch now gains at least MIN_INTERACTIONS (10).
  it.each([
    // 0 → 10 → 40 over 50 h steps: 0.2/h then 0.6/h (3 × 0.2 is 0.6000000000000001)
    ['0.2/h then 0.6/h at 3×', [at(0, 0), at(50, 10), at(100, 40)], 3],
    ['0.1/h then 0.3/h at 3×', [at(0, 0), at(100, 10), at(200, 40)], 3],
    ['0.1/h then 0.7/h at 7×', [at(0, 0), at(100, 10), at(200, 80)], 7],
  ])('exactly at the threshold alerts: %s', (_name, snaps, factor) => {
    expect(postBreakout(snaps, factor, 'en-US')).not.toBeNull();
  });
});

describe('authorBreakout: ER against the median of the author’s other posts', () => {
  it('says the figure and its formula', () => {
    expect(authorBreakout(0.045, [0.01, 0.015, 0.02], 3, 'en-US')).toEqual({
      kind: 'author',
      value: 0.045,
      base: 0.015,
      multiple: expect.closeTo(3, 9),
      text: "ER 4.5%, 3× the author's median 1.5% (3 other posts)",
    });
  });

  it.each([
    ['exactly 3× alerts', 0.03, [0.005, 0.01, 0.02], 3, true],
    ['just under 3× does not', 0.0299, [0.005, 0.01, 0.02], 3, false],
    ['2 other posts are too few', 0.5, [0.01, 0.02], 3, false],
    ['3 others but one without an ER are too few', 0.5, [0.01, 0.02, Number.NaN], 3, false],
    ['no ER of its own does not', null, [0.01, 0.01, 0.01], 3, false],
    ['a median of 0 does not', 0.5, [0, 0, 0.01], 3, false],
    ['a lower threshold is reached sooner (median 1.5%, 2×)', 0.03, [0.005, 0.01, 0.02, 0.03], 1.5, true],
    ['… and not with the default 3×', 0.03, [0.005, 0.01, 0.02, 0.03], 3, false],
    // Exactly at the threshold, though 3 × 0.003 is 0.009000000000000001 in floating point.
    ['exactly 3× of 0.3 % alerts', 9 / 1000, [3 / 1000, 3 / 1000, 3 / 1000], 3, true],
    ['exactly 3× of 1.2 % alerts', 36 / 1000, [12 / 1000, 12 / 1000, 12 / 1000], 3, true],
    ['a hair under 3× of 0.3 % does not', 8.99 / 1000, [3 / 1000, 3 / 1000, 3 / 1000], 3, false],
  ])('%s', (_name, er, others, factor, alerts) => {
    expect(authorBreakout(er, others, factor) !== null).toBe(alerts);
  });
});
