// parseCount: the number a social platform shows, read in any locale. Pure: no DOM, no browser
// globals; pick the locale with lib/page-locale.ts. Its contract: a whole number from 0 to MAX_COUNT,
// or null. Text that is not a count as platforms write them gives null, never a nearby number.
//
// Rules, in order:
// 1. Bidi marks and other format characters are dropped, every kind of space counts as one space,
//    fullwidth ASCII ("１，２３４", "－５") reads as ASCII, and native digits (Arabic-Indic, Persian,
//    Devanagari, Bengali, Thai, …) read as 0-9.
// 2. The FIRST number in the text is the answer ("1 of 3" → 1, "48 replies, 152 reposts" → 48);
//    adapters pass focused text. Digits glued to a word on their left ("user123", "#1") are part of
//    that word, not a number, and are skipped. Digits glued to a word on their right that is not a
//    compact affix ("1e3", "0x10", "1_000", "12KK", "5min") are not a count: null.
// 3. Separators. ", . ' ’ ٫ ٬ ⹁ ،" and spaces may sit between digits; a space only before a group of
//    three digits (or the locale's own group size). The last separator is the decimal point when it
//    is "٫", or a "," or "." that occurs once and either follows other separators ("1,234.5K",
//    "1.234,5K") or is followed by other than exactly three digits ("1,2K", "12.0k": such a tail
//    cannot be a group). A lone "," or "." before exactly three digits is grouping ("1,234" and
//    "1.234" are 1234 in every locale: counts are whole numbers, and a page grouping in another
//    locale's style is likelier than a count with three decimals), except before a compact affix,
//    where it is the decimal point if the locale writes decimals with it ("1,234 Mio." in de is
//    1234000; "1.234K" with no locale is 1234). Groups must then be well formed (first 1-3 digits,
//    then 3s, or 2s before a final 3 for Indian grouping); a malformed number ("1.2.3", "1,23,4")
//    gives null: a wrong count is worse than none.
// 4. A compact affix of the locale (learned from Intl, see locale.ts) multiplies by its power of ten
//    ("1.25K" → 1250). English compact forms are understood in every locale ("1.2K" on a German
//    page) unless the locale gives the same affix another meaning (tr "B" is bin = 10^3, id "M" is
//    miliar = 10^9). English's trillion ("T") is not: in another language a "T" after a number is
//    that language's (de "2 T." is Tage or Tausend, sv "5 t" timmar or tusen), never 10^12, and the
//    text is null. Affixes match without regard to case and with or without a space, except where
//    that would merge two of the locale's own forms.
// 5. With no digit at all, a locale's digit-less compact word counts (fr "mille" = 1000); else null.
// 6. What no platform writes as a count is null:
//    - a minus sign or dash right before the digits ("-5", "−1.2K", "–5", "－５", "±5"): counts are
//      never negative, and a net-downvoted Reddit score of −5 is not 5. "+12" is 12. A dash with a
//      space after it ("- 5") is punctuation, not a sign: no locale writes a sign apart from its
//      digits, so that reads 5;
//    - a decimal separator right before the digits (".5K" is 500, never 5000) or two separators in a
//      row ("1..2K", "1.,5");
//    - power, exponent or fraction notation after the digits ("10⁶", "1½", "10^6", "1 × 10⁶");
//    - a clock time, duration or ratio: digits with a colon and digits after them or before them
//      ("5:32", "12:30 AM", "1:02:03", "16:9"); a colon before the number ("Likes: 12") is harmless;
//    - a lower bound: "+" right after the number or its affix ("99+", "10K+", "500+ connections"):
//      the true count is unknown, and the bare number may be far below it. A "+" before the digits
//      is a sign ("+12" is 12); one with a space before it ("12 likes + 3") is not the number's;
//    - a percentage or per mille: "%", "٪" or "‰" after the number or its affix ("5%", "1.5K%",
//      "٢٥٪") or before it (tr "%25");
//    - a CJK number unit after the digits that the locale does not know ("12万" read as English,
//      "12만" as Japanese), where the bare number would be a ten-thousandth of the count;
//    - another language's thousand, million or billion after the digits that the locale does not
//      know ("5 mil", "12 Mio.", "4 тыс." read as English): the bare number would be a thousandth;
//    - a second affix or compact number after the affix ("1.2K K", "1.2万万", "1億2000万",
//      "1만 2천"), whose first part alone would be a wrong count;
//    - a value that is not a whole number once the affix applies, decided on the digits, not in
//      floating point: "1.5", "1,234.5", "١٫٥" and "0.0001K" (0.1) are null; "1.25K" is 1250,
//      "12.0k" 12000 and "1.0" 1 (zeros after the point change nothing);
//    - a value over MAX_COUNT, the validation cap ("999T"), which validation would otherwise refuse
//      later (storing the count as null, with a warning). Past the largest double ("9" × 400) is
//      over it too.
import { LIMITS } from '../limits';
import { type LocaleTable, learnLocale } from './locale';
import { type AffixFound, findAffix, matchWord, suffixAt } from './match';
import { digitsOf, type Scanned, scanNumber } from './number';
import { asciiDigits, gluedRight } from './text';

