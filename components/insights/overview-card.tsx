// One Overview card: the period's value, its change against the previous period (▲/▼ and the
// previous value; while the period runs, against as much of the previous one), what it rests on,
// its formula, and its value per day as a small uPlot chart.
import { useMemo } from 'preact/hooks';
import { changeOverSpan } from '@/components/common/follower-span';
import { TimeChart } from '@/components/common/time-chart';
import {
  formatDateTime,
  formatFine,
  formatNumber,
  formatPercent,
  formatVelocity,
  numberFormat,
} from '@/lib/format';
import { basisWords, type CardUnit, changeFormula, type FollowerCard, type PostCard } from '@/lib/insights';
import type { ChartData } from '@/lib/metrics';
import { t, tn, uiLocale } from '../../lib/i18n';

interface Props {
  card: PostCard | FollowerCard;
  /** dayStarts of the period (epoch ms), the x of the trend. */
  days: number[];
  /** Where the period ends (epoch ms): its last day may end there, before midnight (whole if not given). */
  end?: number;
  /** Shown under the label: whose followers, for a follower card. */
  subtitle?: string;
  /**
   * While the period runs: when the part of the previous period the card is compared with ends
   * (Overview.compared, written out), as far into it as now is into this one. Left out: the whole.
   */
  upTo?: string;
}

