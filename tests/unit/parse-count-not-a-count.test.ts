// Texts that hold a number but are no count: parseCount must give null for them (a wrong number is
// worse than none), while the counts beside them still read.
import { describe, expect, it } from 'vitest';
import { parseCount, readCount } from '@/lib/parse-count';

describe('a clock time, duration or ratio is not a count', () => {
  it.each([
    ['5:32', 'en'],
    ['12:30 AM', 'en'],
    ['0:45', 'en'],
    ['1:02:03', 'en'],
    ['Duration 5:32', 'en'],
    ['14:05 Uhr', 'de'],
    ['１２：３０', 'ja'],
    ['16:9', undefined],
  ])('%s (%s) → null', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
    expect(readCount(text, locale)).toBeNull();
  });

  it.each([
    ['All reactions: 50K', 'en', 50000],
    ['Likes:12', 'en', 12],
    ['いいね：1,234', 'ja', 1234],
    ['12 views', 'en', 12],
  ])('a colon before the number changes nothing: %s (%s) → %d', (text, locale, value) => {
    expect(parseCount(text, locale)).toBe(value);
  });
});

describe('a percentage is not a count', () => {
  it.each([
    ['5%', 'en'],
    ['50 %', 'fr'],
    ['12,5 %', 'de'],
    ['1.5K%', 'en'],
    ['%25', 'tr'],
    ['% 25', 'tr'],
    ['٢٥٪', 'ar'],
    ['５０％', 'ja'],
    ['3‰', 'en'],
    ['85% match', 'en'],
  ])('%s (%s) → null', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });
});

describe("English's trillion is not read into another language's T", () => {
  it.each([
    // German "T." (Tage, or Tausend) and Swedish "t" (timmar, or tusen): never 10^12; a German
    // page writes a trillion-scale number "Bio.", a Swedish one "bn".
    ['2 T.', 'de'],
    ['2 T', 'de'],
    ['1,2 T', 'de'],
    ['5 t', 'sv'],
  ])('%s (%s) → null', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });

  it.each([
    ['2 Bio.', 'de', 2e12],
    ['1,2 Mio.', 'de', 1.2e6],
    ['1.2K', 'de', 1200],
    ['1.2M', 'de', 1.2e6],
    ['2T', 'en', 2e12],
    ['2T', 'en-GB', 2e12],
    ['2T', undefined, 2e12],
    ['5 tn', 'sv', 5000],
  ])('%s (%s) → %d', (text, locale, value) => {
    expect(parseCount(text, locale)).toBe(value);
  });
});