/** The largest count parseCount returns: the cap validation applies (lib/check.ts), so a count read
 *  here is never one that validation would later refuse. */
export const MAX_COUNT = LIMITS.count;

// Rule 6. Dashes and minus signs (U+2212, ±, ∓, every \p{Pd} dash: "-", "–", "－", "﹣"); "+" and
// "➕" are harmless signs.
const MINUS = /^[\p{Pd}\u2212\u2796\u02d7\u00b1\u2213]$/u;
const PLUS = /^[+\u2795]$/u;
// A decimal separator right before the digits: ".5K" is half a thousand, never 5000.
const POINT_BEFORE = /^[.,\u066b]$/;
// Separators in a row, then digits: no number is written so ("1..2K", "1.,5").
const DOUBLED_SEPARATOR = /[,.\u066b'’\u066c\u2e41\u060c]{2,}\d/y;
// Power, exponent and fraction notation after the digits: "10⁶", "10²", "1½", "10^6", "1 × 10⁶".
const NOTATION_AFTER = /\p{No}| ?[\^×*]/uy;
// A number unit right after the digits that the locale's table did not match: the CJK ones
// (ten, hundred, thousand, 10^4 and 10^8 in Han and Hangul: the ones counts are written with, as
// in "12百万" or Mastodon's Korean "12백만"), "12万" read as English or "12만" as Japanese (a page
// whose lang is not the language of its counts), and India's lakh and crore (the platforms'
// spelling; not the informal "lac": bytes), "12 lakh views" read as English. The bare 12 would be
// a tenth (or less) of the count: null. Counters that are no unit ("12人", "12回") still read.
const UNIT_AFTER = / ?([十百千万萬亿億십백천만억]|lakh|crore)/iy;
// Another language's thousand, million or billion that the locale's table did not match, as a
// whole word: es/pt "5 mil", es "mill.", de "12 Mio." ("Mrd.", "Tsd.", "Millionen"), it/nl/pl
// "mln"/"mld", pl "tys.", cs "tis.", fr "Md", pt "mi"/"bi" and pt-PT "mM", ru/uk "тыс."/"тис."/
// "млн"/"млрд" and the long words ("millones", "milhões", "миллион"), and CLDR's other short
// forms: tr "Mn"/"Mr"/"Mlr", sv "tn"/"mn"/"md", da "mia.", id "rb"/"jt", vi "N"/"Tr", el "χιλ."/
// "εκ."/"δισ.", hi "हज़ार"/"लाख"/"अ॰", ca "kM", fr-CA "G", hr "mlr.", lv "mljrd.", lt "tūkst.",
// et "tuh", af "mjd", sr/bs "hilj."; and the long words Intl writes of the languages most used on
// the platforms: id/ms "ribu"/"juta", vi "nghìn"/"triệu"/"tỷ", tr "bin", hu "ezer", it "mila",
// fr "mille", ca "milers", nl/af "duizend"/"duisend", da/nb/sv "tusind"/"tusen", fi/et "tuhat",
// hr/sl/sr/bs "tisuća"/"tisoč"/"hiljada", ro "mii"/"de mii", pt "bilhões", fil "libo", bg/sr
// "хиляди"/"хиљада", be "мільён", ar "ألف"/"مليون"/"مليار", fa "هزار"/"میلیون", ur "ہزار"/"لاکھ"/
// "کروڑ"/"ارب", he "אלף"/"מיליון", bn "হাজার"/"লাখ"/"কোটি", hi "अरब"/"करोड़"; on an English page, or
// with no locale. The bare 5 would be a thousandth (or less) of the count: null. A static list, not
// every language's tables from Intl (too slow to learn at a feed's first count), and not every
// language's long words (each word is bytes in every content script: the languages left out are
// listed in tests/unit/parse-count-foreign-long-words.test.ts); ordinary words ("7 milestones",
// "12 Kommentare", "12 nights", "12 min") still read, and so does Italian's "12 Mi piace" (likes),
// where "Mi" is a word, not pt's million.
const FOREIGN_WORD_AFTER =
  / ?(?:mil(?:[alj]|l(?:e|ar)|ers?|l?(?:i(?:[aoáój]|[uw]n)|[oó]n|h[ãõ]|j[aáoó]|y[ao])\p{L}*)?|m(?:[dmnr]|jd|rd|l(?:j?rd|[dnr])|i(?:[aoie]|jë|ng)?(?! piace))|bi(?:l(?:h[ãõ]|[iy][ow]n)\p{L}*)?|bin|t(?:[nr]|uh(?:at(?:ta)?)?|ūkst\p{L}*|sd|ausend|[yi]s(?:[ií]\p{L}*|u[ćc]\p{L}|oč|ac)?|[uú]s(?:en|ind|und)|riệu|ỷ)|d(?:ui|[ao]u)[sz]end|de mi(?:i|li[ao]\p{L}*)|hilj(?:ad[ae])?|n(?:ghìn)?|ribu|juta|rb|jt|km|g|ezer|libo|т[ыи]с\p{L}*|мл(?:н|рд)|м[иі]л(?:(?:ли|ь[йяё]|и[аој])\p{L}*)?|хи[лљ](?:[яа]д\p{L}*)?|χιλ|εκ|δισ|[أآ]لا?ف|[هہ]زار|لاکھ|کروڑ|ارب|م(?:لايين|[يی]?ل[يی](?:ون|ارد?))|אלף|מיליו?(?:ן|ארד)|हज\u093c?ार|लाख|अ(?:रब)?|करोड\u093c?|হাজার|লাখ|কোটি)(?![\p{L}\p{M}])/iuy;
// A clock time, duration or ratio ("5:32", "12:30", "16:9"): a colon between digits.
const CLOCK_AFTER = /:\d/y;
const CLOCK_BEFORE = /\d:$/;
// A percentage or per mille, its sign after the number (or its affix) or before it (tr "%25").
const PERCENT_AFTER = / ?[%\u066a\u2030]/y;
const PERCENT_BEFORE = /[%\u066a\u2030] ?$/;
// A lower bound: "+" right after the number or its affix ("99+", "10K+", "500+ connections",
// Mastodon's obfuscated "1+"). The true count is unknown, and the bare number could be far below it.
const PLUS_AFTER = /[+\u2795]/y;
// The largest power of ten an English affix stands for in another language's text: above it is
// English's trillion, "T", which in such text is that language's abbreviation (de "2 T.", sv "5 t").
const FOREIGN_MAX_EXP = 9;
/** An English affix that another language's text does not take as English: the text is no count. */
const FOREIGN_UNIT = 'foreign unit';
const isDigit = (c: number) => c >= 48 && c <= 57;
// ASCII digits and nothing else, no more than a count can have.
const PLAIN_DIGITS = /^\d{1,15}$/;

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

/** Whether the digits at start carry a minus sign (any number of signs, no space, before them). */
function negative(s: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = s.charAt(i);
    if (MINUS.test(c)) return true;
    if (!PLUS.test(c)) return false;
  }
  return false;
}

