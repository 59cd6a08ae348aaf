// @vitest-environment node

// The Overview's figures, worked out by hand. Periods hold start ≤ t < end: a post at the start is
// in, one at the end is in the next period. A follower count "at" an instant is the last reading at
// or before it. NOW is fixed; D is a day.
import {
  buildOverview,
  changeOf,
  customPeriod,
  dayStarts,
  followerChange,
  lastDays,
  localTimeZone,
  type OverviewRow,
  periodOfDays,
  pointsByAuthor,
  previousPeriod,
  topPosts,
} from '@/lib/insights';
import type { FollowerReading } from '@/lib/queries';

const D = 86_400_000;
const NOW = Date.UTC(2026, 2, 15, 12);
const WEEK = lastDays(7, NOW); // [NOW − 7D, NOW)
const START = WEEK.start;

let n = 0;
const row = (date: number, f: Partial<OverviewRow> = {}): OverviewRow => ({
  key: f.key ?? `x:${++n}`,
  date,
  engagement: null,
  er: null,
  velocity: null,
  outlier: null,
  // An ER given is by views.
  erViews: f.er ?? null,
  ...f,
});

const overview = (rows: OverviewRow[], followers: FollowerReading[] = [], authors: string[] = []) =>
  buildOverview({ rows, followers, authors, period: WEEK, now: NOW });
const card = (o: ReturnType<typeof overview>, id: string) => o.cards.find((c) => c.id === id)!;

describe('periods', () => {
  it('the last 7 days end now, and the previous period is the 7 days before', () => {
    expect(WEEK).toEqual({ start: NOW - 7 * D, end: NOW });
    expect(previousPeriod(WEEK)).toEqual({ start: NOW - 14 * D, end: NOW - 7 * D });
    expect(lastDays(90, NOW)).toEqual({ start: NOW - 90 * D, end: NOW });
  });

  it.each([
    ['start before end', 1, 2, true],
    ['start equal to end', 2, 2, false],
    ['start after end', 3, 2, false],
    ['a NaN start', Number.NaN, 2, false],
    ['an infinite end', 0, Number.POSITIVE_INFINITY, false],
    ['3660 days exactly', 0, 3660 * D, true],
    ['3660 days and 1 ms', 0, 3660 * D + 1, false],
  ])('a custom period with %s is ok: %s', (_what, start, end, ok) => {
    const c = customPeriod(start, end);
    expect(c.ok).toBe(ok);
    if (c.ok) expect(c.period).toEqual({ start, end });
    else expect(c.reason).toMatch(/\w/);
  });

  it.each([
    ['2026-03-01', '2026-03-07', new Date(2026, 2, 1).getTime(), new Date(2026, 2, 8).getTime()],
    ['2026-03-07', '2026-03-07', new Date(2026, 2, 7).getTime(), new Date(2026, 2, 8).getTime()],
    ['2025-12-31', '2026-01-01', new Date(2025, 11, 31).getTime(), new Date(2026, 0, 2).getTime()],
  ])('local days %s to %s, both included, are [%i, %i)', (from, to, start, end) => {
    // The browser's zone unless one is named: the zone Date's local time is in.
    const timeZone = localTimeZone();
    expect(periodOfDays(from, to)).toEqual({ ok: true, period: { start, end, timeZone } });
  });

  it("local days are the browser zone's", () => {
    expect(periodOfDays('2025-10-20', '2025-10-31')).toEqual(
      periodOfDays('2025-10-20', '2025-10-31', localTimeZone()),
    );
  });

  it.each([
    ['3660 days', '2016-01-01', '2026-01-07', true],
    ['3661 days', '2016-01-01', '2026-01-08', false],
    // From summer time to winter time: 3660 days are 3660 × 24 hours and one more.
    ['3660 days from summer time to winter time', '2016-10-20', '2026-10-27', true],
  ])('a period of %s is ok: %s', (_what, from, to, ok) => {
    expect(periodOfDays(from, to, 'Europe/Berlin').ok).toBe(ok);
  });

  it.each([
    ['2026-03-08', '2026-03-07', 'The first day must not be after the last day.'],
    ['2026-02-30', '2026-03-07', 'Choose both the first and the last day.'],
    ['', '2026-03-07', 'Choose both the first and the last day.'],
    ['2026-03-01', '', 'Choose both the first and the last day.'],
  ])('local days %j to %j are refused: %s', (from, to, reason) => {
    expect(periodOfDays(from, to)).toEqual({ ok: false, reason });
  });

  it('a period of 2.5 days has three days, the last one short', () => {
    expect(dayStarts({ start: 0, end: 2.5 * D })).toEqual([0, D, 2 * D]);
  });
});

