// A post's summary (PostSummary, lib/records.ts): what the posts table needs of its snapshots.
// Built from the snapshots, then kept equal to what they would build, one change at a time, by
// every writer: a snapshot added (recorder, import), snapshots pruned, the author's followers
// changed. Pure.

import { MIN_AGE_MS, preferredEr } from '../metrics';
import type { PostSummary, SnapshotRecord, SummaryReading } from '../records';
import { COUNT_FIELDS, type Count, countsFrom, pickCounts } from '../types';

const readingOf = (s: SnapshotRecord | SummaryReading): SummaryReading => ({
  capturedAt: s.capturedAt,
  ...pickCounts(s),
  followers: s.followers ?? null,
});

/** Numbers per reading in a packed `recent` (PostSummary): its time, each of COUNT_FIELDS, its followers. */
export const RECENT_STRIDE = COUNT_FIELDS.length + 2;

/**
 * Readings as a summary's `recent` keeps them: one Float64Array, RECENT_STRIDE numbers a reading,
 * NaN for null (a stored count or time is never NaN). IndexedDB copies one typed array per post
 * record as a single block, where an array of reading objects cost the dashboard's read of 10,020
 * posts about twice its time (docs/performance.md). Every double survives, so nothing is rounded.
 */
export function packReadings(list: readonly SummaryReading[]): Float64Array {
  const out = new Float64Array(list.length * RECENT_STRIDE);
  let j = 0;
  for (const r of list) {
    out[j++] = r.capturedAt;
    for (const f of COUNT_FIELDS) out[j++] = r[f] ?? Number.NaN;
    out[j++] = r.followers ?? Number.NaN;
  }
  return out;
}

/** Reading `i` of packed readings (packReadings), keys in readingOf's order. */
function readingAt(packed: Float64Array, i: number): SummaryReading {
  const at = i * RECENT_STRIDE;
  const num = (k: number): Count => {
    const v = packed[at + k]!;
    return Number.isNaN(v) ? null : v;
  };
  return {
    capturedAt: packed[at]!,
    ...countsFrom((f) => num(1 + COUNT_FIELDS.indexOf(f))),
    followers: num(RECENT_STRIDE - 1),
  };
}

/** Every reading of packed readings (packReadings), oldest first. */
export function unpackReadings(packed: Float64Array): SummaryReading[] {
  const out: SummaryReading[] = [];
  for (let i = 0; (i + 1) * RECENT_STRIDE <= packed.length; i++) out.push(readingAt(packed, i));
  return out;
}

/** Whether a velocity may compare `latest` with `earlier`: read at least MIN_AGE_MS before it. */
const oldEnough = (earlier: { capturedAt: number }, latest: { capturedAt: number }) =>
  latest.capturedAt - earlier.capturedAt >= MIN_AGE_MS;

/**
 * Where `recent` starts among readings before `latest` (oldest first, holding every reading after
 * the first): at the newest old enough to compare, else at the first.
 */
function recentStart(readings: readonly { capturedAt: number }[], latest: SummaryReading): number {
  let i = readings.length - 1;
  while (i > 0 && !oldEnough(readings[i]!, latest)) i--;
  return Math.max(i, 0);
}

/**
 * The readings before the latest from the one to compare on (as `recent` holds them); for a
 * summary stored before `recent` was kept, its previous reading, the one just before the latest,
 * when that is old enough or is the only one; undefined when older ones, not held, may be it.
 */
function known(s: PostSummary): SummaryReading[] | undefined {
  if (s.recent) return unpackReadings(s.recent);
  const { latest, previous } = s;
  if (!previous) return [];
  if (s.snapshotCount <= 2 || (latest && oldEnough(previous, latest))) return [previous];
  return undefined;
}

/**
 * Whether a summary stored before `recent` was kept cannot tell which reading a velocity compares
 * the latest with (its previous is under MIN_AGE_MS before it, and older readings are not held):
 * the tables show no velocity for it until its snapshots fill `recent` in (db.ts, version 7).
 */
