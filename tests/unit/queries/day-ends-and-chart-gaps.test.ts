// @vitest-environment node

// The Posts filter's day bounds across a DST change, and a post's history chart when one reading
// lacks a count the others show.
import { dayBound } from '@/components/dashboard/filters-bar';
import { EMPTY_FILTER, filterRows, postChartData } from '@/lib/queries';
import type { SnapshotRecord } from '@/lib/records';
import { postRow } from '../fixtures/post-row';

const RealDate = Date;

/** Berlin's offset from UTC (ms) at a moment. */
function berlinOffset(utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new RealDate(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = RealDate.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/** Date as a browser in Europe/Berlin has it: new Date(y, m, d, …) is Berlin's wall-clock time. */
class BerlinDate extends RealDate {
  constructor(...args: Array<number | string>) {
    if (args.length >= 2) {
      const [y, m, d = 1, h = 0, min = 0, s = 0, ms = 0] = args as number[];
      const wall = RealDate.UTC(y!, m!, d, h, min, s, ms);
      super(wall - berlinOffset(wall - berlinOffset(wall)));
    } else if (args.length === 1) super(args[0]!);
    else super();
  }
}

function inBerlin<T>(f: () => T): T {
  vi.stubGlobal('Date', BerlinDate);
  try {
    return f();
  } finally {
    vi.unstubAllGlobals();
  }
}

describe('the date filter’s days, in a time zone with DST (Europe/Berlin)', () => {
  it('ends the 25-hour day the clocks go back at its own midnight, keeping its last hour', () => {
    // 26 Oct 2025: 00:00 CEST (22:00 UTC the day before) to 24:00 CET (23:00 UTC).
    const [from, to] = inBerlin(() => [dayBound('2025-10-26', false), dayBound('2025-10-26', true)]);
    expect(from).toBe(Date.UTC(2025, 9, 25, 22));
    expect(to).toBe(Date.UTC(2025, 9, 26, 23) - 1);
    // A post at 23:30 Berlin time that day is in the day's filter.
    const late = postRow({ text: 'late', date: Date.UTC(2025, 9, 26, 22, 30) });
    expect(filterRows([late], { ...EMPTY_FILTER, from, to }).map((r) => r.text)).toEqual(['late']);
  });

  it('ends the 23-hour day the clocks go forward at its own midnight, not an hour into the next day', () => {
    // 30 Mar 2025: 00:00 CET (23:00 UTC the day before) to 24:00 CEST (22:00 UTC).
    const to = inBerlin(() => dayBound('2025-03-30', true));
    expect(to).toBe(Date.UTC(2025, 2, 30, 22) - 1);
    const nextDay = postRow({ text: 'next day, 00:30', date: Date.UTC(2025, 2, 30, 22, 30) });
    expect(filterRows([nextDay], { ...EMPTY_FILTER, to })).toEqual([]);
  });
});

describe('a post’s history chart', () => {
  const snap = (at: number, c: Partial<SnapshotRecord>): SnapshotRecord => ({
    postKey: 'x:1',
    capturedAt: at,
    likes: null,
    comments: null,
    reposts: null,
    saves: null,
    views: null,
    followers: null,
    ...c,
  });

  it('breaks the engagement and ER lines at a reading that lacks a count the others show, rather than dipping', () => {
    const data = postChartData(
      [
        snap(1_000_000, { likes: 100, comments: 10, views: 1000 }),
        // The page showed no likes this time: engagement is unknown, not 12.
        snap(2_000_000, { likes: null, comments: 12, views: 1100 }),
        snap(3_000_000, { likes: 120, comments: 14, views: 1200 }),
      ],
      null,
    );
    const line = (label: string) => data.series.find((s) => s.label === label)?.values;
    expect(line('Likes')).toEqual([100, null, 120]);
    expect(line('Engagement')).toEqual([110, null, 134]);
    expect(line('ER by views')).toEqual([0.11, null, 134 / 1200]);
  });

  it('keeps a line of a post whose every reading shows the same counts, and a single reading', () => {
    const one = postChartData([snap(1_000_000, { likes: 5, views: 50 })], null);
    expect(one.x).toEqual([1000]);
    expect(one.series.find((s) => s.label === 'Engagement')?.values).toEqual([5]);
  });
});
