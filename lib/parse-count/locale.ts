// What one locale's numbers look like, learned from the runtime's own Intl data (CLDR) the first time
// parseCount meets the locale: its decimal and group separators, and every compact affix ("K",
// " Mio.", "万", "elfu …") with the power of ten it stands for. Nothing here is a hand-kept CLDR copy;
// HAND_ADDED holds the few forms platforms show that CLDR lacks.
import { asciiDigits, foreignDigits, normalizeText } from './text';

/** One compact form: text before and after the number, and the power of ten it multiplies by. */
export interface Affix {
  pre: string;
  suf: string;
  exp: number;
  /** Lenient affixes are lower-cased and trimmed and match with or without a space; exact ones
   *  match only as Intl wrote them (used where spacing or case is all that tells two apart). */
  exact: boolean;
}

export interface LocaleTable {
  locale: string;
  decimal: string;
  /** Digits in the last group and in the groups before it: 3/3 mostly, 3/2 in India, 2/2 in tok. */
  groupSizes: readonly [number, number];
  /** Suffix-only affixes by the lower-cased first character of their (trimmed) suffix, longest first. */
  bySuffixStart: Map<string, Affix[]>;
  /** Affixes with text before the number (sw "elfu 1", si "ද1.5", my "ဋေ ၁ ထ"), longest first. */
  prefixed: Affix[];
  /** Compact forms without digits (fr, it "mille" = 1000), lower-cased. */
  words: Map<string, number>;
  /** The locale's digits that Unicode does not class as decimal digits (hanidec "〇一二…"), by value,
   *  or null. Only a locale that asks for them gets them: in other CJK text "一" is a word. */
  digits: Map<string, string> | null;
}

// Compact notation picks a pattern per power of ten and a plural form per displayed number, so
// these mantissas reach every pattern from 10^0 to 10^15 in each plural category CLDR uses
// (one, two, few, many, other, and the fraction forms such as ru "1,5 тысячи").
const MANTISSAS = [1, 1.5, 2, 3, 5, 6, 11, 21, 22, 101];
const MAX_EXP = 15;

// Forms platforms show that Intl does not produce for the language, keyed by language subtag.
// de: YouTube and others write "Tsd." (Intl's short form for 10^3 is the bare number).
// pt: pt-PT Intl writes "M"/"mM", but Brazilian-style "mi"/"bi" appear on pt-PT pages too.
// hi: Intl writes "हज़ार" and "करोड़" with the nukta; Hindi text writes them without it as often
// ("हजार", "करोड", CLDR's own spelling for mr and ne), which else read as the bare number.
// es: Meta writes millions "mill." ("1,5 mill. de seguidores"; Intl's short form is "M").
// ko: Mastodon writes "{count}백만" and "{count}십억" (its ko.json units.short.million/billion);
// Intl counts in 만 and 억.
const HAND_ADDED: Record<string, ReadonlyArray<readonly [string, number]>> = {
  de: [['tsd.', 3]],
  es: [['mill.', 6]],
  hi: [
    ['हजार', 3],
    ['करोड', 7],
  ],
  ko: [
    ['백만', 6],
    ['십억', 9],
  ],
  pt: [
    ['mil', 3],
    ['mi', 6],
    ['bi', 9],
  ],
};

const SEPARATOR_PROBE = 1234567.5;

function lenientKey(s: string): string {
  return s.trim().toLowerCase();
}

function faceOf(parts: Intl.NumberFormatPart[], digits: Map<string, string> | null): number {
  let int = '';
  let frac = '';
  for (const p of parts) {
    if (p.type === 'integer') int += p.value;
    else if (p.type === 'fraction') frac += p.value;
  }
  return Number(`${asciiDigits(int, digits)}.${asciiDigits(frac, digits) || '0'}`);
}

/** pre + "\u0001" + suf → every power of ten Intl used it for. */
type RawAffixes = Map<string, Set<number>>;

const side = (ps: Intl.NumberFormatPart[]) => normalizeText(ps.map((p) => p.value).join(''));
const NUMERIC_PART = new Set(['integer', 'fraction', 'decimal', 'group']);

interface Learning {
  locale: string;
  digits: Map<string, string> | null;
  words: Map<string, number | null>;
}

function collect({ locale, digits, words }: Learning, compactDisplay: 'short' | 'long'): RawAffixes {
  const raw: RawAffixes = new Map();
  const nf = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay });
  for (let e = 0; e <= MAX_EXP; e++) {
    for (const m of MANTISSAS) {
      const value = m * 10 ** e;
      const parts = nf.formatToParts(value);
      const first = parts.findIndex((p) => p.type === 'integer');
      if (first < 0) {
        // A word alone ("mille") stands for the power of ten nearest the value it was given.
        const word = lenientKey(side(parts));
        const power = 10 ** Math.round(Math.log10(value));
        const seen = words.get(word);
        words.set(word, seen === undefined || seen === power ? power : null);
        continue;
      }
      if (!parts.some((p) => p.type === 'compact')) continue;
      let last = first;
      parts.forEach((p, i) => {
        if (NUMERIC_PART.has(p.type)) last = i;
      });
      // Every part counts as affix text: ICU labels the hyphen in yrl "miliãu-ita" a minus sign.
      const key = `${side(parts.slice(0, first))}\u0001${side(parts.slice(last + 1))}`;
      const exps = raw.get(key) ?? new Set<number>();
      exps.add(Math.round(Math.log10(value / faceOf(parts, digits))));
      raw.set(key, exps);
    }
  }
  return raw;
}

