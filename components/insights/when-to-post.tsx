// "When to post": the weekday × hour heatmap of median ER for the rows given, with the best slots.
// A slot is coloured only once it has the minimum sample, so one lucky post never paints a slot.
import { useMemo } from 'preact/hooks';
import { formatNumber, formatPercent } from '@/lib/format';
import {
  buildTimingGrid,
  DEFAULT_SLOT_MIN_SAMPLE,
  HOURS_PER_DAY,
  isKnownTimeZone,
  slotLabel,
  type TimingCell,
  type TimingGrid,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from '@/lib/insights';
import type { PostRow } from '@/lib/queries';

interface Props {
  rows: PostRow[];
  /** IANA zone; the browser's when left out. */
  timeZone?: string;
  minSample?: number;
}

export const ER_FORMULA = 'median of (interactions ÷ followers, or ÷ views) of posts published in this hour';
const LEVELS = 5;
const HOURS = Array.from({ length: HOURS_PER_DAY }, (_, h) => h);
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
const plural = (n: number, one: string) => `${formatNumber(n)} ${one}${n === 1 ? '' : 's'}`;

/** Which of LEVELS shades a median gets, from the lowest to the highest rated median. */
function levelOf(er: number, lo: number, hi: number): number {
  if (!(hi > lo)) return LEVELS - 1;
  return Math.min(LEVELS - 1, Math.floor(((er - lo) / (hi - lo)) * LEVELS));
}

function cellTitle(c: TimingCell, need: number): string {
  const when = `${WEEKDAY_NAMES[c.weekday]} ${hh(c.hour)}–${hh(c.hour + 1)}`;
  if (c.posts === 0) return `${when}: no posts published in this hour`;
  if (!c.rated)
    return `${when}: ${plural(c.posts, 'post')}, ${formatNumber(c.withEr)} with an ER; not rated until ${plural(need, 'post')} with an ER`;
  return `${when}: median ER ${formatPercent(c.medianEr)} of ${plural(c.withEr, 'post')} (${ER_FORMULA})`;
}

function captionText(g: TimingGrid): string {
  const parts = [
    `Posts by weekday and hour published, in time zone ${g.timeZone}: ${plural(g.placed, 'post')} placed`,
    // Said because first seen is no stand-in: it is when the user browsed, not when the author posted.
    `${plural(g.noPostedTime, 'post')} left out with no posted time`,
  ];
  if (g.unreadableTime > 0)
    parts.push(`${plural(g.unreadableTime, 'post')} left out with a posted time that could not be read`);
  return `${parts.join('; ')}. A slot is coloured by its median ER once it has ${plural(g.minSample, 'post')} with an ER.`;
}

export function WhenToPost({ rows, timeZone, minSample = DEFAULT_SLOT_MIN_SAMPLE }: Props) {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const asked = timeZone ?? browserZone;
  const zone = isKnownTimeZone(asked) ? asked : 'UTC';
  const grid = useMemo(() => buildTimingGrid(rows, zone, minSample), [rows, zone, minSample]);
  const need = grid.minSample;
  const rated = grid.cells.flat().filter((c) => c.rated && c.medianEr !== null);
  const ers = rated.map((c) => c.medianEr!);
  const lo = Math.min(...ers);
  const hi = Math.max(...ers);

  return (
    <section class="insights when-to-post">
      <h2>When to post</h2>
      {zone !== asked && (
        <p class="insights-note" role="status">
          Time zone “{asked}” is unknown here; times are shown in UTC.
        </p>
      )}
      <div class="heatmap-scroll">
        <table class="heatmap">
          <caption>{captionText(grid)}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Weekday</span>
              </th>
              {HOURS.map((h) => (
                <th key={h} scope="col" abbr={`${hh(h)}–${hh(h + 1)}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.cells.map((byHour, d) => (
              <tr key={WEEKDAYS[d]}>
                <th scope="row" abbr={WEEKDAY_NAMES[d]}>
                  {WEEKDAYS[d]}
                </th>
                {byHour.map((c) => {
                  const level = c.rated && c.medianEr !== null ? levelOf(c.medianEr, lo, hi) : null;
                  const cls =
                    level !== null
                      ? `slot rated level-${level}`
                      : c.posts > 0
                        ? 'slot unrated'
                        : 'slot empty';
                  const style = level !== null ? { '--slot-level': String((level + 1) / LEVELS) } : undefined;
                  return (
                    <td key={c.hour} class={cls} style={style} title={cellTitle(c, need)}>
                      {c.posts > 0 ? formatNumber(c.posts) : <span class="visually-hidden">0</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Legend lo={rated.length > 0 ? lo : null} hi={rated.length > 0 ? hi : null} need={need} />
      <h3>Best slots</h3>
      {grid.best.length > 0 ? (
        <ol class="best-slots" aria-label="Best slots">
          {grid.best.map((c) => (
            <li key={`${c.weekday}-${c.hour}`}>
              {slotLabel(c.weekday, c.hour)}: median {formatPercent(c.medianEr)} over{' '}
              {plural(c.withEr, 'post')}
            </li>
          ))}
        </ol>
      ) : (
        <p class="insights-empty">
          No slot is rated yet. Browse more posts of these authors: a slot is rated once it has{' '}
          {plural(need, 'post')} with an ER.
        </p>
      )}
    </section>
  );
}

function Legend({ lo, hi, need }: { lo: number | null; hi: number | null; need: number }) {
  return (
    <ul class="heatmap-legend" aria-label="Legend">
      {lo !== null && hi !== null && (
        <li>
          <span class="swatch-ramp" aria-hidden="true">
            {Array.from({ length: LEVELS }, (_, i) => (
              <span
                key={i}
                class={`swatch level-${i}`}
                style={{ '--slot-level': String((i + 1) / LEVELS) }}
              />
            ))}
          </span>
          median ER from {formatPercent(lo)} (light) to {formatPercent(hi)} (dark)
        </li>
      )}
      <li>
        <span class="swatch unrated" aria-hidden="true" /> fewer than {plural(need, 'post')} with an ER: not
        rated
      </li>
      <li>
        <span class="swatch empty" aria-hidden="true" /> no posts
      </li>
    </ul>
  );
}
