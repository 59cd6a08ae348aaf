// parseCount: the number a social platform shows, read in any locale. Pure: no DOM, no browser
// globals; pick the locale with lib/page-locale.ts.
//
// Rules, in order:
// 1. Bidi marks and other format characters are dropped, every kind of space counts as one space,
//    and native digits (Arabic-Indic, Persian, Devanagari, Bengali, Thai, fullwidth, …) read as 0-9.
// 2. The FIRST number in the text is the answer ("1 of 3" → 1, "48 replies, 152 reposts" → 48);
//    adapters pass focused text. Digits glued to a word on their left ("user123", "#1") are part of
//    that word, not a number. A minus sign is ignored: counts are never negative.
// 3. Separators. ", . ' ’ ٫ ٬ ⹁ ،" and spaces may sit between digits; a space only before a group of
//    three digits (or the locale's own group size). The last separator is the decimal point when it
//    is "٫", or a "," or "." that occurs once and either follows other separators ("1,234.5",
//    "1.234,5") or is followed by other than exactly three digits ("1,2" → 1.2, "12.0k": such a tail
//    cannot be a group). A lone "," or "." before exactly three digits is grouping ("1,234" and
//    "1.234" are 1234 in every locale: counts are whole numbers, and a page grouping in another
//    locale's style is likelier than a count with three decimals), except before a compact affix,
//    where it is the decimal point if the locale writes decimals with it ("1,234 Mio." in de is
//    1234000; "1.234K" with no locale is 1234). Groups must then be well formed (first 1-3 digits,
//    then 3s, or 2s before a final 3 for Indian grouping); a malformed number ("1.2.3", "1,23,4")
//    gives null: a wrong count is worse than none.
// 4. A compact affix of the locale (learned from Intl, see parse-count-locale.ts) multiplies by its
//    power of ten and the result is rounded to an integer ("1.25K" → 1250). English compact forms are
//    understood in every locale ("1.2K" on a German page) unless the locale gives the same affix
//    another meaning (tr "B" is bin = 10^3, id "M" is miliar = 10^9). Affixes match without regard to
//    case and with or without a space, except where that would merge two of the locale's own forms.
// 5. With no digit at all, a locale's digit-less compact word counts (fr "mille" = 1000); else null.
import { type LocaleTable, learnLocale } from './locale';
import { matchAffix, matchWord } from './match';
import { digitsOf, scanNumber } from './number';
import { asciiDigits } from './text';

const tables = new Map<string, LocaleTable | null>();
const MAX_TABLES = 64;

/** The learned table for a locale tag, or null when Intl rejects the tag. Cached per tag. */
function tableFor(locale: string): LocaleTable | null {
  const cached = tables.get(locale);
  if (cached !== undefined) return cached;
  let table: LocaleTable | null = null;
  try {
    table = learnLocale(locale);
  } catch {
    table = null;
  }
  if (tables.size >= MAX_TABLES) tables.clear();
  tables.set(locale, table);
  return table;
}

/**
 * The count that text shows, read as the given locale (a BCP 47 tag such as "de" or "pt-BR") writes
 * numbers, or null when it shows none. Never throws.
 */
export function parseCount(text: string, locale?: string): number | null {
  if (typeof text !== 'string' || text === '') return null;
  const own = locale ? tableFor(locale) : null;
  const s = asciiDigits(text, own ? own.digits : null);
  const english = tableFor('en');
  const found = scanNumber(s, own);
  if (found === null) return own ? matchWord(own, s) : null;
  let exp: number | null = own ? matchAffix(own, s, found.start, found.end) : null;
  if (exp === null && english && english !== own) exp = matchAffix(english, s, found.start, found.end);
  const digits = digitsOf(found, own, exp !== null);
  if (digits === null) return null;
  const value = Number(`${digits.int}.${digits.frac || '0'}e${exp ?? 0}`);
  if (!Number.isFinite(value)) return null;
  return exp === null ? value : Math.round(value);
}
