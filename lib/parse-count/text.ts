// Text normalisation shared by parseCount and the per-locale tables it learns from Intl. Both sides go
// through the same function, so a suffix learned from Intl and the same suffix read off a page compare
// equal whatever bidi marks, no-break spaces or native digits either carries.

// Format characters: bidi marks and isolates (U+200E/F, U+061C, U+202A-E, U+2066-9), zero-width
// joiners and spaces, soft hyphens, BOM. They never change what a number says.
const FORMAT_CHARS = /\p{Cf}/gu;
// \s covers U+00A0, U+202F, U+2009 and the other Unicode spaces that pages put inside numbers.
const SPACES = /\s+/gu;
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;
// Fullwidth ASCII (U+FF01-FF5E: "１，２３４", "１．２Ｋ", "－５") is ASCII as Japanese and Chinese
// pages type it, so it reads as ASCII; else "１，２３４" would read as 1, a wrong number.
const FULLWIDTH = /[\uff01-\uff5e]/gu;
const halfwidth = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
const ND = /^\p{Nd}$/u;

const digitCache = new Map<number, string>();

// Unicode encodes every decimal digit set as ten contiguous code points, 0 to 9, and adjacent sets
// (mathematical digits) are whole sets too, so a digit's value is its distance from the start of
// its run of Nd code points, mod 10. No table of scripts needed, and any script Unicode adds works.
function asciiDigit(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const known = digitCache.get(cp);
  if (known !== undefined) return known;
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  const digit = String((cp - start) % 10);
  if (digitCache.size > 4096) digitCache.clear();
  digitCache.set(cp, digit);
  return digit;
}

/** Compose to NFC (a precomposed "ज़" U+095B and "ज" + nukta, as Intl writes it, are one text),
 *  strip format characters, fold every space to one ASCII space and fullwidth ASCII to ASCII, map
 *  native digits to 0-9. */
export function normalizeText(text: string): string {
  let s = text.normalize('NFC').replace(FORMAT_CHARS, '').replace(SPACES, ' ').replace(FULLWIDTH, halfwidth);
  // Most text is ASCII digits only; skip the per-character callback then.
  NON_ASCII_DIGIT.lastIndex = 0;
  if (NON_ASCII_DIGIT.test(s)) s = s.replace(NON_ASCII_DIGIT, asciiDigit);
  return s;
}

/** The digits of a locale's numbering system that Unicode does not class as decimal digits
 *  (hanidec "〇一二…"), learned from Intl, or null when all of them are. */
export function foreignDigits(locale: string): Map<string, string> | null {
  const nf = new Intl.NumberFormat(locale, { useGrouping: false });
  const digits = new Map<string, string>();
  for (let d = 0; d <= 9; d++) {
    const ch = nf.format(d);
    if (!ND.test(ch)) digits.set(ch, String(d));
  }
  return digits.size > 0 ? digits : null;
}

/** normalizeText, then a locale's foreign digits (see foreignDigits) as 0-9 too. */
export function asciiDigits(text: string, digits: Map<string, string> | null): string {
  const s = normalizeText(text);
  return digits ? Array.from(s, (ch) => digits.get(ch) ?? ch).join('') : s;
}

const LETTER = /^[\p{L}\p{M}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{Nd}]$/u;
// Scripts written without spaces between words: a compact word here may run straight into the next
// word ("1.2万回視聴", "1.2천회"), so no word boundary is required after it.
const UNSPACED =
  /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}]$/u;

/** The character at i of s as a whole code point ('' when out of range). */
function charAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The code point that ends just before i in s ('' at the start). */
function charBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const low = s.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return charAt(s, start);
}

/** True when a and b, side by side, would be one word: both letters (or a digit) of spaced scripts. */
function joined(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (!LETTER.test(a) || UNSPACED.test(a)) return false;
  return LETTER_OR_DIGIT.test(b) && !UNSPACED.test(b);
}

/** Whether a word ending just before end in s stops there (so "k" in "12 kilos" does not). */
export function endsWord(s: string, end: number): boolean {
  return !joined(charBefore(s, end), charAt(s, end));
}

/** Whether a word starting at start in s starts there. */
export function startsWord(s: string, start: number): boolean {
  return !joined(charAt(s, start), charBefore(s, start));
}

const WORD_CHAR = /^[\p{L}\p{M}_@#]$/u;

/** Whether the digits at i are glued to a word on their left ("user123", "@ann2", "#1"). */
export function gluedLeft(s: string, i: number): boolean {
  const before = charBefore(s, i);
  return before !== '' && WORD_CHAR.test(before) && !UNSPACED.test(before);
}

const RIGHT_WORD_CHAR = /^[\p{L}\p{M}_]$/u;

/** Whether the digits ending just before i run straight into a word on their right ("1e3", "0x10",
 *  "12KK", "1_000"): in a script written with spaces, such digits are part of that word. */
export function gluedRight(s: string, i: number): boolean {
  const after = charAt(s, i);
  return after !== '' && RIGHT_WORD_CHAR.test(after) && !UNSPACED.test(after);
}

// One number and at most a short unit after it, once normalised: "50K", "1,2 Tsd.", "1.2万人",
// "١٫٢ ألف", "1.2 करोड़". Five characters hold every compact unit platforms write and no word
// like "others" (six).
const BARE_COUNT = /^\+?\d[\d .,'’\u066b\u066c]*[^\d\s]{0,5}$/u;

/**
 * Is the text a count and nothing else? A text with words around its number ("You and 12 others",
 * "Road to 1M") holds a count of something else, or a part of one: parseCount would still read its
 * number, so an adapter that must not take a part for the whole asks this first.
 */
export function isBareCount(text: string): boolean {
  return BARE_COUNT.test(normalizeText(text).trim());
}
