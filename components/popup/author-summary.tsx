// The profile the tab shows: followers and their trend, and how the author's posts do.
import { Sparkline } from '@/components/badge/sparkline';
import { formatCompact, formatNumber, formatPercent } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms';
import type { AuthorView } from '@/lib/queries';

const DAY_MS = 86_400_000;

function trendText(change: number | null, spanMs: number): string {
  if (change === null || spanMs <= 0) return 'no trend yet';
  const days = Math.max(1, Math.round(spanMs / DAY_MS));
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(change))} in ${days} day${days === 1 ? '' : 's'}`;
}

export function AuthorSummary({ view }: { view: AuthorView }) {
  const { author, trend, stats } = view;
  return (
    <section class="author" aria-label="Author summary">
      <h2>
        {author.name ?? `@${author.handle}`}{' '}
        <span class="muted">
          @{author.handle} · {PLATFORM_NAMES[author.platform]}
        </span>
      </h2>
      <dl class="rates">
        <div>
          <dt>Followers</dt>
          <dd>{formatCompact(trend.latest)}</dd>
        </div>
        <div>
          <dt>Trend</dt>
          <dd>{trendText(trend.change, trend.spanMs)}</dd>
        </div>
        <div>
          <dt>Median ER</dt>
          <dd>{formatPercent(stats.medianEr)}</dd>
        </div>
        <div>
          <dt>Posts / week</dt>
          <dd>{stats.postsPerWeek === null ? '—' : stats.postsPerWeek.toFixed(1)}</dd>
        </div>
      </dl>
      <p class="muted">
        From {stats.postsSeen} post{stats.postsSeen === 1 ? '' : 's'} seen.
      </p>
      <Sparkline
        values={trend.points.map(([, f]) => f)}
        width={240}
        height={28}
        label="Followers over time"
      />
    </section>
  );
}
