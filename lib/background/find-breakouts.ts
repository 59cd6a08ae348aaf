// Which posts of a batch just written broke out (watch-alerts.ts): read in one transaction, each
// starred post's spaced readings against its velocity before, each starred author's recent post
// (authorPostJudged) against the author's median ER.

import { validateBatch } from '../check';
import {
  type ErBasis,
  type ErPref,
  erByFollowers,
  erByViews,
  preferredEr,
  type TimedCounts,
} from '../metrics';
import type { Settings } from '../settings';
import type { PostLensDb, StoredPost } from '../store';
import { snapshotUpTo } from '../store';
import { pickCounts, postKey } from '../types';
import {
  authorBreakout,
  authorPostJudged,
  authorUnderThreshold,
  type Breakout,
  MIN_SPAN_MS,
  postBreakout,
  type Watchlist,
} from '../watchlist';
import { type AlertRecordsState, authorAlertedItem, ER_BASES } from './alert-records';

/** What finding breakouts reads (WatchAlertDeps). */
export interface FindDeps {
  db(): Promise<PostLensDb>;
  settings(): Promise<Pick<Settings, 'erPreference'>>;
  locale?: string;
}

/** A post read just now of a starred author: the bases its ER is known fallen back on (authorUnderThreshold). */
export interface UnderThreshold {
  key: string;
  under: ErBasis[];
  /** The basis its ER is judged on now (the user's preference): for a record that names none. */
  basis: ErBasis | null;
}

/**
 * The post keys of a batch read at `readAt`, of the readings the recorder stored: the batch check
 * (lib/check.ts) leaves out a reading whose identity fails and refuses a malformed batch whole
 * (answered ok, stored 0), and what it did not store adds nothing a breakout could be told from.
 */
export function batchPostKeys(batch: unknown, readAt?: number): string[] {
  const checked = validateBatch(batch, readAt);
  return checked.ok ? [...new Set(checked.batch.posts.map(postKey))] : [];
}

/** A post's ER as the tables lead with it (the user's preference), and its basis. */
const erOf = (post: StoredPost, pref: ErPref): { value: number; basis: ErBasis } | null => {
  const latest = post.summary.latest;
  return latest ? preferredEr(latest, post.summary.followers, pref) : null;
};

/**
 * Another post's ER on a given basis: the post's own basis, so that the author's median compares
 * like with like (ER by views against ER by views), as the badge and the tables take it.
 */
const erOn = (post: StoredPost, basis: ErBasis): number | null => {
  const latest = post.summary.latest;
  if (!latest) return null;
  return basis === 'views' ? erByViews(latest) : erByFollowers(latest, post.summary.followers);
};

