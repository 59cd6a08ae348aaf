// The engagement of a campaign's posts over its period, day by day (uPlot, as the dashboard's
// other charts), and what it gained.
import { useMemo } from 'preact/hooks';
import { TimeChart } from '@/components/common/time-chart';
import type { Figure } from '@/lib/campaigns';
import { type TrendPoint, trendChartData } from '@/lib/campaigns';
import { formatNumber } from '@/lib/format';
import { t, uiLocale } from '../../lib/i18n';

interface Props {
  trend: TrendPoint[];
  gain: Figure<'gain'>;
  postCount: number;
}

export function CampaignTrend({ trend, gain, postCount }: Props) {
  const data = useMemo(() => trendChartData(trend), [trend]);
  const known = trend.filter((p) => p.engagement !== null);
  const partial = known.filter((p) => p.posts < postCount).length;
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
    </section>
  );
}
