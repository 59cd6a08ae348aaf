// @vitest-environment node

import { parseRelativeTime } from '@/lib/read/relative-time';

const NOW = Date.parse('2025-03-11T16:00:00Z');
// NOW is on the hour, so hour and minute counts subtract from it exactly; day and week counts
// count back from its UTC day, months to the 1st, years to 1 January (the label's unit), and give
// that calendar day alone: the label names no time of day.
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const daysAgo = (n: number) => new Date(Date.UTC(2025, 2, 11) - n * 86_400_000).toISOString().slice(0, 10);
const MIN = 60_000;
const H = 60 * MIN;
/** A calendar day alone, as the day labels resolve (the runtime's zone's day). */
const day = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('parseRelativeTime: counts of units, learnt from CLDR', () => {
  it.each([
    // en: Facebook's narrow "3h", "2d"; NumberFormat short "3 hr"; RelativeTimeFormat long
    ['en', '3 h', ago(3 * H)],
    ['en', '3h', ago(3 * H)],
    ['en', '3 hr', ago(3 * H)],
    ['en', '2 d', daysAgo(2)],
    ['en', '1d', daysAgo(1)],
    ['en', '5 min', ago(5 * MIN)],
    ['en', '5 minutes ago', ago(5 * MIN)],
    ['en', '1 hour ago', ago(1 * H)],
    ['en', '3 days ago', daysAgo(3)],
    ['en', '2 weeks ago', daysAgo(14)],
    ['en', '3 hr. ago', ago(3 * H)],
    ['en', '10 years ago', '2015-01-01'],
    ['en', '1 month ago', '2025-02-01'],
    // de
    ['de', 'vor 3 Std.', ago(3 * H)],
    ['de', '3 Std.', ago(3 * H)],
    ['de', '2 T.', daysAgo(2)],
    ['de', 'vor 3 Tagen', daysAgo(3)],
    ['de', 'vor 1 Tag', daysAgo(1)],
    ['de', 'vor 5 Minuten', ago(5 * MIN)],
    ['de', '5 Min.', ago(5 * MIN)],
    // es
    ['es', 'hace 2 h', ago(2 * H)],
    ['es', '4 h', ago(4 * H)],
    ['es', '1 d', daysAgo(1)],
    ['es', 'hace 3 días', daysAgo(3)],
    ['es', 'hace 5 min', ago(5 * MIN)],
    // ja
    ['ja', '3時間前', ago(3 * H)],
    ['ja', '3 時間前', ago(3 * H)],
    ['ja', '3 日前', daysAgo(3)],
    ['ja', '2 週間前', daysAgo(14)],
    ['ja', '5 分前', ago(5 * MIN)],
    ['ja', '1 年前', '2024-01-01'],
    // pt-BR
    ['pt-BR', 'há 2 dias', daysAgo(2)],
    ['pt-BR', 'há 1 hora', ago(1 * H)],
    ['pt-BR', 'há 2 semanas', daysAgo(14)],
    ['pt-BR', 'há 1 mês', '2025-02-01'],
    ['pt-BR', '3 h', ago(3 * H)],
    ['pt-BR', '3 sem.', daysAgo(21)],
  ])('%s "%s" → %s', (locale, text, iso) => {
    expect(parseRelativeTime(text, locale, NOW)).toBe(iso);
  });
});

describe('parseRelativeTime: words and calendar dates', () => {
  it.each([
    ['en', 'Yesterday', day(2025, 3, 10)],
    ['en', 'now', new Date(NOW).toISOString()],
    ['de', 'Gestern', day(2025, 3, 10)],
    ['es', 'ayer', day(2025, 3, 10)],
    ['ja', '昨日', day(2025, 3, 10)],
    ['pt-BR', 'ontem', day(2025, 3, 10)],
    // dates without a year: this year's, or last year's when this year's is still to come
    ['en', 'Mar 4', day(2025, 3, 4)],
    ['en', 'March 4', day(2025, 3, 4)],
    ['en', 'Dec 25', day(2024, 12, 25)],
    ['de', '4. März', day(2025, 3, 4)],
    ['de', '5. März', day(2025, 3, 5)],
    ['es', '4 mar', day(2025, 3, 4)],
    ['es', '4 de marzo', day(2025, 3, 4)],
    ['ja', '3月4日', day(2025, 3, 4)],
    ['pt-BR', '4 de mar.', day(2025, 3, 4)],
    ['pt-BR', '4 de março', day(2025, 3, 4)],
    // with a year
    ['en', 'Mar 4, 2024', day(2024, 3, 4)],
    ['de', '4. März 2024', day(2024, 3, 4)],
    ['ja', '2024年3月4日', day(2024, 3, 4)],
  ])('%s "%s" → %s', (locale, text, iso) => {
    expect(parseRelativeTime(text, locale, NOW)).toBe(iso);
  });
});

describe('parseRelativeTime: null for anything not read exactly', () => {
  it.each([
    // en narrow "3m" is minutes and months alike
    ['en', '3m'],
    ['en', 'Just now'],
    ['en', 'Sponsored'],
    ['en', '17K views'],
    ['en', '1.2K watching'],
    ['en', 'Streamed 2 days ago'],
    ['en', '2 days'],
    ['pt-BR', '2 dias'],
    ['ja', '12 分'],
    ['en', '3 hours from now'],
    ['en', 'Yesterday at 14:05'],
    ['en', 'Mar 4 at 10:30 AM'],
    ['en', 'Feb 30'],
    ['en', 'Mar 4, 2026'],
    ['en', ''],
    // a unit of another language
    ['en', 'vor 3 Std.'],
    ['de', '3 days ago'],
    ['ja', '3 hours ago'],
    ['pt-BR', 'hace 2 h'],
    ['not a locale!', '3 h'],
  ])('%s "%s"', (locale, text) => {
    expect(parseRelativeTime(text, locale, NOW)).toBeNull();
  });

  it("is the same for every read within the label's unit, and within what the label says", () => {
    const at = (iso: string) => parseRelativeTime('2h', 'en', Date.parse(iso));
    expect(at('2025-03-11T16:00:00Z')).toBe('2025-03-11T14:00:00.000Z');
    expect(at('2025-03-11T16:59:59Z')).toBe('2025-03-11T14:00:00.000Z');
    expect(at('2025-03-11T17:00:00Z')).toBe('2025-03-11T15:00:00.000Z');
  });

  it('is null for an invalid now', () => {
    expect(parseRelativeTime('3 h', 'en', Number.NaN)).toBeNull();
  });
});

describe('parseRelativeTime: a day label names the day, never a time in it', () => {
  // "When to post" places posts by their hour: a made-up midnight would fill the 00:00 slot.
  it.each([
    ['en', '2 d'],
    ['en', '3 weeks ago'],
    ['en', '1 month ago'],
    ['en', 'Yesterday'],
    ['de', '4. März'],
    ['en', 'Mar 4, 2024'],
  ])('%s "%s" is a date alone', (locale, text) => {
    expect(parseRelativeTime(text, locale, NOW)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is the local day for a named day, whatever the hour in UTC', () => {
    // 00:30 on 11 March in the runtime's zone: "Yesterday" is 10 March there.
    const justAfterMidnight = new Date(2025, 2, 11, 0, 30).getTime();
    expect(parseRelativeTime('Yesterday', 'en', justAfterMidnight)).toBe('2025-03-10');
  });

  it('is null for a count of years that reaches before year 1', () => {
    expect(parseRelativeTime('3000 years ago', 'en', NOW)).toBeNull();
  });
});
