// Read-side queries about authors: the popup's profile summary and the dashboard's comparison.

import type { ErPref } from '../metrics';
import type { AuthorRecord } from '../records';
import { getDb, timeRange } from '../store';
import { byCodeUnits } from '../types';
import {
  type AuthorStats,
  authorStats,
  type FollowerTrend,
  followerTrend,
  shareOfVoice,
} from './author-stats';
import { type PostRow, rowOf } from './rows';
import { collate } from './sort-rows';

export interface AuthorView {
  author: AuthorRecord;
  trend: FollowerTrend;
  stats: AuthorStats;
  rows: PostRow[];
}

/**
 * Every author, by platform, then handle in the user's language's alphabet (a Swedish user looks for
 * Ödman after Zorn). The platforms are ids, not words: compared as code units, the same everywhere.
 */
export async function loadAuthors(): Promise<AuthorRecord[]> {
  const db = await getDb();
  const authors = await db.getAll('authors');
  const compare = collate();
  return authors.sort((a, b) => byCodeUnits(a.platform, b.platform) || compare(a.handle, b.handle));
}

/** One author's record, follower history and the stats of every post of theirs seen (rows from their summaries). */
export async function loadAuthorView(key: string, pref: ErPref): Promise<AuthorView | null> {
  const db = await getDb();
  const tx = db.transaction(['posts', 'authors', 'followerSnapshots'], 'readonly');
  const [author, followerSnaps, posts] = await Promise.all([
    tx.objectStore('authors').get(key),
    tx.objectStore('followerSnapshots').index('by-author-time').getAll(timeRange(key)),
    tx.objectStore('posts').index('by-author').getAll(key),
  ]);
  if (!author) return null;
  const rows = posts.map((p) => rowOf(p, pref));
  return {
    author,
    trend: followerTrend(followerSnaps, author),
    stats: authorStats(key, rows, 3, pref),
    rows,
  };
}

export interface Comparison {
  views: AuthorView[];
  /** Share of the compared authors' total engagement, by author key. */
  share: Map<string, number | null>;
}

export async function loadComparison(keys: readonly string[], pref: ErPref): Promise<Comparison> {
  const views = (await Promise.all(keys.map((k) => loadAuthorView(k, pref)))).filter(
    (v): v is AuthorView => v !== null,
  );
  return { views, share: shareOfVoice(views.map((v) => v.stats)) };
}
