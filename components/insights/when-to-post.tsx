// "When to post": the weekday × hour heatmap of median ER for the rows given, with the best slots.
// A slot is coloured only once it has the minimum sample, so one lucky post never paints a slot.
import { useMemo } from 'preact/hooks';
import { formatNumber, formatPercent } from '@/lib/format';
import {
  basisWords,
  buildTimingGrid,
  comparableEr,
  DEFAULT_BEST_SLOTS,
  DEFAULT_SLOT_MIN_SAMPLE,
  firstWeekday,
  HOURS_PER_DAY,
  hourRange,
  isKnownTimeZone,
  leadBasis,
  slotLabel,
  type TimingCell,
  type TimingGrid,
  weekdayName,
  weekdayOrder,
} from '@/lib/insights';
import type { ErPref } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import type { ErBasis } from '@/lib/types';
import { t, tn, uiLocale } from '../../lib/i18n';

interface Props {
  rows: PostRow[];
  /** IANA zone; the browser's when left out. */
  timeZone?: string;
  minSample?: number;
  /** Settings' ER choice the rows were made with; read from the rows when left out. */
  pref?: ErPref;
}

const LEVELS = 5;
const HOURS = Array.from({ length: HOURS_PER_DAY }, (_, h) => h);

/** Which of LEVELS shades a median gets, from the lowest to the highest rated median. */
function levelOf(er: number, lo: number, hi: number): number {
  if (!(hi > lo)) return LEVELS - 1;
  return Math.min(LEVELS - 1, Math.floor(((er - lo) / (hi - lo)) * LEVELS));
}

/**
 * The grid's basis as the words name it. With none (no post placed has an ER on either basis),
 * the lead's: "0 with an ER by views" is as true as by followers, and names what would be taken.
 */
const wordsOf = (g: TimingGrid, pref: ErPref | undefined): ErBasis => g.erBasis ?? leadBasis(pref, []);

const erFormula = (basis: ErBasis) =>
  basis === 'views' ? t('insights.whenToPost.erFormula.views') : t('insights.whenToPost.erFormula.followers');

function cellTitle(c: TimingCell, need: number, basis: ErBasis): string {
  const when = slotLabel(c.weekday, c.hour, 'long');
  if (c.posts === 0) return t('insights.whenToPost.cell.empty', when);
  // Two counts, each with its own plural: the clause on the sample is a message of its own.
  if (!c.rated)
    return tn(
      'insights.whenToPost.cell.unrated',
      c.posts,
      when,
      formatNumber(c.withEr, uiLocale()),
      tn('insights.whenToPost.cell.notRatedUntil', need),
      basisWords(basis),
    );
  return tn(
    'insights.whenToPost.cell.rated',
    c.withEr,
    when,
    formatPercent(c.medianEr, uiLocale()),
    erFormula(basis),
  );
}

/** "a, b and c" in the user's language. */
const listFormat = () => new Intl.ListFormat(uiLocale(), { type: 'conjunction' });

function captionText(g: TimingGrid, basis: ErBasis): string {
  const placed = tn('insights.whenToPost.caption.placed', g.placed, g.timeZone);
  // Said because first seen is no stand-in: it is when the user browsed, not when the author posted.
  const leftOut = [tn('insights.whenToPost.caption.noPostedTime', g.noPostedTime)];
  if (g.dayOnly > 0) leftOut.push(tn('insights.whenToPost.caption.dayOnly', g.dayOnly));
  if (g.unreadableTime > 0) leftOut.push(tn('insights.whenToPost.caption.unreadable', g.unreadableTime));
  const rule = tn('insights.whenToPost.caption.rule', g.minSample, basisWords(basis));
  return t('insights.whenToPost.caption.text', placed, listFormat().format(leftOut), rule);
}

