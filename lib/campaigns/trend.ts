// The engagement of a campaign's posts, day by day over its period: each post counts with its
// latest snapshot up to the end of the day, carried forward over days without a new one, summing
// the counts every reading of the post in the period shows. Pure.

import { t } from '../i18n';
import type { ChartData } from '../metrics';
import { type CountsLike, engagement, sharedEngagement } from '../metrics';
import { addDays, dayStart, daysIn } from './dates';
import { type Campaign, figureLabel, type Part } from './figures';

export interface TrendSnapshot extends CountsLike {
  postKey: string;
  /** Epoch ms. */
  capturedAt: number;
}

export interface TrendPoint {
  day: string;
  /** Local midnight starting the day, epoch ms. */
  at: number;
  /** Σ engagement of the posts known by the end of the day; null when none is known yet. */
  engagement: number | null;
  /** How many of the campaign's posts that sum covers. */
  posts: number;
  /** A snapshot was taken this day (else the day only carries earlier values forward). */
  fresh: boolean;
}

/**
 * One point per day of the period. Days after `now` have no value (nothing is known of them yet);
 * a snapshot from before the period carries in, since it is the post's state when the period began.
 */
export function engagementTrend(
  c: Pick<Campaign, 'postKeys' | 'start' | 'end'>,
  snapshots: readonly TrendSnapshot[],
  now: number,
): TrendPoint[] {
  const wanted = new Set(c.postKeys);
  const periodEnd = dayStart(addDays(c.end, 1));
  const byPost = new Map<string, TrendSnapshot[]>();
  for (const s of snapshots) {
    if (!wanted.has(s.postKey) || engagement(s) === null || !Number.isFinite(s.capturedAt)) continue;
    if (s.capturedAt >= periodEnd) continue;
    const list = byPost.get(s.postKey);
    if (list) list.push(s);
    else byPost.set(s.postKey, [s]);
  }
  const cursors = [...byPost.values()].flatMap((list) => {
    // A post's line adds up only the counts every one of its readings shows: a reading that lacks
    // its comments count would otherwise read as a drop by that many (as velocity and the period's
    // gain compare only counts both readings show). Readings sharing no count give the post no line.
    const values = sharedEngagement(list);
    if (values.length === 0) return [];
    const points = list.map((s, i) => ({ at: s.capturedAt, value: values[i]! })).sort((a, b) => a.at - b.at);
    return [{ list: points, next: 0, value: null as number | null }];
  });
  return daysIn(c.start, c.end).map((day) => {
    const at = dayStart(day);
    if (at > now) return { day, at, engagement: null, posts: 0, fresh: false };
    const until = dayStart(addDays(day, 1));
    let sum = 0;
    let posts = 0;
    let fresh = false;
    for (const cur of cursors) {
      while (cur.next < cur.list.length && cur.list[cur.next]!.at < until) {
        const s = cur.list[cur.next++]!;
        cur.value = s.value;
        if (s.at >= at) fresh = true;
      }
      if (cur.value !== null) {
        sum += cur.value;
        posts++;
      }
    }
    return { day, at, engagement: posts > 0 ? sum : null, posts, fresh };
  });
}

/**
 * How many of the campaign's posts the trend follows: those with a reading by the end of the
 * period (or by now). A day's sum only ever grows to cover more of them (a value carries forward),
 * so the most any day covers is all of them. A post never read has no part in any day's sum: it is
 * left out, as the figures leave out a post with no reading in the period.
 */
export const trendPosts = (points: readonly TrendPoint[]): number =>
  points.reduce((most, p) => Math.max(most, p.posts), 0);

/**
 * Engagement gained over the period: from the first known day to the last day a snapshot was
 * taken (later days only carry that value forward, which says nothing about growth). Only when
 * both days cover every post the trend follows (trendPosts), since a post first captured
 * mid-period would look like growth.
 */
export function trendGain(points: readonly TrendPoint[], postCount: number): Part {
  if (postCount === 0) return { value: null, needs: [t('campaignData.need.posts')] };
  const first = points.find((p) => p.engagement !== null);
  const last = points.findLast((p) => p.fresh && p.engagement !== null);
  if (!first || !last || last.at <= first.at)
    return { value: null, needs: [t('campaignData.need.snapshotsTwoDays')] };
  const followed = Math.min(postCount, trendPosts(points));
  if (first.posts < followed || last.posts < followed)
    return {
      value: null,
      needs: [t('campaignData.need.snapshotsEveryPost', first.posts < followed ? first.day : last.day)],
    };
  return { value: last.engagement! - first.engagement!, needs: [] };
}

/**
 * The trend as uPlot data (seconds on x, null for unknown days), from the first to the last known
 * day: a long period with a few days of snapshots would otherwise draw as an empty chart.
 */
export function trendChartData(points: readonly TrendPoint[]): ChartData {
  const first = points.findIndex((p) => p.engagement !== null);
  const last = points.findLastIndex((p) => p.engagement !== null);
  const shown = first < 0 ? [] : points.slice(first, last + 1);
  return {
    x: shown.map((p) => p.at / 1000),
    series: [{ label: figureLabel('engagement'), values: shown.map((p) => p.engagement), scale: 'count' }],
  };
}