const TREND_HEIGHT = 120;
/** A follower difference with its sign: "+14", "−3", "0", written as the user writes numbers. */
const signed = (v: number) =>
  numberFormat(uiLocale(), { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(v);

/** A card's figure in the user's locale (uiLocale), as the words around it. */
export function formatValue(v: number | null, unit: CardUnit): string {
  const locale = uiLocale();
  if (unit === 'rate') return formatPercent(v, locale);
  if (unit === 'velocity') return formatVelocity(v, locale);
  return formatNumber(v, locale);
}

/**
 * What a card shows for one period: a follower card's value is itself a change, so it shows its
 * sign ("+14"), this period's and the previous one's alike; a post card's is a plain figure.
 */
function cardValue(card: PostCard | FollowerCard, v: number | null): string {
  return 'authorKey' in card && v !== null && Number.isFinite(v) ? signed(v) : formatValue(v, card.unit);
}

/** A difference without its sign (the arrow carries it); a rate's in percentage points. */
function formatDifference(v: number, unit: CardUnit): string {
  const a = Math.abs(v);
  return unit === 'rate'
    ? t('insights.card.percentagePoints', formatFine(a * 100, uiLocale(), 2))
    : formatValue(a, unit);
}

/**
 * What a follower card's value rests on: the two counts and when each was read. A change resting
 * on a count read longer before the period than it lasts is said with the time it was seen over,
 * as the author comparison says it ("+500 in 185 days"), never as the period's; with two counts
 * read inside the period, what changed since the first of them (the chart's line) instead.
 */
function followerBasis({ current }: FollowerCard, locale: string): string | null {
  const { between, firstRead, atEnd, value } = current;
  if (between) {
    const [[fromAt, from], [toAt, to]] = between;
    const read = t(
      'insights.card.followersRead',
      formatNumber(from, locale),
      formatNumber(to, locale),
      formatDateTime(fromAt, locale),
      formatDateTime(toAt, locale),
    );
    if (value !== null) return read;
    // The chart starts at the first count read inside the period: a change seen since then is said
    // as below, as the chart draws it; the longer one only with no second count read inside.
    if (!firstRead || firstRead[0] === toAt)
      return t('insights.card.overSpan', changeOverSpan(signed(to - from), toAt - fromAt), read);
  }
  // None read in the period: the end count is the one before it again, and "1,100 → 1,100
  // followers" would be a change of 0 nobody saw. The reason says it is unknown.
  // No usable count at the start: what changed since the first one read inside, said as such.
  if (!firstRead || atEnd === null) return null;
  const [at, first] = firstRead;
  return t(
    'insights.card.sinceFirstRead',
    formatDateTime(at, locale),
    formatNumber(first, locale),
    formatNumber(atEnd, locale),
    signed(atEnd - first),
  );
}

/**
 * What the value rests on: how many posts had the figure, or the two follower counts read; for the
 * interactions, how many of the posts that show counts show not every count (partShown).
 */
function basisOf(card: PostCard | FollowerCard): string | null {
  const locale = uiLocale();
  if ('authorKey' in card) return followerBasis(card, locale);
  const { posts, used, partShown: part } = card.current;
  if (card.id === 'posts' || posts === 0) return null;
  if (card.id === 'interactions') {
    const none = formatNumber(posts - used, locale);
    // A post showing some counts adds those alone (its hidden likes add nothing): "all 2 posts show
    // counts" would read as every count of both added.
    if (part > 0)
      return used === posts
        ? tn('insights.card.showPartCounts', posts, formatNumber(part, locale))
        : tn(
            'insights.card.someShowPartCounts',
            posts,
            none,
            formatNumber(part, locale),
            formatNumber(used, locale),
          );
    return used === posts
      ? tn('insights.card.allShowCounts', posts)
      : tn('insights.card.someShowNoCounts', posts, none);
  }
  if (card.id !== 'medianEr') return tn('insights.card.withVelocity', posts, formatNumber(used, locale));
  // On the card's one basis (both periods alike); with none, no post has an ER on either.
  return card.erBasis
    ? tn('insights.card.withErOn', posts, formatNumber(used, locale), basisWords(card.erBasis))
    : tn('insights.card.withEr', posts, formatNumber(used, locale));
}

/** The change against the previous period, or against as much of it as `upTo` says (see Props). */
function ChangeLine({ card, upTo }: { card: PostCard | FollowerCard; upTo: string | undefined }) {
  const { change, unit } = card;
  const previous = cardValue(card, card.previous.value);
  if (change.abs === null)
    return (
      <p class="overview-change">
        {upTo === undefined
          ? t('insights.card.noChange', previous, change.reason ?? '')
          : t('insights.card.noChangeSoFar', previous, change.reason ?? '', upTo)}
      </p>
    );
  const arrow = change.abs > 0 ? '▲' : change.abs < 0 ? '▼' : '=';
  const pct =
    change.pct === null
      ? t('insights.card.noPercent', change.reason ?? '')
      : formatPercent(Math.abs(change.pct), uiLocale());
  const dir = change.abs > 0 ? 'up' : change.abs < 0 ? 'down' : 'same';
  const difference = formatDifference(change.abs, unit);
  return (
    <p class={`overview-change ${dir}`}>
      {upTo === undefined
        ? t('insights.card.change', arrow, difference, pct, previous)
        : t('insights.card.changeSoFar', arrow, difference, pct, previous, upTo)}
    </p>
  );
}

export function OverviewCard({ card, days, end, subtitle, upTo }: Props) {
  // A follower card's chart draws the count at each day's end (1,000 … 1,250), not its change: a
  // title "Follower change per day" would read as +1,250 a day.
  const chartTitle =
    'authorKey' in card ? t('insights.card.followersPerDay') : t('insights.card.perDay', card.label);
  const data = useMemo<ChartData>(
    () => ({
      x: days.map((d) => d / 1000),
      series: [
        {
          label: 'authorKey' in card ? t('insights.card.followersPerDay') : card.label,
          values: card.daily,
          scale: card.unit === 'rate' ? 'rate' : 'count',
        },
      ],
    }),
    [card, days],
  );
  const basis = basisOf(card);
  const id = 'authorKey' in card ? `followers:${card.authorKey}` : card.id;
  return (
    <article
      class="overview-card"
      data-card={id}
      aria-label={subtitle ? `${card.label}: ${subtitle}` : card.label}
    >
      <h3>{card.label}</h3>
      {subtitle && <p class="muted overview-subtitle">{subtitle}</p>}
      <p class="overview-value">{cardValue(card, card.current.value)}</p>
      {card.current.value === null && <p class="muted">{card.current.reason}</p>}
      {basis && <p class="muted">{basis}</p>}
      <ChangeLine card={card} upTo={upTo} />
      <p class="overview-formula" title={`${card.label} = ${card.formula}; ${changeFormula(upTo)}`}>
        = {card.formula}
      </p>
      {card.daily.some((v) => v !== null) ? (
        // A day with no value had nothing to measure (no post posted, none rated, no follower count
        // the change rests on): no line across it.
        <TimeChart data={data} title={chartTitle} height={TREND_HEIGHT} spanGaps={false} perDay end={end} />
      ) : (
        <p class="muted">{t('insights.card.noDaily')}</p>
      )}
    </article>
  );
}