export function WhenToPost({ rows, timeZone, minSample = DEFAULT_SLOT_MIN_SAMPLE, pref }: Props) {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const asked = timeZone ?? browserZone;
  const zone = isKnownTimeZone(asked) ? asked : 'UTC';
  // Figures in the user's locale, as the words around them (and the counts tn writes) are.
  const locale = uiLocale();
  // Equal best slots are listed from the first day of the week the rows below start on.
  const firstDay = firstWeekday(locale);
  const grid = useMemo(
    () => buildTimingGrid(rows, zone, minSample, DEFAULT_BEST_SLOTS, pref, firstDay),
    [rows, zone, minSample, pref, firstDay],
  );
  const need = grid.minSample;
  const basis = wordsOf(grid, pref);
  const rated = grid.cells.flat().filter((c) => c.rated && c.medianEr !== null);
  // Shaded by the medians as compared: two the user reads as equal never get the two ends' shades.
  const ers = rated.map((c) => comparableEr(c.medianEr!));
  const lo = Math.min(...ers);
  const hi = Math.max(...ers);

  return (
    <section class="insights when-to-post">
      <h2>{t('insights.whenToPost.title')}</h2>
      {zone !== asked && (
        <p class="insights-note" role="status">
          {t('insights.whenToPost.unknownZone', asked)}
        </p>
      )}
      <div class="heatmap-scroll">
        <table class="heatmap">
          <caption>{captionText(grid, basis)}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{t('insights.whenToPost.weekday')}</span>
              </th>
              {HOURS.map((h) => (
                <th key={h} scope="col" abbr={hourRange(h)}>
                  {formatNumber(h, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {/* Rows from the first day of the user's week (Sunday in en-US), not always Monday. */}
            {weekdayOrder(locale).map((d) => (
              <tr key={d}>
                <th scope="row" abbr={weekdayName(d, 'long')}>
                  {weekdayName(d, 'short')}
                </th>
                {grid.cells[d]!.map((c) => {
                  const level =
                    c.rated && c.medianEr !== null ? levelOf(comparableEr(c.medianEr), lo, hi) : null;
                  const cls =
                    level !== null
                      ? // i18n-ignore: CSS class names
                        `slot rated level-${level}`
                      : c.posts > 0
                        ? 'slot unrated'
                        : 'slot empty';
                  const style = level !== null ? { '--slot-level': String((level + 1) / LEVELS) } : undefined;
                  return (
                    <td key={c.hour} class={cls} style={style} title={cellTitle(c, need, basis)}>
                      {c.posts > 0 ? formatNumber(c.posts, locale) : <span class="visually-hidden">0</span>}
                      {/* The shade's value in words too: a title is no help to a keyboard, touch or
                          screen-reader user, and colour alone tells no one the figure. */}
                      {level !== null && (
                        <span class="visually-hidden">
                          {' '}
                          {t('insights.whenToPost.cell.medianShort', formatPercent(c.medianEr, locale))}
                        </span>
                      )}
                      {/* An unrated count alone would read as a slot like any other: say it is not
                          rated, and why, as the grey shade and the legend do for the eye. */}
                      {level === null && c.posts > 0 && (
                        <span class="visually-hidden">
                          {' '}
                          {t(
                            'insights.whenToPost.cell.unratedShort',
                            formatNumber(c.withEr, locale),
                            formatNumber(need, locale),
                          )}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Legend lo={rated.length > 0 ? lo : null} hi={rated.length > 0 ? hi : null} need={need} />
      <h3>{t('insights.whenToPost.bestSlots')}</h3>
      {grid.best.length > 0 ? (
        <ol class="best-slots" aria-label={t('insights.whenToPost.bestSlots')}>
          {grid.best.map((c) => (
            <li key={`${c.weekday}-${c.hour}`}>
              {tn(
                'insights.whenToPost.bestSlot',
                c.withEr,
                slotLabel(c.weekday, c.hour),
                formatPercent(c.medianEr, locale),
                basisWords(basis),
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p class="insights-empty">
          {/* Browsing more posts rates a slot only if some post can be placed in one at all. */}
          {grid.placed === 0 && grid.noPostedTime + grid.dayOnly + grid.unreadableTime > 0
            ? t('insights.whenToPost.nonePlaced')
            : tn('insights.whenToPost.noneRated', need)}
        </p>
      )}
    </section>
  );
}

function Legend({ lo, hi, need }: { lo: number | null; hi: number | null; need: number }) {
  return (
    <ul class="heatmap-legend" aria-label={t('insights.whenToPost.legend.label')}>
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
          {t(
            'insights.whenToPost.legend.range',
            formatPercent(lo, uiLocale()),
            formatPercent(hi, uiLocale()),
          )}
        </li>
      )}
      <li>
        <span class="swatch unrated" aria-hidden="true" /> {tn('insights.whenToPost.legend.unrated', need)}
      </li>
      <li>
        <span class="swatch empty" aria-hidden="true" /> {t('insights.whenToPost.legend.empty')}
      </li>
    </ul>
  );
}
