// The Overview's "last N days" begin and end at the time they were picked. Their trend was cut
// into 24-hour slices from that time, while each chart's legend named a slice as a calendar day:
// opened 15 March 14:37, a post of 10 March 09:00 was under "Mar 9", and the follower chart's
// "day's end" was the next day at 14:37. The trend is now cut at the user's midnights, the first
// and last day cut short by the period and named by the part of the day they hold; the period
// itself, its figures and the period before it are as they were.
// The tests run in UTC (vitest.config.ts): the user's midnights here are UTC's, unless a zone is named.

import { h } from 'preact';
import { legendTime, TimeChart } from '@/components/common/time-chart';
import { buildOverview, buildPostOverview, dayStarts, lastDays, type OverviewRow } from '@/lib/insights';
import { render } from '../testing-library';

type Legend = { value: (u: unknown, v: number | null) => string };
const made = vi.hoisted(() => [] as Array<{ series: Legend[] }>);
vi.mock('uplot', () => ({
  default: class {
    static pxRatio = 1;
    constructor(opts: { series: Legend[] }) {
      made.push(opts);
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const H = 3_600_000;
const D = 24 * H;
const NOW = Date.UTC(2026, 2, 15, 14, 37); // the Overview opened 15 March 2026, 14:37
const WEEK = lastDays(7, NOW); // 8 March 14:37 to 15 March 14:37
// ICU writes some spaces as no-break or thin spaces ("2:37 PM", "12:00 AM – 2:37 PM").
const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

const row = (date: number, key = `x:${date}`): OverviewRow => ({
  key,
  date,
  engagement: 40,
  er: null,
  velocity: null,
  outlier: null,
});

/** The day a post is drawn on: its legend name, as the Overview's chart writes it. */
function dayNameOf(date: number, locale = 'en'): string {
  const o = buildPostOverview({ rows: [row(date)], period: WEEK, now: NOW });
  const daily = o.cards.find((c) => c.id === 'posts')!.daily;
  const i = daily.indexOf(1);
  return plain(legendTime(locale, o.days[i]! / 1000, true, o.period.end));
}

describe('a post is drawn on the calendar day it is dated', () => {
  it.each([
    ['10 March 09:00', 'Mar 10, 2026', Date.UTC(2026, 2, 10, 9)],
    ['10 March 00:00', 'Mar 10, 2026', Date.UTC(2026, 2, 10)],
    ['10 March 23:59:59.999', 'Mar 10, 2026', Date.UTC(2026, 2, 11) - 1],
    ['11 March 14:00 (before the time the view opened)', 'Mar 11, 2026', Date.UTC(2026, 2, 11, 14)],
    ['8 March 14:37, the period’s first instant', 'Mar 8, 2026, 2:37 – 11:59 PM', WEEK.start],
    ['8 March 23:00', 'Mar 8, 2026, 2:37 – 11:59 PM', Date.UTC(2026, 2, 8, 23)],
    ['15 March 09:00, today', 'Mar 15, 2026, 12:00 AM – 2:37 PM', Date.UTC(2026, 2, 15, 9)],
    ['15 March 14:36:59.999, the last instant', 'Mar 15, 2026, 12:00 AM – 2:37 PM', NOW - 1],
  ])('%s: under %j', (_, name, date) => {
    expect(dayNameOf(date)).toBe(name);
  });

  it('names a part of a day in the user’s language', () => {
    expect(dayNameOf(Date.UTC(2026, 2, 8, 20), 'de')).toBe('08.03.2026, 14:37–23:59 Uhr');
    expect(dayNameOf(Date.UTC(2026, 2, 15, 9), 'de')).toBe('15.03.2026, 00:00–14:37 Uhr');
  });
});

describe('the trend’s days', () => {
  it('are the 8 calendar days the 7 × 24 hours touch, the first and last cut short', () => {
    const o = buildPostOverview({ rows: [], period: WEEK, now: NOW });
    expect(o.days).toEqual([WEEK.start, ...Array.from({ length: 7 }, (_, i) => Date.UTC(2026, 2, 9 + i))]);
  });

  it('are whole days when the period begins at midnight', () => {
    const midnight = Date.UTC(2026, 2, 15);
    expect(dayStarts(lastDays(7, midnight))).toEqual(
      Array.from({ length: 7 }, (_, i) => midnight - (7 - i) * D),
    );
  });

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
  const dateOf = (t: number, timeZone: string) => wall(t, timeZone).slice(0, 10);

  it.each([
    // Berlin goes to summer time on 29 March 2026: that day lasts 23 hours.
    ['Europe/Berlin', 7, '2026-04-01T10:00Z', 8],
    // Berlin goes back to winter time on 25 October 2026: that day lasts 25 hours.
    ['Europe/Berlin', 30, '2026-10-30T12:00Z', 31],
    ['America/New_York', 7, '2026-11-04T03:00Z', 8],
    ['Asia/Kolkata', 30, '2026-03-15T14:37Z', 31],
    // 18:30 UTC is midnight in Kolkata: 7 whole days there.
    ['Asia/Kolkata', 7, '2026-03-15T18:30Z', 7],
    // Santiago skips midnight on 6 September 2026: that day begins at 01:00.
    ['America/Santiago', 7, '2026-09-09T15:00Z', 8],
  ])('%s, the last %i days to %s: %i days, each from its midnight', (timeZone, n, now, count) => {
    const p = lastDays(n, Date.parse(now));
    const starts = dayStarts(p, timeZone);
    expect(starts).toHaveLength(count);
    expect(starts[0]).toBe(p.start);
    for (const [i, t] of starts.entries()) {
      const end = starts[i + 1] ?? p.end;
      // Every day after the first starts at 00:00 local (01:00 where midnight was skipped), and
      // each holds one date: its last instant is on the date it starts on.
      if (i > 0) expect(wall(t, timeZone)).toMatch(/, 0[01]:00$/);
      expect(dateOf(end - 1, timeZone)).toBe(dateOf(t, timeZone));
      expect(end - t).toBeLessThanOrEqual(25 * H);
    }
  });
});

describe('only the trend changes', () => {
  it('the cards count the 7 × 24 hours and compare them with the 7 × 24 hours before', () => {
    const rows = [WEEK.start - 7 * D, WEEK.start - 1, WEEK.start, Date.UTC(2026, 2, 10, 9), NOW - 1, NOW].map(
      (t, i) => row(t, `x:${i}`),
    );
    const o = buildPostOverview({ rows, period: WEEK, now: NOW });
    const posts = o.cards.find((c) => c.id === 'posts')!;
    expect(o.previous).toEqual({ start: WEEK.start - 7 * D, end: WEEK.start });
    expect([posts.current.value, posts.previous.value]).toEqual([3, 2]);
    // The days share out the period's posts: 8 March (from 14:37), 10 March, today.
    expect(posts.daily).toEqual([1, 0, 1, 0, 0, 0, 0, 1]);
  });

  it('the follower chart reads each day at its midnight, and today at the period’s end', () => {
    const f = (at: number, followers: number) => ({ authorKey: 'x:a', capturedAt: at, followers });
    const readings = [
      f(Date.UTC(2026, 2, 7, 12), 100),
      f(Date.UTC(2026, 2, 9, 20), 110),
      // 10 March 09:00: not the count at 9 March's end (it was the "Mar 9" slice's, to 10 March 14:37).
      f(Date.UTC(2026, 2, 10, 9), 120),
      // After the period's end: no day of it reads this.
      f(NOW + 1, 130),
    ];
    const o = buildOverview({ rows: [], followers: readings, authors: ['x:a'], period: WEEK, now: NOW });
    expect(o.followers[0]!.daily).toEqual([100, 110, 120, 120, 120, 120, 120, 120]);
  });
});

describe('the chart’s legend', () => {
  beforeEach(() => {
    made.length = 0;
  });
  const o = buildPostOverview({ rows: [row(Date.UTC(2026, 2, 10, 9))], period: WEEK, now: NOW });
  const data = {
    x: o.days.map((d) => d / 1000),
    series: [{ label: 'Posts seen', values: o.cards[0]!.daily, scale: 'count' as const }],
  };
  const legendAt = (i: number) => plain(made[0]!.series[0]!.value(null, data.x[i]!));

  it('names the part of the last day a chart given the period’s end holds', () => {
    render(h(TimeChart, { data, title: 't', perDay: true, end: o.period.end }));
    expect([legendAt(0), legendAt(2), legendAt(7)]).toEqual([
      'Mar 8, 2026, 2:37 – 11:59 PM',
      'Mar 10, 2026',
      'Mar 15, 2026, 12:00 AM – 2:37 PM',
    ]);
  });

  it.each([
    // A day the data ends at its midnight or later is whole: a calendar period's last day.
    ['at the next midnight', Date.UTC(2026, 2, 16)],
    ['a day later', Date.UTC(2026, 2, 17)],
    ['not given', undefined],
  ])('with the end %s, names the last day as a whole day', (_, end) => {
    render(h(TimeChart, { data, title: 't', perDay: true, end }));
    expect(legendAt(7)).toBe('Mar 15, 2026');
  });
});
