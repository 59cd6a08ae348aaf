// @vitest-environment node

// parseCount's shortcut for plain digits ("48") gives what every rule gives (readCount), in every
// CLDR locale: the shortcut must never change a count.
import { MAX_COUNT, parseCount, readCount } from '@/lib/parse-count/parse-count';
import cldr from './parse-count-cldr-locales.json';

const locales: string[] = cldr.locales;

const PLAIN = [
  '0',
  '7',
  '00',
  '007',
  '48',
  '999',
  '1000',
  '1234',
  '30142',
  '2195266',
  String(MAX_COUNT),
  String(MAX_COUNT + 1),
  '999999999999999',
];

describe('parseCount: plain digits', () => {
  // Locale by locale: parseCount learns a locale's table once and keeps only so many, so going
  // through every locale for each text would learn each table again and again.
  it('reads every plain text as every rule reads it, in every locale', () => {
    const differ: string[] = [];
    for (const locale of [undefined, ...locales]) {
      for (const text of PLAIN) {
        const fast = parseCount(text, locale);
        const slow = readCount(text, locale);
        if (fast !== slow) differ.push(`${text} in ${locale}: ${fast} ≠ ${slow}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it.each<[string, number | null]>([
    ['48', 48],
    ['007', 7],
    [String(MAX_COUNT), MAX_COUNT],
    [String(MAX_COUNT + 1), null],
  ])('%j → %s', (text, expected) => {
    expect(parseCount(text, 'en')).toBe(expected);
  });

  it.each(['1234567890123456', '48 ', ' 48', '４８', '٤٨', '-48', '48K'])(
    '%j is not plain: it takes every rule',
    (text) => {
      for (const locale of ['en', 'de', 'ar', 'ja'])
        expect(parseCount(text, locale)).toBe(readCount(text, locale));
    },
  );
});
