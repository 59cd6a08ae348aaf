// "When to post": posts placed on a weekday × hour grid by the local time they were PUBLISHED, with
// the median engagement rate per slot. Pure: Intl only, the time zone is a parameter, so the same
// rows give the same grid in the popup, the dashboard and tests.
//
// Only publishedAt places a post. firstSeen is when PostLens happened to read it, which says when
// the user browses, not when the author posts: using it would rate the user's habits instead.

import { dateFormat } from '../format';
import { t, uiLocale } from '../i18n';
import { chooseBasis, type ErPref, type ErRates, erOn, leadBasis, median } from '../metrics';
import type { PostRow } from '../queries';
import { type ErBasis, isDayOnly } from '../types';
import { formatterFor, slotFinder } from './zone-slots';

export { isKnownTimeZone, localSlot } from './zone-slots';

/**
 * Weekdays are numbered Monday first (0 = Monday), as ISO 8601 weeks and most calendars start;
 * the heatmap shows them from the user's locale's first day (weekdayOrder).
 */
export const DAYS_PER_WEEK = 7;
export const HOURS_PER_DAY = 24;

/** Fewest posts with an ER before a slot's median is shown: one or two posts are anecdotes. */
export const DEFAULT_SLOT_MIN_SAMPLE = 3;
export const DEFAULT_BEST_SLOTS = 3;

export interface TimingCell {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 0–23, local to the grid's time zone. */
  hour: number;
  /** Posts published in this slot. */
  posts: number;
  /** Of those, the posts with an ER on the grid's basis: what the median and the sample rest on. */
  withEr: number;
  /** Median ER on the grid's basis of the posts with one; null when none has one. */
  medianEr: number | null;
  /** withEr reaches the minimum sample, so the median may be compared with other slots. */
  rated: boolean;
}

export interface TimingGrid {
  timeZone: string;
  minSample: number;
  /** cells[weekday][hour]. */
  cells: TimingCell[][];
  /** Posts placed on the grid. */
  placed: number;
  /** Posts without a posted time (publishedAt null): left out. */
  noPostedTime: number;
  /** Posts whose publishedAt is not a readable date: left out too, and said apart. */
  unreadableTime: number;
  /**
   * Posts whose page named only the day ("Yesterday", "3 days ago": publishedAt a date alone):
   * no hour to place them in, so left out, and said apart.
   */
  dayOnly: number;
  /**
   * Rated cells, best median ER first (ties: more posts with an ER, then earlier in the week as
   * the heatmap runs it, from `firstDay`, then the earlier hour).
   */
  best: TimingCell[];
  /**
   * The one basis every cell's ER is on (er-basis.ts), chosen over the posts placed: the shades
   * and the best slots compare cells, which an ER by views beside one by followers would not
   * allow. Null when no post placed has an ER.
   */
  erBasis: ErBasis | null;
}

/**
 * A median as slots are compared, ranked and shaded by: at 12 significant digits, far below any
 * percentage shown, so medians equal but for the last bits of a float sum ((0.1 + 0.2) / 2 against
 * 0.15) are equal, as the user reads them.
 */
export const comparableEr = (er: number): number => Number(er.toPrecision(12));

export type TimingInput = Pick<PostRow, 'publishedAt'> & ErRates;

/** A count setting from the UI: a whole number of at least 1, else the default. */
export function sampleSize(n: number | undefined, fallback: number): number {
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
}

/**
 * The weekday × hour grid of `rows` in `timeZone` (an IANA name; throws RangeError when Intl does
 * not know it, see isKnownTimeZone). In a zone's autumn change the repeated hour holds both real
 * hours, and the skipped spring hour holds none: the grid is of wall-clock time, as people plan.
 * `pref` is Settings' ER choice the rows were made with; without it, it is read from the rows.
 * `firstDay` (0 = Monday) is the day the shown week starts on (firstWeekday): equal slots are
 * listed in the order the heatmap's rows run, so Sunday comes before Monday where weeks start on
 * Sunday.
 */
