// The Overview's periods: the last 7, 30 or 90 days, or two calendar days the user picks, and the
// period of equal length just before, which every card is compared with. Pure: Date arithmetic only.
//
// A period holds the instants start ≤ t < end. The end is exclusive so that a period and the one
// before it (which ends where it starts) never both count the same post.

import { formatNumber } from '../format';
import { t } from '../i18n';

export interface Period {
  /** Epoch ms, included. */
  start: number;
  /** Epoch ms, excluded. */
  end: number;
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

/** The period of the same length that ends where `p` starts. */
export function previousPeriod(p: Period): Period {
  return { start: p.start - (p.end - p.start), end: p.start };
}

/** A period from epoch ms, checked: both finite, start before end, not over MAX_PERIOD_DAYS. */
export function customPeriod(start: number, end: number): PeriodCheck {
  if (!Number.isFinite(start) || !Number.isFinite(end))
    return { ok: false, reason: t('insights.period.chooseBoth') };
  if (!(start < end)) return { ok: false, reason: t('insights.period.firstAfterLast') };
  if (end - start > MAX_PERIOD_DAYS * DAY_MS)
    return { ok: false, reason: t('insights.period.tooLong', formatNumber(MAX_PERIOD_DAYS)) };
  return { ok: true, period: { start, end } };
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight at the start of a `YYYY-MM-DD` day (what a date input holds); NaN when not a real day. */
export function localDayStart(iso: string): number {
  const m = ISO_DAY.exec(iso);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const t = new Date(y, mo, d);
  // new Date rolls 2025-02-30 over into March: only a real day reads back the same.
  return t.getFullYear() === y && t.getMonth() === mo && t.getDate() === d ? t.getTime() : Number.NaN;
}

/** The user's local days `from` to `to`, both included: from's midnight to the midnight after `to`. */
export function periodOfDays(from: string, to: string): PeriodCheck {
  const start = localDayStart(from);
  const last = localDayStart(to);
  if (!Number.isFinite(last)) return customPeriod(start, last);
  const [y, m, d] = to.split('-').map(Number) as [number, number, number];
  // The next day's midnight, not last + 24 h: a daylight-saving day lasts 23 or 25 hours.
  return customPeriod(start, new Date(y, m - 1, d + 1).getTime());
}

/** The starts of the period's days: 24 h steps from its start (the last one may be shorter). */
export function dayStarts(p: Period): number[] {
  const n = Math.max(0, Math.ceil((p.end - p.start) / DAY_MS));
  return Array.from({ length: n }, (_, i) => p.start + i * DAY_MS);
}

/** Which of dayStarts(p) an instant inside `p` falls on. */
export const dayIndex = (p: Period, t: number): number => Math.floor((t - p.start) / DAY_MS);

/** Whole days in the period, rounded (a custom period across a clock change is 23 or 25 h off). */
export const periodDays = (p: Period): number => Math.round((p.end - p.start) / DAY_MS);
