// The checks of one field each, and the notes of a batch's check (lib/check.ts): how a failure
// becomes a reason, and a field that fails becomes null with its reason. Pure, like check.ts.
import { t, wholeNumber } from './i18n';
import { cutWhole, LIMITS } from './limits';
import { type Count, isDayOnly, postedMs } from './types';

/** Thrown by the checks below and caught by attempt(), which turns it into a reason. */
class Invalid extends Error {}
export const fail = (msg: string): never => {
  throw new Invalid(msg);
};

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value for a reason, short and inert: never its own toString, never a megabyte of it. */
export function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v == null) return String(v);
  if (Array.isArray(v)) return t('checks.shown.array');
  return typeof v === 'object' ? t('checks.shown.object') : t('checks.shown.other', typeof v);
}

/** What a hostile getter threw, for a reason: even its toString may throw. */
function thrown(e: unknown): string {
  try {
    return String(e).slice(0, 200);
  } catch {
    return t('checks.unshowableError');
  }
}

/** Runs check, turning its failure into a reason. */
export function attempt<T>(check: () => T): { value: T } | { reason: string } {
  try {
    return { value: check() };
  } catch (e) {
    return { reason: e instanceof Invalid ? e.message : t('checks.unreadable', thrown(e)) };
  }
}

/** check(), its failure named after the field: for what a reading (or a batch) cannot go without. */
export function named<T>(field: string, check: () => T): T {
  const r = attempt(check);
  return 'value' in r ? r.value : fail(`${field}: ${r.reason}`);
}

/** What a batch's check changed in the readings it kept, each with the post, the field and why. */
export class Notes {
  readonly nulled: string[] = [];
  readonly cut: string[] = [];

  /** The checks of one reading's fields, every note naming the reading as `who`. */
  about(who: string) {
    /** check(), or `empty` and a reason when it fails: a field the page got wrong costs only itself. */
    const field = <T>(name: string, check: () => T, empty: T): T => {
      const r = attempt(check);
      if ('value' in r) return r.value;
      // Text and promoted have no null: say what was stored instead.
      this.nulled.push(
        empty === null
          ? `${who} ${name}: ${r.reason}`
          : t('checks.storedAs', `${who} ${name}`, r.reason, JSON.stringify(empty)),
      );
      return empty;
    };
    const cut = (name: string, v: string, max: number) => this.cutTo(`${who} ${name}`, v, max);
    /** Free text: '' when the page shows none (or it fails), cut to max. */
    const text = (name: string, read: () => unknown, max: number) => {
      const v = field(name, () => stringOf(read()), '');
      return cut(name, v, max);
    };
    /** A display name: null when the page shows none (or it fails), cut to LIMITS.name. */
    const displayName = (name: string, read: () => unknown) => {
      const v = field<string | null>(name, () => stringOf(read()) || null, null);
      return v && cut(name, v, LIMITS.name);
    };
    return { field, text, displayName };
  }

  /** Free text is cut rather than refused (a long caption is still a good reading), but said. */
  cutTo(what: string, v: string, max: number): string {
    if (v.length <= max) return v;
    const kept = cutWhole(v, max);
    this.cut.push(t('checks.cut', what, wholeNumber(max), wholeNumber(kept.length)));
    return kept;
  }
}

export function idOf(v: unknown, max: number): string {
  if (typeof v !== 'string' || v.trim() === '') return fail(t('checks.nonEmptyString', shown(v)));
  if (v.length > max) fail(t('checks.longerThan', wholeNumber(max), wholeNumber(v.length)));
  return v;
}

/** A string, or '' when the page shows none. */
export function stringOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : fail(t('checks.string', shown(v)));
}

export const handleOf = (v: unknown): string | null => (v == null ? null : idOf(v, LIMITS.name));

/** null (not shown) or a whole count from 0 to LIMITS.count. */
export function countOf(v: unknown): Count {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number') return fail(t('checks.numberOrNull', shown(v)));
  if (!Number.isFinite(v)) fail(t('checks.finite', shown(v)));
  if (v < 0) fail(t('checks.notNegative', shown(v)));
  if (v > LIMITS.count) fail(t('checks.atMost', wholeNumber(LIMITS.count), shown(v)));
  const whole = Math.round(v);
  // Float noise (an adapter's 1.1 × 1000 = 1100.0000000000002) is rounded away; a real fraction
  // is no count a page shows, and rounding it would change the reading silently.
  if (Math.abs(v - whole) > v * 1e-14) fail(t('checks.whole', shown(v)));
  // -0 passes "0 or more" but is no count: it would be shown as "-0".
  return whole === 0 ? 0 : whole;
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** null (not shown) or an ISO 8601 date string, returned as UTC ISO. */
export function isoOf(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' || !ISO.test(v)) return fail(t('checks.isoDate', shown(v)));
  const ms = Date.parse(v);
  // A day the calendar lacks ("2025-02-30T12:00:00Z") is refused: Date.parse would roll it over
  // to another day (2 March) and the post would be dated wrongly without a word.
  if (!Number.isFinite(ms) || Number.isNaN(postedMs(v.slice(0, 10)))) fail(t('checks.realDate', shown(v)));
  return new Date(ms).toISOString();
}

/**
 * A posting time: as isoOf, except that a calendar day alone ("2026-03-04", a page that named only
 * the day) stays a day alone, not made its UTC midnight; a day that is not in the calendar
 * ("2026-02-30") is refused rather than moved to another.
 */
export function postedIsoOf(v: unknown): string | null {
  if (!isDayOnly(v as string)) return isoOf(v);
  const day = v as string;
  if (Number.isNaN(postedMs(day))) fail(t('checks.realDate', shown(day)));
  return day;
}

export const objectOf = (v: unknown) => (isObject(v) ? v : fail(t('checks.object', shown(v))));
export const flagOf = (v: unknown): boolean =>
  v == null || typeof v === 'boolean' ? v === true : fail(t('checks.flag', shown(v)));
