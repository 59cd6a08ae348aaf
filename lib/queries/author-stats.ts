// What PostLens says about an author (popup profile summary, dashboard comparison). Pure.

import { chooseBasis, ER_FIELD, type ErPref, erOn, leadBasis, median } from '../metrics';
import type { AuthorRecord, FollowerSnapshotRecord } from '../records';
import { type ErBasis, likesAreScore, postedMs } from '../types';
import type { PostRow } from './rows';

const WEEK_MS = 7 * 24 * 3_600_000;

export function mean(values: readonly number[]): number | null {
  const xs = values.filter((v) => Number.isFinite(v));
  return xs.length === 0 ? null : xs.reduce((s, v) => s + v, 0) / xs.length;
}

/**
 * Posts per week from the dates of the posts given (authorStats gives those with a posting time):
 * the gaps between them over the time they span. Needs two posts a minute or more apart; else null.
 */
export function postsPerWeek(rows: readonly Pick<PostRow, 'date'>[]): number | null {
  if (rows.length < 2) return null;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    min = Math.min(min, r.date);
    max = Math.max(max, r.date);
  }
  const span = max - min;
  if (span < 60_000) return null;
  return ((rows.length - 1) / span) * WEEK_MS;
}

export interface FollowerTrend {
  /** Oldest first. */
  points: Array<[number, number]>;
  latest: number | null;
  /** Latest minus earliest reading, and the time between them. */
  change: number | null;
  spanMs: number;
}

export function followerTrend(
  snaps: readonly FollowerSnapshotRecord[],
  author?: AuthorRecord,
): FollowerTrend {
  const points = snaps
    .map((s) => [s.capturedAt, s.followers] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  // The author's own count is the newest reading (a later reading of one moment than the snapshot
  // kept, or an imported file's count dated after its snapshots): a reading of its own when it is
  // newer than every snapshot, else what the snapshots say stands.
  const newest = points[points.length - 1];
  if (
    typeof author?.followers === 'number' &&
    author.followersAt !== null &&
    (!newest || author.followersAt > newest[0])
  ) {
    points.push([author.followersAt, author.followers]);
  }
  const first = points[0];
  const last = points[points.length - 1];
  return {
    points,
    latest: last?.[1] ?? author?.followers ?? null,
    change: first && last && points.length > 1 ? last[1] - first[1] : null,
    spanMs: first && last ? last[0] - first[0] : 0,
  };
}

export interface AuthorStats {
  key: string;
  postsSeen: number;
  /** How many of the posts seen have an ER on `erBasis` (the median and mean ER are of those). */
  postsWithEr: number;
  /**
   * The one basis the median and mean ER (and the best posts) are taken on; null when no post has
   * an ER. An ER by views and one by followers are unlike figures, often ten times apart: a median
   * of both is a rate none of the posts has.
   */
  erBasis: ErBasis | null;
  /** How many of the posts seen have a posting time (posts a week is of those). */
  postsDated: number;
  medianEr: number | null;
  meanEr: number | null;
  postsPerWeek: number | null;
  /**
   * Sum of the latest engagement of the posts seen that show a count; null when none does (a count
   * the page does not show is unknown, not 0, so "—" rather than "0").
   */
  totalEngagement: number | null;
  /** How many of the posts seen show a count (totalEngagement is of those). */
  postsWithEngagement: number;
  /**
   * How many of the posts seen are on a platform whose likes are its score (Reddit: likesAreScore):
   * the formulas of a set of authors name the score, or likes and score, by it (authorFormulas).
   */
  scorePosts: number;
  /** Up to `best` posts with the highest ER on `erBasis`, best first. */
  bestPosts: PostRow[];
}

/** Whether a row has an ER on a basis (a row built by hand may lack the field: no ER either). */
const hasEr = (r: PostRow, basis: ErBasis): boolean => erOn(r, basis) !== null;

/**
 * The one basis an author's ER figures are taken on (lib/metrics/er-basis.ts): the one Settings
 * lead with ("auto" leads with views; without `pref`, read from the rows) when any post has an ER
 * on it, else the other when any has one there, else null. As the outlier score (fillOutliers) and
 * the badge's "× usual", ER by views is set beside ER by views only. Given every row of a table of
 * authors or author sets (the author comparison, Sets compared), it is that table's one basis, as
 * the heatmap takes one for all its cells.
 */
export const authorBasis = (rows: readonly PostRow[], pref: ErPref | undefined): ErBasis | null =>
  chooseBasis(leadBasis(pref, rows), {
    views: rows.some((r) => hasEr(r, 'views')),
    followers: rows.some((r) => hasEr(r, 'followers')),
  });

/**
 * An author's figures from their posts' rows. `pref` is Settings' ER choice the rows were made
 * with; without it, it is read from the rows (leadBasis, lib/metrics/er-basis.ts).
 */
export function authorStats(key: string, rows: readonly PostRow[], best = 3, pref?: ErPref): AuthorStats {
  const basis = authorBasis(rows, pref);
  const field = basis === null ? null : ER_FIELD[basis];
  const onBasis = basis === null ? [] : rows.filter((r) => hasEr(r, basis));
  const ers = field === null ? [] : onBasis.map((r) => r[field] as number);
  // Of the posts the page dated only: a first-seen time is when PostLens saw a post, not when it
  // was posted (30 posts scrolled past in five minutes are not 60,000 posts a week).
  const dated = rows.filter((r) => !Number.isNaN(postedMs(r.publishedAt)));
  return {
    key,
    postsSeen: rows.length,
    postsWithEr: ers.length,
    erBasis: basis,
    postsDated: dated.length,
    medianEr: median(ers),
    meanEr: mean(ers),
    postsPerWeek: postsPerWeek(dated),
    totalEngagement: totalEngagement(rows),
    postsWithEngagement: rows.filter((r) => r.engagement !== null).length,
    scorePosts: rows.filter((r) => likesAreScore(r.platform)).length,
    bestPosts: field === null ? [] : onBasis.sort((a, b) => (b[field] ?? 0) - (a[field] ?? 0)).slice(0, best),
  };
}

/** Sum of the engagement the posts show; null when no post shows any. */
function totalEngagement(rows: readonly Pick<PostRow, 'engagement'>[]): number | null {
  let total: number | null = null;
  for (const r of rows) if (r.engagement !== null) total = (total ?? 0) + r.engagement;
  return total;
}

/**
 * Share of voice: each author's part of the total engagement of the authors compared. null for
 * everyone when none of them shows any engagement (0 of 0 is no share), and for an author whose
 * posts show no counts (an unknown part, not 0%); the others' parts are of what is known.
 */
export function shareOfVoice(
  stats: readonly Pick<AuthorStats, 'key' | 'totalEngagement'>[],
): Map<string, number | null> {
  const total = stats.reduce((s, a) => s + (a.totalEngagement ?? 0), 0);
  return new Map(
    stats.map((a) => [a.key, total > 0 && a.totalEngagement !== null ? a.totalEngagement / total : null]),
  );
}
