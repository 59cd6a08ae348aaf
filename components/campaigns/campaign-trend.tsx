// The engagement of a campaign's posts over its period, day by day (uPlot, as the dashboard's
// other charts), and what it gained.
import { useMemo } from 'preact/hooks';
import { TimeChart } from '@/components/common/time-chart';
import type { Figure } from '@/lib/campaigns';
import { type TrendPoint, trendChartData, trendPosts } from '@/lib/campaigns';
import { formatNumber } from '@/lib/format';
import { t, tn, uiLocale } from '../../lib/i18n';

interface Props {
  trend: TrendPoint[];
  gain: Figure<'gain'>;
  /** The campaign's posts; those never read by the period's end are left out of the trend, said so. */
  postCount: number;
}

export function CampaignTrend({ trend, gain, postCount }: Props) {
  const data = useMemo(() => trendChartData(trend), [trend]);
  const known = trend.filter((p) => p.engagement !== null);
  // A day is partial when it adds up fewer posts than the trend follows: a post never read is not
  // waited for on every day, but said once to be left out.
  const followed = Math.min(postCount, trendPosts(trend));
  const partial = known.filter((p) => p.posts < followed).length;
  const leftOut = known.length > 0 ? postCount - followed : 0;
  return (
    <section class="campaign-trend" aria-label={t('campaigns.trend.label')}>
      <h3>{t('campaigns.trend.heading')}</h3>
      {known.length === 0 ? (
        <p class="muted">{t('campaigns.trend.none')}</p>
      ) : (
        <TimeChart data={data} title={t('campaigns.trend.chart')} height={240} perDay />
      )}
      <p data-figure="gain">
        {gain.label}: <strong class={gain.value === null ? 'needs' : undefined}>{gain.display}</strong>{' '}
        <span class="formula muted">({gain.formula})</span>
      </p>
      {partial > 0 ? (
        <p class="muted">
          {t(
            'campaigns.trend.partial',
            formatNumber(partial, uiLocale()),
            formatNumber(known.length, uiLocale()),
          )}
        </p>
      ) : null}
      {leftOut > 0 ? <p class="muted">{tn('campaigns.trend.leftOut', leftOut)}</p> : null}
    </section>
  );
}
