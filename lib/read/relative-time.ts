// Publication times as platforms print them: "3 h", "2d", "vor 3 Std.", "hace 2 h", "3時間前",
// "há 2 dias", "Yesterday", "Mar 4", "4. März". The words are learnt per locale from the CLDR data
// behind Intl (RelativeTimeFormat for "3 hours ago"; NumberFormat's short and narrow units for
// "3 h", but never a long unit such as "3 days", as often a duration; DateTimeFormat for "Mar 4"),
// the way parse-count learns compact affixes: no word lists. Pure: the caller says
// what "now" is. Anything not read exactly gives null, including a label two units share
// (en "3m" is both minutes and months in CLDR's narrow forms).
//
// Precision: a count label is floored by the platform ("3 h" is 3 to 4 hours ago), so it resolves
// to the start of now's hour (second, minute: the label's unit, in UTC) minus that amount: within
// the label's range, and stable across reads in the same unit. A label that names no time of day
// ("2 days ago", "3 weeks ago", "Yesterday", "4. März") gives a calendar day alone, "2026-03-04",
// not its midnight: a made-up midnight would put every such post in the 00:00 slot of "When to
// post" and show a time the page never showed. A count of days, weeks, months or years counts
// back from now's day in the runtime's time zone (months and years to the first of that month,
// of that year), as a named day is the runtime's time zone's, the zone the platform renders its
// labels in for this browser: a day alone is read back as its start in that zone (postedMs), so
// one counted in UTC would be a local day too late or too early ("3 days ago" at 20:00 in New
// York, 01:00 UTC, named a day 68 h back). A date without a year is the latest one not after now.

import { dayText } from '../types';

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
const UNITS: readonly Unit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];
const SAMPLES = [0, 1, 2, 3, 5, 11, 21, 22, 100, 1000];
const STYLES = ['long', 'short', 'narrow'] as const;

interface LocaleData {
  /** "prefix#suffix" of a count label → its unit, or null when two units share it. */
  affixes: Map<string, Unit | null>;
  yesterday: Set<string>;
  now: Set<string>;
  /** One pattern per month and style: groups day, then year when present. */
  dates: { re: RegExp; month: number; dayGroup: number; yearGroup: number | null }[];
}

const cache = new Map<string, LocaleData | null>();

/** Lower case, no spaces or dots: "3 Std." and "3std" read alike, as do "2 T." and "2 T". */
function norm(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.\u200e\u200f]+/g, '');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function addAffix(
  map: Map<string, Unit | null>,
  parts: Intl.NumberFormatPart[] | Intl.RelativeTimeFormatPart[],
  unit: Unit,
) {
  const i = parts.findIndex((p) => p.type === 'integer');
  const last = parts.length - 1 - [...parts].reverse().findIndex((p) => p.type === 'integer');
  if (i < 0) return;
  const prefix = norm(
    parts
      .slice(0, i)
      .map((p) => p.value)
      .join(''),
  );
  const suffix = norm(
    parts
      .slice(last + 1)
      .map((p) => p.value)
      .join(''),
  );
  if (!prefix && !suffix) return;
  const key = `${prefix}#${suffix}`;
  const had = map.get(key);
  if (had === undefined) map.set(key, unit);
  else if (had !== unit) map.set(key, null);
}

function learn(locale: string): LocaleData | null {
  const hit = cache.get(locale);
  if (hit !== undefined) return hit;
  let data: LocaleData | null = null;
  try {
    const affixes = new Map<string, Unit | null>();
    const yesterday = new Set<string>();
    const now = new Set<string>();
    for (const style of STYLES) {
      const rtf = new Intl.RelativeTimeFormat(locale, { style, numeric: 'always' });
      const auto = new Intl.RelativeTimeFormat(locale, { style, numeric: 'auto' });
      yesterday.add(norm(auto.format(-1, 'day')));
      now.add(norm(auto.format(0, 'second')));
      for (const unit of UNITS) {
        const nf = new Intl.NumberFormat(locale, {
          style: 'unit',
          unit,
          unitDisplay: style,
          useGrouping: false,
        });
        const long = new Intl.NumberFormat(locale, {
          style: 'unit',
          unit,
          unitDisplay: 'long',
          useGrouping: false,
        });
        for (const n of SAMPLES) {
          addAffix(affixes, rtf.formatToParts(-n, unit), unit);
          // A bare long unit ("3 days", "3 dias") reads as a duration as well as an age: only the
          // short and narrow forms that differ from it ("3 hr", "3h", "3 Std.").
          if (style !== 'long' && norm(nf.format(n)) !== norm(long.format(n))) {
            addAffix(affixes, nf.formatToParts(n), unit);
          }
        }
      }
    }
    const dates: LocaleData['dates'] = [];
    for (const month of ['short', 'long'] as const) {
      for (const withYear of [false, true]) {
        const dtf = new Intl.DateTimeFormat(locale, {
          month,
          day: 'numeric',
          ...(withYear ? { year: 'numeric' } : {}),
          timeZone: 'UTC',
        });
        for (let m = 0; m < 12; m++) {
          const parts = dtf.formatToParts(Date.UTC(2001, m, 23));
          let re = '';
          let group = 0;
          let dayGroup = 0;
          let yearGroup: number | null = null;
          for (const p of parts) {
            if (p.type === 'day') {
              dayGroup = ++group;
              re += '(\\d{1,2})';
            } else if (p.type === 'year') {
              yearGroup = ++group;
              re += '(\\d{4})';
            } else re += escapeRe(norm(p.value));
          }
          if (dayGroup) dates.push({ re: new RegExp(`^${re}$`), month: m, dayGroup, yearGroup });
        }
      }
    }
    data = { affixes, yesterday, now, dates };
  } catch {
    data = null;
  }
  cache.set(locale, data);
  return data;
}

