// The Overview's periods: the last 7, 30 or 90 days, or two calendar days the user picks, and the
// period of equal length just before, which every card is compared with (while a period runs, only
// as much of it as has passed of this one: comparedSpan). Pure: Date and Intl only.
//
// A period holds the instants start ≤ t < end. The end is exclusive so that a period and the one
// before it (which ends where it starts) never both count the same post.
//
// The last N days are N × 24 hours ending now, and the period before them N × 24 hours too. Days
// the user picks are calendar days of a time zone (theirs unless a test names one): across a change
// of clock a day lasts 23 or 25 hours, so those periods and the period before are cut at midnights.
// The trend of either kind is cut into calendar days (dayStarts), so that what a chart names
// "Mar 10" holds the posts of 10 March: the last N days begin and end at the time they were
// picked, so their first and last days are parts of days.

import { formatNumber, isoDay } from '../format';
import { t, uiLocale } from '../i18n';
import { offsetAt } from './zone-slots';

export interface Period {
  /** Epoch ms, included. */
  start: number;
  /** Epoch ms, excluded. */
  end: number;
  /** A period of calendar days (periodOfDays): the IANA zone whose days they are. */
  timeZone?: string;
}

export type PeriodCheck = { ok: true; period: Period } | { ok: false; reason: string };

export const DAY_MS = 86_400_000;
export const PERIOD_PRESETS = [7, 30, 90] as const;
/** Longest custom period: ten years of days keeps each card's daily series small. */
export const MAX_PERIOD_DAYS = 3660;

/** The `days` × 24 h ending now. */
export function lastDays(days: number, now: number): Period {
  return { start: now - days * DAY_MS, end: now };
}

/**
 * The period of the same length that ends where `p` starts: as many calendar days for a period of
 * days (a week across the change of clock is 169 hours, not the 168 of the week after).
 */
export function previousPeriod(p: Period): Period {
  if (p.timeZone === undefined) return { start: p.start - (p.end - p.start), end: p.start };
  const [y, m, d] = dateIn(p.start, p.timeZone);
  const start = dayStartIn(y, m, d - dayStarts(p).length, p.timeZone);
  return { start, end: p.start, timeZone: p.timeZone };
}

/**
 * What a period is compared with (`previous`, previousPeriod(p)) while it runs: of `previous`, as
 * much as has passed of `p` by `now`, from its start. Seven days of a month against a whole month
 * before read as a fall of three quarters that nobody saw. A period of days is measured in them: as
 * many whole days, then as long into the next one as `now` is into its day (no longer than that
 * day), so "Dec 1–31" on Dec 7 at noon is compared with its previous period (Oct 31 – Nov 30, as
 * long) from Oct 31 to Nov 6 at noon, whatever change of clock lies between. A period that has ended (`now` at or after its end, as the last N days, which
 * end now) is compared with the whole of `previous`; one not begun with none of it.
 */
export function comparedSpan(p: Period, now: number, previous: Period = previousPeriod(p)): Period {
  if (!(now < p.end)) return previous;
  if (!(now >= p.start)) return { ...previous, end: previous.start };
  // Up to the instant matching now, that one included (its end is 1 ms after it): nothing is dated
  // after now, so this period holds the posts up to now, now included.
  if (p.timeZone === undefined)
    return { ...previous, end: Math.min(previous.end, previous.start + (now - p.start) + 1) };
  const days = dayStarts(p);
  const before = dayStarts(previous);
  const i = dayIndex(days, now);
  // A zone that skipped a date (dayStarts) may leave the previous period a day short: its end then.
  const from = before[i] ?? previous.end;
  const to = before[i + 1] ?? previous.end;
  return { ...previous, end: Math.min(to, from + (now - days[i]!) + 1) };
}

/**
 * The local calendar day `back` days before `now`'s, as "YYYY-MM-DD": counted in days, not in
 * 24-hour steps, which after a change of clock land on the day before between midnight and 1 a.m.
 */
export function isoDaysBefore(now: number, back: number): string {
  const d = new Date(now);
  d.setDate(d.getDate() - back);
  return isoDay(d);
}

/** A period from epoch ms, checked: both finite, start before end, not over MAX_PERIOD_DAYS. */
export function customPeriod(start: number, end: number): PeriodCheck {
  if (!Number.isFinite(start) || !Number.isFinite(end))
    return { ok: false, reason: t('insights.period.chooseBoth') };
  if (!(start < end)) return { ok: false, reason: t('insights.period.firstAfterLast') };
  if (end - start > MAX_PERIOD_DAYS * DAY_MS)
    return { ok: false, reason: t('insights.period.tooLong', formatNumber(MAX_PERIOD_DAYS, uiLocale())) };
  return { ok: true, period: { start, end } };
}

