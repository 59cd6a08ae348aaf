// The rules one field of an import must meet. Pure. An import is faithful or refused: each rule
// gives back the value exactly as the file holds it (times as the same instant in UTC ISO form), or
// the reason it cannot be kept as it is. Nothing is cut, rounded or moved to a nearby date.
// README "Export format" documents every limit named here.

import { attempt, LIMITS } from '../check';
import { BIDI_CONTROL, dateFormat, formatNumber } from '../format';
import { t, uiLocale } from '../i18n';
import { FUTURE_SLACK_MS } from '../limits';
import { isDayOnly } from '../types';

export type Rule<T> = { value: T } | { reason: string };

/** A figure in a reason, grouped as the user's language writes numbers. */
const group = (n: number) => formatNumber(n, uiLocale());

/**
 * A moment in an import's message, as the user's clock reads it: date and time to the second in the
 * user's language and time zone, with the zone's name, so the hour a clock goes back through twice
 * reads as two times, not one (the file writes it in UTC, which is no time the user saw).
 */
export const shownTime = (at: number | string): string =>
  dateFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'long' }).format(new Date(at));

/**
 * A count: null (not shown; a missing field reads as null), or a whole number from 0 to
 * LIMITS.count, given as a JSON number. 1.5 is refused, not rounded; "12" is refused, not read.
 */
export function countRule(v: unknown): Rule<number | null> {
  if (v === undefined || v === null) return { value: null };
  return wholeRule(v);
}

/** A count that must be there (an author's follower reading). */
export function requiredCountRule(v: unknown): Rule<number> {
  if (v === undefined || v === null) return { reason: t('transfer.rules.countMissing') };
  return wholeRule(v);
}

/** An optional flag: absent (undefined), or true or false as a JSON boolean. */
export function flagRule(v: unknown): Rule<boolean | undefined> {
  if (v === undefined || typeof v === 'boolean') return { value: v };
  return { reason: t('transfer.rules.flag') };
}

function wholeRule(v: unknown): Rule<number> {
  if (typeof v === 'string') return { reason: t('transfer.rules.countText') };
  if (typeof v !== 'number') return { reason: t('transfer.rules.countType') };
  if (!Number.isFinite(v)) return { reason: t('transfer.rules.countHuge') };
  if (!Number.isInteger(v)) return { reason: t('transfer.rules.countFraction') };
  if (v < 0) return { reason: t('transfer.rules.countNegative') };
  if (v > LIMITS.count) return { reason: t('transfer.rules.countOver', group(LIMITS.count)) };
  return { value: v === 0 ? 0 : v };
}

/**
 * Date and time with seconds and an explicit zone, as the export writes them:
 * 2025-03-01T10:30:00.000Z, or with an offset such as +02:00. Fractions finer than a millisecond
 * are refused unless they are zeros (PostLens keeps milliseconds and would have to cut them). A
 * year before 0000 is read as toISOString writes it, a minus and six digits
 * (-000001-12-31T23:00:00.000Z), so every time a record holds imports again; -000000 is no year.
 * (A year after 9999 is always in the future, so its +YYYYYY form stays a wrong form.)
 */
const INSTANT =
  /^(\d{4}|-(?!0{6})\d{6})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3})(\d*))?(Z|([+-])(\d{2}):(\d{2}))$/;

const EXAMPLE = '2025-03-01T10:30:00.000Z'; // i18n-ignore: a time as the file writes it

/** A point in time, strictly: a real calendar date, a real clock time, a zone, not in the future. */
export function instantRule(v: unknown, now: number): Rule<string> {
  if (typeof v !== 'string') return { reason: t('transfer.rules.instantType', EXAMPLE) };
  const m = INSTANT.exec(v);
  if (!m) return { reason: t('transfer.rules.instantForm', EXAMPLE) };
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [ms = '', finer = '', zone, sign, zh, zm] = [m[7], m[8], m[9], m[10], m[11], m[12]];
  if (month < 1 || month > 12) return { reason: t('transfer.rules.noMonth', month) };
  const monthDays = month === 2 && isLeap(year) ? 29 : DAYS[month - 1]!;
  if (day < 1 || day > monthDays) {
    return { reason: t('transfer.rules.monthDays', monthName(month), year, monthDays) };
  }
  if (hour > 23 || minute > 59 || second > 59) return { reason: t('transfer.rules.notTime') };
  if (/[1-9]/.test(finer)) return { reason: t('transfer.rules.finerThanMs') };
  let offset = 0;
  if (zone !== 'Z') {
    const h = Number(zh);
    const mm = Number(zm);
    if (h > 23 || mm > 59) return { reason: t('transfer.rules.badOffset', zone!) };
    offset = (sign === '-' ? -1 : 1) * (h * 60 + mm) * 60_000;
  }
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, Number(ms.padEnd(3, '0')));
  const at = utc.getTime() - offset;
  if (!Number.isFinite(at)) return { reason: t('transfer.rules.outOfRange') };
  if (at > now + FUTURE_SLACK_MS) return { reason: t('transfer.rules.future', shownTime(now)) };
  return { value: new Date(at).toISOString() };
}

