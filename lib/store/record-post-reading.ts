// A reading of a post applied to a recording call's records in memory (record-call-state.ts): its
// author (record-author-reading.ts), the post merged with what is stored of it, and a snapshot where
// it shows a change from the snapshot before it in time (or none is before it) or the interval has
// passed since that one; else it is left out as unchanged, and compared again when a later one of
// the call goes in before it (left-out-readings.ts).

import type { SummaryReading } from '../records';
import type { Count, Counts, PostReading } from '../types';
import { COUNT_FIELDS, pickCounts, postKey } from '../types';
import { showsChange } from './left-out-readings';
import { mergedPost } from './post-writes';
import { applyAuthorReading } from './record-author-reading';
import type { CallState } from './record-call-state';
import type { SnapshotRecord, StoredPost } from './schema';
import { emptySummary, withSnapshot, withSnapshotReplaced } from './summary';

export function applyPostReading(call: CallState, r: PostReading, interval: number, now: number): void {
  const key = postKey(r);
  const handle = r.author.handle;
  const author = handle
    ? applyAuthorReading(call, r.platform, handle, r.author.name, r.author.followers, interval, now)
    : null;

  const old = call.posts.get(key);
  const seen: StoredPost = {
    key,
    platform: r.platform,
    postId: r.postId,
    url: r.url,
    authorKey: author?.key ?? null,
    authorHandle: handle,
    authorName: r.author.name,
    publishedAt: r.publishedAt,
    text: r.text,
    promoted: r.promoted === true,
    firstSeen: now,
    lastSeen: now,
    summary: emptySummary(null),
  };
  // First non-null wins: a feed card and the permalink may show these differently.
  const post = old ? mergedPost(old, seen) : seen;
  call.posts.set(key, post);
  call.touchedPosts.add(key);

  const same = call.snapshotAt.get(`${key}|${now}`);
  if (same) {
    // One moment, one snapshot: the later reading's shown counts win, the others stay.
    for (const f of COUNT_FIELDS) if (r[f] !== null) same[f] = r[f];
    if (typeof r.author.followers === 'number') same.followers = r.author.followers;
    post.summary = withSnapshotReplaced(post.summary, same, null);
    recheck(call, post, now);
    return;
  }
  const { latest, previous } = post.summary;
  // A snapshot of this moment stored by an earlier call stays as it is.
  if (latest?.capturedAt === now || previous?.capturedAt === now) return;
  // A reading is compared with the snapshot before it in time: the latest, or for a late batch
  // or a clock set back (read before the latest) the previous one, or one stored or added before
  // it; one read before every snapshot is kept whatever it shows.
  let before: SnapshotRecord | SummaryReading | null = latest;
  if (latest && now < latest.capturedAt)
    before = previous && now > previous.capturedAt ? previous : call.snapshotBefore(key, now);
  // A snapshot of this moment stored by an earlier call stays as it is.
  if (before?.capturedAt === now) return;
  // One moment, one snapshot: the counts of a reading of this moment left out as unchanged
  // stay where this one shows none.
  const counts = pickCounts(r);
  const unchanged = call.unchangedAt.get(`${key}|${now}`);
  if (unchanged) for (const f of COUNT_FIELDS) counts[f] ??= unchanged[f];
  if (before && !showsChange(counts, before) && now - before.capturedAt < interval) {
    call.unchangedAt.set(`${key}|${now}`, counts);
    const authorKey = author?.key ?? null;
    call.leftOut.note(key, {
      at: now,
      counts,
      followers: r.author.followers,
      authorKey,
    });
    return;
  }
  addSnapshot(
    call,
    post,
    now,
    counts,
    snapshotFollowers(call, post, r.author.followers, author?.key ?? null, now),
  );
  recheck(call, post, now);
}

/**
 * After the snapshot of a post at `time` was added or merged into: each reading left out after
 * it (leftOut) is compared again, oldest first, with the snapshot now before it, and stored
 * where it shows a change, as it would have been had the readings come in order. Without this a
 * late snapshot passes for what the page showed at the times of the readings left out after it.
 * The interval need not be looked at again: the snapshot before one is no older than before.
 */
function recheck(call: CallState, post: StoredPost, time: number): void {
  for (const o of call.leftOut.after(post.key, time)) {
    const before = call.snapshotBefore(post.key, o.at);
    if (before && !showsChange(o.counts, before)) continue;
    addSnapshot(call, post, o.at, o.counts, snapshotFollowers(call, post, o.followers, o.authorKey, o.at));
  }
}

/**
 * A snapshot's followers: those its reading saw, or else the author's read at or before its time
 * (the author's newest count can be from a later reading: a late batch's snapshot does not take it).
 */
function snapshotFollowers(
  call: CallState,
  post: StoredPost,
  seen: Count | undefined,
  author: string | null,
  time: number,
): Count {
  if (typeof seen === 'number') return seen;
  const followers = call.followersAsOf(author, time);
  return followers === null && post.authorKey ? call.followersAsOf(post.authorKey, time) : followers;
}

function addSnapshot(
  call: CallState,
  post: StoredPost,
  time: number,
  counts: Counts,
  followers: Count,
): void {
  const snap: SnapshotRecord = { postKey: post.key, capturedAt: time, ...counts, followers };
  call.snapshots.push(snap);
  call.snapshotAt.set(`${post.key}|${time}`, snap);
  const list = call.addedOf.get(post.key);
  if (list) list.push(snap);
  else call.addedOf.set(post.key, [snap]);
  post.summary = withSnapshot(post.summary, snap, null);
  call.leftOut.stored(snap);
}
