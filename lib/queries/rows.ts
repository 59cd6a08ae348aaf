// One table row per post: its latest counts and the metrics derived from them (filtering and
// sorting them: filter-rows.ts, sort-rows.ts). Pure: the database reads live in posts.ts. A row is
// made from a post and its summary (lib/store/summary.ts), which the posts store keeps, so
// building one never reads snapshots.

import {
  type ErBasis,
  type ErPref,
  engagement,
  medianWithout,
  medianWithoutAscending,
  type NumberList,
  OUTLIER_MIN_POSTS,
  ratio,
  sortedNumbers,
} from '../metrics';
import type { AuthorRecord, PostRecord, PostSummary, SnapshotRecord, StoredPost } from '../records';
import { summarize, type VelocityGap, velocityOf } from '../store';
import { type Count, type Counts, type Platform, postedMs } from '../types';

/** A post with its latest snapshot's counts (all null when it has none). */
export interface PostRow extends Counts {
  key: string;
  platform: Platform;
  postId: string;
  url: string;
  authorKey: string | null;
  authorHandle: string | null;
  authorName: string | null;
  publishedAt: string | null;
  text: string;
  promoted: boolean;
  firstSeen: number;
  lastSeen: number;
  snapshotCount: number;
  /** The latest snapshot's followers, else the author's latest known. */
  followers: Count;
  engagement: number | null;
  erFollowers: number | null;
  erViews: number | null;
  /** The ER the settings lead with, and which basis it is. */
  er: number | null;
  erBasis: ErBasis | null;
  /**
   * Engagements per hour between the two readings the post's badge compares (velocityOf,
   * lib/store/summary-velocity.ts, by recentVelocity's rule): the last showing an engagement
   * count, and the newest read at least MIN_AGE_MS (5 minutes) before it that shows one of the
   * same counts. The same figure as the badge's.
   */
  velocity: number | null;
  /** ER over the median ER of the author's other posts seen, on this post's ER basis. */
  outlier: number | null;
  /** Posted time, else first seen (epoch ms): what the date filter uses. */
  date: number;
  /**
   * Where `followers` comes from: 'reading', known with the post's latest reading (shown on the
   * post, or the author's count read by then); 'author', not known with it, the author's latest
   * known count, read at another time; null, none. Set by rowFromSummary, last of the fields; a
   * row made elsewhere may lack it (not known).
   */
  followersFrom?: FollowersSource;
  /**
   * The capture times (epoch ms) of the two readings `velocity` compares, earlier first; with no
   * velocity, of the pair that gives none (velocityGap 'rounded'), else null. Set by
   * rowFromSummary after followersFrom, as velocityGap; a row made elsewhere may lack both.
   */
  velocityReadings?: [from: number, to: number] | null;
  /** Why `velocity` is blank (VelocityGap, lib/store/summary-velocity.ts); null when it is not. */
  velocityGap?: VelocityGap | null;
  /**
   * The inputs of `outlier`, which its note names: the median ER it divides by (of the author's
   * other posts, on this row's ER basis) and how many posts that median rests on. Set by
   * fillOutliers with the score, null where there is none; null from rowFromSummary, last of the
   * fields, so the row keeps one shape. A row made elsewhere may lack them (not known).
   */
  outlierMedian?: number | null;
  outlierPosts?: number | null;
}

/** Where a row's follower count comes from (PostRow.followersFrom). */
export type FollowersSource = 'reading' | 'author' | null;

/** preferredEr's choice of basis, from the two rates already worked out (null: neither has one). */
function preferredBasis(byViews: number | null, byFollowers: number | null, pref: ErPref): ErBasis | null {
  if (pref === 'followers') return byFollowers !== null ? 'followers' : byViews !== null ? 'views' : null;
  return byViews !== null ? 'views' : byFollowers !== null ? 'followers' : null;
}

/**
 * A post's row from its summary; outlier and its inputs are left null (fillOutliers sets them).
 * The dashboard builds one for every post on each load, so the figures are worked out once each:
 * engagement is added up once (erByFollowers, erByViews and preferredEr would each add it up
 * again), the preferred ER is picked from the two rates at hand, and the row is one literal (no
 * counts object spread into it). The fields keep the order they always had, so JSON and
 * Object.keys read the same (followersFrom, the velocity's readings and the outlier's inputs,
 * added since, come last).
 */
