// A post's summary (PostSummary, lib/records.ts): what the posts table needs of its snapshots.
// Built from the snapshots, then kept equal to what they would build, one change at a time, by
// every writer: a snapshot added (recorder, import), snapshots pruned, the author's followers
// changed. Pure. Its `recent` is packed by packed-readings.ts; the velocity it gives, and the cut a
// reader of every post takes, are summary-velocity.ts's; both exported from here too.

import { ENGAGEMENT_FIELDS, type EngagementField, engagement, MIN_AGE_MS, preferredEr } from '../metrics';
import type { PostSummary, SnapshotRecord, SummaryReading } from '../records';
import { type Count, pickCounts } from '../types';
import { packReadings } from './packed-readings';
import { held } from './summary-velocity';

export { packReadings, RECENT_STRIDE, unpackReadings } from './packed-readings';
export { forReaders, type VelocityGap, type VelocityGapReadings, velocityOf } from './summary-velocity';

const readingOf = (s: SnapshotRecord | SummaryReading): SummaryReading => ({
  capturedAt: s.capturedAt,
  ...pickCounts(s),
  followers: s.followers ?? null,
});

const isCount = (v: Count | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Of `before` (a post's readings before `latest`, oldest first as the by-post-time index orders
 * them: capture time, then id), those the badge's recent velocity (recentVelocity) can still
 * compare, now or once any later reading comes. Its `to` is the last reading showing an
 * engagement count; its `from` the newest at least MIN_AGE_MS before that one sharing a count with
 * it. So every reading showing a count read less than MIN_AGE_MS before that last one is kept (a
 * later `to` may compare with it), and of those read earlier, for each count the newest showing it:
 * an older one showing only counts a kept one shows is passed over for that one, by this `to` and
 * every later one. A reading showing no engagement count is neither end: none is kept.
 */
function velocityCandidates<T extends SnapshotRecord | SummaryReading>(
  before: readonly T[],
  latest: SummaryReading,
): T[] {
  let last = before.length - 1;
  const latestShows = engagement(latest) !== null;
  if (!latestShows) while (last >= 0 && engagement(before[last]!) === null) last--;
  const toAt = latestShows ? latest.capturedAt : before[last]?.capturedAt;
  const kept: T[] = [];
  const seen = new Set<EngagementField>();
  for (let i = last; i >= 0 && toAt !== undefined && seen.size < ENGAGEMENT_FIELDS.length; i--) {
    const r = before[i]!;
    if (toAt - r.capturedAt < MIN_AGE_MS) {
      if (engagement(r) !== null) kept.push(r);
      continue;
    }
    const known = seen.size;
    for (const f of ENGAGEMENT_FIELDS) if (isCount(r[f])) seen.add(f);
    if (seen.size > known) kept.push(r);
  }
  return kept.reverse();
}

/** `list` (oldest first) with `r` after every reading of its time or before. */
function inserted(list: readonly SummaryReading[], r: SummaryReading): SummaryReading[] {
  const at = list.findIndex((x) => x.capturedAt > r.capturedAt);
  return at < 0 ? [...list, r] : [...list.slice(0, at), r, ...list.slice(at)];
}

function summary(
  snapshotCount: number,
  latest: SummaryReading | null,
  previous: SummaryReading | null,
  recent: readonly SummaryReading[] | Float64Array | undefined,
  authorFollowers: Count,
): PostSummary {
  const followers = latest?.followers ?? authorFollowers ?? null;
  const out: PostSummary = { snapshotCount, latest, previous, followers };
  if (recent && recent.length > 0)
    out.recent = recent instanceof Float64Array ? recent : packReadings(recent);
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
  const last = latest ? readingOf(latest) : null;
  return summary(
    snaps.length,
    last,
    previous ? readingOf(previous) : null,
    last ? velocityCandidates(snaps.slice(0, -1), last).map(readingOf) : undefined,
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
  if (!latest || r.capturedAt >= latest.capturedAt) {
    const recent = latest ? velocityCandidates([...held(s), latest], r) : undefined;
    return summary(s.snapshotCount + 1, r, latest, recent, authorFollowers);
  }
  // Read before the latest: r joins the readings held, and those a velocity can compare are found
  // again (every reading let go of before stays passed over: see velocityCandidates).
  const recent = velocityCandidates(inserted(held(s), r), latest);
  const before = !previous || r.capturedAt >= previous.capturedAt ? r : previous;
  return summary(s.snapshotCount + 1, latest, before, recent, authorFollowers);
}

/**
 * The summary once the snapshot it stands for at snap's capture time (its latest or previous
 * reading, one of `recent`, or one it let go of) has become `snap`: a second reading of one post
 * at one moment, merged into the first. A merge only adds counts, so one let go of may now be a
 * velocity's end: it joins the readings held, and those a velocity can compare are found again.
 */
export function withSnapshotReplaced(
  s: PostSummary,
  snap: SnapshotRecord,
  authorFollowers: Count,
): PostSummary {
  const r = readingOf(snap);
  const { latest, previous } = s;
  if (!latest) return s;
  const list = held(s);
  if (latest.capturedAt === r.capturedAt)
    return summary(s.snapshotCount, r, previous, velocityCandidates(list, r), authorFollowers);
  const all = list.some((x) => x.capturedAt === r.capturedAt)
    ? list.map((x) => (x.capturedAt === r.capturedAt ? r : x))
    : inserted(list, r);
  const before = previous?.capturedAt === r.capturedAt ? r : previous;
  return summary(s.snapshotCount, latest, before, velocityCandidates(all, latest), authorFollowers);
}

/** The summary with the author's latest known followers now `authorFollowers`. */
export const withAuthorFollowers = (s: PostSummary, authorFollowers: Count): PostSummary =>
  summary(s.snapshotCount, s.latest, s.previous, s.recent, authorFollowers);

/** The summary of a post with no snapshot. */
export const emptySummary = (authorFollowers: Count): PostSummary =>
  summary(0, null, null, undefined, authorFollowers);

/**
 * Whether two summaries hold the same values (so a post need not be written again). JSON writes a
 * packed `recent` number by number (NaN, which stands for null, as null), so equal readings read
 * equal.
 */
export function sameSummary(a: PostSummary, b: PostSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
