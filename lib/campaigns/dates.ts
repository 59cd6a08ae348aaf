// A campaign's period: calendar days `YYYY-MM-DD`, read as the user's local days (a campaign that
// runs "1 to 7 March" means the user's March days, not UTC's). Pure: Date arithmetic only.

/** Longest period accepted: ten years of days keeps the daily trend small. */
export const MAX_PERIOD_DAYS = 3660;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] | null {
  const m = DAY.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2025-02-30 over to March: a real day reads back the same.
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && y >= 1970
    ? [y, mo, d]
    : null;
}

export const isIsoDay = (v: unknown): v is string => typeof v === 'string' && parts(v) !== null;

/** Local midnight at the start of the day (epoch ms); NaN for a malformed day. */
export function dayStart(iso: string): number {
  const p = parts(iso);
  return p ? new Date(p[0], p[1] - 1, p[2]).getTime() : Number.NaN;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function addDays(iso: string, n: number): string {
  const p = parts(iso);
  if (!p) return iso;
  const t = new Date(Date.UTC(p[0], p[1] - 1, p[2] + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Days from start to end, both included (0 when end is before start or a day is malformed). */
export function dayCount(start: string, end: string): number {
  const a = parts(start);
  const b = parts(end);
  if (!a || !b) return 0;
  const span = (Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000;
  return span < 0 ? 0 : span + 1;
}

/** Every day of the period, in order (at most MAX_PERIOD_DAYS). */
export function daysIn(start: string, end: string): string[] {
  const n = Math.min(dayCount(start, end), MAX_PERIOD_DAYS);
  return Array.from({ length: n }, (_, i) => addDays(start, i));
}

/** The period as epoch ms: from the start day's local midnight to the end of the end day (exclusive). */
export function periodBounds(start: string, end: string): { from: number; to: number } {
  return { from: dayStart(start), to: dayStart(addDays(end, 1)) };
}

/** The local day of an instant, `YYYY-MM-DD`. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
