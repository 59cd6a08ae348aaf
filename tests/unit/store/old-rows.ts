// The oracle: the posts table's rows as loadAllRows built them before version 4 (commit ff066e4),
// from every snapshot, with raw IndexedDB: no summary, no PostLens read code. A summary is right
// when the rows built from it equal these.

import type { ErPref } from '@/lib/metrics';
import {
  ENGAGEMENT_FIELDS,
  engagement,
  erByFollowers,
  erByViews,
  MIN_AGE_MS,
  preferredEr,
  recentVelocity,
  type StoredReading,
} from '@/lib/metrics';
import { fillOutliers, type PostRow } from '@/lib/queries/rows';
import type { AuthorRecord, PostRecord, SnapshotRecord } from '@/lib/records';
import { DB_NAME } from '@/lib/store/schema';
import { pickCounts } from '@/lib/types';

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * A post's velocity and its readings as PostRow holds them, from every reading (oldest first), by
 * the badge's rule: recentVelocity over the whole history. Without one, why, worked out here by
 * brute force from every reading: none shows an engagement count; none showing one is 5 min or
 * more before the last that does; those that are share no count with it; or one does (the pair
 * recentVelocity compares) and it gives no rate (its change within the counts' rounding).
 */
export function badgeVelocityOf(
  history: readonly StoredReading[],
): Pick<PostRow, 'velocity' | 'velocityReadings' | 'velocityGap'> {
  const rv = recentVelocity(history);
  if (rv)
    return {
      velocity: rv.engagementPerHour,
      velocityReadings: [rv.from.capturedAt, rv.to.capturedAt],
      velocityGap: null,
    };
  const at = history.findLastIndex((r) => engagement(r) !== null);
  const to = history[at];
  if (!to) return { velocity: null, velocityReadings: null, velocityGap: 'counts' };
  const apart = history
    .slice(0, at)
    .filter((r) => engagement(r) !== null && to.capturedAt - r.capturedAt >= MIN_AGE_MS);
  const from = apart.findLast((r) =>
    ENGAGEMENT_FIELDS.some((f) => Number.isFinite(r[f]) && Number.isFinite(to[f])),
  );
  if (from)
    return { velocity: null, velocityReadings: [from.capturedAt, to.capturedAt], velocityGap: 'rounded' };
  return { velocity: null, velocityReadings: null, velocityGap: apart.length > 0 ? 'shared' : 'spaced' };
}

/**
 * The old buildRow, as it was but for the velocity (since version 9 the badge's, of every
 * snapshot: badgeVelocityOf) and followersFrom: snaps oldest first.
 */
function oldBuildRow(
  post: PostRecord,
  snaps: readonly SnapshotRecord[],
  author: AuthorRecord | undefined,
  pref: ErPref,
): PostRow {
  const latest = snaps[snaps.length - 1];
  const { velocity, velocityReadings, velocityGap } = badgeVelocityOf(snaps);
  const counts = pickCounts(latest);
  const followers = latest?.followers ?? author?.followers ?? null;
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
    snapshotCount: snaps.length,
    ...counts,
    followers,
    engagement: engagement(counts),
    erFollowers: erByFollowers(counts, followers),
    erViews: erByViews(counts),
    er: preferred?.value ?? null,
    erBasis: preferred?.basis ?? null,
    velocity,
    outlier: null,
    date: Number.isNaN(published) ? post.firstSeen : published,
    // Added since: where followers comes from (the latest snapshot's, the author's, or none).
    followersFrom: latest?.followers != null ? 'reading' : author?.followers != null ? 'author' : null,
    // Added since: the readings the velocity compares, or why it has none.
    velocityReadings,
    velocityGap,
  };
}

/** The old loadAllRows: every post, every snapshot (by-post-time order), every author. */
export async function oldLoadAllRows(pref: ErPref): Promise<PostRow[]> {
  const db = await request(indexedDB.open(DB_NAME));
  try {
    const tx = db.transaction(['posts', 'snapshots', 'authors'], 'readonly');
    const [posts, snaps, authors] = await Promise.all([
      request(tx.objectStore('posts').getAll() as IDBRequest<PostRecord[]>),
      request(tx.objectStore('snapshots').index('by-post-time').getAll() as IDBRequest<SnapshotRecord[]>),
      request(tx.objectStore('authors').getAll() as IDBRequest<AuthorRecord[]>),
    ]);
    const byPost = new Map<string, SnapshotRecord[]>();
    for (const s of snaps) {
      const list = byPost.get(s.postKey);
      if (list) list.push(s);
      else byPost.set(s.postKey, [s]);
    }
    const authorByKey = new Map(authors.map((a) => [a.key, a]));
    const rows = posts.map((p) =>
      oldBuildRow(p, byPost.get(p.key) ?? [], p.authorKey ? authorByKey.get(p.authorKey) : undefined, pref),
    );
    fillOutliers(rows);
    return rows;
  } finally {
    db.close();
  }
}
