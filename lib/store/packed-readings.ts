// A summary's `recent` (PostSummary, lib/records.ts) packed into one Float64Array and read back
// out. Pure.

import type { SummaryReading } from '../records';
import { COUNT_FIELDS, type Count } from '../types';

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
 * Reading `i` of packed readings (packReadings), keys in readingOf's (summary.ts) order. Built key
 * by key, not spread from countsFrom: the dashboard unpacks every post's on each load (its velocity).
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
