// Time series for the dashboard charts: a post's counts and ERs per snapshot, authors' follower
// histories on one shared time axis. Pure; uPlot wants seconds on x and null for gaps.

import { t } from '../i18n';
import { type ChartData, ENGAGEMENT_FIELDS, ratio, type Series } from '../metrics';
import type { SnapshotRecord } from '../records';
import { type Count, type CountField, likesAreScore, type Platform } from '../types';

/** Each count's series, with its label in the user's language (asked when a chart is built). */
const COUNT_SERIES: ReadonlyArray<readonly [CountField | 'followers', (platform?: Platform) => string]> = [
  ['likes', (platform) => (likesAreScore(platform) ? t('queries.series.score') : t('queries.series.likes'))],
  ['comments', () => t('queries.series.comments')],
  ['reposts', () => t('queries.series.reposts')],
  ['saves', () => t('queries.series.saves')],
  ['views', () => t('queries.series.views')],
  ['followers', () => t('queries.series.followers')],
];

/**
 * snaps oldest first. followersFallback: the author's latest known, for snapshots without.
 * platform: the post's, which names its likes (a Reddit post's are its score).
 */
export function postChartData(
  snaps: readonly SnapshotRecord[],
  followersFallback: Count,
  platform?: Platform,
): ChartData {
  const series: Series[] = COUNT_SERIES.map(([field, label]) => ({
    label: label(platform),
    values: snaps.map((s) => s[field]),
    scale: 'count',
  }));
  // A count the page never showed stays off the chart rather than drawn as an empty line.
  const shown = series.filter((s) => s.values.some((v) => v !== null));
  // A reading's engagement is drawn only when it has every engagement count some reading of the
  // post shows: one that lacks its likes is unknown there (a break in the line), not a dip to the
  // rest of its counts (as velocity compares only the counts both readings show).
  const known = (v: Count | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  const fields = ENGAGEMENT_FIELDS.filter((f) => snaps.some((s) => known(s[f])));
  const eng = snaps.map((s) => {
    let sum: number | null = null;
    for (const f of fields) {
      const v = s[f];
      if (!known(v)) return null;
      sum = (sum ?? 0) + v;
    }
    return sum;
  });
  shown.push(
    { label: t('queries.series.engagement'), values: eng, scale: 'count' },
    {
      label: t('queries.series.erByFollowers'),
      values: snaps.map((s, i) => ratio(eng[i], s.followers ?? followersFallback)),
      scale: 'rate',
    },
    {
      label: t('queries.series.erByViews'),
      values: snaps.map((s, i) => ratio(eng[i], s.views)),
      scale: 'rate',
    },
  );
  return {
    x: snaps.map((s) => s.capturedAt / 1000),
    series: shown.filter((s) => s.values.some((v) => v !== null)),
  };
}

/** Several authors' follower histories merged onto the union of their capture times. */
export function followersChartData(
  authors: ReadonlyArray<{ label: string; points: ReadonlyArray<readonly [number, number]> }>,
): ChartData {
  const times = [...new Set(authors.flatMap((a) => a.points.map(([t]) => t)))].sort((a, b) => a - b);
  const series: Series[] = authors.map((a) => {
    const at = new Map(a.points.map(([t, f]) => [t, f]));
    return { label: a.label, values: times.map((t) => at.get(t) ?? null), scale: 'count' };
  });
  return { x: times.map((t) => t / 1000), series };
}
