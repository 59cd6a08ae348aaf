// The implementation before the faster rows (as of commit cc3ca51), kept to prove the faster one
// gives the same output: rowFromSummary and rowOf exactly as they were (but for the velocity,
// since the badge's rule: badgeVelocityOf, and the fields added since, marked so), fillOutliers
// as it was but for its rule and the outlier's inputs (below), and the
// metric helpers they called (lib/metrics/rates.ts then), so a later change there cannot move
// this reference along with the code it checks (median and medianWithout are exported for the
// test of their faster versions). Test-only: never imported by lib/.

import type { PostRow } from '@/lib/queries/rows';
import type { PostRecord, PostSummary, StoredPost } from '@/lib/records';
import { COUNT_FIELDS, type Count, type CountField, type Counts, pickCounts } from '@/lib/types';
import { badgeVelocityOf } from '../../store/old-rows';

type ErBasis = 'views' | 'followers';
type ErPref = 'auto' | ErBasis;
type EngagementField = Exclude<CountField, 'views'>;
type CountsLike = Pick<Counts, EngagementField>;
interface TimedCounts extends Counts {
  capturedAt: number;
}

const ENGAGEMENT_FIELDS = COUNT_FIELDS.filter((f): f is EngagementField => f !== 'views');
const OUTLIER_MIN_POSTS = 3;

const isNum = (v: Count | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

function engagement(c: CountsLike): number | null {
  let sum: number | null = null;
  for (const f of ENGAGEMENT_FIELDS) {
    const v = c[f];
    if (isNum(v)) sum = (sum ?? 0) + v;
  }
  return sum;
}

function ratio(n: Count | undefined, d: Count | undefined): number | null {
  if (!isNum(n) || !isNum(d) || d <= 0) return null;
  return n / d;
}

const erByFollowers = (c: CountsLike, followers: Count | undefined): number | null =>
  ratio(engagement(c), followers);

const erByViews = (c: Counts): number | null => ratio(engagement(c), c.views);

function preferredEr(
  c: Counts,
  followers: Count | undefined,
  pref: ErPref,
): { value: number; basis: ErBasis } | null {
  const byViews = erByViews(c);
  const byFollowers = erByFollowers(c, followers);
  const order: ErBasis[] = pref === 'followers' ? ['followers', 'views'] : ['views', 'followers'];
  for (const basis of order) {
    const value = basis === 'views' ? byViews : byFollowers;
    if (value !== null) return { value, basis };
  }
  return null;
}

export function median(values: readonly number[]): number | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((x, y) => x - y);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

export function medianWithout(sorted: readonly number[], value: number): number | null {
  const n = sorted.length - 1;
  if (n <= 0) return null;
  const skip = sorted.indexOf(value);
  if (skip < 0) return median(sorted);
  const at = (i: number) => sorted[i < skip ? i : i + 1]!;
  const mid = n >> 1;
  return n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

function unpacked(packed: Float64Array): TimedCounts[] {
  const stride = COUNT_FIELDS.length + 2;
  const out: TimedCounts[] = [];
  for (let at = 0; at + stride <= packed.length; at += stride) {
    const r = { capturedAt: packed[at]! } as TimedCounts;
    COUNT_FIELDS.forEach((f, k) => {
      const v = packed[at + 1 + k]!;
      r[f] = Number.isNaN(v) ? null : v;
    });
    out.push(r);
  }
  return out;
}

export function rowFromSummary(post: PostRecord, summary: PostSummary, pref: ErPref): PostRow {
  const { latest, followers } = summary;
  // Since version 9 the velocity is the badge's (recentVelocity) over the readings `recent` holds
  // (since version 8 packed: time, COUNT_FIELDS, followers per reading, NaN for null; of a summary
  // stored before it was kept, the previous reading) and the latest; badgeVelocityOf works out why
  // there is none by brute force.
  const held = summary.recent ? unpacked(summary.recent) : summary.previous ? [summary.previous] : [];
  const {
    velocity: perHour,
    velocityReadings,
    velocityGap,
  } = badgeVelocityOf(latest ? [...held, latest] : []);
  const counts = pickCounts(latest);
  const preferred = preferredEr(counts, followers, pref);
  const published = post.publishedAt ? Date.parse(post.publishedAt) : Number.NaN;
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
    ...counts,
    followers,
    engagement: engagement(counts),
    erFollowers: erByFollowers(counts, followers),
    erViews: erByViews(counts),
    er: preferred?.value ?? null,
    erBasis: preferred?.basis ?? null,
    velocity: perHour,
    outlier: null,
    date: Number.isNaN(published) ? post.firstSeen : published,
    // Added since: where followers comes from (the row's own reading, the author's, or none).
    followersFrom: latest?.followers != null ? 'reading' : followers != null ? 'author' : null,
    velocityReadings,
    velocityGap,
    // Added since: the outlier's inputs, which fillOutliers sets with it.
    outlierMedian: null,
    outlierPosts: null,
  };
}

export const rowOf = (post: StoredPost, pref: ErPref): PostRow => rowFromSummary(post, post.summary, pref);

// fillOutliers with the rule it has had since: each post against the median ER of the author's
// other posts on the basis of its own ER (by views against by views), as knownPosts takes it for
// the badge; before, ERs by views and by followers went into one median. The plain way: one sorted
// list per author and basis, a post's own ER left out of its list.
export function fillOutliers(rows: PostRow[]): void {
  const field = { views: 'erViews', followers: 'erFollowers' } as const;
  const lists = new Map<string, number[]>();
  for (const r of rows) {
    if (r.authorKey === null) continue;
    for (const basis of ['views', 'followers'] as const) {
      const er = r[field[basis]];
      if (er === null) continue;
      const key = `${basis}|${r.authorKey}`;
      const list = lists.get(key);
      if (list) list.push(er);
      else lists.set(key, [er]);
    }
  }
  for (const list of lists.values()) list.sort((a, b) => a - b);
  for (const r of rows) {
    const own = r.erBasis === null ? null : r[field[r.erBasis]];
    const sorted =
      r.authorKey === null || r.erBasis === null ? undefined : lists.get(`${r.erBasis}|${r.authorKey}`);
    if (!sorted || own === null || sorted.length - 1 < OUTLIER_MIN_POSTS) {
      r.outlier = null;
      r.outlierMedian = null;
      r.outlierPosts = null;
      continue;
    }
    const med = medianWithout(sorted, own);
    r.outlier = ratio(own, med);
    // Added since: a score's inputs, the median and the others it is of (none without a score).
    r.outlierMedian = r.outlier === null ? null : med;
    r.outlierPosts = r.outlier === null ? null : sorted.length - 1;
  }
}
