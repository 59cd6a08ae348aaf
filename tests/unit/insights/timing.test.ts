// @vitest-environment node

// The weekday × hour grid: placement by the PUBLISHED time in a given zone, medians, the sample
// rule and the best slots. Every expected value below was worked out by hand.
import { buildTimingGrid, isKnownTimeZone, localSlot, slotLabel, type TimingInput } from '@/lib/insights';

const MON = 0;
const TUE = 1;
const SAT = 5;
const SUN = 6;

const post = (publishedAt: string | null, er: number | null = 0.01): TimingInput => ({
  publishedAt,
  erViews: er,
});

describe('localSlot', () => {
  it.each([
    // 2025-01-06 is a Monday.
    ['UTC', '2025-01-06T14:30:00Z', MON, 14],
    ['UTC', '2025-01-12T23:59:59Z', SUN, 23],
    ['UTC', '2025-01-06T09:00:00+02:00', MON, 7],
    // New York springs forward on Sun 2025-03-09: 02:00 EST becomes 03:00 EDT.
    ['America/New_York', '2025-03-08T07:30:00Z', SAT, 2], // 02:30 EST the day before
    ['America/New_York', '2025-03-09T06:30:00Z', SUN, 1], // 01:30 EST
    ['America/New_York', '2025-03-09T07:30:00Z', SUN, 3], // 03:30 EDT: 02:xx does not exist
    // …and falls back on Sun 2025-11-02: 01:00–02:00 happens twice.
    ['America/New_York', '2025-11-02T05:30:00Z', SUN, 1], // 01:30 EDT
    ['America/New_York', '2025-11-02T06:30:00Z', SUN, 1], // 01:30 EST
    // Kolkata is UTC+05:30 all year: half-hour offsets move posts across the day line.
    ['Asia/Kolkata', '2025-01-06T18:29:00Z', MON, 23],
    ['Asia/Kolkata', '2025-01-06T18:45:00Z', TUE, 0],
  ])('%s %s → weekday %i hour %i', (zone, iso, weekday, hour) => {
    expect(localSlot(Date.parse(iso), zone)).toEqual({ weekday, hour });
  });
});

