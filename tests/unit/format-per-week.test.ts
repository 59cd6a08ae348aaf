// @vitest-environment node

// Posts a week (popup author summary, dashboard comparison): an author seen posting twice, 26 weeks
// apart, posts 1 ÷ 26 = 0.038 times a week; written with one decimal that read "0.0 posts a week",
// as if the author never posted. A small figure keeps two significant digits, as rates and
// velocities do; from 0.1 up it keeps its one decimal, so a column still lines up.
import { formatPerWeek } from '@/lib/format';

const WEEK_MS = 7 * 24 * 3_600_000;

describe('formatPerWeek', () => {
  it.each([
    // posts seen, weeks from the first to the last, locale, shown
    [2, 26, 'en-US', '0.038'],
    [2, 26, 'de-DE', '0,038'],
    [2, 52, 'en-US', '0.019'],
    [3, 40, 'de-DE', '0,05'],
    [2, 10, 'en-US', '0.1'],
    [4, 1, 'en-US', '3.0'],
    [4, 1, 'de-DE', '3,0'],
    [25, 8, 'en-US', '3.0'],
  ])('%i posts over %i weeks (%s) read %s', (posts, weeks, locale, shown) => {
    const perWeek = ((posts - 1) / (weeks * WEEK_MS)) * WEEK_MS;
    const text = formatPerWeek(perWeek, locale);
    expect(text).toBe(shown);
    // What the user reads is never "none" for an author who posted, and within 5% of the figure.
    const read = Number(text.replace(',', '.'));
    expect(read).toBeGreaterThan(0);
    expect(Math.abs(read - perWeek) / perWeek).toBeLessThan(0.05);
  });

  it.each([
    [0, 'en-US', '0.0'],
    [null, 'en-US', '—'],
  ])('%s (%s) reads %s', (v, locale, shown) => {
    expect(formatPerWeek(v, locale)).toBe(shown);
  });
});
