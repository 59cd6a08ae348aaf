// Which snapshots retention pruning takes. One selection serves the preview the user reads and
// the deletion that follows, so what is shown and what is deleted cannot drift apart.
import type { PruneCounts, PruneLimit, PrunePreview } from '../messages';
import type { PostLensDb } from './db';
import { type AnyTx, timeRange } from './transactions';

export const DAY_MS = 86_400_000;

/** What a prune selected: the ids to delete, the posts whose summaries change, and the counts. */
export interface PruneSelection extends PruneCounts {
  snapshotIds: number[];
  followerIds: number[];
  postKeys: string[];
}

export const NOTHING_PRUNED: PruneCounts = {
  snapshots: 0,
  followerSnapshots: 0,
  posts: 0,
  authors: 0,
  oldest: null,
  newest: null,
};

export const countsOf = (s: PruneCounts): PruneCounts => ({
  snapshots: s.snapshots,
  followerSnapshots: s.followerSnapshots,
  posts: s.posts,
  authors: s.authors,
  oldest: s.oldest,
  newest: s.newest,
});

export const validDays = (days: number | null): days is number => days !== null && days > 0;

/** The limit of a retention setting at `now`, bounded by nothing written; null keeps everything. */
export function limitFor(retentionDays: number | null, now: number): PruneLimit | null {
  if (!validDays(retentionDays)) return null;
  return { before: now - retentionDays * DAY_MS, snapshotsThrough: null, followersThrough: null };
}

interface KeyCursor {
  primaryKey: number;
  continue(): Promise<KeyCursor | null>;
}
interface KeyIndex {
  openKeyCursor(range: IDBKeyRange, direction?: IDBCursorDirection): Promise<KeyCursor | null>;
}

/**
 * The ids of a post's (or author's) first and latest entries in a time index, counting only
 * those written by `through`: what a preview saw stays the first and latest whatever is
 * written after it, so a later snapshot never makes an old one deletable behind the user's back.
 */
async function endsOf(index: KeyIndex, key: string, through: number | null): Promise<Set<number>> {
  const ends = new Set<number>();
  for (const direction of ['next', 'prev'] as const) {
    for (let c = await index.openKeyCursor(timeRange(key), direction); c; c = await c.continue()) {
      if (through === null || c.primaryKey <= through) {
        ends.add(c.primaryKey);
        break;
      }
    }
  }
  return ends;
}

/**
 * Snapshots and follower snapshots captured before limit.before and written by the limit's ids,
 * except each post's and author's first and latest. Reads only; null selects nothing.
 */
export async function selectPrunable(tx: AnyTx, limit: PruneLimit | null): Promise<PruneSelection> {
  const sel: PruneSelection = { ...NOTHING_PRUNED, snapshotIds: [], followerIds: [], postKeys: [] };
  if (!limit) return sel;
  const posts = new Set<string>();
  const authors = new Set<string>();
  const take = (capturedAt: number) => {
    sel.oldest = Math.min(sel.oldest ?? capturedAt, capturedAt);
    sel.newest = Math.max(sel.newest ?? capturedAt, capturedAt);
  };
  const old = IDBKeyRange.upperBound(limit.before, true);
  const within = (id: number, through: number | null) => through === null || id <= through;

  const snaps = tx.objectStore('snapshots');
  const keptSnaps = new Map<string, Set<number>>();
  for (let c = await snaps.index('by-time').openCursor(old); c; c = await c.continue()) {
    if (!within(c.primaryKey, limit.snapshotsThrough)) continue;
    const { postKey, capturedAt } = c.value;
    let kept = keptSnaps.get(postKey);
    if (!kept) {
      kept = await endsOf(snaps.index('by-post-time'), postKey, limit.snapshotsThrough);
      keptSnaps.set(postKey, kept);
    }
    if (kept.has(c.primaryKey)) continue;
    sel.snapshotIds.push(c.primaryKey);
    posts.add(postKey);
    take(capturedAt);
  }

  // Follower snapshots have no time index: every one is looked at.
  const follows = tx.objectStore('followerSnapshots');
  const keptFollows = new Map<string, Set<number>>();
  for (let c = await follows.openCursor(); c; c = await c.continue()) {
    const { authorKey, capturedAt } = c.value;
    if (!(capturedAt < limit.before) || !within(c.primaryKey, limit.followersThrough)) continue;
    let kept = keptFollows.get(authorKey);
    if (!kept) {
      kept = await endsOf(follows.index('by-author-time'), authorKey, limit.followersThrough);
      keptFollows.set(authorKey, kept);
    }
    if (kept.has(c.primaryKey)) continue;
    sel.followerIds.push(c.primaryKey);
    authors.add(authorKey);
    take(capturedAt);
  }

  sel.snapshots = sel.snapshotIds.length;
  sel.followerSnapshots = sel.followerIds.length;
  sel.postKeys = [...posts];
  sel.posts = posts.size;
  sel.authors = authors.size;
  return sel;
}

/** The highest id in a store (0 when empty): every record written so far has an id up to it. */
async function lastId(tx: AnyTx, store: 'snapshots' | 'followerSnapshots'): Promise<number> {
  return (await tx.objectStore(store).openKeyCursor(null, 'prev'))?.primaryKey ?? 0;
}

/**
 * What prune(db, retentionDays, now) would delete, without deleting anything. Its limit is
 * bounded by the ids stored now, so confirming it later deletes what it counted and never a
 * snapshot written after it (an import, a new reading).
 */
export async function previewPrune(
  db: PostLensDb,
  retentionDays: number | null,
  now: number,
): Promise<PrunePreview> {
  const tx: AnyTx = db.transaction(['snapshots', 'followerSnapshots'], 'readonly');
  const open = limitFor(retentionDays, now);
  const limit = open && {
    before: open.before,
    snapshotsThrough: await lastId(tx, 'snapshots'),
    followersThrough: await lastId(tx, 'followerSnapshots'),
  };
  const selected = await selectPrunable(tx, limit);
  return { retentionDays: validDays(retentionDays) ? retentionDays : null, limit, ...countsOf(selected) };
}
