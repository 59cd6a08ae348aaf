// A post's recent velocity from its summary (PostSummary, lib/records.ts) by the badge's rule, or
// why it has none; and the summary cut to what a reader of every post needs for them. Pure.

import {
  engagement,
  MIN_AGE_MS,
  pairVelocity,
  type ReadingPair,
  type RecentVelocity,
  recentPair,
} from '../metrics';
import type { PostSummary, SummaryReading } from '../records';
import { packReadings, RECENT_STRIDE, unpackReadings } from './packed-readings';

/**
 * The readings a summary holds for its velocity (`recent`), oldest first. One stored before
 * `recent` was kept (versions 4 to 6; version 9's upgrade fills it in) holds its previous reading
 * alone. Today's summary lacks `recent` only when no reading before the latest shows an
 * engagement count, so its previous changes nothing; a reader's (forReaders) only when none is
 * MIN_AGE_MS or more before the last that shows one, so its previous changes nothing either.
 */
export const held = (s: PostSummary): SummaryReading[] =>
  s.recent ? unpackReadings(s.recent) : s.previous ? [s.previous] : [];

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
