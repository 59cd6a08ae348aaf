// A uPlot time-series chart: counts on the left axis, rates (in %) on the right.
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import {
  dateFormat,
  formatDate,
  formatDateTime,
  formatFine,
  formatPercent,
  numberFormat,
  percentAsShown,
} from '@/lib/format';
import type { ChartData } from '@/lib/metrics';
import { t, uiLocale } from '../../lib/i18n';
import { reportZone } from './zone-name';

const PALETTE = ['#2456c9', '#d1495b', '#2a9d8f', '#e9a03b', '#7b4fbf', '#5c6b73', '#00798c', '#c1666b'];

interface Props {
  data: ChartData;
  title: string;
  height?: number;
  /**
   * Draw the line across points with no value (true, the default: readings of one count, taken
   * when someone looked). False where a missing value is a day with nothing to measure, such as
   * the Overview's median per day: a line across empty months would draw a trend no post made.
   */
  spanGaps?: boolean;
  /**
   * Each point is a calendar day (the Overview's trends, a campaign's days), placed where it
   * starts: its local midnight, or, for a day the data begins inside (the Overview's last N days
   * begin at the time they were picked), that time. The legend names the day, not a time
   * ("Mar 4, 2026, 12:00 AM" read as a reading at midnight), and a part of a day by its span.
   */
  perDay?: boolean;
  /**
   * With perDay, where the data ends (epoch ms, excluded) when that is inside its last day (the
   * Overview's last N days end at the time they were picked): the legend names that day by the
   * part of it the data holds. Without it the last day is whole.
   */
  end?: number;
}

/** A rate (a fraction) as a percent the user reads, in their locale; a small one never as 0%. */
const percent = (v: number) => formatPercent(v, uiLocale());

/** The smallest difference between neighbouring ticks; Infinity for fewer than two. */
function tickStep(ticks: readonly number[]): number {
  let step = Number.POSITIVE_INFINITY;
  for (let i = 1; i < ticks.length; i++) {
    const d = Math.abs(ticks[i]! - ticks[i - 1]!);
    if (d > 0 && d < step) step = d;
  }
  return step;
}

/** The decimals `x` is written with (0.25 → 2, 5 → 0): uPlot's steps are 1, 2, 2.5 or 5 × 10ⁿ. */
function decimalsOf(x: number): number {
  let d = 0;
  for (let s = Math.abs(x); d < 20 && Math.abs(s - Math.round(s)) > 1e-9 * Math.max(1, s); s *= 10) d++;
  return d;
}

/**
 * The rate axis's labels: as the rates are written everywhere (formatPercent), or, where that
 * writes two ticks alike or a tick as another value, with the decimals the ticks' step needs. An ER
 * that stays near 12.3% got ticks 0.005 points apart, all written "12.3%": an axis that read flat
 * while its line rose; one between 10% and 12% got ticks 0.25 points apart, 10.25% written "10.3%".
 */
export function rateTicks(locale: string, ticks: readonly number[]): string[] {
  const usual = ticks.map((v) => formatPercent(v, locale));
  const step = tickStep(ticks);
  if (!Number.isFinite(step)) return usual;
  const exact = ticks.every((v) => Math.abs(percentAsShown(v) - v) <= step * 1e-6);
  if (exact && new Set(usual).size === usual.length) return usual;
  // The step in percentage points: 0.005 needs three decimals, 0.25 two.
  const digits = decimalsOf(step * 100);
  const f = numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return ticks.map((v) => f.format(v === 0 ? 0 : v));
}

/**
 * The count axis's labels in the user's locale ("100,000", "100.000"), with the decimals the ticks'
 * step needs where two decimals would write two ticks alike or a tick as another value: the
 * Overview's median velocity per day (0.004/h) is drawn on this axis, and every tick read "0";
 * a 0.125/h tick read "0.13".
 */
export function countTicks(locale: string, ticks: readonly number[]): string[] {
  const usual = ticks.map((v) => numberFormat(locale, { maximumFractionDigits: 2 }).format(v === 0 ? 0 : v));
  const step = tickStep(ticks);
  if (!Number.isFinite(step)) return ticks.map((v) => formatFine(v, locale, 2));
  const exact = ticks.every((v) => decimalsOf(v) <= 2);
  if (exact && new Set(usual).size === usual.length) return usual;
  const f = numberFormat(locale, { maximumFractionDigits: decimalsOf(step) });
  return ticks.map((v) => f.format(v === 0 ? 0 : v));
}

/**
 * The CSS width a y axis needs: its widest value plus the tick and gap beside it, and a pixel or
 * two for rounding. uPlot's fixed 50 px cut "100,000" to "0,000", a wrong number on the chart.
 */
