// One Overview card: the period's value, its change against the previous period (▲/▼ and the
// previous value), what it rests on, its formula, and its value per day as a small uPlot chart.
import { useMemo } from 'preact/hooks';
import { TimeChart } from '@/components/common/time-chart';
import { formatNumber, formatPercent, formatVelocity } from '@/lib/format';
import { type CardUnit, CHANGE_FORMULA, type FollowerCard, type PostCard } from '@/lib/insights';
import type { ChartData } from '@/lib/metrics';

interface Props {
  card: PostCard | FollowerCard;
  /** dayStarts of the period (epoch ms), the x of the trend. */
  days: number[];
  /** Shown under the label: whose followers, for a follower card. */
  subtitle?: string;
}

const TREND_HEIGHT = 120;
const pp = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const plural = (n: number, one: string) => `${formatNumber(n)} ${one}${n === 1 ? '' : 's'}`;

export function formatValue(v: number | null, unit: CardUnit): string {
  if (unit === 'rate') return formatPercent(v);
  if (unit === 'velocity') return formatVelocity(v);
  return formatNumber(v);
}

/** A difference without its sign (the arrow carries it); a rate's in percentage points. */
function formatDifference(v: number, unit: CardUnit): string {
  const a = Math.abs(v);
  return unit === 'rate' ? `${pp.format(a * 100)} pp` : formatValue(a, unit);
}

/** What the value rests on: how many posts had the figure, or the two follower counts read. */
function basisOf(card: PostCard | FollowerCard): string | null {
  if ('authorKey' in card) {
    const { atStart, atEnd } = card.current;
    return atStart === null ? null : `${formatNumber(atStart)} → ${formatNumber(atEnd)} followers`;
  }
  const { posts, used } = card.current;
  if (card.id === 'posts' || posts === 0) return null;
  if (card.id === 'interactions')
    return used === posts
      ? `all ${plural(posts, 'post')} show counts`
      : `${formatNumber(posts - used)} of ${plural(posts, 'post')} show no counts and add nothing`;
  const what = card.id === 'medianEr' ? 'an ER' : 'a velocity';
  return `${formatNumber(used)} of ${plural(posts, 'post')} with ${what}`;
}

function ChangeLine({ card }: { card: PostCard | FollowerCard }) {
  const { change, unit } = card;
  const previous = `${formatValue(card.previous.value, unit)} the previous period`;
  if (change.abs === null)
    return (
      <p class="overview-change">
        — vs {previous}: {change.reason}
      </p>
    );
  const arrow = change.abs > 0 ? '▲' : change.abs < 0 ? '▼' : '=';
  const pct = change.pct === null ? `no %: ${change.reason}` : formatPercent(Math.abs(change.pct));
  const dir = change.abs > 0 ? 'up' : change.abs < 0 ? 'down' : 'same';
  return (
    <p class={`overview-change ${dir}`}>
      {arrow} {formatDifference(change.abs, unit)} ({pct}) vs {previous}
    </p>
  );
}

export function OverviewCard({ card, days, subtitle }: Props) {
  const data = useMemo<ChartData>(
    () => ({
      x: days.map((d) => d / 1000),
      series: [{ label: card.label, values: card.daily, scale: card.unit === 'rate' ? 'rate' : 'count' }],
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
      <p class="overview-value">{formatValue(card.current.value, card.unit)}</p>
      {card.current.value === null && <p class="muted">{card.current.reason}</p>}
      {basis && <p class="muted">{basis}</p>}
      <ChangeLine card={card} />
      <p class="overview-formula" title={`${card.label} = ${card.formula}; ${CHANGE_FORMULA}`}>
        = {card.formula}
      </p>
      {card.daily.some((v) => v !== null) ? (
        <TimeChart data={data} title={`${card.label} per day`} height={TREND_HEIGHT} />
      ) : (
        <p class="muted">No value per day to draw in this period.</p>
      )}
    </article>
  );
}
