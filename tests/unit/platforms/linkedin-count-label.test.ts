// @vitest-environment node

// The LinkedIn counts bar reads its labels ("1,234 reactions on Jane Doe’s post") without
// parseCount's normalisation when they take LinkedIn's plain form: it must give what parseCount
// gives, in every CLDR locale, for the plain form and for everything next to it.
import { MAX_COUNT, parseCount } from '@/lib/parse-count';
import { countLabel } from '@/lib/platforms/linkedin/count-label';
import cldr from '../parse-count-cldr-locales.json';

const locales: string[] = ['en', ...cldr.locales];

const LABELS = [
  // the plain form, as the feed writes it
  '1,234 reactions on Maya Lindqvist’s post',
  '2,948 reactions',
  '9 reactions on Tomás Ortega’s post',
  '1 reaction',
  '56 comments on Maya Lindqvist’s post',
  '1 comment on Tomás Ortega’s post',
  '221 comments',
  '12 reposts of Maya Lindqvist’s post',
  '1 repost',
  '0 reactions',
  '007 comments',
  '012,345 reactions',
  '1,234,567 reactions',
  `${MAX_COUNT} reactions`,
  `${MAX_COUNT + 1} reactions`,
  '10,000,000,000,001 comments',
  `${'9'.repeat(400)} reposts`,
  '12 reposts 1,5K',
  '12 reposts 一二',
  // next to it: each takes parseCount's own way
  '1,23 reactions',
  '1,2345 reactions',
  '1234,567 reactions',
  '1 234 reactions',
  '1.234 reactions',
  '1,234.5 reactions',
  '12K reactions',
  '1.2K reactions',
  '12 K reactions',
  '12 mil reactions',
  '12 Reactions',
  '12 REPOSTS',
  '12  reactions',
  '12\u00a0reactions',
  '12\treactions',
  '12 reactionsX',
  '12 reactions•',
  '12 reposts, 3 comments',
  '-5 reactions',
  '−5 reactions',
  '+5 reactions',
  '.5 reactions',
  '\u200e12 reactions',
  '1\u200e2 reactions',
  '١٢ reactions',
  '１２ reactions',
  '12 compartilhamentos',
  '12 Kommentare',
  'reactions 12',
  'Jane and 86 others',
  '',
];

describe('linkedin: countLabel', () => {
  // Both readings of every label, a locale at a time: parseCount learns a locale's table once and
  // keeps only a few, so a label at a time through every locale would learn each table again.
  const readings = new Map<string, [string, number | null, number | null][]>();
  beforeAll(() => {
    for (const label of LABELS) readings.set(label, []);
    for (const locale of locales) {
      for (const label of LABELS) {
        readings.get(label)!.push([locale, countLabel(label, locale), parseCount(label, locale)]);
      }
    }
    // Every CLDR locale's tables learned: seconds on a busy 2-core machine, past vitest's 10 s
    // default for a hook while other files run beside it. Not a time this test checks.
  }, 60_000);

  it.each(LABELS)('%j reads as parseCount reads it, in every locale', (label) => {
    const all = readings.get(label)!;
    expect(all).toHaveLength(locales.length);
    for (const [locale, fast, general] of all) expect(fast, `${label} in ${locale}`).toBe(general);
  });

  it.each<[string, number | null]>([
    ['1,234 reactions on Maya Lindqvist’s post', 1234],
    ['1 comment', 1],
    [`${MAX_COUNT} reactions`, MAX_COUNT],
    [`${MAX_COUNT + 1} reactions`, null],
  ])('%j → %s', (label, expected) => {
    expect(countLabel(label, 'en')).toBe(expected);
  });
});
