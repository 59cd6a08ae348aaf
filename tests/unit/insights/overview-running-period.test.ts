// @vitest-environment node

// A period that ends after now (days picked up to a day not over yet) is compared with as much of
// the previous period as has passed of it, not with the whole of it: 7 days of December against 31
// days before read "▼ 77 %" with no fall at all. The last 7, 30 or 90 days end now: compared with
// the whole period before, as ever. Figures worked out by hand; the unit project runs in UTC.
import {
  buildOverview,
  comparedSpan,
  lastDays,
  type OverviewRow,
  type Period,
  periodOfDays,
  previousPeriod,
} from '@/lib/insights';

const D = 86_400_000;
const H = 3_600_000;
const at = (iso: string) => Date.parse(iso);

let n = 0;
const row = (date: number, engagement: number): OverviewRow => ({
  key: `x:${++n}`,
  date,
  engagement,
  er: null,
  velocity: null,
  outlier: null,
  erViews: null,
});

function days(from: string, to: string, timeZone: string): Period {
  const c = periodOfDays(from, to, timeZone);
  if (!c.ok) throw new Error(c.reason);
  return c.period;
}

describe('comparedSpan: the part of the previous period a period is compared with', () => {
  it('is the whole previous period for the last 7 days, which end now', () => {
    const now = at('2026-03-15T12:00:00Z');
    const week = lastDays(7, now);
    expect(comparedSpan(week, now)).toEqual(previousPeriod(week));
  });

  it('is the whole previous period once the days picked are over', () => {
    const p = days('2026-11-01', '2026-11-30', 'UTC');
    expect(comparedSpan(p, p.end)).toEqual(previousPeriod(p));
    expect(comparedSpan(p, p.end + 5 * D)).toEqual(previousPeriod(p));
  });

  it.each([
    // [what, from, to, zone, now, compared end (the instant matching now, +1 ms: it is included)]
    // Dec 1–31 on Dec 7 at noon: 31 days before are Oct 31 – Nov 30; 6 days and 12 h into them.
    [
      'Dec 1–31 on Dec 7, noon',
      '2026-12-01',
      '2026-12-31',
      'UTC',
      '2026-12-07T12:00:00Z',
      '2026-11-06T12:00:00Z',
    ],
    // 15 days up to today (Mar 15, noon): Feb 14 – 28 before, 14 days and 12 h into them.
    [
      'Mar 1–15 on Mar 15, noon',
      '2026-03-01',
      '2026-03-15',
      'UTC',
      '2026-03-15T12:00:00Z',
      '2026-02-28T12:00:00Z',
    ],
    // On the first day at its first instant: the first instant of the previous period.
    [
      'at the first instant',
      '2026-12-01',
      '2026-12-31',
      'UTC',
      '2026-12-01T00:00:00Z',
      '2026-10-31T00:00:00Z',
    ],
    // Berlin's clocks go forward on Mar 29: Mar 31, 12:00 (10:00Z) is 2 days and 12 h into the
    // days picked; the previous week (Mar 22–28, all winter time) up to Mar 24, 12:00 local
    // (11:00Z), not the 10:00Z that the same number of hours gives.
    [
      'across a change of clock',
      '2026-03-29',
      '2026-04-04',
      'Europe/Berlin',
      '2026-03-31T10:00:00Z',
      '2026-03-24T11:00:00Z',
    ],
  ])('%s', (_what, from, to, zone, now, end) => {
    const p = days(from, to, zone);
    const previous = previousPeriod(p);
    expect(comparedSpan(p, at(now))).toEqual({ start: previous.start, end: at(end) + 1, timeZone: zone });
  });

  it('is as long as the time passed for a period of instants', () => {
    const p = { start: at('2026-03-10T00:00:00Z'), end: at('2026-03-20T00:00:00Z') };
    // 3.5 days of the 10 passed: the previous 10 days' first 3.5 days, now's instant included.
    expect(comparedSpan(p, p.start + 3.5 * D)).toEqual({
      start: p.start - 10 * D,
      end: p.start - 6.5 * D + 1,
    });
  });

  it('is none of it before the period begins', () => {
    const p = days('2026-12-01', '2026-12-31', 'UTC');
    const previous = previousPeriod(p);
    expect(comparedSpan(p, p.start - H)).toEqual({ ...previous, end: previous.start });
  });
});

