// One cell of an ads export read strictly: a day, an amount or a count. Nothing is guessed: a
// date or number that reads two ways is refused with the choice that would settle it (AdsNeed).
// Separate from the rows: these readers know nothing of columns, campaigns or periods. Intl only.
import { t } from '../i18n';
import { isIsoDay } from './dates';
import { isCurrencyCode, MAX_AMOUNT_MINOR, minorDigits } from './money';
import { CAMPAIGN_LIMITS } from './validate';

export type DateOrder = 'dmy' | 'mdy';
export type DecimalMark = '.' | ',';
/** Which choice would settle an error: the page offers it. */
export type AdsNeed = 'dateOrder' | 'decimalMark' | 'emptyAsZero' | 'oneCampaign';
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string; need?: AdsNeed };

const pad = (n: string) => n.padStart(2, '0');

export function readDay(text: string, order: DateOrder | null): Read<string> {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]00:00(?::00)?)?$/.exec(text);
  const local = /^(\d{1,2})([/.-])(\d{1,2})\2(\d+)$/.exec(text);
  let day: string;
  if (iso) day = `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}`;
  else if (local) {
    const [, p, , q, year] = local as unknown as [string, string, string, string, string];
    if (year.length !== 4) return { ok: false, reason: t('campaignData.ads.twoDigitYear') };
    const dmy = `${year}-${pad(q)}-${pad(p)}`;
    const mdy = `${year}-${pad(p)}-${pad(q)}`;
    if (order === null) {
      const reason =
        isIsoDay(dmy) === isIsoDay(mdy)
          ? t('campaignData.ads.dateOrderUnknown')
          : isIsoDay(dmy)
            ? t('campaignData.ads.dateOrderDayFirst')
            : t('campaignData.ads.dateOrderMonthFirst');
      return { ok: false, reason, need: 'dateOrder' };
    }
    day = order === 'dmy' ? dmy : mdy;
  } else return { ok: false, reason: t('campaignData.ads.notADate') };
  return isIsoDay(day)
    ? { ok: true, value: day }
    : { ok: false, reason: t('campaignData.ads.notACalendarDay') };
}

/** Grouping where a person would put it: 1,234,567 or 12,34,567, never 1,23. */
function groupsValid(intPart: string, group: string): boolean {
  const parts = intPart.split(group);
  if (parts.length === 1) return true;
  const [first, ...rest] = parts;
  const last = rest.pop()!;
  return /^[1-9]\d{0,2}$/.test(first!) && /^\d{3}$/.test(last) && rest.every((p) => /^\d{2,3}$/.test(p));
}

interface NumberRules {
  digits: number;
  /**
   * A count that exports write only whole (clicks, impressions), so "1,234" can only be grouping.
   * Not conversions: with attribution they are fractional ("2.125" from an API-fed export).
   */
  count: boolean;
  mark: DecimalMark | null;
  max: number;
  /** Currency code and symbols that may stand before or after an amount. */
  symbols: readonly string[];
  /** Said when a decimal beyond `digits` is not zero (worded only then). */
  tooPrecise: () => string;
}

const other = (m: DecimalMark): DecimalMark => (m === '.' ? ',' : '.');

/** The decimal mark a cell shows without the user's choice, or null when it reads two ways. */
function cellMark(s: string, count: boolean): DecimalMark | null {
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (last < 0) return '.';
  const sep = s[last] as DecimalMark;
  if (s.includes(other(sep))) return sep; // 1,234.56 and 1.234,56: the last mark is the decimal
  if (s.split(sep).length > 2) return other(sep); // 1,234,567: a decimal mark appears once
  // "1,234" is 1234, or 1.234 from a tool that keeps more decimals than the currency: ambiguous.
  // A whole-only count (clicks) can only be grouped; "0,123" is never grouped.
  if (!/^\d{3}$/.test(s.slice(last + 1)) || s.slice(0, last) === '0') return sep;
  return count ? other(sep) : null;
}

/** A cell as an integer scaled by 10^digits; refuses what it would have to guess. */
export function readNumber(text: string, rules: NumberRules): Read<number> {
  let s = text.normalize('NFKC');
  for (const sym of rules.symbols)
    if (s.startsWith(sym)) s = s.slice(sym.length).trim();
    else if (s.endsWith(sym)) s = s.slice(0, -sym.length).trim();
  if (/^[-−(]/.test(s)) return { ok: false, reason: t('campaignData.ads.negative') };
  s = s.replace(/[\s\u00a0\u202f'’]/g, ' ');
  if (!/^\d[\d., ]*$/.test(s) || /\D$/.test(s))
    return { ok: false, reason: t('campaignData.ads.notANumber') };
  const mark = rules.mark ?? cellMark(s, rules.count);
  if (mark === null)
    return {
      ok: false,
      reason: t('campaignData.ads.decimalOrThousands'),
      need: 'decimalMark',
    };
  const [intPart = '', frac = '', extra] = s.split(mark);
  if (extra !== undefined || !/^\d*$/.test(frac) || (s.includes(mark) && frac === ''))
    return { ok: false, reason: t('campaignData.ads.notANumberWithMark', mark) };
  const groups = new Set(intPart.replace(/\d/g, ''));
  const group = [...groups][0];
  if (groups.size > 1 || (group !== undefined && !groupsValid(intPart, group)))
    return { ok: false, reason: t('campaignData.ads.misplacedGroups') };
  // Exports write whole counts with decimals (Google Ads' "3.00" conversions): decimals beyond
  // the allowed ones that are all zeros change nothing and are dropped, exactly; any other digit
  // there is a real fraction ("2.50" conversions) and is refused, never rounded.
  const kept = frac.slice(0, rules.digits);
  if (/[1-9]/.test(frac.slice(rules.digits))) return { ok: false, reason: rules.tooPrecise() };
  const scaled = BigInt(intPart.replace(/\D/g, '') + kept.padEnd(rules.digits, '0'));
  if (scaled > BigInt(rules.max)) return { ok: false, reason: t('campaignData.ads.tooLarge') };
  return { ok: true, value: Number(scaled) };
}

/** The currency's code and its symbols in English, longest first ("US$" before "$"). */
function symbolsOf(currency: string): string[] {
  const found = new Set([currency]);
  for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
    const f = new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay });
    for (const p of f.formatToParts(1)) if (p.type === 'currency') found.add(p.value);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** The readers' rules for the file's amounts and counts, from the user's choices. */
export function numberRules(c: { currency: string; decimalMark: DecimalMark | null }): {
  money: NumberRules;
  count: NumberRules;
  conversions: NumberRules;
} {
  const known = isCurrencyCode(c.currency);
  const digits = known ? minorDigits(c.currency) : 0;
  const base = { mark: c.decimalMark };
  const count: NumberRules = {
    ...base,
    digits: 0,
    count: true,
    max: CAMPAIGN_LIMITS.count,
    symbols: [],
    tooPrecise: () => t('campaignData.ads.notWholeNumber'),
  };
  return {
    money: {
      ...base,
      digits,
      count: false,
      max: MAX_AMOUNT_MINOR,
      symbols: known ? symbolsOf(c.currency) : [],
      tooPrecise: () => t('campaignData.ads.tooManyDecimals', c.currency, String(digits)),
    },
    count,
    // Google Ads credits fractions of conversions (data-driven attribution) and its API gives
    // them as doubles, so "2.125" or "3.000" from a tool fed by it is a fraction or a whole
    // number with decimals, not 2125 or 3000: without the user's mark it reads two ways.
    conversions: { ...count, count: false },
  };
}
