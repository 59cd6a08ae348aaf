// Publication times as platforms print them: "3 h", "2d", "vor 3 Std.", "hace 2 h", "3時間前",
// "há 2 dias", "Yesterday", "Mar 4", "4. März". The words are learnt per locale from the CLDR data
// behind Intl (RelativeTimeFormat for "3 hours ago"; NumberFormat's short and narrow units for
// "3 h", but never a long unit such as "3 days", as often a duration; DateTimeFormat for "Mar 4"),
// the way parse-count learns compact affixes: no word lists. Pure: the caller says
// what "now" is. Anything not read exactly gives null, including a label two units share
// (en "3m" is both minutes and months in CLDR's narrow forms), and one whose case alone tells its
// unit written in the other unit's case (de "3 M" is a month, "vor 3 m" a minute: "3 m" is null).
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
  /**
   * The same keys in the case CLDR writes them, for an affix that names two units by case alone
   * (de: "3 M" a month, "vor 3 m" a minute): such an affix is read in its own case only.
   */
  cased: Map<string, Unit | null>;
  /** Lower-cased prefixes ("<…") and suffixes (">…") whose case tells units apart (de ">m"). */
  caseful: Set<string>;
  yesterday: Set<string>;
  now: Set<string>;
  /** One pattern per month and style: groups day, then year when present. */
  dates: { re: RegExp; month: number; dayGroup: number; yearGroup: number | null }[];
}

const cache = new Map<string, LocaleData | null>();

// Stand-ins for a date's day and year while its pattern is normalised (private use characters,
// which no date pattern holds): norm treats them as digits, so "23.11." and "23.11.2001" keep their
// separators.
const DAY = '\ue000';
const YEAR = '\ue001';
const DIGIT = /^[\d\ue000\ue001]$/;

/**
 * Lower case, no spaces or dots: "3 Std." and "3std" read alike, as do "2 T." and "2 T". Between
 * two digits a run of them stays, as one ".": "1.11." (fi, 1 November) is "1.11", never "111" (11
 * January), and "1.5h" keeps its fraction, never 15 hours.
 */
function norm(s: string, keepCase = false): string {
  const t = s.normalize('NFKC');
  return (keepCase ? t : t.toLowerCase()).replace(/[\s.\u200e\u200f]+/g, (run, at: number, all: string) =>
    DIGIT.test(all[at - 1] ?? '') && DIGIT.test(all[at + run.length] ?? '') ? '.' : '',
  );
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function setUnit(map: Map<string, Unit | null>, key: string, unit: Unit) {
  const had = map.get(key);
  if (had === undefined) map.set(key, unit);
  else if (had !== unit) map.set(key, null);
}

/** What learn collects: the keys lower-cased and as written, and each prefix and suffix as written. */
interface Learnt {
  affixes: Map<string, Unit | null>;
  cased: Map<string, Unit | null>;
  /** "<prefix" and ">suffix", as written → their unit, or null when two units share it. */
  sides: Map<string, Unit | null>;
}

function addAffix(into: Learnt, parts: Intl.NumberFormatPart[] | Intl.RelativeTimeFormatPart[], unit: Unit) {
  const i = parts.findIndex((p) => p.type === 'integer');
  const last = parts.length - 1 - [...parts].reverse().findIndex((p) => p.type === 'integer');
  if (i < 0) return;
  const before = parts
    .slice(0, i)
    .map((p) => p.value)
    .join('');
  const after = parts
    .slice(last + 1)
    .map((p) => p.value)
    .join('');
  const [prefix, suffix] = [norm(before), norm(after)];
  if (!prefix && !suffix) return;
  setUnit(into.affixes, `${prefix}#${suffix}`, unit);
  const [casedPrefix, casedSuffix] = [norm(before, true), norm(after, true)];
  setUnit(into.cased, `${casedPrefix}#${casedSuffix}`, unit);
  if (casedPrefix) setUnit(into.sides, `<${casedPrefix}`, unit);
  if (casedSuffix) setUnit(into.sides, `>${casedSuffix}`, unit);
}

/**
 * The prefixes ("<…") and suffixes (">…"), lower-cased, whose cases stand for different units:
 * de ">m" ("M" a month, "m" a minute). Not en ">m": "m" is both minutes and months in one case.
 */
function casefulOf(sides: Map<string, Unit | null>): Set<string> {
  const units = new Map<string, Set<Unit | null>>();
  for (const [side, unit] of sides) {
    const lower = side.toLowerCase();
    const set = units.get(lower) ?? new Set<Unit | null>();
    set.add(unit);
    units.set(lower, set);
  }
  return new Set([...units].filter(([, set]) => set.size > 1).map(([lower]) => lower));
}

function learn(locale: string): LocaleData | null {
  const hit = cache.get(locale);
  if (hit !== undefined) return hit;
  let data: LocaleData | null = null;
  try {
    const learnt: Learnt = { affixes: new Map(), cased: new Map(), sides: new Map() };
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
          addAffix(learnt, rtf.formatToParts(-n, unit), unit);
          // A bare long unit ("3 days", "3 dias") reads as a duration as well as an age: only the
          // short and narrow forms that differ from it ("3 hr", "3h", "3 Std.").
          if (style !== 'long' && norm(nf.format(n)) !== norm(long.format(n))) {
            addAffix(learnt, nf.formatToParts(n), unit);
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
          // Normalised whole, as a text is: the separators between a numeric month and its day
          // or year are kept ("23.11.", fi) only when both sides are seen at once.
          const sample = norm(
            parts.map((p) => (p.type === 'day' ? DAY : p.type === 'year' ? YEAR : p.value)).join(''),
          );
          let group = 0;
          let dayGroup = 0;
          let yearGroup: number | null = null;
          const re = escapeRe(sample).replace(/[\ue000\ue001]/g, (c) => {
            if (c === DAY) {
              dayGroup = ++group;
              return '(\\d{1,2})';
            }
            yearGroup = ++group;
            return '(\\d{4})';
          });
          if (dayGroup) dates.push({ re: new RegExp(`^${re}$`), month: m, dayGroup, yearGroup });
        }
      }
    }
    const { affixes, cased, sides } = learnt;
    data = { affixes, cased, caseful: casefulOf(sides), yesterday, now, dates };
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
    // A prefix or suffix whose case tells units apart (de "3 M", "vor 3 m") is read as written.
    const asWritten = m && (data.caseful.has(`<${m[1]}`) || data.caseful.has(`>${m[3]}`));
    const c = asWritten ? /^(\D*)(\d+)(\D*)$/.exec(norm(text, true)) : null;
    const unit = c
      ? data.cased.get(`${c[1]}#${c[3]}`)
      : m && !asWritten
        ? data.affixes.get(`${m[1]}#${m[3]}`)
        : undefined;
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