/**
 * now minus n seconds, minutes or hours, from the start of now's current unit (UTC): "2h" read at
 * 16:40 is 14:00. The label is floored ("2h" is 2 to 3 hours ago), so the result stays within
 * what it says, shows no more precision than it has, and is the same for every read within that
 * unit (a page read twice a few seconds apart gets one date).
 */
function minus(now: Date, n: number, unit: 'second' | 'minute' | 'hour'): Date {
  const d = new Date(now.getTime());
  d.setUTCMilliseconds(0);
  if (unit === 'second') return new Date(d.getTime() - n * 1_000);
  d.setUTCSeconds(0);
  if (unit === 'minute') return new Date(d.getTime() - n * 60_000);
  d.setUTCMinutes(0);
  return new Date(d.getTime() - n * 3_600_000);
}

/** The local day y-m-day, rolled over as Date rolls (month -1, day 0), any year; null past Date's range. */
function localDay(y: number, m: number, day: number): Date | null {
  const d = new Date(0);
  d.setFullYear(y, m, day);
  d.setHours(0, 0, 0, 0);
  return Number.isFinite(d.getTime()) ? d : null;
}

function startOfDay(y: number, m: number, day: number): Date | null {
  const d = new Date(y, m, day);
  return d.getFullYear() === y && d.getMonth() === m && d.getDate() === day ? d : null;
}

/** What a label says, apart from when it was read: the part of a read that depends on the text alone. */
type Label =
  | { kind: 'now' }
  | { kind: 'yesterday' }
  | { kind: 'ago'; n: number; unit: Unit }
  | { kind: 'date'; month: number; day: number; year: number | null }
  | null;

function labelOf(text: string, data: LocaleData): Label {
  const t = norm(text);
  if (!t || t.length > 40) return null;
  if (data.now.has(t)) return { kind: 'now' };
  if (data.yesterday.has(t)) return { kind: 'yesterday' };
  const counts = t.match(/\d+/g);
  if (counts?.length === 1) {
    const m = /^(\D*)(\d+)(\D*)$/.exec(t);
    const unit = m ? data.affixes.get(`${m[1]}#${m[3]}`) : undefined;
    const n = m ? Number(m[2]) : Number.NaN;
    if (unit && Number.isSafeInteger(n)) return { kind: 'ago', n, unit };
  }
  for (const p of data.dates) {
    const m = p.re.exec(t);
    if (!m) continue;
    const year = p.yearGroup === null ? null : Number(m[p.yearGroup]);
    return { kind: 'date', month: p.month, day: Number(m[p.dayGroup]), year };
  }
  return null;
}

// A page repeats the same few labels ("3 days ago") and the texts beside them ("17K views", which
// try every date pattern before they fail): what a text says is kept per locale, a few thousand
// texts at most, and only when it was read is worked out on each call.
const LABELS_KEPT = 2000;
const labels = new Map<string, Map<string, Label>>();

function cachedLabel(text: string, locale: string, data: LocaleData): Label {
  let known = labels.get(locale);
  if (!known) {
    known = new Map();
    labels.set(locale, known);
  }
  if (known.has(text)) return known.get(text)!;
  const label = labelOf(text, data);
  if (known.size >= LABELS_KEPT) known.clear();
  known.set(text, label);
  return label;
}

/**
 * What a visible time label names, or null when the label is not one this locale's CLDR data
 * describes exactly: a moment as ISO 8601 UTC ("3 h", "just now"), or a calendar day alone
 * ("2026-03-04") for a label of days or more. `now` is when the page was read (epoch ms or Date).
 */
export function parseRelativeTime(text: string, locale: string, now: number | Date): string | null {
  const nowDate = new Date(typeof now === 'number' ? now : now.getTime());
  if (!Number.isFinite(nowDate.getTime())) return null;
  const data = learn(locale);
  if (!data) return null;
  const label = cachedLabel(text ?? '', locale, data);
  if (!label) return null;
  if (label.kind === 'now') return nowDate.toISOString();
  const local = (d: Date | null) => d && dayText(d.getFullYear(), d.getMonth(), d.getDate());
  const [y, m, day] = [nowDate.getFullYear(), nowDate.getMonth(), nowDate.getDate()];
  // now's local day moved back (day 0 is the month before's last: "Yesterday" on the 1st).
  if (label.kind === 'yesterday') return local(localDay(y, m, day - 1));
  if (label.kind === 'ago') {
    if (label.unit === 'second' || label.unit === 'minute' || label.unit === 'hour') {
      const d = minus(nowDate, label.n, label.unit);
      return Number.isFinite(d.getTime()) ? d.toISOString() : null;
    }
    const { n, unit } = label;
    return local(
      unit === 'day'
        ? localDay(y, m, day - n)
        : unit === 'week'
          ? localDay(y, m, day - 7 * n)
          : unit === 'month'
            ? localDay(y, m - n, 1)
            : localDay(y - n, 0, 1),
    );
  }
  if (label.year !== null) {
    const d = startOfDay(label.year, label.month, label.day);
    return d && d.getTime() <= nowDate.getTime() ? local(d) : null;
  }
  let d = startOfDay(nowDate.getFullYear(), label.month, label.day);
  if (d && d.getTime() > nowDate.getTime()) d = startOfDay(nowDate.getFullYear() - 1, label.month, label.day);
  return local(d);
}