export const lacksRecent = (s: PostSummary): boolean => known(s) === undefined;

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
 * The reading a post's velocity compares its latest with: the newest before it read at least
 * MIN_AGE_MS earlier, as recentVelocity picks it for the badge (a reading seconds before, stored
 * because a count ticked while the page was open, would make noise a rate). Null when there is
 * none, or when a summary stored before it kept `recent` cannot tell.
 */
export function velocityFrom(s: PostSummary): SummaryReading | null {
  if (!s.latest) return null;
  // The dashboard asks this of every post on each load: of a packed `recent`, only its first.
  const from = s.recent && s.recent.length >= RECENT_STRIDE ? readingAt(s.recent, 0) : known(s)?.[0];
  return from && oldEnough(from, s.latest!) ? from : null;
}

/**
 * The summary as a reader of every post needs it: `recent` cut to its first reading, the one
 * velocityFrom compares with, so that every figure of the post's row is the same. The later
 * readings matter only to the next write, and the recorder reads the posts store itself; on a post
 * whose counts ticked for minutes they made its record many times the size (post-chunks.ts).
 */
export function forReaders(s: PostSummary): PostSummary {
  const { recent } = s;
  return recent && recent.length > RECENT_STRIDE ? { ...s, recent: recent.slice(0, RECENT_STRIDE) } : s;
}

/**
 * The summary of a post's snapshots, given oldest first as the by-post-time index orders them
 * (capture time, then id). authorFollowers: the author's latest known followers, or null.
 */
export function summarize(snaps: readonly SnapshotRecord[], authorFollowers: Count): PostSummary {
  const latest = snaps[snaps.length - 1];
  const previous = snaps[snaps.length - 2];
  const last = latest ? readingOf(latest) : null;
  const before = snaps.slice(0, -1);
  return summary(
    snaps.length,
    last,
    previous ? readingOf(previous) : null,
    last ? before.slice(recentStart(before, last)).map(readingOf) : undefined,
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
  const held = known(s);
  if (!latest || r.capturedAt >= latest.capturedAt) {
    // The one to compare r with is the newest old enough among those held and the old latest;
    // of a summary stored before `recent` was kept, only when its previous or latest is.
    const before = latest ? [...(held ?? [previous!]), latest] : [];
    const start = recentStart(before, r);
    const recent = held || (before[start] && oldEnough(before[start], r)) ? before.slice(start) : undefined;
    return summary(s.snapshotCount + 1, r, latest, recent, authorFollowers);
  }
  // Read before the latest: r joins the readings held (after those of its time or before), and
  // the one to compare is found again; one older than that one changes nothing.
  let recent = held;
  if (held) {
    const at = held.findIndex((x) => x.capturedAt > r.capturedAt);
    const all = at < 0 ? [...held, r] : [...held.slice(0, at), r, ...held.slice(at)];
    recent = all.slice(recentStart(all, latest));
  }
  if (!previous || r.capturedAt >= previous.capturedAt)
    return summary(s.snapshotCount + 1, latest, r, recent, authorFollowers);
  return summary(s.snapshotCount + 1, latest, previous, recent, authorFollowers);
}

/**
 * The summary once the snapshot it holds at snap's capture time (its latest or previous reading,
 * or one of `recent`) has become `snap`: a second reading of one post at one moment, merged into
 * the first.
 */
export function withSnapshotReplaced(
  s: PostSummary,
  snap: SnapshotRecord,
  authorFollowers: Count,
): PostSummary {
  const r = readingOf(snap);
  const { latest, previous } = s;
  const held = s.recent && unpackReadings(s.recent);
  const recent = held?.map((x) => (x.capturedAt === r.capturedAt ? r : x));
  if (latest?.capturedAt === r.capturedAt)
    return summary(s.snapshotCount, r, previous, recent, authorFollowers);
  if (previous?.capturedAt === r.capturedAt)
    return summary(s.snapshotCount, latest, r, recent, authorFollowers);
  if (held?.some((x) => x.capturedAt === r.capturedAt))
    return summary(s.snapshotCount, latest, previous, recent, authorFollowers);
  return s;
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