export function rowFromSummary(post: PostRecord, summary: PostSummary, pref: ErPref): PostRow {
  const { latest, followers } = summary;
  // Between the readings the badge compares; without them, why, for the velocity's note.
  const { pair, gap } = velocityOf(summary);
  const apart = pair ?? (gap?.gap === 'rounded' ? gap : null);
  // A count the latest reading lacks is null (pickCounts' rule); engagement skips it either way.
  const eng = latest ? engagement(latest) : null;
  const views = latest?.views ?? null;
  const erFollowers = ratio(eng, followers);
  const erViews = ratio(eng, views);
  const erBasis = preferredBasis(erViews, erFollowers, pref);
  const published = postedMs(post.publishedAt);
  return {
    key: post.key,
    platform: post.platform,
    postId: post.postId,
    url: post.url,
    authorKey: post.authorKey,
    authorHandle: post.authorHandle,
    authorName: post.authorName,
    publishedAt: post.publishedAt,
    text: post.text,
    promoted: post.promoted,
    firstSeen: post.firstSeen,
    lastSeen: post.lastSeen,
    snapshotCount: summary.snapshotCount,
    likes: latest?.likes ?? null,
    comments: latest?.comments ?? null,
    reposts: latest?.reposts ?? null,
    saves: latest?.saves ?? null,
    views,
    followers,
    engagement: eng,
    erFollowers,
    erViews,
    er: erBasis === 'views' ? erViews : erBasis === 'followers' ? erFollowers : null,
    erBasis,
    velocity: pair ? pair.engagementPerHour : null,
    outlier: null,
    date: Number.isNaN(published) ? post.firstSeen : published,
    // summarize's rule: latest's followers, else the author's latest known.
    followersFrom:
      (latest?.followers ?? null) !== null ? 'reading' : (followers ?? null) !== null ? 'author' : null,
    velocityReadings: apart ? [apart.from!.capturedAt, apart.to!.capturedAt] : null,
    velocityGap: gap?.gap ?? null,
    // Here though fillOutliers sets them, so that setting them adds no property to a built row.
    outlierMedian: null,
    outlierPosts: null,
  };
}

/** A stored post's row, from the summary it carries. */
export const rowOf = (post: StoredPost, pref: ErPref): PostRow => rowFromSummary(post, post.summary, pref);

/**
 * A post's row from its snapshots, oldest first, and its author: what the stored summary holds,
 * built on the spot (for a post not read from the database).
 */
export function buildRow(
  post: PostRecord,
  snaps: readonly SnapshotRecord[],
  author: AuthorRecord | undefined,
  pref: ErPref,
): PostRow {
  return rowFromSummary(post, summarize(snaps, author?.followers ?? null), pref);
}

/** The ER field of each basis: a row's own ER is the one of its basis. */
const ER_FIELD = { views: 'erViews', followers: 'erFollowers' } as const satisfies Record<
  ErBasis,
  keyof PostRow
>;

/** An author's ERs on one basis, sorted once there are enough of them for a score. */
interface BasisErs {
  ers: number[];
  sorted: NumberList | null;
  ascending: boolean;
}

/**
 * Sets each row's outlier score: its ER over the median ER of the author's other posts among
 * `rows`, taken on the basis of the row's own ER (ER by views against the others' ER by views), as
 * the badge's knownPosts takes it: an author's posts without views are rated by followers and
 * their reels by views, and a median of both would compare unlike figures. The dashboard runs this
 * once per load over every post, mostly before the JIT has compiled it, so the loops are indexed
 * (a for…of pays the iterator protocol per row there) and each author's ERs on a basis are sorted
 * natively (sortedNumbers), once, and only when there are enough of them for a score.
 */
export function fillOutliers(rows: PostRow[]): void {
  const ersOf = new Map<string, Record<ErBasis, BasisErs>>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.authorKey === null) continue;
    let of = ersOf.get(r.authorKey);
    if (!of) {
      of = {
        views: { ers: [], sorted: null, ascending: true },
        followers: { ers: [], sorted: null, ascending: true },
      };
      ersOf.set(r.authorKey, of);
    }
    if (r.erViews !== null) of.views.ers.push(r.erViews);
    if (r.erFollowers !== null) of.followers.ers.push(r.erFollowers);
  }
  // A score needs OUTLIER_MIN_POSTS other posts: only the lists with that many more are sorted.
  // A list without NaN is in ascending order, where a post's ER is found by halving.
  ersOf.forEach((of) => {
    for (const b of [of.views, of.followers])
      if (b.ers.length > OUTLIER_MIN_POSTS) {
        b.sorted = sortedNumbers(b.ers);
        b.ascending = !b.ers.some(Number.isNaN);
      }
  });
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const own = r.erBasis === null ? null : r[ER_FIELD[r.erBasis]];
    const of = r.authorKey === null || r.erBasis === null ? undefined : ersOf.get(r.authorKey)?.[r.erBasis];
    if (!of || of.sorted === null || own === null) {
      r.outlier = null;
      r.outlierMedian = null;
      r.outlierPosts = null;
      continue;
    }
    const med = of.ascending ? medianWithoutAscending(of.sorted, own) : medianWithout(of.sorted, own);
    const score = ratio(own, med);
    r.outlier = score;
    // The score's inputs, for its note; a blank score's note says what it needs instead. A score
    // means a finite ER, found in its own list and left out of the median: the rest are the others.
    r.outlierMedian = score === null ? null : med;
    r.outlierPosts = score === null ? null : of.sorted.length - 1;
  }
}