/** The zone the browser runs in: the user's calendar days. */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The calendar date [year, month 0–11, day] an instant falls on in a zone. */
function dateIn(epochMs: number, timeZone: string): [number, number, number] {
  const wall = new Date(epochMs + offsetAt(epochMs, timeZone));
  return [wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()];
}

/**
 * The first instant of a calendar day in a zone (month 0–11; a day past the month's end rolls
 * over, as in Date.UTC): its midnight with the offset in force around it. Where the clock skips
 * midnight (a change at 00:00) the day begins at the change; where midnight comes twice, at the
 * first. `guess`: an offset likely in force (the day before's), tried first.
 */
function dayStartIn(y: number, m: number, d: number, timeZone: string, guess?: number): number {
  const wall = Date.UTC(y, m, d);
  const real = (offset: number) => offsetAt(wall - offset, timeZone) === offset;
  // The day before's offset, still in force at midnight: the usual case, one Intl call. (Were
  // midnight twice, the first has the offset before the change, the day before's.)
  if (guess !== undefined && real(guess)) return wall - guess;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const first = Math.max(before, after);
  const second = Math.min(before, after);
  // The larger offset puts midnight earlier; a skipped midnight is real with neither, and the
  // day then begins where the offset before ends.
  if (real(first)) return wall - first;
  if (real(second)) return wall - second;
  return wall - before;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` day as [year, month 0–11, day]; null when it is not a real day. */
function isoDate(iso: string): [number, number, number] | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  // Date.UTC rolls 2025-02-30 over into March: only a real day reads back the same.
  const back = new Date(Date.UTC(y, mo, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo && back.getUTCDate() === d
    ? [y, mo, d]
    : null;
}

/** Midnight at the start of a `YYYY-MM-DD` day (what a date input holds) in a zone; NaN when not a real day. */
export function localDayStart(iso: string, timeZone: string = localTimeZone()): number {
  const day = isoDate(iso);
  return day ? dayStartIn(...day, timeZone) : Number.NaN;
}

/**
 * The calendar days `from` to `to` of a zone (the user's unless given), both included: from's
 * midnight to the midnight after `to`.
 */
export function periodOfDays(from: string, to: string, timeZone: string = localTimeZone()): PeriodCheck {
  const first = isoDate(from);
  const last = isoDate(to);
  if (!first || !last) return { ok: false, reason: t('insights.period.chooseBoth') };
  const days = (Date.UTC(...last) - Date.UTC(...first)) / DAY_MS + 1;
  if (days < 1) return { ok: false, reason: t('insights.period.firstAfterLast') };
  // Counted in days, not hours: a period of the longest length across a change of clock is an
  // hour over or under that many 24 hours.
  if (days > MAX_PERIOD_DAYS)
    return { ok: false, reason: t('insights.period.tooLong', formatNumber(MAX_PERIOD_DAYS, uiLocale())) };
  const [y, m, d] = last;
  const period = { start: dayStartIn(...first, timeZone), end: dayStartIn(y, m, d + 1, timeZone), timeZone };
  return { ok: true, period };
}

/**
 * The starts of the period's days, the first at its start: each calendar day of `timeZone` (the
 * period's own, else the user's, whose days the charts draw) from its midnight. A period that
 * begins or ends inside a day (the last N days, from the time they were picked) has that day cut
 * short: the first then starts at the period's start, the last ends at the period's end.
 */
export function dayStarts(p: Period, timeZone: string = p.timeZone ?? localTimeZone()): number[] {
  const out: number[] = [];
  if (!(p.start < p.end)) return out;
  const [y, m, d] = dateIn(p.start, timeZone);
  let offset = offsetAt(p.start, timeZone);
  for (let day = p.start, i = 1; day < p.end; i++) {
    // A date the zone skipped (Samoa's 30 December 2011) starts where the next one does: one day.
    const before = out[out.length - 1];
    if (before === undefined || day > before) out.push(day);
    day = dayStartIn(y, m, d + i, timeZone, offset);
    offset = offsetAt(day, timeZone);
  }
  return out;
}

/** Which of `days` (a period's dayStarts) an instant inside the period falls on. */
export function dayIndex(days: readonly number[], t: number): number {
  // The last day starting at or before t, found by halving.
  let lo = 0;
  let hi = days.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= t) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Whole days in the period, rounded (a custom period across a clock change is 23 or 25 h off). */
export const periodDays = (p: Period): number => Math.round((p.end - p.start) / DAY_MS);
