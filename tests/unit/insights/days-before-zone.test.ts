// @vitest-environment node

// The custom period opens on the last 30 calendar days. Counted in 24-hour steps, the start landed
// a day early between midnight and 1 a.m. in the 29 days after clocks go forward (31 days shown).
import { execFileSync } from 'node:child_process';

function startsIn(timeZone: string, instants: string[]): string[] {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'tests/unit/insights/days-before-probe.ts', ...instants],
    { env: { ...process.env, TZ: timeZone }, encoding: 'utf8' },
  );
  return JSON.parse(out) as string[];
}

it('counts back 29 local days, across a change of clock, at any hour', () => {
  // Berlin went to summer time on 2026-03-29. 00:30 on 10 April there is 22:30 UTC on the 9th.
  expect(
    startsIn('Europe/Berlin', [
      '2026-04-09T22:30:00Z', // 10 April, 00:30 local
      '2026-04-10T10:00:00Z', // 10 April, 12:00 local
      '2026-11-09T23:30:00Z', // 10 November, 00:30 local (winter time since 25 October)
    ]),
  ).toEqual(['2026-03-12', '2026-03-12', '2026-10-12']);
  expect(startsIn('America/New_York', ['2026-03-20T04:30:00Z'])).toEqual(['2026-02-19']); // 20 Mar 00:30
});
