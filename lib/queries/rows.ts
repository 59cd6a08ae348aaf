// One table row per post: its latest counts and the metrics derived from them, plus filtering and
// sorting. Pure: the database reads live in posts.ts. A row is made from a post and its summary
// (lib/store/summary.ts), which the posts store keeps, so building one never reads snapshots.

import {
  type ErBasis,
  type ErPref,
  engagement,
  medianWithout,
  type NumberList,
  OUTLIER_MIN_POSTS,
  ratio,
  sortedNumbers,
  velocity,
} from '../metrics';
import type { AuthorRecord, PostRecord, PostSummary, SnapshotRecord, StoredPost } from '../records';
import { summarize } from '../store';
import type { Count, Counts, Platform } from '../types';

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
  /** Engagements per hour between the two latest snapshots. */
  velocity: number | null;
  /** ER over the median ER of the author's other posts seen. */
  outlier: number | null;
  /** Posted time, else first seen (epoch ms): what the date filter uses. */
  date: number;
}

/** preferredEr's choice of basis, from the two rates already worked out (null: neither has one). */
function preferredBasis(byViews: number | null, byFollowers: number | null, pref: ErPref): ErBasis | null {
  if (pref === 'followers') return byFollowers !== null ? 'followers' : byViews !== null ? 'views' : null;
  return byViews !== null ? 'views' : byFollowers !== null ? 'followers' : null;
}

/**
 * A post's row from its summary; outlier is left null (fillOutliers sets it). The dashboard builds
 * one for every post on each load, so the figures are worked out once each: engagement is added up
 * once (erByFollowers, erByViews and preferredEr would each add it up again), the preferred ER is
 * picked from the two rates at hand, and the row is one literal (no counts object spread into it).
 * The fields keep the order they always had, so JSON and Object.keys read the same.
 */
export function rowFromSummary(post: PostRecord, summary: PostSummary, pref: ErPref): PostRow {
  const { latest, previous, followers } = summary;
  // A count the latest reading lacks is null (pickCounts' rule); engagement skips it either way.
  const eng = latest ? engagement(latest) : null;
  const views = latest?.views ?? null;
  const erFollowers = ratio(eng, followers);
  const erViews = ratio(eng, views);
  const erBasis = preferredBasis(erViews, erFollowers, pref);
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
    velocity: previous && latest ? (velocity(previous, latest)?.engagementPerHour ?? null) : null,
    outlier: null,
    date: Number.isNaN(published) ? post.firstSeen : published,
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

/**
 * Sets each row's outlier score against the other posts of the same author among `rows`. The
 * dashboard runs this once per load over every post, mostly before the JIT has compiled it, so the
 * loops are indexed (a for…of pays the iterator protocol per row there) and each author's ERs are
 * sorted natively (sortedNumbers), once, and only when there are enough of them for a score.
 */
export function fillOutliers(rows: PostRow[]): void {
  const ersOf = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const { authorKey, er } = rows[i]!;
    if (authorKey === null || er === null) continue;
    const list = ersOf.get(authorKey);
    if (list) list.push(er);
    else ersOf.set(authorKey, [er]);
  }
  // A score needs OUTLIER_MIN_POSTS other posts: only the authors with that many more are sorted.
  const sortedOf = new Map<string, NumberList>();
  ersOf.forEach((ers, key) => {
    if (ers.length > OUTLIER_MIN_POSTS) sortedOf.set(key, sortedNumbers(ers));
  });
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const sorted = r.authorKey === null || r.er === null ? undefined : sortedOf.get(r.authorKey);
    r.outlier = sorted === undefined || r.er === null ? null : ratio(r.er, medianWithout(sorted, r.er));
  }
}

export interface RowFilter {
  platform: Platform | null;
  authorKey: string | null;
  /** Inclusive epoch ms bounds on PostRow.date. */
  from: number | null;
  to: number | null;
  text: string;
  /** Only posts carrying this tag (absent or null: any post). */
  tag?: string | null;
  /** Only posts by the authors of this author set (absent or null: any author). */
  setId?: string | null;
}

/**
 * What filterRows needs of the user's annotations (lib/annotations' shape, declared here so the
 * read models do not depend on where annotations are stored).
 */
export interface RowMarks {
  tags: Readonly<Record<string, readonly string[]>>;
  sets: readonly { id: string; authorKeys: readonly string[] }[];
}

export const EMPTY_FILTER: RowFilter = { platform: null, authorKey: null, from: null, to: null, text: '' };

export function filterRows(rows: readonly PostRow[], f: RowFilter, marks?: RowMarks): PostRow[] {
  const needle = f.text.trim().toLocaleLowerCase();
  const tag = f.tag ?? null;
  // A set that no longer exists (deleted in another tab) matches no author, rather than all.
  const setAuthors = f.setId ? new Set(marks?.sets.find((s) => s.id === f.setId)?.authorKeys ?? []) : null;
  return rows.filter(
    (r) =>
      (tag === null || (marks?.tags[r.key] ?? []).includes(tag)) &&
      (setAuthors === null || (r.authorKey !== null && setAuthors.has(r.authorKey))) &&
      (f.platform === null || r.platform === f.platform) &&
      (f.authorKey === null || r.authorKey === f.authorKey) &&
      (f.from === null || r.date >= f.from) &&
      (f.to === null || r.date <= f.to) &&
      (needle === '' ||
        r.text.toLocaleLowerCase().includes(needle) ||
        (r.authorHandle ?? '').toLocaleLowerCase().includes(needle) ||
        (r.authorName ?? '').toLocaleLowerCase().includes(needle)),
  );
}

export const SORT_KEYS = [
  'platform',
  'authorHandle',
  'text',
  'date',
  'publishedAt',
  'firstSeen',
  'likes',
  'comments',
  'reposts',
  'saves',
  'views',
  'followers',
  'engagement',
  'erFollowers',
  'erViews',
  'er',
  'velocity',
  'outlier',
  'snapshotCount',
  'lastSeen',
] as const satisfies readonly (keyof PostRow)[];
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** The default locale's collation, as String.prototype.localeCompare uses it, made once. */
let collator: Intl.Collator | undefined;

/** A row's posting time in epoch ms; null when the page showed none (or it does not parse). */
export function postedAt(r: PostRow): number | null {
  if (r.publishedAt === null) return null;
  const t = Date.parse(r.publishedAt);
  return Number.isNaN(t) ? null : t;
}

/**
 * Sorted copy; rows without the value (null) always go last, whatever the direction. The posting
 * time sorts as a time (the stored ISO strings need not share one format).
 */
export function sortRows(rows: readonly PostRow[], key: SortKey, dir: SortDir): PostRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  collator ??= new Intl.Collator();
  const compare = collator.compare;
  const pick = key === 'publishedAt' ? postedAt : (r: PostRow) => r[key];
  return rows
    .map((row) => ({ row, v: pick(row) }))
    .sort((a, b) => {
      const x = a.v;
      const y = b.v;
      if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
      if (y === null || y === undefined) return -1;
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
      return compare(String(x), String(y)) * sign;
    })
    .map((d) => d.row);
}
