// Money as integers of minor units with an ISO 4217 code: parse what a person types, format it
// with Intl, and add amounts only when they share one currency. Pure: Intl only, no browser APIs.
// Integers, because 0.1 + 0.2 is not 0.3 in floating point and a budget must add up to the cent.
import { t, tn } from '../i18n';

export interface Money {
  /** Whole minor units (cents, yen, fils): 1234 EUR is €12.34, 1234 JPY is ¥1,234. */
  amountMinor: number;
  /** ISO 4217 code, upper case. */
  currency: string;
}

/** Largest amount accepted (10^15 minor units): sums of thousands stay exact integers. */
export const MAX_AMOUNT_MINOR = 1e15;

const CODE = /^[A-Z]{3}$/;

let known: Set<string> | null | undefined;
function knownCodes(): Set<string> | null {
  if (known === undefined) {
    const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
    try {
      known =
        typeof intl.supportedValuesOf === 'function' ? new Set(intl.supportedValuesOf('currency')) : null;
    } catch {
      known = null;
    }
  }
  return known;
}

/** Every currency this browser's Intl knows, sorted; empty when it cannot list them. */
export function currencyCodes(): string[] {
  return [...(knownCodes() ?? [])].sort();
}

/** A well-formed upper-case code that Intl knows (any well-formed one where Intl cannot list them). */
export function isCurrencyCode(code: unknown): code is string {
  if (typeof code !== 'string' || !CODE.test(code)) return false;
  const codes = knownCodes();
  return codes === null || codes.has(code);
}

/** Digits after the decimal point: JPY 0, EUR 2, KWD 3, as Intl formats the currency. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** The amount in major units (12.34 for 1234 EUR), for ratios. */
export const toMajor = (m: Money): number => m.amountMinor / 10 ** minorDigits(m.currency);

/** Whole minor units with `digits` decimals as exact text ("1234.50" for 123450 and 2). */
export function minorToDecimal(amountMinor: number, digits: number): string {
  const sign = amountMinor < 0 ? '-' : '';
  const s = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${s}` : `${sign}${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** Exact decimal text without grouping or symbol ("1234.50"), for CSV cells and edit fields. */
export const toDecimalString = (m: Money): string => minorToDecimal(m.amountMinor, minorDigits(m.currency));

export function formatMoney(m: Money, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(toMajor(m));
}

/**
 * A derived cost in major units (cost per engagement, CPM…). Below one major unit it keeps two
 * more decimals than the currency has, so €0.004 per engagement does not read as €0.00, and as
 * many more as two significant digits need (€0.000025, ¥0.002): a nonzero cost never reads as 0.
 */
export function formatCost(value: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  const small = value !== 0 && Math.abs(value) < 1;
  const significant = small ? 1 - Math.floor(Math.log10(Math.abs(value))) : 0;
  const max = small ? Math.min(20, Math.max(digits + 2, significant)) : digits;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: max,
  }).format(value);
}

export type ParsedAmount = { ok: true; amountMinor: number } | { ok: false; error: string };

const ND = /\p{Nd}/u;
/** Any script's decimal digit as 0-9: Unicode encodes each script's digits as one run 0…9. */
function asciiDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') out += ch;
    else if (ND.test(ch)) {
      const cp = ch.codePointAt(0)!;
      let start = cp;
      while (ND.test(String.fromCodePoint(start - 1))) start--;
      out += String((cp - start) % 10);
    } else out += ch;
  }
  return out;
}

const BIDI = /[\u200e\u200f\u061c]/g;
/** Text as readDecimal compares it: NFKC (a no-break space is a space), bidi marks removed. */
const plainText = (s: string): string => s.normalize('NFKC').replace(BIDI, '');

interface LocaleMarks {
  decimal: string;
  group: string;
  /** The code and the currency's symbols in the locale and in English, longest first. */
  symbols: string[];
}

function localeMarks(locale: string | undefined, currency: string): LocaleMarks {
  const symbols = new Set([currency]);
  let decimal = '.';
  let group = ',';
  for (const loc of [locale, 'en']) {
    try {
      const parts = new Intl.NumberFormat(loc, { style: 'currency', currency }).formatToParts(12345.5);
      // Read as the typed text is (NFKC, no bidi marks): "F CFA" and fr-CA's "$ US" hold a
      // no-break space, which NFKC makes the space a person types.
      for (const p of parts) if (p.type === 'currency') symbols.add(plainText(p.value));
      if (loc === locale) {
        decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
        group = parts.find((p) => p.type === 'group')?.value ?? ',';
      }
    } catch {
      // An unknown locale: en's symbols are still offered.
    }
  }
  return { decimal, group, symbols: [...symbols].sort((a, b) => b.length - a.length) };
}