describe('buildTimingGrid placement', () => {
  it('places posts by publishedAt only, never by first seen, and counts the rest', () => {
    const rows = [
      post('2025-01-06T14:10:00Z'),
      post('2025-01-06T14:50:00Z', null),
      // firstSeen would place this one, but a first-seen time is when the user browsed.
      { ...post(null), firstSeen: Date.parse('2025-01-06T14:00:00Z') },
      post(null),
      post('   '),
      post('yesterday'),
    ];
    const g = buildTimingGrid(rows, 'UTC');
    expect(g.placed).toBe(2);
    expect(g.noPostedTime).toBe(3);
    expect(g.unreadableTime).toBe(1);
    expect(g.cells[MON]![14]).toMatchObject({ posts: 2, withEr: 1, medianEr: 0.01 });
    const total = g.cells.flat().reduce((s, c) => s + c.posts, 0);
    expect(total).toBe(2);
  });

  it('is 7 × 24, Monday first, whatever the rows', () => {
    const g = buildTimingGrid([], 'UTC');
    expect(g.cells).toHaveLength(7);
    for (const [d, row] of g.cells.entries()) {
      expect(row).toHaveLength(24);
      expect(row.map((c) => c.hour)).toEqual([...Array(24).keys()]);
      expect(row.every((c) => c.weekday === d && c.posts === 0 && c.medianEr === null && !c.rated)).toBe(
        true,
      );
    }
    expect(g.best).toEqual([]);
  });

  it('moves posts with the zone: the same instant is Monday 23:00 in UTC and Tuesday 04:30 in Kolkata', () => {
    const rows = [post('2025-01-06T23:00:00Z')];
    expect(buildTimingGrid(rows, 'UTC').cells[MON]![23]!.posts).toBe(1);
    expect(buildTimingGrid(rows, 'Asia/Kolkata').cells[TUE]![4]!.posts).toBe(1);
    expect(buildTimingGrid(rows, 'America/New_York').cells[MON]![18]!.posts).toBe(1);
  });

  it('puts both real 01:00 hours of the autumn change into one wall-clock slot', () => {
    const g = buildTimingGrid(
      [post('2025-11-02T05:30:00Z', 0.01), post('2025-11-02T06:30:00Z', 0.03)],
      'America/New_York',
      2,
    );
    expect(g.cells[SUN]![1]).toMatchObject({ posts: 2, withEr: 2, medianEr: 0.02, rated: true });
    expect(g.cells[SUN]![2]!.posts).toBe(0);
  });

  it('refuses an unknown zone rather than guessing one', () => {
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('Asia/Kolkata')).toBe(true);
    expect(() => buildTimingGrid([post('2025-01-06T14:00:00Z')], 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('buildTimingGrid medians and sample', () => {
  const at = '2025-01-07T10:15:00Z'; // Tuesday 10:00 UTC
  it.each([
    ['odd count: the middle one', [0.03, 0.01, 0.02], 0.02, 3],
    ['even count: mean of the two middle', [0.1, 0.01, 0.04, 0.02], 0.03, 4],
    ['two values', [0.01, 0.02], 0.015, 2],
    ['posts without an ER are left out of the median', [0.05, null, null], 0.05, 1],
    ['no ER at all: null, not 0', [null, null], null, 0],
    ['NaN and Infinity are no ER', [Number.NaN, Number.POSITIVE_INFINITY, 0.04], 0.04, 1],
  ])('%s', (_, ers, median, withEr) => {
    const g = buildTimingGrid(
      ers.map((er) => post(at, er)),
      'UTC',
    );
    const cell = g.cells[TUE]![10]!;
    expect(cell.posts).toBe(ers.length);
    expect(cell.withEr).toBe(withEr);
    if (median === null) expect(cell.medianEr).toBeNull();
    else expect(cell.medianEr).toBeCloseTo(median, 12);
  });

  it.each([
    // [posts with an ER, posts without, minimum sample, rated]
    [2, 0, 3, false],
    [3, 0, 3, true],
    [4, 0, 3, true],
    [2, 5, 3, false], // seven posts, but the median rests on two
    [1, 0, 1, true],
    [5, 0, 6, false],
  ])('%i posts with an ER and %i without, sample %i: rated %s', (withEr, without, minSample, rated) => {
    const rows = [...Array(withEr).fill(post(at, 0.02)), ...Array(without).fill(post(at, null))];
    expect(buildTimingGrid(rows, 'UTC', minSample).cells[TUE]![10]!.rated).toBe(rated);
  });

  it.each([
    [0, 3],
    [-2, 3],
    [Number.NaN, 3],
    [2.7, 2],
  ])('a minimum sample of %s is taken as %i', (given, taken) => {
    expect(buildTimingGrid([], 'UTC', given).minSample).toBe(taken);
  });
});

describe('best slots', () => {
  // Mon 09 median 0.02 (3 posts), Tue 14 median 0.05 (3), Wed 08 median 0.03 (4),
  // Thu 20 median 0.05 (5: ties with Tue 14, more posts wins), Fri 12 one post at 0.9 (unrated).
  const rows = [
    ...[0.01, 0.02, 0.03].map((er) => post('2025-01-06T09:05:00Z', er)),
    ...[0.05, 0.04, 0.06].map((er) => post('2025-01-07T14:20:00Z', er)),
    ...[0.02, 0.03, 0.03, 0.04].map((er) => post('2025-01-08T08:00:00Z', er)),
    ...[0.05, 0.05, 0.01, 0.07, 0.06].map((er) => post('2025-01-09T20:59:59Z', er)),
    post('2025-01-10T12:00:00Z', 0.9),
  ];

  it('ranks the rated slots by median ER, more posts first among equals', () => {
    const g = buildTimingGrid(rows, 'UTC', 3, 10);
    expect(g.best.map((c) => [slotLabel(c.weekday, c.hour), c.withEr])).toEqual([
      ['Thu 20:00–21:00', 5],
      ['Tue 14:00–15:00', 3],
      ['Wed 08:00–09:00', 4],
      ['Mon 09:00–10:00', 3],
    ]);
  });

  it.each([
    [1, ['Thu 20:00–21:00']],
    [2, ['Thu 20:00–21:00', 'Tue 14:00–15:00']],
    [0, []],
  ])('keeps the top %i', (n, labels) => {
    expect(buildTimingGrid(rows, 'UTC', 3, n).best.map((c) => slotLabel(c.weekday, c.hour))).toEqual(labels);
  });

  it('ranks the lone 90% post once the sample is 1', () => {
    expect(buildTimingGrid(rows, 'UTC', 1, 1).best.map((c) => slotLabel(c.weekday, c.hour))).toEqual([
      'Fri 12:00–13:00',
    ]);
  });
});

describe('slotLabel', () => {
  it.each([
    [TUE, 14, 'Tue 14:00–15:00'],
    [SUN, 23, 'Sun 23:00–24:00'],
    [MON, 0, 'Mon 00:00–01:00'],
  ])('%i %i → %s', (d, h, label) => {
    expect(slotLabel(d, h)).toBe(label);
  });
});
