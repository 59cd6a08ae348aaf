// Where an instant falls on the week of a time zone: its local weekday and hour. Pure: Intl only.
// A grid places every post, and Intl's formatToParts costs microseconds a call, so slotFinder
// reads a zone's offset once per UTC day and places the day's other instants with arithmetic.

import { dateFormat } from '../format';

// What the en-US formatter below writes for each weekday: parsed, never shown.
const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const SECOND_MS = 1000;

// en-US with h23: English names and hours 0–23 whatever the user's locale ('24' never appears).
// dateFormat keeps one formatter per zone and options: building one costs far more than using it.
const formatIn = (timeZone: string, options: Intl.DateTimeFormatOptions) =>
  dateFormat('en-US', { ...options, timeZone, hourCycle: 'h23' });

/** The zone's weekday-and-hour formatter; throws RangeError for a zone Intl does not know. */
export const formatterFor = (timeZone: string) => formatIn(timeZone, { weekday: 'short', hour: 'numeric' });

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
    else if (p.type === 'hour') hour = Number(p.value) % 24;
  }
  // i18n-ignore: a broken Intl only, never shown as a message
  if (weekday < 0 || !(hour >= 0)) throw new Error(`cannot read weekday and hour in ${timeZone}`);
  return { weekday, hour };
}

/**
 * The zone's offset from UTC (ms, local minus UTC) at an instant after 1970. Intl gives the wall
 * clock to the second: the instant is taken at its second, so a fraction of one is no offset.
 */
export function offsetAt(epochMs: number, timeZone: string): number {
  const second = Math.floor(epochMs / SECOND_MS) * SECOND_MS;
  const f = formatIn(timeZone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const v: Record<string, number> = {};
  for (const p of f.formatToParts(second)) if (p.type !== 'literal') v[p.type] = Number(p.value);
  const wall = Date.UTC(v.year!, v.month! - 1, v.day!, v.hour!, v.minute!, v.second!);
  return wall - second;
}

/**
 * localSlot for many instants in one zone, equal to it for every instant. A UTC day whose first
 * and last second have the same offset has no change of offset in it (the zones change at most
 * twice a year, never twice in a day), so its instants are placed by that offset; a day with a
 * change, an offset Intl gives oddly, or an instant before 1970 (clear of Date.UTC's two-digit
 * years) goes to localSlot itself.
 */
export function slotFinder(timeZone: string): (epochMs: number) => { weekday: number; hour: number } {
  const offsets = new Map<number, number | null>();
  return (epochMs) => {
    if (!(epochMs >= 0)) return localSlot(epochMs, timeZone);
    const day = Math.floor(epochMs / DAY_MS);
    let offset = offsets.get(day);
    if (offset === undefined) {
      const start = offsetAt(day * DAY_MS, timeZone);
      const end = offsetAt((day + 1) * DAY_MS - SECOND_MS, timeZone);
      offset = start === end && Number.isFinite(start) ? start : null;
      offsets.set(day, offset);
    }
    if (offset === null) return localSlot(epochMs, timeZone);
    // 1970-01-01, day 0, was a Thursday (3 with Monday 0).
    const local = epochMs + offset;
    const localDay = Math.floor(local / DAY_MS);
    const hour = Math.floor((local - localDay * DAY_MS) / HOUR_MS);
    return { weekday: (((localDay + 3) % 7) + 7) % 7, hour };
  };
}
