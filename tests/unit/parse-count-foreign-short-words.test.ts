// @vitest-environment node

// Another language's thousand, million or billion after the number, on a page whose language does not
// know it (FOREIGN_WORD_AFTER in lib/parse-count/parse-count.ts): Turkish "12 Mn", Swedish "12 mn",
// Indonesian "12 rb", Greek "12 χιλ." on an English page read as the bare 12 are a thousandth (or
// less) of the count. They must be unknown (null), and still read on their own language's page.
import { parseCount } from '@/lib/parse-count/parse-count';

// CLDR short compact forms of these locales (as the runtime's Intl writes them) include words that
// English does not know.
const SHORT_FORM_LOCALES = [
  'tr',
  'sv',
  'da',
  'nb',
  'id',
  'ms',
  'el',
  'vi',
  'th',
  'hi',
  'ca',
  'pt-PT',
  'hr',
  'lv',
  'lt',
  'et',
  'af',
  'fr-CA',
  'sr-Latn',
  'bs',
];
const MAGNITUDES = [12e3, 12e6, 12e9, 5e3, 5e6, 5e9, 21e3, 21e6, 21e9];

const shortForm = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'short' }).format(value);

/** The number a text's digits spell without any unit (NaN when none). */
const bare = (text: string) => Number(/\d+/.exec(text)?.[0]);

describe('parseCount: short magnitude words of other languages', () => {
  it.each<[string, string | undefined]>([
    ['12 Mn', 'en'], // tr milyon
    ['12 Mr', 'en'], // tr milyar
    ['12 Mlr', 'en'], // tr milyar, older CLDR
    ['12 mn', 'en'], // sv miljoner
    ['12 tn', 'en'], // sv tusen
    ['12 mia.', 'en'], // da milliarder
    ['12 rb', 'en'], // id ribu
    ['12 jt', 'en'], // id juta
    ['12 jt penonton', 'en'],
    ['12 χιλ.', 'en'], // el χιλιάδες
    ['12 εκ.', 'en'], // el εκατομμύρια
    ['12 δισ.', 'en'], // el δισεκατομμύρια
    ['12 N', 'en'], // vi nghìn
    ['12 Tr', 'en'], // vi triệu
    ['12 Tr lượt xem', 'en'],
    ['12 kM', 'en'], // ca milers de milions
    ['12 mM', 'en'], // pt-PT mil milhões
    ['12 mlr.', 'en'], // hr milijardi
    ['12 mljrd.', 'en'], // lv miljardi
    ['12 mjd', 'en'], // af miljard
    ['12 G', 'en'], // fr-CA milliards
    ['12 hilj.', 'en'], // sr, bs hiljada
    ['12 tūkst.', 'en'], // lt, lv tūkstantis
    ['12 tuh', 'en'], // et tuhat
    ['12 हज़ार', 'en'], // hi
    ['12 हजार', 'en'],
    ['12 लाख', 'en'],
    ['12 अ॰', 'en'],
    ['12 Mn', 'de'],
    ['12 rb', 'fr'],
    ['12 χιλ.', 'es'],
    ['12 Mn', undefined],
  ])('%j read as %s is unknown, not the bare number', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });

  it.each(SHORT_FORM_LOCALES)(
    '%s short compact forms on an English page are never the bare number',
    (locale) => {
      const wrong = MAGNITUDES.map((v) => shortForm(locale, v)).filter(
        (t) => parseCount(t, 'en') === bare(t),
      );
      expect(wrong).toEqual([]);
    },
  );

  it.each(SHORT_FORM_LOCALES)('%s short compact forms still read on their own page', (locale) => {
    const wrong = MAGNITUDES.map((v) => [shortForm(locale, v), v] as const).filter(
      ([t, v]) => parseCount(t, locale) !== v,
    );
    expect(wrong).toEqual([]);
  });

  it.each<[string, string, number]>([
    ['12 Mn', 'tr', 12_000_000],
    ['12 Mr', 'tr', 12_000_000_000],
    ['12 mn', 'sv', 12_000_000],
    ['12 tn', 'sv', 12_000],
    ['12 mia.', 'da', 12_000_000_000],
    ['12 rb', 'id', 12_000],
    ['12 jt', 'id', 12_000_000],
    ['12 χιλ.', 'el', 12_000],
    ['12 N', 'vi', 12_000],
    ['12 Tr', 'vi', 12_000_000],
    ['12 लाख', 'hi', 1_200_000],
    // Ordinary words after a count still read.
    ['12 nights', 'en', 12],
    ['12 trees', 'en', 12],
    ['12 great answers', 'en', 12],
    ['12 mins ago', 'en', 12],
    ['12 mini', 'en', 12],
    ['12 bins', 'en', 12],
    ['12 Bilder', 'en', 12],
    ['12 người theo dõi', 'en', 12],
    ['12 अनुयायी', 'en', 12],
    ['12 εκδόσεις', 'en', 12],
  ])('%j read as %s is %i', (text, locale, expected) => {
    expect(parseCount(text, locale)).toBe(expected);
  });
});

describe('parseCount: Portuguese "mi" (milhões) on a page of another language', () => {
  it.each<[string, string | undefined]>([
    ['12 mi', 'en'],
    ['12 mi de visualizações', 'en'],
    ['12 mi seguidores', 'de'],
    ['12 mi', undefined],
  ])('%j read as %s is unknown, not the bare number', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });

  it.each<[string, string, number]>([
    ['12 mi', 'pt-BR', 12_000_000],
    ['12 mi de visualizações', 'pt-BR', 12_000_000],
    // Italian "Mi piace" (likes) is a word, not a unit: the count still reads.
    ['12 Mi piace', 'it', 12],
    ['12 Mi piace', 'en', 12],
    ['12 mi piace', 'en', 12],
    ['12 minutes', 'en', 12],
  ])('%j read as %s is %i', (text, locale, expected) => {
    expect(parseCount(text, locale)).toBe(expected);
  });
});

describe('parseCount: "5 B" is bin (10^3) in Turkish and billion in English', () => {
  it.each<[string, string, number]>([
    ['5 B', 'tr', 5_000],
    ['5 B', 'tr-CY', 5_000],
    ['5B', 'tr', 5_000],
    ['5 B', 'en', 5_000_000_000],
    ['5B', 'en-US', 5_000_000_000],
    ['5 B', 'de', 5_000_000_000],
  ])('%j read as %s is %i', (text, locale, expected) => {
    expect(parseCount(text, locale)).toBe(expected);
  });
});
