// A post's summary (PostSummary, lib/records.ts): what the posts table needs of its snapshots.
// Built from the snapshots, then kept equal to what they would build, one change at a time, by
// every writer: a snapshot added (recorder, import), snapshots pruned, the author's followers
// changed. Pure.

import {
  ENGAGEMENT_FIELDS,
  type EngagementField,
  engagement,
  MIN_AGE_MS,
  pairVelocity,
  preferredEr,
  type ReadingPair,
  type RecentVelocity,
  recentPair,
} from '../metrics';
import type { PostSummary, SnapshotRecord, SummaryReading } from '../records';
import { COUNT_FIELDS, type Count, pickCounts } from '../types';

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

/** The count packed at `k`: NaN stands for null. */
const countAt = (packed: Float64Array, k: number): Count => {
  const v = packed[k]!;
  return Number.isNaN(v) ? null : v;
};

/**
 * Reading `i` of packed readings (packReadings), keys in readingOf's order. Built key by key, not
 * spread from countsFrom: the dashboard unpacks every post's on each load (its velocity).
 */
function readingAt(packed: Float64Array, i: number): SummaryReading {
  const at = i * RECENT_STRIDE;
  const r = { capturedAt: packed[at]! } as SummaryReading;
  for (let k = 0; k < COUNT_FIELDS.length; k++) r[COUNT_FIELDS[k]!] = countAt(packed, at + 1 + k);
  r.followers = countAt(packed, at + RECENT_STRIDE - 1);
  return r;
}

/** Every reading of packed readings (packReadings), oldest first. */
export function unpackReadings(packed: Float64Array): SummaryReading[] {
  const out: SummaryReading[] = [];
  for (let i = 0; (i + 1) * RECENT_STRIDE <= packed.length; i++) out.push(readingAt(packed, i));
  return out;
}

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

/**
 * The readings a summary holds for its velocity (`recent`), oldest first. One stored before
 * `recent` was kept (versions 4 to 6; version 9's upgrade fills it in) holds its previous reading
 * alone. Today's summary lacks `recent` only when no reading before the latest shows an
 * engagement count, so its previous changes nothing; a reader's (forReaders) only when none is
 * MIN_AGE_MS or more before the last that shows one, so its previous changes nothing either.
 */
const held = (s: PostSummary): SummaryReading[] =>
  s.recent ? unpackReadings(s.recent) : s.previous ? [s.previous] : [];

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
 * Why a post has no recent velocity, from its readings: 'counts', none shows an engagement
 * count; 'spaced', none showing one was read MIN_AGE_MS or more before the last that does;
 * 'shared', some were, but none shows a count that last one shows; 'rounded', one does, the pair
 * recentVelocity compares, but it gives no rate (their change may be the counts' rounding alone).
 */
export type VelocityGap = 'counts' | 'spaced' | 'shared' | 'rounded';

/** A VelocityGap and the readings that make it: the last showing a count, and one far enough before it. */
export interface VelocityGapReadings {
  gap: VelocityGap;
  from: SummaryReading | null;
  to: SummaryReading | null;
}

/**
 * The gap of readings (oldest first) recentVelocity gives no velocity of: 'rounded' when recentPair
 * picks a pair all the same (`pair`: its rule, not this one's), else what the readings lack. The
 * readings a summary holds tell it as all the post's readings would: every reading showing a count
 * from MIN_AGE_MS before the last one on, and before that, for each count, the newest showing it.
 */
function gapOf(list: readonly SummaryReading[], pair: ReadingPair | null): VelocityGapReadings {
  if (pair) return { gap: 'rounded', from: pair.from as SummaryReading, to: pair.to as SummaryReading };
  let last = list.length - 1;
  while (last >= 0 && engagement(list[last]!) === null) last--;
  const to = list[last];
  if (!to) return { gap: 'counts', from: null, to: null };
  // No pair: one 5 min or more before `to` and showing a count shares none with it.
  const apart = list.findLast(
    (r, i) => i < last && to.capturedAt - r.capturedAt >= MIN_AGE_MS && engagement(r) !== null,
  );
  return apart ? { gap: 'shared', from: apart, to } : { gap: 'spaced', from: null, to };
}

/** The readings a velocity of `s` may compare, oldest first: those held, then the latest. */
function velocityList(s: PostSummary): SummaryReading[] {
  if (!s.latest) return [];
  const list = held(s);
  list.push(s.latest);
  return list;
}

/**
 * A post's recent velocity as its badge's card gives it: recentVelocity over the readings the
 * summary holds for it and the latest, so the tables and the badge keep one rule and show one
 * figure between the same two readings; without one (null), why (VelocityGap).
 */
export function velocityOf(s: PostSummary): {
  pair: RecentVelocity | null;
  gap: VelocityGapReadings | null;
} {
  const list = velocityList(s);
  const picked = recentPair(list);
  const pair = picked && pairVelocity(picked);
  return { pair, gap: pair ? null : gapOf(list, picked) };
}

/**
 * The summary as a reader of every post needs it: `recent` cut to the readings its velocity is
 * between (velocityOf), or that its gap names when there is none, so that every figure and
 * note of the post's row is the same. Kept: the earlier reading, then the later one unless it is
 * the latest, which the summary holds anyway; a reader tells the two apart by their times, or by
 * asking velocityOf, which over these and the latest picks the same pair again (nothing else
 * is left to pick). The other readings matter only to the next write, and the recorder reads the
 * posts store itself; on a post whose counts ticked for minutes they made its record many times
 * the size (post-chunks.ts).
 */
export function forReaders(s: PostSummary): PostSummary {
  const { recent, latest } = s;
  if (!recent || recent.length <= RECENT_STRIDE || !latest) return s;
  const list = velocityList(s);
  // The ends alone: gapOf names recentPair's pair whether or not it gives a velocity.
  const ends = gapOf(list, recentPair(list));
  const keep = [ends.from, ends.to].filter((r): r is SummaryReading => r !== null && r !== latest);
  if (keep.length > 0) return { ...s, recent: packReadings(keep) };
  const { recent: _dropped, ...rest } = s;
  return rest;
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