/** The compact affix around a scanned number: the locale's own first, then English (up to
 *  FOREIGN_MAX_EXP when the locale is not English). */
function affixOf(
  s: string,
  n: Scanned,
  own: LocaleTable | null,
  english: LocaleTable | null,
): AffixFound | typeof FOREIGN_UNIT | null {
  const found = own ? findAffix(own, s, n.start, n.end) : null;
  if (found || !english || english === own) return found;
  const en = findAffix(english, s, n.start, n.end);
  const foreign = own !== null && own.locale.split('-')[0] !== 'en';
  return en && foreign && en.exp > FOREIGN_MAX_EXP ? FOREIGN_UNIT : en;
}

/** Whether what follows a compact affix makes the whole a form no platform writes: a second affix
 *  ("1.2K K", "1.2万万") or a second compact number ("1億2000万", "1만 2천"), whose first part alone
 *  would be a wrong count. */
function moreCompact(s: string, stop: number, own: LocaleTable | null, english: LocaleTable | null): boolean {
  if ((own && suffixAt(own, s, stop)) || (english && suffixAt(english, s, stop))) return true;
  const at = s.charCodeAt(stop) === 32 ? stop + 1 : stop;
  if (!isDigit(s.charCodeAt(at))) return false;
  const next = scanNumber(s, own, at);
  return next !== null && next.start === at && affixOf(s, next, own, english) !== null;
}

