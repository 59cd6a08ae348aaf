// The engagement of a campaign's posts over its period, day by day (uPlot, as the dashboard's
// other charts), and what it gained.
import { useMemo } from 'preact/hooks';
import { TimeChart } from '@/components/common/time-chart';
import type { Figure } from '@/lib/campaigns';
import { type TrendPoint, trendChartData } from '@/lib/campaigns';

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
    <section class="campaign-trend" aria-label="Engagement trend">
      <h3>Engagement over the period</h3>
      {known.length === 0 ? (
        <p class="muted">No snapshots of these posts in this period yet.</p>
      ) : (
        <TimeChart data={data} title="Engagement of the campaign's posts per day" height={240} />
      )}
      <p data-figure="gain">
        {gain.label}: <strong class={gain.value === null ? 'needs' : undefined}>{gain.display}</strong>{' '}
        <span class="formula muted">({gain.formula})</span>
      </p>
      {partial > 0 ? (
        <p class="muted">
          On {partial} of {known.length} days not every post had been captured yet: those days add up fewer
          posts.
        </p>
      ) : null}
    </section>
  );
}
