// The profile the tab shows: followers and their trend, and how the author's posts do.
import { Sparkline } from '@/components/badge/sparkline';
import { formatCompact, formatNumber, formatPercent, formatPerWeek } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms';
import type { AuthorView } from '@/lib/queries';
import { t, tn, uiLocale } from '../../lib/i18n';

const DAY_MS = 86_400_000;

function trendText(change: number | null, spanMs: number): string {
  if (change === null || spanMs <= 0) return t('popup.author.noTrend');
  const days = Math.max(1, Math.round(spanMs / DAY_MS));
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return tn('popup.author.trendIn', days, `${sign}${formatNumber(Math.abs(change))}`);
}

export function AuthorSummary({ view }: { view: AuthorView }) {
  const { author, trend, stats } = view;
  return (
    <section class="author" aria-label={t('popup.author.label')}>
      <h2>
        {author.name ?? `@${author.handle}`}{' '}
        <span class="muted">
          @{author.handle} · {PLATFORM_NAMES[author.platform]}
        </span>
      </h2>
      <dl class="rates">
        <div>
          <dt>{t('popup.author.followers')}</dt>
          <dd>{formatCompact(trend.latest)}</dd>
        </div>
        <div>
          <dt>{t('popup.author.trend')}</dt>
          <dd>{trendText(trend.change, trend.spanMs)}</dd>
        </div>
        <div>
          <dt>{t('popup.author.medianEr')}</dt>
          <dd>{formatPercent(stats.medianEr)}</dd>
        </div>
        <div>
          <dt>{t('popup.author.postsPerWeek')}</dt>
          <dd>{formatPerWeek(stats.postsPerWeek, uiLocale())}</dd>
        </div>
      </dl>
      <p class="muted">{tn('popup.author.postsSeen', stats.postsSeen)}</p>
      <Sparkline
        values={trend.points.map(([, f]) => f)}
        width={240}
        height={28}
        label={t('popup.author.followersOverTime')}
      />
    </section>
  );
}
