// Time series for the dashboard charts: a post's counts and ERs per snapshot, authors' follower
// histories on one shared time axis. Pure; uPlot wants seconds on x and null for gaps.

import { type ChartData, engagement, erByFollowers, erByViews, type Series } from '../metrics';
import type { SnapshotRecord } from '../records';
import type { Count } from '../types';

const COUNT_SERIES = [
  ['likes', 'Likes'],
  ['comments', 'Comments'],
  ['reposts', 'Reposts'],
  ['saves', 'Saves'],
  ['views', 'Views'],
  ['followers', 'Followers'],
] as const;

/** snaps oldest first. followersFallback: the author's latest known, for snapshots without. */
export function postChartData(snaps: readonly SnapshotRecord[], followersFallback: Count): ChartData {
  const series: Series[] = COUNT_SERIES.map(([field, label]) => ({
    label,
    values: snaps.map((s) => s[field]),
    scale: 'count',
  }));
  // A count the page never showed stays off the chart rather than drawn as an empty line.
  const shown = series.filter((s) => s.values.some((v) => v !== null));
  shown.push(
    { label: 'Engagement', values: snaps.map((s) => engagement(s)), scale: 'count' },
    {
      label: 'ER by followers',
      values: snaps.map((s) => erByFollowers(s, s.followers ?? followersFallback)),
      scale: 'rate',
    },
    { label: 'ER by views', values: snaps.map((s) => erByViews(s)), scale: 'rate' },
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