/** Lenient keys of an exact pre/suf pair: folded, and without a final "." ("Mio" for "Mio."). */
function foldedKeys(pre: string, suf: string): string[] {
  const keys = [`${lenientKey(pre)}\u0001${lenientKey(suf)}`];
  if (suf.endsWith('.')) keys.push(`${lenientKey(pre)}\u0001${lenientKey(suf.slice(0, -1))}`);
  return keys;
}

/** Keep lenient forms that mean one thing; where folding case or spaces merges two meanings
 *  (bn "১ কো" is 10^7 but "১কো" is 10^10), fall back to the exact forms that still differ. */
function resolve(raw: RawAffixes): { affixes: Affix[]; folded: Set<string> } {
  const lenient = new Map<string, Set<number>>();
  for (const [key, exps] of raw) {
    const [pre = '', suf = ''] = key.split('\u0001');
    for (const k of foldedKeys(pre, suf)) {
      const set = lenient.get(k) ?? new Set<number>();
      for (const e of exps) set.add(e);
      lenient.set(k, set);
    }
  }
  const affixes: Affix[] = [];
  for (const [key, exps] of lenient) {
    const [pre = '', suf = ''] = key.split('\u0001');
    if (exps.size === 1 && (pre || suf)) affixes.push({ pre, suf, exp: [...exps][0]!, exact: false });
  }
  for (const [key, exps] of raw) {
    const [pre = '', suf = ''] = key.split('\u0001');
    const folded = lenient.get(foldedKeys(pre, suf)[0]!);
    if (exps.size === 1 && folded && folded.size > 1)
      affixes.push({ pre, suf, exp: [...exps][0]!, exact: true });
  }
  return { affixes, folded: new Set(lenient.keys()) };
}

/**
 * Short forms first: they are what platforms show, and where CLDR's long data contradicts them
 * (ne long writes 10^6 as "१ करोड", a crore, which short and the word itself make 10^7) the short
 * meaning stands. Long forms and hand additions only fill keys short does not use.
 */
function learnAffixes(learning: Learning): Affix[] {
  const short = resolve(collect(learning, 'short'));
  const long = resolve(collect(learning, 'long'));
  const out = [...short.affixes];
  for (const a of long.affixes) {
    if (!foldedKeys(a.pre, a.suf).some((k) => short.folded.has(k))) out.push(a);
  }
  for (const [suf, exp] of HAND_ADDED[learning.locale.split('-')[0]!.toLowerCase()] ?? []) {
    const key = `\u0001${suf}`;
    if (!short.folded.has(key) && !long.folded.has(key)) out.push({ pre: '', suf, exp, exact: false });
  }
  return out;
}

const affixLength = (a: Affix) => a.pre.length + a.suf.length;

/** Learn a locale's table from Intl. Throws RangeError for a malformed locale tag. */
export function learnLocale(locale: string): LocaleTable {
  const nf = new Intl.NumberFormat(locale);
  const resolved = nf.resolvedOptions().locale;
  const probe = nf.formatToParts(SEPARATOR_PROBE);
  const decimal = normalizeText(probe.find((p) => p.type === 'decimal')?.value ?? '.');
  const groups = probe.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const primary = groups.length > 1 ? groups[groups.length - 1]! : 3;
  const secondary = groups.length > 2 ? groups[groups.length - 2]! : primary;
  const digits = foreignDigits(resolved);
  const rawWords = new Map<string, number | null>();
  const affixes = learnAffixes({ locale: resolved, digits, words: rawWords }).sort(
    (a, b) => affixLength(b) - affixLength(a),
  );
  const bySuffixStart = new Map<string, Affix[]>();
  const prefixed: Affix[] = [];
  for (const a of affixes) {
    if (a.pre) {
      prefixed.push(a);
      continue;
    }
    const start = a.suf.trimStart().charAt(0).toLowerCase();
    const list = bySuffixStart.get(start) ?? [];
    list.push(a);
    bySuffixStart.set(start, list);
  }
  const words = new Map<string, number>();
  for (const [w, v] of rawWords) if (v !== null && w && !/[0-9]/.test(w)) words.set(w, v);
  return {
    locale: resolved,
    decimal,
    groupSizes: [primary, secondary],
    bySuffixStart,
    prefixed,
    words,
    digits,
  };
}
