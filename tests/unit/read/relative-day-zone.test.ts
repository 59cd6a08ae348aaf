// @vitest-environment node
// "3 days ago" is kept as a day alone, and a day alone is read as that day's start in the user's
// time zone (postedMs). The day must then be counted back in that same zone: counted from now's
// UTC day, "3 days ago" read at 20:00 in New York (01:00 UTC the next day) named a day only 2
// local days back, an age of 68 h for a post the page says is at least 72 h old (its velocity
// overstated), one day later than "Yesterday" minus two; in Tokyo at 08:00 it named a day 4 local
// days back, 104 h, older than the label allows. Run in a child process per zone (a worker thread
// keeps the zone it started with).
import { execFileSync } from 'node:child_process';

const CODE = `
import { parseRelativeTime } from '${process.cwd()}/lib/read/relative-time.ts';
import { ageOf } from '${process.cwd()}/lib/metrics/time-rates.ts';
const nows = ['2025-03-04T01:00:00Z', '2025-03-03T23:00:00Z', '2025-03-04T12:00:00Z'];
const out = [];
for (const iso of nows) {
  const now = Date.parse(iso);
  for (const [text, n] of [['3 days ago', 3], ['1 day ago', 1], ['2 weeks ago', 14]]) {
    const day = parseRelativeTime(text, 'en', now);
    out.push({ iso, text, n, day, age: ageOf(day, now) });
  }
}
console.log(JSON.stringify(out));
`;

function inZone(tz: string) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CODE], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { iso: string; text: string; n: number; day: string; age: number }[];
}

describe.each(['America/New_York', 'Asia/Tokyo', 'UTC'])('"N days ago" in %s', (tz) => {
  const rows = inZone(tz);
  it.each(rows.map((r) => [r.text, r.iso, r]))(
    '%s read at %s: a day whose start is N to N+1 days back',
    (_text, _iso, r) => {
      expect(r.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.age).toBeGreaterThanOrEqual(r.n * 24);
      expect(r.age).toBeLessThan((r.n + 1) * 24);
    },
  );
});

describe('"Yesterday" read on the first of a month', () => {
  // It named the day 0 of the month, which startOfDay refused: the posting day was lost (null).
  it.each([
    ['Yesterday', 'en', '2025-03-01T12:00:00Z', '2025-02-28'],
    ['Gestern', 'de', '2025-01-01T12:00:00Z', '2024-12-31'],
  ])('%s (%s) at %s → %s', async (text, locale, at, day) => {
    const { parseRelativeTime } = await import('@/lib/read/relative-time');
    expect(parseRelativeTime(text, locale, Date.parse(at))).toBe(day);
  });
});