/** Breakouts among the posts `batch` stored, read at `at`, in one transaction; nothing when alerts are off. */
export async function findBreakouts(
  deps: FindDeps,
  state: AlertRecordsState,
  list: Watchlist,
  batch: unknown,
  at: number,
): Promise<{ found: Array<[StoredPost, Breakout[]]>; underAuthorThreshold: UnderThreshold[] }> {
  const underAuthorThreshold: UnderThreshold[] = [];
  const none = { found: [], underAuthorThreshold };
  // Alerts off (or nothing starred): nothing alerts, but an author breakout alerted before still
  // ends when its post falls under the threshold, as it would with alerts on. Else, once alerts
  // are back on, a post that fell back and broke out anew while they were off would never alert.
  let recorded: Set<string> | null = null;
  if (!list.alerts || (list.posts.length === 0 && list.authors.length === 0)) {
    if (state.noAuthorRecords) return none;
    recorded = new Set(Object.keys((await authorAlertedItem.getValue()) ?? {}));
    if (recorded.size === 0) {
      state.noAuthorRecords = true;
      return none;
    }
  }
  const judging = recorded === null;
  // Checked again only now that something is starred: a batch of posts nobody starred costs no check.
  const keys = batchPostKeys(batch, at).filter((k) => recorded?.has(k) ?? true);
  if (keys.length === 0) return none;
  const pref = (await deps.settings()).erPreference;
  const tx = (await deps.db()).transaction(['posts', 'snapshots'], 'readonly');
  const posts = tx.objectStore('posts');
  const authorErs = new Map<string, Promise<StoredPost[]>>();
  const out: Array<[StoredPost, Breakout[]]> = [];
  for (const key of keys) {
    const post = await posts.get(key);
    // A newer reading of the post is stored already: what this one adds lies behind it, an old
    // stretch that the newer reading's own check looked at (with this reading not yet there).
    // The same for a newer reading that changed no count (no snapshot; only its lastSeen): the
    // velocity would run from this batch's counts to that reading's time, which showed others.
    if (!post || (post.summary.latest?.capturedAt ?? at) > at || post.lastSeen > at) continue;
    const found: Breakout[] = [];
    if (judging && list.posts.includes(key)) {
      // Read again since its latest snapshot with no count changed (the recorder keeps no new
      // snapshot of an unchanged post within the snapshot interval): those counts still stood
      // at lastSeen, so the velocity now runs to then, not to a snapshot hours old.
      const latest = post.summary.latest;
      const last: TimedCounts[] =
        latest && post.lastSeen > latest.capturedAt
          ? [{ ...pickCounts(latest), capturedAt: post.lastSeen }]
          : [];
      // Back to three readings far enough apart (spacedReadings): the newest, then each time the
      // newest at least MIN_SPAN_MS before the one taken, looked up by time. A post read every few
      // seconds (a page that updates its counts live: a snapshot at each change) has any number
      // of snapshots in the last minutes, and the readings before them are still reached.
      while (last.length < 3) {
        const next = last[0];
        const upTo = next ? next.capturedAt - MIN_SPAN_MS : Number.POSITIVE_INFINITY;
        const before = await snapshotUpTo(tx, key, upTo);
        if (!before) break;
        last.unshift(before);
      }
      const hit = postBreakout(last, list.postFactor, deps.locale, post.platform);
      if (hit) found.push(hit);
    }
    const ak = post.authorKey;
    // With alerts off, a post with an alerted author breakout (`recorded`) is judged whoever is starred.
    if (ak && (!judging || list.authors.includes(ak))) {
      if (!authorErs.has(ak)) authorErs.set(ak, posts.index('by-author').getAll(ak));
      const others = (await authorErs.get(ak)!).filter((p) => p.key !== key);
      const own = erOf(post, pref);
      // The other posts' ERs on each basis, once: the breakout is judged on the post's own, and
      // whether it is under the threshold on either.
      const othersOn = (b: ErBasis) => others.map((p) => erOn(p, b)).filter((v): v is number => v !== null);
      const ersOn = { views: othersOn('views'), followers: othersOn('followers') };
      const ers = own ? ersOn[own.basis] : [];
      // Only a recent post, out for some minutes and engaged more than a few times, is judged:
      // not one of years ago read on the author's profile. Whether an alerted one has fallen back
      // is told whatever its age: that only ends its record.
      const judged = judging && authorPostJudged({ ...post, latest: post.summary.latest }, at);
      const hit =
        judged && authorBreakout(own?.value ?? null, ers, list.authorFactor, deps.locale, own?.basis);
      if (hit) found.push(hit);
      // Only a post known to have fallen back clearly under the threshold (authorUnderThreshold),
      // on the basis its breakout was alerted on, may break out anew: a reading whose ER cannot
      // be told on it (no views shown, no followers known) leaves the breakout alerted standing.
      // Which basis that was, check() knows (the record), so each basis the post is known under
      // on is said.
      const under = ER_BASES.filter((b) => authorUnderThreshold(erOn(post, b), ersOn[b], list.authorFactor));
      if (under.length > 0) underAuthorThreshold.push({ key, under, basis: own?.basis ?? null });
    }
    if (found.length > 0) out.push([post, found]);
  }
  await tx.done;
  return { found: out, underAuthorThreshold };
}