export function buildTimingGrid(
  rows: readonly TimingInput[],
  timeZone: string,
  minSample = DEFAULT_SLOT_MIN_SAMPLE,
  bestCount = DEFAULT_BEST_SLOTS,
  pref?: ErPref,
  firstDay = 0,
): TimingGrid {
  const need = sampleSize(minSample, DEFAULT_SLOT_MIN_SAMPLE);
  // Each slot's ERs on both bases, as the basis is known only once every post is placed.
  const slotLists = (): number[][][] =>
    Array.from({ length: DAYS_PER_WEEK }, () => Array.from({ length: HOURS_PER_DAY }, () => []));
  const ers: Record<ErBasis, number[][][]> = { views: slotLists(), followers: slotLists() };
  // The first post placed with both rates: its ER is the lead's, when `pref` is not given.
  let tells: TimingInput | null = null;
  const counts: number[][] = Array.from({ length: DAYS_PER_WEEK }, () =>
    new Array<number>(HOURS_PER_DAY).fill(0),
  );
  let placed = 0;
  let noPostedTime = 0;
  let unreadableTime = 0;
  let dayOnly = 0;
  formatterFor(timeZone); // an unknown zone fails here, before any row is read
  const slotOf = slotFinder(timeZone);
  for (const r of rows) {
    if (r.publishedAt === null || r.publishedAt.trim() === '') {
      noPostedTime++;
      continue;
    }
    const at = Date.parse(r.publishedAt);
    if (!Number.isFinite(at)) {
      unreadableTime++;
      continue;
    }
    if (isDayOnly(r.publishedAt)) {
      dayOnly++;
      continue;
    }
    const { weekday, hour } = slotOf(at);
    counts[weekday]![hour]!++;
    const byViews = erOn(r, 'views');
    const byFollowers = erOn(r, 'followers');
    if (byViews !== null) ers.views[weekday]![hour]!.push(byViews);
    if (byFollowers !== null) ers.followers[weekday]![hour]!.push(byFollowers);
    if (tells === null && byViews !== null && byFollowers !== null && r.erBasis) tells = r;
    placed++;
  }
  const basis = chooseBasis(leadBasis(pref, tells === null ? [] : [tells]), {
    views: ers.views.some((d) => d.some((l) => l.length > 0)),
    followers: ers.followers.some((d) => d.some((l) => l.length > 0)),
  });
  const none: number[] = [];
  const cells = counts.map((byHour, weekday) =>
    byHour.map((posts, hour): TimingCell => {
      const list = basis === null ? none : ers[basis][weekday]![hour]!;
      return {
        weekday,
        hour,
        posts,
        withEr: list.length,
        medianEr: median(list),
        rated: list.length >= need,
      };
    }),
  );
  const rank = (c: TimingCell) => comparableEr(c.medianEr!);
  // A day's place in the shown week: 0 for its first day. An unusable firstDay is Monday's week.
  const start = Number.isInteger(firstDay) && firstDay >= 0 && firstDay < DAYS_PER_WEEK ? firstDay : 0;
  const place = (c: TimingCell) => (c.weekday - start + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  const best = cells
    .flat()
    .filter((c) => c.rated && c.medianEr !== null)
    .sort((a, b) => rank(b) - rank(a) || b.withEr - a.withEr || place(a) - place(b) || a.hour - b.hour)
    .slice(0, Math.max(0, Math.floor(bestCount)));
  return {
    timeZone,
    minSample: need,
    cells,
    placed,
    noPostedTime,
    unreadableTime,
    dayOnly,
    best,
    erBasis: basis,
  };
}

// Labels are the user's: weekday names and clock times from Intl in the browser's language, on a
// 24-hour clock as the grid is. 2024-01-01 was a Monday; UTC keeps the named day the day meant.
const A_MONDAY = Date.UTC(2024, 0, 1);
const HOUR_MS = 3_600_000;
const labelFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  dateFormat(locale, { ...options, timeZone: 'UTC' });

/** A weekday (0 = Monday) in the user's language: "Tue" / "Di" short, "Tuesday" / "Dienstag" long. */
export function weekdayName(weekday: number, width: 'short' | 'long' = 'short', locale = uiLocale()): string {
  if (!Number.isInteger(weekday) || weekday < 0 || weekday >= DAYS_PER_WEEK) return '?';
  return labelFormat(locale, { weekday: width }).format(A_MONDAY + weekday * 24 * HOUR_MS);
}

interface WeekInfo {
  /** 1 = Monday … 7 = Sunday. */
  firstDay?: number;
}
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/**
 * The weekday (0 = Monday) the locale's week starts on: Sunday in en-US, Saturday in much of the
 * Arab world. Intl.Locale's getWeekInfo() (weekInfo in older Chromium and Node 20) says it;
 * where neither is (Firefox) or the locale is unknown, Monday, as ISO 8601 weeks start.
 */
export function firstWeekday(locale = uiLocale()): number {
  try {
    const l = new Intl.Locale(locale) as LocaleWithWeek;
    const first = (typeof l.getWeekInfo === 'function' ? l.getWeekInfo() : l.weekInfo)?.firstDay;
    return typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= DAYS_PER_WEEK
      ? first - 1
      : 0;
  } catch {
    return 0;
  }
}

/** The weekdays (0 = Monday) in the order the locale's week runs, from its first day. */
export function weekdayOrder(locale = uiLocale()): number[] {
  const first = firstWeekday(locale);
  return Array.from({ length: DAYS_PER_WEEK }, (_, i) => (first + i) % DAYS_PER_WEEK);
}

/** The start of an hour on a 24-hour clock in the user's locale ("14:00"); 24 is the day's end ("24:00"). */
export function hourLabel(hour: number, locale = uiLocale()): string {
  const end = hour === HOURS_PER_DAY;
  const f = labelFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: end ? 'h24' : 'h23' });
  return f.format(A_MONDAY + (end ? 0 : hour) * HOUR_MS);
}

/** The hour from `hour` to the next one: "14:00–15:00". */
export const hourRange = (hour: number): string =>
  t('insights.timing.hours', hourLabel(hour), hourLabel(hour + 1));

/** "Tue 14:00–15:00" (short), "Tuesday 14:00–15:00" (long), in the user's language. */
export function slotLabel(weekday: number, hour: number, width: 'short' | 'long' = 'short'): string {
  return t('insights.timing.slot', weekdayName(weekday, width), hourRange(hour));
}