describe('the cards of a period that runs', () => {
  // Dec 1–31, today Dec 7 at noon. Compared: Oct 31, 00:00 to Nov 6, 12:00.
  const NOW = at('2026-12-07T12:00:00Z');
  const period = days('2026-12-01', '2026-12-31', 'UTC');
  const rows = [
    // One post a day at noon: Dec 1–7 with 100 interactions each: 7 posts, 700.
    ...Array.from({ length: 7 }, (_, i) => row(at('2026-12-01T12:00:00Z') + i * D, 100)),
    // Oct 31 – Nov 6 (7 posts, at noon, the last at the very instant matching now) with 50 each: 350.
    ...Array.from({ length: 7 }, (_, i) => row(at('2026-10-31T12:00:00Z') + i * D, 50)),
    // The rest of November (Nov 7–30, 24 posts) with 1,000 each: after the same point, left out.
    ...Array.from({ length: 24 }, (_, i) => row(at('2026-11-07T12:00:00Z') + i * D, 1000)),
  ];
  const followers = [
    // acme: +10 by the same point of November (1,000 → 1,010), +20 in December so far (1,300 → 1,320).
    ['x:acme', '2026-10-31T00:00:00Z', 1000],
    ['x:acme', '2026-11-06T12:00:00Z', 1010],
    ['x:acme', '2026-11-20T00:00:00Z', 1300],
    ['x:acme', '2026-12-05T00:00:00Z', 1320],
    // rival: read on Oct 11, 20 days before the previous period; a start count for it all the
    // same (the previous period lasts 31 days), though the part compared lasts 6.5 days.
    ['x:rival', '2026-10-11T00:00:00Z', 900],
    ['x:rival', '2026-11-03T00:00:00Z', 950],
    ['x:rival', '2026-11-20T00:00:00Z', 990],
    ['x:rival', '2026-12-02T00:00:00Z', 1000],
  ].map(([authorKey, when, count]) => ({
    authorKey: authorKey as string,
    capturedAt: at(when as string),
    followers: count as number,
  }));
  const o = buildOverview({ rows, followers, authors: ['x:acme', 'x:rival'], period, now: NOW });
  const card = (id: string) => o.cards.find((c) => c.id === id)!;

  it('compares with the previous period up to the same point', () => {
    expect(o.partial).toBe(true);
    expect(o.previous).toEqual({ start: at('2026-10-31T00:00:00Z'), end: period.start, timeZone: 'UTC' });
    expect(o.compared).toEqual({ ...o.previous, end: at('2026-11-06T12:00:00Z') + 1 });
  });

  it.each([
    // [card, this period so far, the previous period up to the same point, change, %]
    ['posts', 7, 7, 0, 0],
    ['interactions', 700, 350, 350, 1],
  ])('%s: %d against %d, change %d (%d as a fraction)', (id, now, before, abs, pct) => {
    const c = card(id);
    expect([c.current.value, c.previous.value]).toEqual([now, before]);
    expect(c.change).toEqual({ abs, pct, reason: null });
  });

  it('compares each follower change with the same part of the period before', () => {
    // acme: December so far 1,300 (Nov 20, the count at Dec 1) → 1,320: +20; Oct 31 → Nov 6,
    // 12:00: 1,000 → 1,010: +10; ▲ 10, 100 %.
    const [acme, rival] = o.followers;
    expect([acme!.current.value, acme!.previous.value]).toEqual([20, 10]);
    expect(acme!.change).toEqual({ abs: 10, pct: 1, reason: null });
    // rival: 990 → 1,000 (+10) against 900 (Oct 11) → 950 (Nov 3): +50; ▼ 40, −80 %.
    expect([rival!.current.value, rival!.previous.value]).toEqual([10, 50]);
    expect(rival!.change).toEqual({ abs: -40, pct: -0.8, reason: null });
  });
});

describe('the last 7 days, which end now, keep the whole week before', () => {
  it('counts every post of the 7 days before', () => {
    const NOW = at('2026-03-15T12:00:00Z');
    // This week: 2 posts; the week before: 3, one of them 6 days and 23 hours before its end.
    const week = [row(NOW - D, 10), row(NOW - 2 * D, 10)];
    const before = [row(NOW - 8 * D, 5), row(NOW - 10 * D, 5), row(NOW - 14 * D + H, 5)];
    const o = buildOverview({
      rows: [...week, ...before],
      followers: [],
      authors: [],
      period: lastDays(7, NOW),
      now: NOW,
    });
    expect(o.partial).toBe(false);
    expect(o.compared).toEqual(o.previous);
    expect(o.cards.map((c) => [c.id, c.current.value, c.previous.value]).slice(0, 2)).toEqual([
      ['posts', 2, 3],
      ['interactions', 20, 15],
    ]);
  });
});
