// @vitest-environment node

// postedMs promises NaN for a day alone that does not parse; it checks the day of the month only,
// so a month the calendar lacks rolls over into the next year: "2025-13-01" read as 1 January 2026
// and "2025-00-10" as 10 December 2024, a date the text never named.
import { postedMs } from '@/lib/types';

it.each(['2025-13-01', '2025-00-10'])('postedMs(%s) is NaN, not a day of another year', (day) => {
  expect(postedMs(day)).toBeNaN();
});
