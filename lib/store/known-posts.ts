// What the database knows about posts on a page, for the overlay badge and card.
import type { IDBPTransaction } from 'idb';
import type { PostKnowledge } from '../messages';
import {
  type ErBasis,
  type ErPref,
  engagement,
  erByFollowers,
  erByViews,
  medianOfSorted,
  medianWithoutAscending,
  type NumberList,
  preferredEr,
  sortedNumbers,
} from '../metrics';
import { pickCounts } from '../types';
import type { PostLensDb } from './db';
import type { PostLensDB } from './schema';
import { timeRange } from './transactions';

/** Keys per request, so one message cannot make the worker read the whole database. */
export const MAX_KNOWN_KEYS = 500;

type ReadTx = IDBPTransaction<PostLensDB, ['posts', 'snapshots', 'authors'], 'readonly'>;

/** ER on either basis (keyed by the basis), or the engagement or views count itself. */
type Measure = ErBasis | 'engagement' | 'viewCount';

interface AuthorErs {
  followers: number | null;
  /** When those followers were read (epoch ms). */
  followersAt: number | null;
  /** postKey -> ER of its latest snapshot on each basis, its engagement and its views. */
  ers: Map<string, Record<Measure, number | null>>;
  /** Per measure, made on first use: its finite values in order, and how many are not null. */
  sorted: Map<Measure, { finite: NumberList; present: number }>;
}

/**
 * Median of one measure over the author's posts other than `key`, and how many it rests on. The
 * author's values are sorted once per request and measure, and the post's own value is left out
 * of that list (found by halving): a page of an account with thousands of posts seen costs a
 * sort per measure, not a copy and a sort per post.
 */
function othersMedian(
  author: AuthorErs,
  key: string,
  measure: Measure,
): [median: number | null, posts: number] {
  let of = author.sorted.get(measure);
  if (!of) {
    const values: number[] = [];
    let present = 0;
    for (const e of author.ers.values()) {
      const v = e[measure];
      if (v === null) continue;
      present++;
      if (Number.isFinite(v)) values.push(v);
    }
    of = { finite: sortedNumbers(values), present };
    author.sorted.set(measure, of);
  }
  const own = author.ers.get(key)?.[measure] ?? null;
  if (own === null) return [medianOfSorted(of.finite), of.present];
  const med = Number.isFinite(own) ? medianWithoutAscending(of.finite, own) : medianOfSorted(of.finite);
  return [med, of.present - 1];
}

/**
 * History and author context for each known key; unknown keys are left out. The author's median
 * ER is taken on the basis this post's own ER will use (the user's preference, as the badge
 * picks it), so the outlier score compares like with like.
 */
export async function knownPosts(
  db: PostLensDb,
  keys: readonly string[],
  pref: ErPref = 'auto',
): Promise<Record<string, PostKnowledge>> {
  const out: Record<string, PostKnowledge> = {};
  const wanted = [...new Set(keys.filter((k) => typeof k === 'string'))].slice(0, MAX_KNOWN_KEYS);
  if (wanted.length === 0) return out;
  const tx = db.transaction(['posts', 'snapshots', 'authors'], 'readonly');
  // Every read asked at once (the posts, their histories, then their authors): a page's 20 posts
  // wait for two waves of answers, not for two round trips per post in turn.
  const byPostTime = tx.objectStore('snapshots').index('by-post-time');
  const [posts, histories] = await Promise.all([
    Promise.all(wanted.map((key) => tx.objectStore('posts').get(key))),
    Promise.all(wanted.map((key) => byPostTime.getAll(timeRange(key)))),
  ]);
  const authorKeys = [...new Set(posts.flatMap((p) => (p?.authorKey ? [p.authorKey] : [])))];
  const authors = new Map(
    await Promise.all(authorKeys.map(async (ak) => [ak, await authorErs(tx, ak)] as const)),
  );
  for (const [i, key] of wanted.entries()) {
    const post = posts[i];
    if (!post) continue;
    const snaps = histories[i]!;
    let followers: number | null = null;
    let medianEr: number | null = null;
    let medianBasis: ErBasis | null = null;
    let count = 0;
    const author = (post.authorKey && authors.get(post.authorKey)) || null;
    if (author) {
      followers = author.followers;
      const latest = snaps[snaps.length - 1];
      const basis = latest ? preferredEr(latest, latest.followers ?? followers, pref)?.basis : undefined;
      if (basis) {
        [medianEr, count] = othersMedian(author, key, basis);
        medianBasis = basis;
      }
    }
    out[key] = {
      firstSeen: post.firstSeen,
      lastSeen: post.lastSeen,
      // Each count, not their sum: the badge's velocity between visits compares only the counts
      // two readings both show.
      history: snaps.map((s) => ({ capturedAt: s.capturedAt, ...pickCounts(s) })),
      authorFollowers: followers,
      authorMedianEr: medianEr,
      authorMedianErBasis: medianEr === null ? null : medianBasis,
      authorPostCount: count,
      ...(author && {
        authorFollowersAt: author.followersAt,
        authorMedians: {
          engagement: othersMedian(author, key, 'engagement'),
          views: othersMedian(author, key, 'viewCount'),
        },
      }),
    };
  }
  await tx.done;
  return out;
}

async function authorErs(tx: ReadTx, key: string): Promise<AuthorErs> {
  // Each post's latest reading is on the post itself (its summary, kept equal to its snapshots by
  // every writer): one read for all of the author's posts, not a cursor per post. Both asked at once.
  const [author, posts] = await Promise.all([
    tx.objectStore('authors').get(key),
    tx.objectStore('posts').index('by-author').getAll(key),
  ]);
  const followers = author?.followers ?? null;
  const followersAt = author?.followersAt ?? null;
  const ers = new Map<string, Record<Measure, number | null>>();
  for (const post of posts) {
    const s = post.summary.latest;
    if (!s) continue;
    ers.set(post.key, {
      followers: erByFollowers(s, s.followers ?? followers),
      views: erByViews(s),
      engagement: engagement(s),
      viewCount: s.views,
    });
  }
  return { followers, followersAt, ers, sorted: new Map() };
}