/** The decimal mark readDecimal reads in the locale ("," in de): what the campaign form writes with. */
export const decimalMarkOf = (locale: string | undefined): string => localeMarks(locale, 'XXX').decimal;

const SPACES = /[\s\u00a0\u202f'’]/g;

/** Grouping must fall where a person would put it: 1,234,567 or 12,34,567, never 1,23. */
function groupsValid(intPart: string, group: RegExp): boolean {
  const parts = intPart.split(group);
  if (parts.length === 1) return true;
  const [first, ...rest] = parts;
  const last = rest.pop()!;
  return /^[1-9]\d{0,2}$/.test(first!) && /^\d{3}$/.test(last) && rest.every((p) => /^\d{2,3}$/.test(p));
}

export interface DecimalRules {
  /** Decimals allowed; the result is the number times 10^digits, as an integer. */
  digits: number;
  locale?: string;
  /** Said when a decimal beyond `digits` is not zero. */
  tooPrecise: string;
  /** Currency symbols or codes that may stand before or after the number. */
  symbols?: readonly string[];
  negative?: boolean;
  /** Largest scaled value accepted. */
  max?: number;
}

/** Why a typed number is refused; each reader words it for what the number is (an amount, a field). */
export type DecimalProblem =
  | 'empty'
  | 'negative'
  | 'minusSign'
  | 'digits'
  | 'ambiguous'
  | 'tooPrecise'
  | 'tooLarge';

/**
 * A typed number as an integer scaled by 10^digits. Reads the locale's decimal separator; a lone
 * "." or "," that is not the locale's separator is grouping when exactly three digits follow
 * ("1,234" in en), else a decimal point ("12,50"). Refuses more decimals than allowed (zeros
 * beyond them excepted) and anything it would have to guess at, saying why (parseDecimal words
 * it). Never throws.
 */
export function readDecimal(
  text: string,
  rules: Omit<DecimalRules, 'tooPrecise'>,
): { ok: true; scaled: number } | { ok: false; problem: DecimalProblem } {
  const { digits } = rules;
  // Bidi marks come along when a number is copied from right-to-left text.
  let s = asciiDigits(plainText(text)).trim();
  const marks = localeMarks(rules.locale, 'XXX');
  let decimal = marks.decimal;
  // Separators other than . and , (Arabic ٫ and ٬) are read as the locale defines them.
  if (decimal !== '.' && decimal !== ',') {
    s = s.split(decimal).join('.');
    decimal = '.';
  }
  if (marks.group !== '.' && marks.group !== ',') s = s.split(marks.group).join(' ');
  for (const sym of rules.symbols ?? []) {
    if (s.toUpperCase().startsWith(sym.toUpperCase())) s = s.slice(sym.length).trim();
    else if (s.toUpperCase().endsWith(sym.toUpperCase())) s = s.slice(0, -sym.length).trim();
  }
  if (s === '') return { ok: false, problem: 'empty' };
  let sign = 1;
  if (/^[-−(]/.test(s)) {
    if (!rules.negative) return { ok: false, problem: 'negative' };
    if (s[0] === '(') return { ok: false, problem: 'minusSign' };
    sign = -1;
    s = s.slice(1).trim();
  } else if (rules.negative && s[0] === '+') {
    // A signed number may carry its plus sign, as an NPS is written ("+32").
    s = s.slice(1).trim();
  }
  s = s.replace(SPACES, ' ');
  if (!/^\d[\d., ]*$/.test(s) || /\D$/.test(s)) return { ok: false, problem: 'digits' };
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let sep: string | null = null;
  if (dots > 0 && commas > 0) sep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const c = dots ? '.' : ',';
    const after = s.slice(s.indexOf(c) + 1);
    sep = c === decimal || !/^\d{3}$/.test(after) || /^0[\d ]*$/.test(s.slice(0, s.indexOf(c))) ? c : null;
  }
  const cut = sep === null ? -1 : s.lastIndexOf(sep);
  const intPart = cut < 0 ? s : s.slice(0, cut);
  const frac = cut < 0 ? '' : s.slice(cut + 1);
  const ambiguous = { ok: false, problem: 'ambiguous' } as const;
  if (sep !== null && s.split(sep).length > 2) return ambiguous;
  if (!/^\d*$/.test(frac) || (sep !== null && frac === '')) return ambiguous;
  if (!groupsValid(intPart, /[., ]/)) return ambiguous;
  // Decimals beyond the allowed ones that are all zeros ("3.00" conversions, "12.500" EUR, as
  // pasted from an export) change nothing and are dropped, exactly, as the ads import does; any
  // other digit there is a real fraction and is refused, never rounded.
  if (/[1-9]/.test(frac.slice(digits))) return { ok: false, problem: 'tooPrecise' };
  const scaled = BigInt(intPart.replace(/\D/g, '') + frac.slice(0, digits).padEnd(digits, '0'));
  if (scaled > BigInt(rules.max ?? Number.MAX_SAFE_INTEGER)) return { ok: false, problem: 'tooLarge' };
  return { ok: true, scaled: sign * Number(scaled) };
}

/** A problem of a typed number in words ("Enter a number", "must not be negative"…), in the user's language. */
export function decimalError(problem: DecimalProblem, text: string, tooPrecise: string): string {
  const typed = text.trim();
  switch (problem) {
    case 'empty':
      return t('campaignData.money.enterNumber');
    case 'negative':
      return t('campaignData.money.negative');
    case 'minusSign':
      return t('campaignData.money.minusSign', typed);
    case 'digits':
      return t('campaignData.money.digits', typed);
    case 'ambiguous':
      return t('campaignData.money.ambiguous', typed);
    case 'tooPrecise':
      return tooPrecise;
    case 'tooLarge':
      return t('campaignData.money.tooLarge');
  }
}

/** readDecimal with its refusal in words (see decimalError). Never throws. */
export function parseDecimal(
  text: string,
  rules: DecimalRules,
): { ok: true; scaled: number } | { ok: false; error: string } {
  const r = readDecimal(text, rules);
  return r.ok ? r : { ok: false, error: decimalError(r.problem, text, rules.tooPrecise) };
}

/** An amount's problem in words: the amount is named ("Enter an amount", "The amount is too large"). */
function amountError(problem: DecimalProblem, text: string, tooPrecise: string): string {
  const typed = text.trim();
  switch (problem) {
    case 'empty':
      return t('campaignData.money.enterAmount');
    case 'negative':
      return t('campaignData.money.amountNegative');
    case 'minusSign':
      return t('campaignData.money.amountMinusSign', typed);
    case 'digits':
      return t('campaignData.money.amountDigits', typed);
    case 'tooLarge':
      return t('campaignData.money.amountTooLarge');
    default:
      return decimalError(problem, text, tooPrecise);
  }
}

/** A typed amount as integer minor units of currency (see parseDecimal); never negative. */
export function parseAmount(text: string, currency: string, locale?: string): ParsedAmount {
  if (!isCurrencyCode(currency))
    return { ok: false, error: t('campaignData.money.notCurrencyCode', String(currency)) };
  const digits = minorDigits(currency);
  const r = readDecimal(text, {
    digits,
    locale,
    symbols: localeMarks(locale, currency).symbols,
    max: MAX_AMOUNT_MINOR,
  });
  if (r.ok) return { ok: true, amountMinor: r.scaled };
  const tooPrecise =
    digits === 0
      ? t('campaignData.money.noDecimals', currency)
      : tn('campaignData.money.maxDecimals', digits, currency);
  return { ok: false, error: amountError(r.problem, text, tooPrecise) };
}

export type MoneySum =
  | { kind: 'empty' }
  | { kind: 'sum'; total: Money }
  | { kind: 'mixed'; currencies: string[] };

/** Adds amounts of one currency. Amounts in several currencies are not added: 'mixed' says which. */
export function sumMoney(items: readonly Money[]): MoneySum {
  if (items.length === 0) return { kind: 'empty' };
  const currencies = [...new Set(items.map((m) => m.currency))].sort();
  if (currencies.length > 1) return { kind: 'mixed', currencies };
  const total = items.reduce((acc, m) => acc + m.amountMinor, 0);
  return { kind: 'sum', total: { amountMinor: total, currency: currencies[0]! } };
}

export const mixedCurrencies = (currencies: readonly string[]): string =>
  t('campaignData.money.mixed', currencies.join(', '));
