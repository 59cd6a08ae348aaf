// The profile the tab shows: followers and their trend, and how the author's posts do.
import { Sparkline } from '@/components/badge/sparkline';
import { changeOverSpan } from '@/components/common/follower-span';
import { formatCompact, formatNumber, formatPercent, formatPerWeek } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms';
import { type AuthorView, authorFormulas } from '@/lib/queries';
import { t, tn, uiLocale } from '../../lib/i18n';

function trendText(change: number | null, spanMs: number): string {
  if (change === null || spanMs <= 0) return t('popup.author.noTrend');
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return changeOverSpan(`${sign}${formatNumber(Math.abs(change), uiLocale())}`, spanMs);
}

export function AuthorSummary({ view }: { view: AuthorView }) {
  const { author, trend, stats } = view;
  const locale = uiLocale();
  const formulas = authorFormulas(stats, locale);
  // An empty name (an imported file may hold one) is none: the handle heads the summary then.
  const name = author.name || null;
  return (
    <section class="author" aria-label={t('popup.author.label')}>
      {/* The name and handle are the page's text: each in a <bdi>, so a right-to-left override
          in the name cannot turn "@handle · X" around. */}
      <h2>
        <bdi>{name ?? `@${author.handle}`}</bdi>{' '}
        <span class="muted">
          {/* The handle once: a post without a name has it as its heading already. */}
          {name !== null ? (
            <>
              <bdi>{`@${author.handle}`}</bdi> ·{' '}
            </>
          ) : null}
          {PLATFORM_NAMES[author.platform]}
        </span>
      </h2>
      <dl class="rates">
        <div>
          <dt>{t('popup.author.followers')}</dt>
          <dd>{formatCompact(trend.latest, locale)}</dd>
        </div>
        <div>
          <dt>{t('popup.author.trend')}</dt>
          <dd>{trendText(trend.change, trend.spanMs)}</dd>
        </div>
        <div title={formulas.medianEr}>
          <dt>{t('popup.author.medianEr')}</dt>
          <dd>{formatPercent(stats.medianEr, locale)}</dd>
        </div>
        <div title={formulas.postsPerWeek}>
          <dt>{t('popup.author.postsPerWeek')}</dt>
          <dd>{formatPerWeek(stats.postsPerWeek, locale)}</dd>
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