// Days the user picks are calendar days of their zone, whatever the zone the tests run in: each
// case names its zone. A day starts at local midnight and lasts 23, 24 or 25 hours.
describe('calendar days across a change of clock', () => {
  const H = 3_600_000;
  const wall = (t: number, timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(t);
  const days = (from: string, to: string, timeZone: string) => {
    const p = periodOfDays(from, to, timeZone);
    if (!p.ok) throw new Error(p.reason);
    return p.period;
  };

  it.each([
    // Berlin: summer time ends 26 Oct 2025 (a 25-hour day), begins 30 Mar 2025 (23 hours).
    ['Europe/Berlin', '2025-10-20', '2025-10-31', 12],
    ['Europe/Berlin', '2025-10-26', '2025-10-26', 1],
    ['Europe/Berlin', '2025-03-30', '2025-03-30', 1],
    ['Europe/Berlin', '2025-03-25', '2025-04-05', 12],
    ['America/New_York', '2025-11-01', '2025-11-03', 3],
    // Lord Howe changes by half an hour.
    ['Australia/Lord_Howe', '2025-04-05', '2025-04-07', 3],
    // Santiago skips midnight on 7 Sep 2025: that day begins at 01:00.
    ['America/Santiago', '2025-09-06', '2025-09-08', 3],
    // Samoa skipped 30 Dec 2011 altogether: 29 to 31 December is two days.
    ['Pacific/Apia', '2011-12-29', '2011-12-31', 2],
  ])('%s: %s to %s is %i days, each from its midnight', (timeZone, from, to, n) => {
    const p = days(from, to, timeZone);
    const starts = dayStarts(p);
    expect(starts).toHaveLength(n);
    expect(starts[0]).toBe(p.start);
    for (const [i, t] of starts.entries()) {
      const next = starts[i + 1] ?? p.end;
      // Each day starts at 00:00 local (01:00 where midnight was skipped), on the next date.
      expect(wall(t, timeZone)).toMatch(/, 0[01]:00$/);
      expect(wall(next - 1, timeZone)).toMatch(/, 23:59$/);
      expect([23, 23.5, 24, 24.5, 25]).toContain((next - t) / H);
    }
  });

  it.each([
    // 28 Oct 2025, 23:30 Berlin (22:30 UTC): the 9th day of 20–31 Oct. In 24-hour steps from the
    // start it fell on the 10th (the 26th lasted 25 hours).
    ['Europe/Berlin', '2025-10-20', '2025-10-31', Date.UTC(2025, 9, 28, 22, 30), 8],
    // 1 Apr 2025, 00:30 Berlin (31 Mar 22:30 UTC): the 8th day of 25 Mar – 5 Apr, not the 7th.
    ['Europe/Berlin', '2025-03-25', '2025-04-05', Date.UTC(2025, 2, 31, 22, 30), 7],
    ['America/New_York', '2025-11-01', '2025-11-03', Date.UTC(2025, 10, 4, 4, 30), 2],
  ])("%s: a post on a local day is on that day's trend (%s to %s)", (timeZone, from, to, at, idx) => {
    const o = buildOverview({
      rows: [row(at)],
      followers: [],
      authors: [],
      period: days(from, to, timeZone),
      now: NOW,
    });
    const daily = card(o, 'posts').daily;
    expect(daily.indexOf(1)).toBe(idx);
    expect(daily.filter((v) => v === 1)).toHaveLength(1);
  });

  it.each([
    // The week after the end of summer time: the one before has the 25-hour day in it.
    ['Europe/Berlin', ['2025-10-27', '2025-11-02'], ['2025-10-20', '2025-10-26']],
    ['Europe/Berlin', ['2025-03-31', '2025-04-06'], ['2025-03-24', '2025-03-30']],
    ['Europe/Berlin', ['2025-10-26', '2025-10-26'], ['2025-10-25', '2025-10-25']],
    ['America/New_York', ['2025-11-02', '2025-11-08'], ['2025-10-26', '2025-11-01']],
  ])('%s: the period before %j is %j', (timeZone, [from, to], [pFrom, pTo]) => {
    expect(previousPeriod(days(from!, to!, timeZone))).toEqual(days(pFrom!, pTo!, timeZone));
  });

  it("a post at the previous week's first local minute is in the previous period", () => {
    // 20 Oct 2025, 00:30 Berlin: the first day of the week before 27 Oct – 2 Nov.
    const period = days('2025-10-27', '2025-11-02', 'Europe/Berlin');
    const o = buildOverview({
      rows: [row(Date.UTC(2025, 9, 19, 22, 30))],
      followers: [],
      authors: [],
      period,
      now: NOW,
    });
    expect(card(o, 'posts').previous.value).toBe(1);
  });

  it('a follower card reads each day at its own end (the next midnight)', () => {
    const period = days('2025-10-25', '2025-10-27', 'Europe/Berlin');
    const f = (at: number, followers: number) => ({ authorKey: 'x:a', capturedAt: at, followers });
    // Read at 23:30 on the 26th (22:30 UTC, 25 hours into the day): the 26th's count, not the 27th's.
    const readings = [f(period.start - H, 100), f(Date.UTC(2025, 9, 26, 22, 30), 150)];
    const o = buildOverview({ rows: [], followers: readings, authors: ['x:a'], period, now: NOW });
    expect(o.followers[0]!.daily).toEqual([100, 150, 150]);
  });
});

describe('changeOf', () => {
  it.each([
    [3, 4, -1, -0.25, null],
    [6, 4, 2, 0.5, null],
    // A negative previous: from −100 to −50 is up by 50, half of |−100|.
    [-50, -100, 50, 0.5, null],
    [5, 0, 5, null, 'the previous period was 0: no percentage of 0'],
    [0, 0, 0, null, 'the previous period was 0: no percentage of 0'],
    [5, null, null, null, 'no value for the previous period'],
    [null, 5, null, null, 'no value for this period'],
  ])('%s against %s: %s, %s (%s)', (cur, prev, abs, pct, reason) => {
    expect(changeOf(cur, prev)).toEqual({ abs, pct, reason });
  });
});

describe('posts seen and the period bounds', () => {
  it.each([
    ['at the start: this period', START, 1, 0],
    ['1 ms before the end: this period', NOW - 1, 1, 0],
    ['at the end: neither (the next period)', NOW, 0, 0],
    ['1 ms before the start: the previous period', START - 1, 0, 1],
    ['at the previous start: the previous period', START - 7 * D, 0, 1],
    ['1 ms before the previous start: neither', START - 7 * D - 1, 0, 0],
  ])('a post dated %s', (_what, date, current, previous) => {
    const posts = card(overview([row(date)]), 'posts');
    expect([posts.current.value, posts.previous.value]).toEqual([current, previous]);
  });

  it('counts 3 against 2 as ▲ 1, +50%', () => {
    const rows = [row(START), row(START + D), row(NOW - 1), row(START - 1), row(START - 2 * D)];
    expect(card(overview(rows), 'posts').change).toEqual({ abs: 1, pct: 0.5, reason: null });
  });

  it('counts 2 against none before as ▲ 2 with no percentage, not Infinity', () => {
    const c = card(overview([row(START), row(START + D)]), 'posts');
    expect(c.previous.value).toBe(0);
    expect(c.change).toEqual({ abs: 2, pct: null, reason: 'the previous period was 0: no percentage of 0' });
  });
});

describe('interactions, median ER, median velocity', () => {
  const rows = [
    row(START + D, { engagement: 10, er: 0.01, velocity: 4 }),
    row(START + 2 * D, { engagement: null, er: 0.03, velocity: null }),
    row(START + 3 * D, { engagement: 5, er: null, velocity: 2 }),
    row(START + 4 * D, { engagement: 0, er: 0.02, velocity: 9 }),
    row(START + 5 * D, { engagement: 25, er: 0.1, velocity: null }),
    // previous period
    row(START - D, { engagement: 50, er: 0.04, velocity: 3 }),
    row(START - 2 * D, { engagement: null, er: null, velocity: null }),
  ];
  const o = overview(rows);

  it.each([
    // 10 + 5 + 0 + 25 = 40 over 4 of 5 posts; before: 50 over 1 of 2. 40 − 50 = −10, −10 ÷ 50 = −20%.
    ['interactions', 40, 4, 50, 1, -10, -0.2],
    // ERs 0.01, 0.02, 0.03, 0.1 → (0.02 + 0.03) / 2 = 0.025; before 0.04. −0.015 ÷ 0.04 = −37.5%.
    ['medianEr', 0.025, 4, 0.04, 1, -0.015, -0.375],
    // velocities 2, 4, 9 → 4; before 3. +1, +1/3.
    ['medianVelocity', 4, 3, 3, 1, 1, 1 / 3],
  ])(
    '%s is %s from %i posts, before %s from %i: change %s (%s)',
    (id, value, used, prev, prevUsed, abs, pct) => {
      const c = card(o, id);
      expect(c.current).toEqual({ value, reason: null, posts: 5, used, partShown: 0 });
      expect(c.previous).toEqual({ value: prev, reason: null, posts: 2, used: prevUsed, partShown: 0 });
      expect(c.change.abs).toBeCloseTo(abs, 12);
      expect(c.change.pct).toBeCloseTo(pct, 12);
    },
  );

  // The posts show their interactions (engagement 5 and 7) but no followers or views, and one
  // reading each: no ER and no velocity, for the reasons each card gives.
  it.each([
    ['medianEr', 'no post seen has an ER: followers and views are unknown'],
    ['medianVelocity', 'no post seen has two readings 5 min or more apart, both showing counts'],
  ])('%s is null, not 0, when no post seen has the figure: %s', (id, reason) => {
    const c = card(overview([row(START, { engagement: 5 }), row(START + D, { engagement: 7 })]), id);
    expect(c.current).toEqual({ value: null, reason, posts: 2, used: 0, partShown: 0 });
    // No posts before either: said apart from posts without the figure.
    expect(c.previous).toEqual({
      value: null,
      reason: 'no posts seen in this period',
      posts: 0,
      used: 0,
      partShown: 0,
    });
    expect(c.change).toEqual({ abs: null, pct: null, reason: 'no value for this period' });
  });

  // An ER and a velocity both rest on the interactions: where no post shows them, that is the
  // reason, whatever the followers, views or readings (it said followers and views were unknown).
  it.each(['interactions', 'medianEr', 'medianVelocity'])(
    '%s is null when no post seen shows its interaction counts, and says so',
    (id) => {
      const c = card(overview([row(START), row(START + D)]), id);
      const reason = 'none of the posts seen shows its interaction counts';
      expect(c.current).toEqual({ value: null, reason, posts: 2, used: 0, partShown: 0 });
      // No posts before either: said apart from posts without the figure.
      expect(c.previous).toEqual({
        value: null,
        reason: 'no posts seen in this period',
        posts: 0,
        used: 0,
        partShown: 0,
      });
      expect(c.change).toEqual({ abs: null, pct: null, reason: 'no value for this period' });
    },
  );
});

describe('follower change', () => {
  const prevStart = START - 7 * D;
  const readings: FollowerReading[] = [
    // a: nothing before the previous start; 1000 two days before the start; 1150 exactly at the end
    // (at or before: it counts, and it is the next period's start count too).
    { authorKey: 'x:a', capturedAt: NOW, followers: 1150 },
    { authorKey: 'x:a', capturedAt: START - 2 * D, followers: 1000 },
    { authorKey: 'x:a', capturedAt: START + D, followers: 1100 },
    // b: read exactly at the previous start and at the start (at or before: both count), and not
    // inside this period; a later reading 1 ms after the end is left out.
    { authorKey: 'x:b', capturedAt: prevStart, followers: 500 },
    { authorKey: 'x:b', capturedAt: START, followers: 520 },
    { authorKey: 'x:b', capturedAt: NOW + 1, followers: 600 },
    // d: flat before, growing now.
    { authorKey: 'x:d', capturedAt: prevStart - D, followers: 70 },
    { authorKey: 'x:d', capturedAt: START + D, followers: 75 },
  ];

  it.each([
    ['x:a', 1000, 1150, 150, null, null, null, 'no follower count read at or before the start'],
    // b: not read inside this period, so its change is unknown (the 600 just after the end shows
    // it was not 0); 520 − 500 = 20 before.
    ['x:b', 520, 520, null, 20, null, null, 'no value for this period'],
    ['x:c', null, null, null, null, null, null, 'no follower count of this author read yet'],
    // d: 70 was read 8 days before the start of these 7 days, longer before than they last: not
    // their start count, so 75 − 70 is no change of theirs; not read inside the previous period
    // either, so that change is unknown too, not 0.
    ['x:d', null, 75, null, null, null, null, 'no value for this period'],
  ])('%s: %s → %s is %s; before %s; change %s (%s)', (key, atStart, atEnd, value, prev, abs, pct, reason) => {
    const o = overview([], readings, ['x:a', 'x:b', 'x:c', 'x:d']);
    const c = o.followers.find((f) => f.authorKey === key)!;
    expect([c.current.atStart, c.current.atEnd, c.current.value]).toEqual([atStart, atEnd, value]);
    expect(c.previous.value).toBe(prev);
    expect([c.change.abs, c.change.pct]).toEqual([abs, pct]);
    if (key === 'x:c') expect(c.current.reason).toBe(reason);
    else if (key === 'x:a') expect(c.previous.reason).toBe(reason);
    else expect(c.change.reason).toBe(reason);
  });

  it('says why a period without a reading has no change: it is unknown, not 0', () => {
    const o = overview([], readings, ['x:b', 'x:d']);
    expect(o.followers.find((f) => f.authorKey === 'x:b')!.current.reason).toBe(
      'no follower count read in this period: the change is unknown',
    );
    expect(o.followers.find((f) => f.authorKey === 'x:d')!.previous.reason).toBe(
      'no follower count read in this period: the change is unknown',
    );
  });

  it('gives one card per author asked for, in that order', () => {
    expect(overview([], readings, ['x:d', 'x:a']).followers.map((f) => f.authorKey)).toEqual(['x:d', 'x:a']);
  });

  it('reads unsorted readings in time order', () => {
    const pts = pointsByAuthor(readings).get('x:a')!;
    expect(followerChange(pts, { start: START - D, end: START + D })).toEqual({
      atStart: 1000,
      atEnd: 1100,
      value: 100,
      reason: null,
      firstRead: null,
      between: [
        [START - 2 * D, 1000],
        [START + D, 1100],
      ],
    });
  });

  // With no count at the start, the first one read inside the period (never one after its end),
  // for the card's "since the first count read" line; with a count at the start, none.
  it.each([
    [
      'read first inside the period',
      [
        [START + D, 500],
        [START + 2 * D, 520],
      ],
      [START + D, 500],
    ],
    ['read first after the period', [[START + 9 * D, 500]], null],
    [
      'read at the start: the period has its change',
      [
        [START, 500],
        [START + D, 520],
      ],
      null,
    ],
    ['read first exactly at the end: inside', [[START + 3 * D, 500]], [START + 3 * D, 500]],
    ['no readings', [], null],
  ] as const)('firstRead: %s', (_what, pts, firstRead) => {
    expect(followerChange(pts, { start: START, end: START + 3 * D }).firstRead).toEqual(firstRead);
  });
});

describe('top posts', () => {
  const rows = [
    row(START + D, { key: 'x:low', er: 0.01 }),
    row(START + D, { key: 'x:tie-b', er: 0.05 }),
    row(START + D, { key: 'x:tie-a', er: 0.05 }),
    row(START + 2 * D, { key: 'x:tie-newer', er: 0.05 }),
    row(START + D, { key: 'x:best', er: 0.2 }),
    row(START + D, { key: 'x:none', er: null }),
    row(START + D, { key: 'x:mid', er: 0.03 }),
    row(START + D, { key: 'x:lowest', er: 0.001 }),
    row(START - D, { key: 'x:before', er: 0.9 }),
  ];

  it('ranks by the figure, ties by the newer post then the key, posts without it left out, at most 5', () => {
    expect(topPosts(rows.slice(0, 8), 'er').map((r) => r.key)).toEqual([
      'x:best',
      'x:tie-newer',
      'x:tie-a',
      'x:tie-b',
      'x:mid',
    ]);
    expect(topPosts(rows, 'er', 2).map((r) => r.key)).toEqual(['x:before', 'x:best']);
  });

  // The one-pass top list gives what sorting every row and taking the first n gives.
  it.each([1, 2, 3, 4, 5, 6])('seed %i: the same list as a full sort, for any n', (seed) => {
    let x = seed * 7919;
    const rand = () => {
      x = (x * 48271) % 2147483647;
      return x / 2147483647;
    };
    const pick = <V>(vs: V[]) => vs[Math.floor(rand() * vs.length)]!;
    const many = Array.from({ length: 300 }, (_, i) =>
      row(START + pick([0, 1, 2]) * D, {
        key: `x:${pick(['a', 'b', 'c'])}${i % 50}`,
        er: pick([null, 0, 0.01, 0.05, 0.05, 0.2, Number.NaN, Number.POSITIVE_INFINITY, rand()]),
      }),
    );
    const byFullSort = (n: number) =>
      many
        .filter((r) => Number.isFinite(r.er))
        .sort((a, b) => b.er! - a.er! || b.date - a.date || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .slice(0, Math.max(0, Math.floor(n)));
    for (const n of [0, 1, 3, 5, 7.9, 40, 299, 1000, -2]) {
      expect(topPosts(many, 'er', n), `n ${n}`).toEqual(byFullSort(n));
    }
  });

  it('takes only the posts of the period, each list of its own figure', () => {
    const o = overview([
      ...rows,
      row(START + D, { key: 'x:fast', velocity: 30, outlier: 1.5 }),
      row(START + D, { key: 'x:odd', velocity: 2, outlier: 4 }),
    ]);
    expect(o.top.er.map((r) => r.key)).toEqual(['x:best', 'x:tie-newer', 'x:tie-a', 'x:tie-b', 'x:mid']);
    expect(o.top.velocity.map((r) => r.key)).toEqual(['x:fast', 'x:odd']);
    expect(o.top.outlier.map((r) => r.key)).toEqual(['x:odd', 'x:fast']);
  });
});

describe('per-day series', () => {
  // Three days from a midnight (UTC, the tests' zone), so each is a whole calendar day (the part
  // days of a period that begins inside one: overview-day-slices.test.ts); now is half way through
  // the second, so the third has not begun.
  const DAY0 = Date.UTC(2026, 2, 8);
  const period = { start: DAY0, end: DAY0 + 3 * D };
  const now = DAY0 + 1.5 * D;
  const o = buildOverview({
    rows: [
      row(DAY0 + 1, { engagement: 4, er: 0.02 }),
      row(DAY0 + 2, { engagement: 6, er: 0.04 }),
      row(DAY0 + D + 5, { engagement: null }),
    ],
    followers: [
      { authorKey: 'x:a', capturedAt: DAY0 - D, followers: 100 },
      { authorKey: 'x:a', capturedAt: DAY0 + 0.5 * D, followers: 110 },
    ],
    authors: ['x:a'],
    period,
    now,
  });

  it.each([
    ['posts', [2, 1, null]],
    ['interactions', [10, null, null]],
    ['medianEr', [0.03, null, null]],
    ['medianVelocity', [null, null, null]],
  ])('%s per day is %j (null for a day not begun, never 0 for a missing figure)', (id, daily) => {
    const c = o.cards.find((x) => x.id === id)!;
    expect(c.daily.length).toBe(3);
    c.daily.forEach((v, i) => {
      if (daily[i] === null) expect(v).toBeNull();
      else expect(v).toBeCloseTo(daily[i]!, 12);
    });
  });

  it('followers per day are the count at each day’s end', () => {
    expect(o.followers[0]!.daily).toEqual([110, 110, null]);
    expect(o.days).toEqual([DAY0, DAY0 + D, DAY0 + 2 * D]);
    expect(o.partial).toBe(true);
  });

  it('an empty overview holds no NaN or Infinity anywhere', () => {
    const empty = buildOverview({ rows: [], followers: [], authors: ['x:z'], period, now });
    const numbers: number[] = [];
    JSON.stringify(empty, (_k, v) => {
      if (typeof v === 'number') numbers.push(v);
      return v;
    });
    // JSON turns NaN and Infinity into null, so check the numbers themselves.
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(empty.cards.map((c) => c.current.value)).toEqual([0, null, null, null]);
  });
});
