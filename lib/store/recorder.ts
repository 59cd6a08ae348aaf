// The write path: readings from content scripts become posts, authors and timestamped snapshots.
// Every batch is validated first, and all writes of a call go into ONE transaction, so a failure
// leaves the database exactly as it was. Inside it, every record the readings touch is read at once
// (record-reads.ts: a few waves of requests, not one round trip per reading), the readings are
// applied in order in memory and every write is issued at once (record-writes.ts,
// record-commit.ts); the call returns when the transaction has committed.

import { validateBatch } from '../check';
import type { RecordResult } from '../messages';
import type { PostLensDb } from './db';
import { Writes } from './record-writes';
import { abortQuietly, describeStorageError, type WriteTx, writeTx } from './transactions';

export interface RecordSettings {
  /** A new snapshot of an unchanged post (or author) only after this many minutes. */
  snapshotIntervalMinutes: number;
}

const MINUTE_MS = 60_000;

/** Records one batch. See recordBatches. */
export async function recordBatch(
  db: PostLensDb,
  batch: unknown,
  settings: RecordSettings,
  now: number,
  log?: (message: string) => void,
): Promise<RecordResult> {
  const [result] = await recordBatches(db, [batch], settings, now, log);
  return result!;
}

/**
 * Records batches in one transaction, one result per batch, in order. stored counts the posts
 * recorded; dropped the readings validation left out; nulled the fields of stored readings it
 * stored as null. A batchId seen before is not stored again (duplicate: true). On a storage
 * failure every batch gets { ok: false } and nothing is written. A malformed batch is answered ok
 * with everything dropped: sending it again cannot fix it, and the content script retries
 * whatever is not ok. log receives the reasons, for nulled fields and cut texts too. `now` is
 * when the call stores (the batch ids' time, by which they are forgotten); `readAt`, one per batch,
 * is when each was read and the time its readings are stored as (default: now). Batches are applied
 * in order, whatever their times: a batch older than a post's latest snapshot adds one before it,
 * and an author's followers stay the newest read.
 */
export async function recordBatches(
  db: PostLensDb,
  batches: readonly unknown[],
  settings: RecordSettings,
  now: number,
  log: (message: string) => void = () => {},
  readAt: readonly number[] = [],
): Promise<RecordResult[]> {
  const timeOf = (i: number): number => readAt[i] ?? now;
  const minutes = settings.snapshotIntervalMinutes;
  const interval = (Number.isFinite(minutes) && minutes >= 0 ? minutes : 30) * MINUTE_MS;
  const reasons = (list: string[]) => list.slice(0, 5).join('; ');
  const checked = batches.map((input, i) => {
    const c = validateBatch(input, timeOf(i));
    if (!c.ok) {
      log(`PostLens: batch refused: ${c.error}`); // i18n-ignore: console log
      return c;
    }
    // Console logs for developers (the reasons in them are worded in the user's language).
    // i18n-ignore: console log
    if (c.dropped.length > 0) log(`PostLens: ${c.droppedCount} readings dropped: ${reasons(c.dropped)}`);
    // i18n-ignore: console log
    if (c.nulled.length > 0) log(`PostLens: ${c.nulled.length} fields stored as null: ${reasons(c.nulled)}`);
    // i18n-ignore: console log
    if (c.cut.length > 0) log(`PostLens: ${c.cut.length} texts cut to their limit: ${reasons(c.cut)}`);
    return c;
  });
  const refused = (input: unknown, error: string): RecordResult => {
    const posts = (input as { posts?: unknown } | null)?.posts;
    const dropped = Array.isArray(posts) ? posts.length : 1;
    return { ok: true, stored: 0, duplicate: false, dropped, nulled: 0, cut: 0, reasons: [error] };
  };
  const refusals = checked.map((c, i) => (c.ok ? null : refused(batches[i], c.error)));
  if (refusals.every((r) => r !== null)) return refusals;

  let tx: WriteTx | undefined;
  try {
    tx = writeTx(db);
    const valid = checked.flatMap((c) => (c.ok ? [c.batch] : []));
    const times = checked.flatMap((c, i) => (c.ok ? [timeOf(i)] : []));
    const w = await Writes.read(tx, valid, times);
    const results: RecordResult[] = checked.map((c, i) => {
      if (!c.ok) return refusals[i]!;
      if (!w.claimBatch(c.batch.batchId, now))
        return { ok: true, stored: 0, duplicate: true, dropped: 0, nulled: 0, cut: 0, reasons: [] };
      w.batch(c.batch, interval, timeOf(i));
      const { droppedCount: dropped, nulled, cut } = c;
      return {
        ok: true,
        stored: c.batch.posts.length,
        duplicate: false,
        dropped,
        nulled: nulled.length,
        cut: cut.length,
        // For the notice that tells the user (lib/background/checked-readings.ts): a few, not a log.
        reasons: [...c.dropped, ...nulled, ...cut].slice(0, 5),
      };
    });
    await w.commit();
    return results;
  } catch (e) {
    abortQuietly(tx);
    const error = describeStorageError(e);
    return checked.map((c, i) => (c.ok ? { ok: false, error } : refusals[i]!));
  }
}
