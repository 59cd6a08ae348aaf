// @vitest-environment node
// A day alone is that day in the user's time zone: west of Greenwich its UTC midnight is the
// evening before, which would put a post named "4 March" on 3 March in the Overview's days and
// before a campaign that starts on 4 March. Checked in New York and Tokyo, in a child process
// (a worker thread keeps the zone it started with).
import { execFileSync } from 'node:child_process';
import { postedMs } from '@/lib/types';

function inZone(tz: string) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'tests/unit/posted/zone-probe.ts'], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { offset: number; start: number[]; basis: string; age: number };
}

describe('postedMs', () => {
  it.each([
    ['2025-03-04', new Date(2025, 2, 4).getTime()],
    ['2025-03-04T15:30:00.000Z', Date.parse('2025-03-04T15:30:00.000Z')],
    ['2025-02-30', Number.NaN],
    ['not a date', Number.NaN],
    [null, Number.NaN],
  ])('%s → %s', (at, ms) => {
    expect(postedMs(at)).toBe(ms);
  });
});

describe.each([
  ['America/New_York', 300],
  ['Asia/Tokyo', -540],
])('a day alone in %s', (tz, offset) => {
  const probe = inZone(tz);

  it('runs in that zone', () => {
    expect(probe.offset).toBe(offset);
  });

  it('starts at 00:00 that day there, not the evening before', () => {
    expect(probe.start).toEqual([2025, 3, 4, 0]);
  });

  it('counts as posted in a campaign from that day', () => {
    expect(probe.basis).toBe('published-in-period');
  });

  it('is aged from the start of that day there', () => {
    expect(probe.age).toBe(36);
  });
});