/**
 * A posting time: an instant as instantRule reads it, or a calendar day alone ("2026-03-04"),
 * which PostLens stores where the page named only the day; kept a day alone, with the same
 * calendar and future checks as that day's first moment in UTC.
 */
export function postedRule(v: unknown, now: number): Rule<string> {
  if (!isDayOnly(v as string)) return instantRule(v, now);
  const start = instantRule(`${v as string}T00:00:00.000Z`, now);
  return 'reason' in start ? start : { value: v as string };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A month's name in the user's language ("February"). */
const monthName = (month: number) =>
  new Intl.DateTimeFormat(uiLocale(), { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, 1),
  );

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** What a text rule keeps, each with its own "too long" sentence. */
export type TextKind = 'names' | 'handles' | 'post ids' | 'post text';

const TOO_LONG: Record<TextKind, (length: string, max: string) => string> = {
  names: (length, max) => t('transfer.rules.tooLong.names', length, max),
  handles: (length, max) => t('transfer.rules.tooLong.handles', length, max),
  'post ids': (length, max) => t('transfer.rules.tooLong.postIds', length, max),
  'post text': (length, max) => t('transfer.rules.tooLong.postText', length, max),
};

/** Text kept as it is, up to max characters (UTF-16 code units, as stored). */
export function textRule(v: unknown, max: number, what: TextKind): Rule<string> {
  if (typeof v !== 'string') return { reason: t('transfer.rules.notText') };
  if (v.length > max) return { reason: TOO_LONG[what](group(v.length), group(max)) };
  return { value: v };
}

/** A display name: null (a missing field reads as null), or text up to LIMITS.name, kept as it is. */
export function nameRule(v: unknown): Rule<string | null> {
  if (v === undefined || v === null) return { value: null };
  return textRule(v, LIMITS.name, 'names');
}

/** An identifier: non-empty text up to max characters. */
export function idRule(v: unknown, max: number, what: TextKind): Rule<string> {
  if (typeof v !== 'string' || v.trim() === '') return { reason: t('transfer.rules.emptyId') };
  return textRule(v, max, what);
}

/** A check.ts reader (which throws "path: reason") as a rule. */
export function ruleOf<T>(path: string, read: () => T): Rule<T> {
  const r = attempt(read);
  if ('value' in r) return r;
  return { reason: r.reason.startsWith(`${path}: `) ? r.reason.slice(path.length + 2) : r.reason };
}

/** Bidi controls: shown escaped, so a value cannot turn the report's text around it. */
const BIDI = new RegExp(BIDI_CONTROL.source, 'g');

/** Text in quotes on one line (JSON escapes), its bidi controls escaped too. */
const quoted = (v: string) =>
  JSON.stringify(v).replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A value shown in a report: short, one line, safe as text. For display only; the data is untouched. */
export function shownValue(v: unknown, max = 80): string {
  if (v === undefined) return t('transfer.shown.missing');
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : t('transfer.shown.hugeNumber');
  if (typeof v === 'string') {
    if (v.length <= max) return quoted(v);
    const cut = [...v.slice(0, max)];
    // Drop a half emoji at the cut.
    const last = cut.at(-1)?.charCodeAt(0) ?? 0;
    if (last >= 0xd800 && last <= 0xdbff) cut.pop();
    return t('transfer.shown.cutText', quoted(cut.join('')), group(v.length));
  }
  if (Array.isArray(v)) return t('transfer.shown.list', group(v.length));
  if (typeof v === 'object' && v !== null) {
    const keys = Object.keys(v);
    const few = keys.slice(0, 5).map((k) => shownValue(k, 20));
    return t('transfer.shown.object', `${few.join(', ')}${keys.length > 5 ? ', …' : ''}`);
  }
  return String(v);
}
