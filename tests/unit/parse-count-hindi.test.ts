// @vitest-environment node

import { parseCount } from '@/lib/parse-count/parse-count';

// Hindi writes its compact words two ways, and a page may carry either:
// - with or without the nukta: "हज़ार" / "हजार" (thousand), "करोड़" / "करोड" (crore, 10^7). Both
//   spellings are common Hindi; public code that reads Hindi amounts lists both side by side
//   (SCALES = { हज़ार: 1_000, हजार: 1_000, …, करोड़: 10_000_000, करोड: 10_000_000 }), and CLDR itself
//   writes "हजार" and "करोड" for mr and ne.
// - the nukta letter precomposed (U+095B ज़, U+095C ड़) or as letter + U+093C nukta, which is what
//   Intl writes. Both are the same text to a reader (Unicode canonical equivalents).
// Before the fix each read as the bare number: "12 हजार" was 12, not 12,000 — a wrong count, a
// thousandth of what the page shows.
const ZA = '\u095b'; // DEVANAGARI LETTER ZA, precomposed ज़
const DDDHA = '\u095c'; // DEVANAGARI LETTER DDDHA, precomposed ड़

describe('parseCount: Hindi compact words as pages spell them', () => {
  it.each<[string, number]>([
    ['12 हजार', 12_000],
    ['1.2 हजार व्यूज़', 1_200],
    ['12 करोड', 120_000_000],
    ['1.5 करोड', 15_000_000],
  ])('the spelling without nukta %j (hi) → %s', (text, expected) => {
    expect(parseCount(text, 'hi')).toBe(expected);
  });

  it.each<[string, number]>([
    [`12 ह${ZA}ार`, 12_000],
    [`1.2 ह${ZA}ार`, 1_200],
    [`12 करो${DDDHA}`, 120_000_000],
    [`1.2 करो${DDDHA}`, 12_000_000],
  ])('a precomposed nukta letter %j (hi) → %s', (text, expected) => {
    expect(parseCount(text, 'hi')).toBe(expected);
  });

  it('still reads the spelling Intl writes', () => {
    expect(parseCount('12 हज़ार', 'hi')).toBe(12_000);
    expect(parseCount('1.2 करोड़', 'hi')).toBe(12_000_000);
  });
});