const matches = (re: RegExp, s: string, at: number) => {
  re.lastIndex = at;
  return re.test(s);
};

/** The count a scanned number stands for, or null when it is not a count as platforms write one. */
function countOf(
  s: string,
  n: Scanned,
  affix: AffixFound | typeof FOREIGN_UNIT | null,
  own: LocaleTable | null,
  english: LocaleTable | null,
): number | null {
  if (negative(s, n.start) || POINT_BEFORE.test(s.charAt(n.start - 1)) || affix === FOREIGN_UNIT) return null;
  const before = s.slice(0, n.start);
  if (matches(CLOCK_AFTER, s, n.end) || CLOCK_BEFORE.test(before) || PERCENT_BEFORE.test(before)) return null;
  const after = affix ? affix.stop : n.end;
  if (matches(PERCENT_AFTER, s, after) || matches(PLUS_AFTER, s, after)) return null;
  if (affix === null) {
    if (
      gluedRight(s, n.end) ||
      matches(DOUBLED_SEPARATOR, s, n.end) ||
      matches(NOTATION_AFTER, s, n.end) ||
      matches(UNIT_AFTER, s, n.end) ||
      matches(FOREIGN_WORD_AFTER, s, n.end)
    )
      return null;
  } else if (moreCompact(s, affix.stop, own, english)) {
    return null;
  }
  const digits = digitsOf(n, own, affix !== null);
  if (digits === null) return null;
  // Whole numbers only, decided on the digits (no floating point): the fraction, trailing zeros
  // dropped, must fit in the affix's power of ten. "1.25K" is 1250, "12.0k" 12000, "1.0" 1;
  // "1.5", "1,234.5" and "0.0001K" (0.1) are not counts.
  const frac = digits.frac.replace(/0+$/, '');
  const exp = affix?.exp ?? 0;
  if (frac.length > exp) return null;
  const value = Number(`${digits.int}${frac}e${exp - frac.length}`);
  return Number.isFinite(value) && value <= MAX_COUNT ? value : null;
}

/**
 * The count that text shows, read as the given locale (a BCP 47 tag such as "de" or "pt-BR") writes
 * numbers: a whole number from 0 to MAX_COUNT, or null when it shows none or shows something that is
 * not a count as platforms write them. Never throws.
 */
export function parseCount(text: string, locale?: string): number | null {
  // Most counts on a feed are a few plain digits ("48" on X's buttons): every rule above gives
  // such a text its own value, in every locale, so it skips the scan.
  if (typeof text === 'string' && PLAIN_DIGITS.test(text)) {
    const value = Number(text);
    return value <= MAX_COUNT ? value : null;
  }
  return readCount(text, locale);
}

/** parseCount without its plain-digits shortcut: every rule, for every text. */
export function readCount(text: string, locale?: string): number | null {
  if (typeof text !== 'string' || text === '') return null;
  const own = locale ? tableFor(locale) : null;
  const s = asciiDigits(text, own ? own.digits : null);
  const english = tableFor('en');
  const found = scanNumber(s, own);
  if (found === null) return own ? matchWord(own, s) : null;
  return countOf(s, found, affixOf(s, found, own, english), own, english);
}
