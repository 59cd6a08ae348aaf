// Number, percent and date formatting for the extension pages (whether a post's url may be shown
// as a link is safePermalink's to say, in lib/platforms). Pure: Intl only, no browser APIs, so it
// is the same in the popup, the dashboard and tests.
import { isDayOnly } from './types';

const DASH = '—';

// Building an Intl formatter costs far more than using one, and a table formats thousands of
// cells per scroll: keep one per locale and options.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  const hit = formats.get(key);
  if (hit) return hit as F;
  const f = make();
  formats.set(key, f);
  return f;
}

/** The number formatter for a locale and options, made once. */
export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions) =>
  cached(`n|${locale ?? ''}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
/** The date formatter for a locale and options, made once. */
export const dateFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale ?? ''}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export function formatNumber(v: number | null | undefined, locale?: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(v);
}

/**
 * Posts a week: one decimal ("3.0"), so a column of them lines up; below 0.1 two significant
 * digits, so an author who posts every 26 weeks reads 0.038, not "0.0" (as if never).
 */
export function formatPerWeek(v: number | null | undefined, locale?: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
  return numberFormat(locale, { minimumFractionDigits: 1, ...keepsNonzero(v, 1) }).format(v);
}

/** 12.3K style, for tight spaces (popup rows). */
export function formatCompact(v: number | null | undefined, locale?: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v);
}

/**
 * Fixed decimals, or two significant digits where those decimals would keep fewer than two: a
 * nonzero figure never reads as 0 (30 likes on a million views is 0.003%, not 0%), and a small one
 * keeps its size (0.042/h, not 0/h). `scale` is what the style multiplies by (100 for a percent).
 */
function keepsNonzero(v: number, fractionDigits: number, scale = 1): Intl.NumberFormatOptions {
  const shown = Math.abs(v * scale);
  return shown > 0 && shown < 10 ** (1 - fractionDigits)
    ? { maximumSignificantDigits: 2 }
    : { maximumFractionDigits: fractionDigits };
}

// Intl writes -0 as "-0": a zero is written as 0 whatever its sign.
const unsigned0 = (v: number) => (v === 0 ? 0 : v);

/**
 * A number with up to `fractionDigits` decimals, or two significant digits where those would keep
 * fewer (a ROAS of 0.004×, a change of 0.003 percentage points): never 0 for a nonzero value.
 */
export function formatFine(
  v: number | null | undefined,
  locale: string | undefined,
  fractionDigits: number,
): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
  return numberFormat(locale, keepsNonzero(v, fractionDigits)).format(unsigned0(v));
}

/** How a fraction is rounded as a percent: two decimals below 10%, one from there, two significant
 * digits below 0.1%. formatPercent writes it; percentAsShown reads it back as a number. */
const percentRounding = (v: number) => keepsNonzero(v, Math.abs(v) < 0.1 ? 2 : 1, 100);

/** A fraction as a percent, rounded as percentRounding says. */
export function formatPercent(v: number | null | undefined, locale?: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
  return numberFormat(locale, { style: 'percent', ...percentRounding(v) }).format(unsigned0(v));
}

/**
 * A fraction as formatPercent shows it, as a fraction again: 0.019995 (shown "2%") is 0.02. A band
 * judged on what the user reads agrees with it: a badge that says "2%" is "strong" where the bands
 * say strong from 2%, not "typical" for the 1.9995% behind it.
 */
export function percentAsShown(v: number): number {
  const pct = v * 100;
  if (!Number.isFinite(pct) || pct === 0) return v;
  const { maximumSignificantDigits: sig, maximumFractionDigits: decimals } = percentRounding(v);
  return (sig !== undefined ? Number(pct.toPrecision(sig)) : Number(pct.toFixed(decimals))) / 100;
}

/** Engagements per hour: whole from 10, one decimal from 1, two significant digits below. */
export function formatVelocity(v: number | null | undefined, locale?: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
  const digits = Math.abs(v) < 10 ? 1 : 0;
  return `${numberFormat(locale, keepsNonzero(v, digits)).format(unsigned0(v))}/h`;
}

/** Outlier score as a multiple of the author's median ("3.2×"; two significant digits below 1). */
export function formatMultiple(v: number | null | undefined, locale?: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
  return `${numberFormat(locale, keepsNonzero(v, 1)).format(unsigned0(v))}×`;
}

function toDate(v: number | string | null | undefined): Date | null {
  if (v === null || v === undefined) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function formatDate(v: number | string | null | undefined, locale?: string): string {
  const d = toDate(v);
  return d ? dateFormat(locale, { dateStyle: 'medium' }).format(d) : DASH;
}

export function formatDateTime(v: number | string | null | undefined, locale?: string): string {
  const d = toDate(v);
  return d ? dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d) : DASH;
}

/**
 * A post's posting time as stored: a day alone ("2026-03-04", where the page named only the day)
 * as that calendar day, in every time zone (its UTC midnight read in UTC: read in New York it would
 * be the evening before), and never with a time; a moment as formatDate, or formatDateTime when
 * `withTime`.
 */
export function formatPosted(v: string | null | undefined, withTime: boolean, locale?: string): string {
  if (isDayOnly(v)) {
    const d = toDate(v);
    return d ? dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d) : DASH;
  }
  return withTime ? formatDateTime(v, locale) : formatDate(v, locale);
}

/** `YYYY-MM-DD` in local time (for date inputs and file names). */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first `n` code points of `text`: a cut never falls inside an emoji's surrogate pair. */
export const firstCodePoints = (text: string, n: number): string =>
  text.length <= n ? text : Array.from(text).slice(0, n).join('');

/** A handle that is an account's number or an address's path, written with no "@" (handleLabel). */
const NOT_AT = /^\d+$|\//;

/**
 * A handle as the pages show it: "@alice", but as it is where it is an account's number or an
 * address's path, which no platform writes with "@" (a Facebook account without a username,
 * "100012345678"; a YouTube channel read from /channel/UC…, "channel/UC…"; a LinkedIn company,
 * "company/acme"; a Reddit community, "r/foo"). One rule for every place that names an author,
 * the badge's card (authorRef in lib/metrics/badge-words.ts) and the Posts search among them.
 */
export const handleLabel = (handle: string): string => (NOT_AT.test(handle) ? handle : `@${handle}`);

/** The marks that open or close a direction embedding, override or isolate (and the lone marks). */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A page's text with direction controls in it, between U+2068 (first strong isolate) and U+2069
 * (pop directional isolate): whatever it opens ends with it, so a name's right-to-left override
 * cannot turn the rest of a line around ("stsop 21" for "12 posts" in an <option>, a badge's chip
 * or aria-label: plain text, where no <bdi> can go). Text without any is left as it is. The text's
 * own isolate marks go: a stray U+2069 in it would end this isolate early, and one it opens would
 * keep this one's end from closing it.
 */
export const isolated = (text: string): string => (BIDI_CONTROL.test(text) ? isolate(text) : text);

/** `text` between U+2068 and U+2069, always, without isolate marks of its own (see `isolated`). */
export const isolate = (text: string): string => `\u2068${text.replace(/[\u2066-\u2069]/g, '')}\u2069`;