export function axisWidth(
  values: readonly string[] | null,
  textWidth: (text: string) => number,
  beside: number,
) {
  const widest = Math.max(0, ...(values ?? []).map(textWidth));
  return Math.ceil(widest + beside + 2);
}

/** uPlot's size callback: measures the values with the axis's own font (canvas pixels → CSS). */
export const fitValues = (u: uPlot, values: string[] | null, axisIdx: number, cycleNum: number): number => {
  // Internal state after init: font is [font, size, css size], _size the size chosen last time.
  const axis = u.axes[axisIdx] as uPlot.Axis & { font: [string]; _size?: number };
  // uPlot sizes the axes again until they settle; a second round keeps what the first chose.
  if (cycleNum > 1 && axis._size !== undefined) return axis._size;
  u.ctx.font = axis.font[0];
  const ticks = typeof axis.ticks?.size === 'number' ? axis.ticks.size : 10;
  return axisWidth(values, (v) => u.ctx.measureText(v).width / uPlot.pxRatio, ticks + (axis.gap ?? 5));
};

/** How many values a series has, gaps (null) left out. */
export function knownCount(values: ReadonlyArray<number | null>): number {
  let n = 0;
  for (const v of values) if (v !== null) n++;
  return n;
}

/** Whether a value has no known neighbour on either side: drawn without spanGaps, only a dot shows it. */
export function hasLoneValue(values: ReadonlyArray<number | null>): boolean {
  return values.some(
    (v, i) => v !== null && (values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null,
  );
}

/**
 * The chart's accessible name: its title, then the series it draws, leaving out any label the
 * title already says ("Posts seen per day", not "Posts seen per day: Posts seen").
 */
export function chartName(title: string, labels: readonly string[]): string {
  const said = title.toLocaleLowerCase();
  const rest = labels.filter((l) => l.trim() !== '' && !said.includes(l.toLocaleLowerCase()));
  return rest.length === 0 ? title : `${title}: ${rest.join(', ')}`;
}

/** Half a day, in the epoch seconds x holds. */
const HALF_DAY_S = 43_200;

const MINUTE_S = 60;
const HOUR_S = 3_600;
const DAY_S = 86_400;
const YEAR_S = 365 * DAY_S;

/** What a time tick writes at the axis's step, and (second line) when a year or a day begins. */
interface TickFormats {
  main: Intl.DateTimeFormatOptions;
  year?: Intl.DateTimeFormatOptions;
  day?: Intl.DateTimeFormatOptions;
}

function tickFormats(step: number): TickFormats {
  if (step >= YEAR_S) return { main: { year: 'numeric' } };
  if (step >= 28 * DAY_S) return { main: { month: 'short' }, year: { year: 'numeric' } };
  if (step >= DAY_S) return { main: { month: 'numeric', day: 'numeric' }, year: { year: 'numeric' } };
  const day: Intl.DateTimeFormatOptions = { month: 'numeric', day: 'numeric' };
  const year: Intl.DateTimeFormatOptions = { ...day, year: '2-digit' };
  if (step >= HOUR_S) return { main: { hour: 'numeric' }, year, day };
  if (step >= MINUTE_S) return { main: { hour: 'numeric', minute: '2-digit' }, year, day };
  return { main: { hour: 'numeric', minute: '2-digit', second: '2-digit' }, year, day };
}

/**
 * The time axis's labels in the user's locale ("1.3." and "15 Uhr" for German), by uPlot's own
 * rule otherwise: the unit of the tick step (`step`, in seconds), with the year under the first
 * tick and each new year, and with the day under the first tick and each new day for steps under
 * a day. uPlot's default writes English month names and am/pm whatever the language.
 */
export function timeTicks(locale: string, splits: readonly number[], step: number): string[] {
  const formats = tickFormats(step);
  let lastYear: number | null = null;
  let lastDay: string | null = null;
  return splits.map((s) => {
    const d = new Date(s * 1000);
    const year = d.getFullYear();
    const day = `${year}-${d.getMonth()}-${d.getDate()}`;
    const under = year !== lastYear ? formats.year : day !== lastDay ? formats.day : undefined;
    lastYear = year;
    lastDay = day;
    const main = dateFormat(locale, formats.main).format(d);
    return under ? `${main}\n${dateFormat(locale, under).format(d)}` : main;
  });
}

/** The legend's time (uPlot's default is "2025-03-01 3:00pm"): the cursor's point in the user's locale. */
export const legendTime = (locale: string, v: number | null, perDay = false, end?: number) =>
  v === null ? '—' : perDay ? dayLegend(locale, v, end) : formatDateTime(v * 1000, locale);

/**
 * A chart of days' name for the day that starts at `v` (epoch seconds) and lasts to the next local
 * midnight, or to `end` (epoch ms) where that comes first: the day ("Mar 10, 2026") when that is the
 * whole day, else the span it holds ("Mar 8, 2026, 2:37 – 11:59 PM"), since its
 * value counts only that part of the day.
 */
export function dayLegend(locale: string, v: number, end?: number): string {
  const at = v * 1000;
  const d = new Date(at);
  // Local days, as the axis's: the day's first instant (01:00 where the clock skips midnight).
  const midnight = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  const until = end !== undefined && end > at && end < next ? end : next;
  if (at === midnight && until === next) return formatDate(at, locale);
  // A part day that runs to midnight ends on its last minute: "… – Mar 9, 12:00 AM" reads as a day more.
  const last = until === next ? until - 60_000 : until;
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).formatRange(at, last);
}

