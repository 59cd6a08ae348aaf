// A post's summary (PostSummary, lib/records.ts): what the posts table needs of its snapshots.
// Built from the snapshots, then kept equal to what they would build, one change at a time, by
// every writer: a snapshot added (recorder, import), snapshots pruned, the author's followers
// changed. Pure.

import { preferredEr } from '../metrics';
import type { PostSummary, SnapshotRecord, SummaryReading } from '../records';
import { type Count, pickCounts } from '../types';

const readingOf = (s: SnapshotRecord | SummaryReading): SummaryReading => ({
  capturedAt: s.capturedAt,
  ...pickCounts(s),
  followers: s.followers ?? null,
});

function summary(
  snapshotCount: number,
  latest: SummaryReading | null,
  previous: SummaryReading | null,
  authorFollowers: Count,
): PostSummary {
  const followers = latest?.followers ?? authorFollowers ?? null;
  const out: PostSummary = { snapshotCount, latest, previous, followers };
  if (!latest) return out;
  const counts = pickCounts(latest);
  const viewsFirst = preferredEr(counts, followers, 'views');
  const followersFirst = preferredEr(counts, followers, 'followers');
  if (viewsFirst) out.erViewsFirst = viewsFirst.value;
  if (followersFirst) out.erFollowersFirst = followersFirst.value;
  return out;
}

/**
 * The summary of a post's snapshots, given oldest first as the by-post-time index orders them
 * (capture time, then id). authorFollowers: the author's latest known followers, or null.
 */
export function summarize(snaps: readonly SnapshotRecord[], authorFollowers: Count): PostSummary {
  const latest = snaps[snaps.length - 1];
  const previous = snaps[snaps.length - 2];
  return summary(
    snaps.length,
    latest ? readingOf(latest) : null,
    previous ? readingOf(previous) : null,
    authorFollowers,
  );
}

/**
 * The summary once `snap` is added: the newest id, so it goes after every snapshot captured at
 * or before its time (a late batch can add one older than the latest).
 */
export function withSnapshot(s: PostSummary, snap: SnapshotRecord, authorFollowers: Count): PostSummary {
  const r = readingOf(snap);
  const { latest, previous } = s;
  if (!latest || r.capturedAt >= latest.capturedAt)
    return summary(s.snapshotCount + 1, r, latest, authorFollowers);
  if (!previous || r.capturedAt >= previous.capturedAt)
    return summary(s.snapshotCount + 1, latest, r, authorFollowers);
  return summary(s.snapshotCount + 1, latest, previous, authorFollowers);
}

/**
 * The summary once the snapshot it holds at snap's capture time (its latest or previous reading)
 * has become `snap`: a second reading of one post at one moment, merged into the first.
 */
export function withSnapshotReplaced(
  s: PostSummary,
  snap: SnapshotRecord,
  authorFollowers: Count,
): PostSummary {
  const r = readingOf(snap);
  const { latest, previous } = s;
  if (latest?.capturedAt === r.capturedAt) return summary(s.snapshotCount, r, previous, authorFollowers);
  if (previous?.capturedAt === r.capturedAt) return summary(s.snapshotCount, latest, r, authorFollowers);
  return s;
}

/** The summary with the author's latest known followers now `authorFollowers`. */
export const withAuthorFollowers = (s: PostSummary, authorFollowers: Count): PostSummary =>
  summary(s.snapshotCount, s.latest, s.previous, authorFollowers);

/** The summary of a post with no snapshot. */
export const emptySummary = (authorFollowers: Count): PostSummary => summary(0, null, null, authorFollowers);

/** Whether two summaries hold the same values (so a post need not be written again). */
export function sameSummary(a: PostSummary, b: PostSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
