// @vitest-environment node
// German CLDR writes a month narrowly as "3 M" and a minute as "vor 3 m": the two units differ by
// the letter's case alone. Labels were lower-cased before they were matched, so "3 m" (a minute's
// "m", without "vor") read as 3 months: a post 3 minutes old dated the 1st of the month 3 months
// back. Where a locale tells two units apart by case alone, the case is kept for that letter.

import { parseRelativeTime } from '@/lib/read/relative-time';

const NOW = Date.parse('2025-03-11T16:00:00Z');
const MIN = 60_000;

describe('parseRelativeTime: units told apart by case alone', () => {
  it.each([
    ['de', '3 M', '2024-12-01'],
    ['de', '3M', '2024-12-01'],
    ['de', 'vor 3 m', new Date(NOW - 3 * MIN).toISOString()],
    // case is still no matter for what no other unit shares
    ['de', '3 std.', new Date(NOW - 3 * 3_600_000).toISOString()],
    ['de', 'VOR 3 TAGEN', '2025-03-08'],
    ['de', 'gestern', '2025-03-10'],
  ])('%s "%s" → %s', (locale, text, at) => {
    expect(parseRelativeTime(text, locale, NOW)).toBe(at);
  });

  it.each([
    // the minute's letter with the month's form, or the month's with the minute's: neither exactly
    ['de', '3 m'],
    ['de', '3m'],
    ['de', 'vor 3 M'],
  ])('%s "%s" → null', (locale, text) => {
    expect(parseRelativeTime(text, locale, NOW)).toBeNull();
  });
});