/**
 * The time axis: the data's span, or a day around it when every point has the same time (one
 * reading, one day). Left to itself uPlot gives a single instant a span of its own, 86,400 ÷ its
 * `ms` (1e-3, for seconds): 1,000 days, so one day of a campaign drew Dec 2026 – Aug 2029. It
 * passes that span here as min and max, so the data (xs) tells a single instant, not min = max.
 */
export function timeRange(min: number, max: number, xs: ArrayLike<number> = []): [number, number] {
  const first = xs.length > 0 ? xs[0]! : null;
  if (first !== null && first === xs[xs.length - 1]) return [first - HALF_DAY_S, first + HALF_DAY_S];
  return min === max ? [min - HALF_DAY_S, max + HALF_DAY_S] : [min, max];
}

function options(
  data: ChartData,
  width: number,
  height: number,
  title: string,
  spanGaps: boolean,
  perDay: boolean,
  end: number | undefined,
): uPlot.Options {
  const hasRate = data.series.some((s) => s.scale === 'rate');
  return {
    title,
    width,
    height,
    scales: {
      x: { time: true, range: (u, min, max) => timeRange(min, max, u.data[0]) },
      count: {},
      rate: {},
    },
    axes: [
      {
        stroke: 'currentColor',
        grid: { stroke: 'rgba(127,127,127,0.2)' },
        values: (_u: uPlot, splits: number[], _axis: number, _space: number, step: number) =>
          timeTicks(uiLocale(), splits, step),
      },
      {
        scale: 'count',
        stroke: 'currentColor',
        grid: { stroke: 'rgba(127,127,127,0.2)' },
        values: (_u: uPlot, ticks: number[]) => countTicks(uiLocale(), ticks),
        size: fitValues,
      },
      ...(hasRate
        ? [
            {
              scale: 'rate',
              side: 1 as const,
              stroke: 'currentColor',
              grid: { show: false },
              values: (_u: uPlot, ticks: number[]) => rateTicks(uiLocale(), ticks),
              size: fitValues,
            },
          ]
        : []),
    ],
    series: [
      { value: (_u: uPlot, v: number | null) => legendTime(uiLocale(), v, perDay, end) },
      ...data.series.map((s, i) => ({
        label: s.label,
        scale: s.scale,
        stroke: PALETTE[i % PALETTE.length],
        width: 2,
        spanGaps,
        // Dots where values are few, counted without the gaps: one known day among a year of
        // days drew nothing at all when this counted the days (there is no line through one point).
        // Without spanGaps a value alone between gaps is no line at all: it keeps its dot.
        points: { show: knownCount(s.values) < 60 || (!spanGaps && hasLoneValue(s.values)) },
        value: (_u: uPlot, v: number | null) =>
          // A count as the page showed it; a small nonzero value (a median velocity of
          // 0.0004/h) with two significant digits, never as 0.
          v === null ? '—' : s.scale === 'rate' ? percent(v) : formatFine(v, uiLocale(), 3),
      })),
    ],
  };
}

export function TimeChart({ data, title, height = 320, spanGaps = true, perDay = false, end }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || data.x.length === 0) return;
    let plot: uPlot | null = null;
    try {
      const width = Math.max(320, el.clientWidth || 800);
      plot = new uPlot(
        options(data, width, height, title, spanGaps, perDay, end),
        [data.x, ...data.series.map((s) => s.values)],
        el,
      );
      setFailed(null);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
      return;
    }
    const resize = new ResizeObserver(() => plot?.setSize({ width: Math.max(320, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot?.destroy();
    };
  }, [data, height, title, spanGaps, perDay, end]);
  if (data.x.length === 0) return <p class="muted">{t('common.chart.empty')}</p>;
  return (
    <figure class="chart">
      <div
        ref={host}
        role="img"
        // The zone once: the axis's days and hours and the legend's times are the browser's.
        aria-label={t(
          'common.chart.named',
          chartName(
            title,
            data.series.map((s) => s.label),
          ),
          reportZone(uiLocale()),
        )}
      />
      {failed ? <figcaption class="error">{t('common.chart.unavailable', failed)}</figcaption> : null}
    </figure>
  );
}
