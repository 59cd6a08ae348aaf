// @vitest-environment node

// fold (lib/platforms/dom.ts) returns a text with nothing to fold as it is, and folds the rest:
// either way exactly what folding every text gives.
import { LIMITS } from '@/lib/limits';
import { excerpt, fold } from '@/lib/platforms/dom';

const longWay = (s: string) => s.replace(/\s+/g, ' ').trim();

const TEXTS = [
  '',
  ' ',
  'a',
  'a b',
  'a  b',
  ' a',
  'a ',
  'a\nb',
  'a\tb',
  'a\u00a0b',
  'a\u2028b',
  'a\u3000b',
  '\ufeffa',
  'a\u200bb', // a zero-width space is no white space: kept
  '48 replies, 152 reposts',
  `${'word '.repeat(80)}end`,
  `${'word '.repeat(80)} end`,
  `${'word '.repeat(400)}end`,
  `${'word '.repeat(400)} end`,
  'x'.repeat(LIMITS.text),
  'x'.repeat(LIMITS.text + 1),
  'x'.repeat(LIMITS.text + 3),
];

describe('fold', () => {
  it.each(TEXTS)('%j folds as every text folds', (text) => {
    expect(fold(text)).toBe(longWay(text));
  });

  it.each(TEXTS)('%j: excerpt cuts what the long way gives', (text) => {
    // Whole up to the limit, two characters more past it (none of these has an emoji to keep whole).
    expect(excerpt(text)).toBe(longWay(text).slice(0, LIMITS.text + 2));
  });
});
