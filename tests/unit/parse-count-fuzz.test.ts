// @vitest-environment node

import { MAX_COUNT, parseCount } from '@/lib/parse-count/parse-count';
import { prng } from './reliability/mutate-dom';

// 100k random strings built from what count text is made of (digits of every script, separators,
// compact affixes Intl writes, bidi marks) mixed with random Unicode, lone surrogates included.
// parseCount must never throw and must return null or a whole number from 0 to MAX_COUNT; and, with a
// minus sign right before the first digits, null (counts are never negative); and because bidi marks
// never change what a number says, sprinkling them anywhere must not change the answer.

const RUNS = 100_000;

const LOCALES = [
  undefined,
  '',
  'en',
  'de',
  'fr',
  'es',
  'pt-BR',
  'ru',
  'ja',
  'ko',
  'zh-Hant',
  'hi',
  'bn',
  'ne',
  'ar-EG',
  'fa',
  'id',
  'tr',
  'sw',
  'si',
  'my',
  'tok',
  'zh-u-nu-hanidec',
  'not a locale!!',
];

// Every digit of every numbering system Intl knows, as Intl writes it.
const DIGITS = Intl.supportedValuesOf('numberingSystem').flatMap((ns) => {
  const nf = new Intl.NumberFormat(`en-u-nu-${ns}`, { useGrouping: false });
  return Array.from({ length: 10 }, (_, d) => nf.format(d));
});

// Compact affixes as Intl writes them: the text of compact numbers with the digits taken out.
const AFFIXES = LOCALES.filter((l): l is string => !!l && l !== 'not a locale!!').flatMap((l) =>
  (['short', 'long'] as const).flatMap((compactDisplay) => {
    const nf = new Intl.NumberFormat(l, { notation: 'compact', compactDisplay });
    return [1e3, 2e4, 1.5e6, 3e9, 1e12].map((v) =>
      nf
        .formatToParts(v)
        .filter((p) => p.type === 'compact' || p.type === 'literal')
        .map((p) => p.value)
        .join(''),
    );
  }),
);

const SEPARATORS = [',', '.', "'", '’', '٫', '٬', '⹁', '،', ' ', '\u00a0', '\u202f', '\u2009', '-', '+', '−'];
const BIDI = ['\u200e', '\u200f', '\u061c', '\u2066', '\u2067', '\u2068', '\u2069', '\u202a', '\u202e'];
const WORDS = [
  'likes',
  'views',
  'Aufrufe',
  '回視聴',
  'others',
  'of',
  'K',
  'k',
  'M',
  'Mio.',
  'mil',
  'mi',
  '#',
  '@',
];

function randomString(rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const pieces = Math.floor(rand() * 12);
  let s = '';
  for (let i = 0; i < pieces; i++) {
    const r = rand();
    if (r < 0.3) s += String(Math.floor(rand() * 10));
    else if (r < 0.45) s += pick(SEPARATORS);
    else if (r < 0.6) s += pick(DIGITS);
    else if (r < 0.7) s += pick(AFFIXES);
    else if (r < 0.75) s += pick(BIDI);
    else if (r < 0.82) s += pick(WORDS);
    else if (r < 0.9)
      s += String.fromCharCode(Math.floor(rand() * 0x10000)); // lone surrogates too
    else if (r < 0.95) s += String.fromCodePoint(Math.floor(rand() * 0x110000));
    else s += '9'.repeat(Math.floor(rand() * 400)); // past Number.MAX_VALUE
  }
  return s;
}

// Text whose first digit (any script) follows a minus sign, with only bidi marks between.
const MINUS_FIRST = /^[^\p{Nd}]*[-−][\p{Cf}]*\p{Nd}/u;

function sprinkleBidi(s: string, rand: () => number): string {
  let out = '';
  for (const ch of s) out += rand() < 0.3 ? BIDI[Math.floor(rand() * BIDI.length)] + ch : ch;
  return out;
}

describe('parseCount fuzz', () => {
  it(`never throws and returns null or a whole count from 0 to the cap for ${RUNS} random strings`, () => {
    const rand = prng(0x5eed);
    const bad: string[] = [];
    let numbers = 0;
    for (let i = 0; i < RUNS; i++) {
      const text = randomString(rand);
      const locale = LOCALES[Math.floor(rand() * LOCALES.length)];
      let got: number | null;
      let marked: number | null;
      try {
        got = parseCount(text, locale);
        marked = parseCount(sprinkleBidi(text, rand), locale);
      } catch (e) {
        bad.push(`threw ${String(e)} for ${JSON.stringify(text)} (${locale})`);
        continue;
      }
      if (got !== null && !(Number.isInteger(got) && got >= 0 && got <= MAX_COUNT)) {
        bad.push(`${JSON.stringify(text)} (${locale}) → ${got}`);
      }
      if (got !== null && MINUS_FIRST.test(text))
        bad.push(`minus read away: ${JSON.stringify(text)} → ${got}`);
      if (!Object.is(got, marked)) bad.push(`bidi marks changed ${JSON.stringify(text)} (${locale})`);
      if (got !== null) numbers++;
    }
    console.log(`parse-count fuzz: ${RUNS} strings, ${numbers} read as numbers, ${bad.length} bad`);
    expect(bad.slice(0, 20)).toEqual([]);
    // The generator must exercise both outcomes, or the test proves little.
    expect(numbers).toBeGreaterThan(RUNS * 0.3);
    expect(numbers).toBeLessThan(RUNS * 0.95);
    // About 2 s alone; the timeout leaves room for a machine busy with other suites.
  }, 60_000);
});
