// "When to post": posts placed on a weekday × hour grid by the local time they were PUBLISHED, with
// the median engagement rate per slot. Pure: Intl only, the time zone is a parameter, so the same
// rows give the same grid in the popup, the dashboard and tests.
//
// Only publishedAt places a post. firstSeen is when PostLens happened to read it, which says when
// the user browses, not when the author posts: using it would rate the user's habits instead.

import { median } from '../metrics';
import type { PostRow } from '../queries';

/** Monday first, as ISO 8601 weeks and most of the world's calendars start. */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
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
  /** Of those, the posts with an ER: what the median and the sample rest on. */
  withEr: number;
  /** Median ER of the posts with one; null when none has one. */
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
  /** Rated cells, best median ER first (ties: more posts with an ER, then earlier in the week). */
  best: TimingCell[];
}

export type TimingInput = Pick<PostRow, 'publishedAt' | 'er'>;

const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

// One formatter per zone: building one costs far more than using it, and a grid formats every row.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with h23: weekday names and hours 0–23 whatever the user's locale ('24' never appears).
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows the IANA zone name (an unknown one would throw). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Local weekday (0 = Monday) and hour of an instant in a zone. */
export function localSlot(epochMs: number, timeZone: string): { weekday: number; hour: number } {
  let weekday = -1;
  let hour = -1;
  for (const p of formatterFor(timeZone).formatToParts(epochMs)) {
    if (p.type === 'weekday') weekday = WEEKDAY_INDEX[p.value] ?? -1;
    else if (p.type === 'hour') hour = Number(p.value) % HOURS_PER_DAY;
  }
  if (weekday < 0 || !(hour >= 0)) throw new Error(`cannot read weekday and hour in ${timeZone}`);
  return { weekday, hour };
}

/** A count setting from the UI: a whole number of at least 1, else the default. */
export function sampleSize(n: number | undefined, fallback: number): number {
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
}

/**
 * The weekday × hour grid of `rows` in `timeZone` (an IANA name; throws RangeError when Intl does
 * not know it, see isKnownTimeZone). In a zone's autumn change the repeated hour holds both real
 * hours, and the skipped spring hour holds none: the grid is of wall-clock time, as people plan.
 */
export function buildTimingGrid(
  rows: readonly TimingInput[],
  timeZone: string,
  minSample = DEFAULT_SLOT_MIN_SAMPLE,
  bestCount = DEFAULT_BEST_SLOTS,
): TimingGrid {
  const need = sampleSize(minSample, DEFAULT_SLOT_MIN_SAMPLE);
  const ers: number[][][] = WEEKDAYS.map(() => Array.from({ length: HOURS_PER_DAY }, () => []));
  const counts: number[][] = WEEKDAYS.map(() => new Array<number>(HOURS_PER_DAY).fill(0));
  let placed = 0;
  let noPostedTime = 0;
  let unreadableTime = 0;
  formatterFor(timeZone); // an unknown zone fails here, before any row is read
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
    const { weekday, hour } = localSlot(at, timeZone);
    counts[weekday]![hour]!++;
    if (r.er !== null && Number.isFinite(r.er)) ers[weekday]![hour]!.push(r.er);
    placed++;
  }
  const cells = counts.map((byHour, weekday) =>
    byHour.map((posts, hour): TimingCell => {
      const list = ers[weekday]![hour]!;
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
  const best = cells
    .flat()
    .filter((c) => c.rated && c.medianEr !== null)
    .sort((a, b) => b.medianEr! - a.medianEr! || b.withEr - a.withEr)
    .slice(0, Math.max(0, Math.floor(bestCount)));
  return { timeZone, minSample: need, cells, placed, noPostedTime, unreadableTime, best };
}

/** "Tue 14:00–15:00". */
export function slotLabel(weekday: number, hour: number): string {
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return `${WEEKDAYS[weekday] ?? '?'} ${hh(hour)}–${hh(hour + 1)}`;
}
