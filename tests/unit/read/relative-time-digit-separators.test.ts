// @vitest-environment node
// Finnish, Czech and Slovak write a short date with a numeric month ("1.11." is 1 November, cs/sk
// "1. 11."), and CLDR gives those forms to the date patterns. The dots and spaces between the day
// and the month were dropped before matching, so "1.11." became "111", which the January pattern
// read as 11 January, "2.12." (2 December) as 21 February, and a bare count "21" as 2 January. A
// fraction ("1.5h", "2.5 d") lost its point the same way and read as 15 hours or 25 days.

import { parseRelativeTime } from '@/lib/read/relative-time';

const NOW = Date.parse('2025-12-20T12:00:00Z');

describe('parseRelativeTime: a numeric month is read apart from its day', () => {
  it.each([
    ['fi', '1.11.', '2025-11-01'],
    ['fi', '2.12.', '2025-12-02'],
    ['fi', '23.11.', '2025-11-23'],
    ['fi', '1.11.2024', '2024-11-01'],
    ['fi', '3.1.', '2025-01-03'],
    ['cs', '1. 11.', '2025-11-01'],
    ['cs', '1. 11. 2024', '2024-11-01'],
    ['sk', '2. 12.', '2025-12-02'],
    ['bg', '1.11', '2025-11-01'],
    ['bg', '3.01', '2025-01-03'],
  ])('%s "%s" → %s', (locale, text, day) => {
    expect(parseRelativeTime(text, locale, NOW)).toBe(day);
  });
});

describe('parseRelativeTime: digits split by a point or a space are no date and no age', () => {
  it.each([
    // bare counts, in locales whose short dates have a numeric month
    ['fi', '21'],
    ['fi', '121'],
    ['cs', '21'],
    ['sk', '33'],
    // fractions: not a floored count of units
    ['en', '1.5h'],
    ['en', '2.5 d'],
    ['fi', '1.5 t'],
    ['de', '1.5 Std.'],
  ])('%s "%s" → null', (locale, text) => {
    expect(parseRelativeTime(text, locale, NOW)).toBeNull();
  });
});
