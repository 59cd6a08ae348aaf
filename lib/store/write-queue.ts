// Coalesces bursts of recordReadings into one transaction each. While a transaction runs, new
// batches wait; when it ends, all that arrived meanwhile are written together. Nothing is timed:
// when the queue is empty nothing runs, so the service worker can go idle. A batch's promise
// resolves only after its transaction has committed (recordBatches awaits tx.done), so an
// acknowledgement means the readings are on disk.

import { t } from '../i18n';
import type { RecordResult } from '../messages';
import type { PostLensDb } from './db';
import { type RecordSettings, recordBatches } from './recorder';
import { describeStorageError } from './transactions';

export interface WriteQueueDeps {
  db(): Promise<PostLensDb>;
  settings(): Promise<RecordSettings> | RecordSettings;
  now(): number;
  log?(message: string): void;
  /** Called with the results of each transaction (storage status, opportunistic pruning). */
  onWritten?(results: RecordResult[]): void | Promise<void>;
}

interface Waiting {
  batch: unknown;
  /** When the batch was read, as the hand-off kept it (else the batch's own readAt is used). */
  at: number | undefined;
  resolve(result: RecordResult): void;
}

/** The furthest a Date reaches either side of 1970 (ECMAScript's time value range). */
const MAX_TIME = 8.64e15;

// A time before any date there is says no time at all (a corrupt hand-off): not stored as one.
const finiteTime = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= -MAX_TIME ? v : undefined;

/** When a batch was read, as the hand-off kept it (`at`), else as it says (readAt); else undefined. */
const readTime = (batch: unknown, at: number | undefined): number | undefined =>
  finiteTime(at) ?? finiteTime((batch as { readAt?: unknown } | null)?.readAt);

/**
 * A time as the log names it. A time past any date (another unit, a corrupt hand-off) has no ISO
 * form: toISOString would throw and fail every batch of the transaction with it.
 */
function shown(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? String(time) : date.toISOString();
}

/**
 * When a batch's readings are stored as taken: when the page read them (the hand-off's time, else
 * the batch's readAt), never later than now; now for a batch that says neither. A retried batch
 * thus stays older than a newer reading of the same post stored before it. A read time after now
 * (the clock was set back between reading and storing) is stored as now, and `log` says so. See
 * captureTimes for a transaction's several batches.
 */
export function captureTime(
  batch: unknown,
  at: number | undefined,
  now: number,
  log?: (message: string) => void,
): number {
  return captureTimes([{ batch, at }], now, log)[0]!;
}

/**
 * captureTime for the batches stored in one transaction. Those read after now (the clock was set
 * back) cannot be stored as of when they were read, nor all as of now: one moment keeps one
 * snapshot of a post, so two batches' readings of it would be merged into one, whose counts no
 * single reading showed. Each read time after now is stored as its own time instead, the newest
 * as now and each older one a millisecond before the next free one, skipping the other batches'
 * times: their order stays, and no time is later than a reading made after this transaction
 * could be. Batches of one read time stay one moment. `log` names the time each is stored as.
 */
export function captureTimes(
  group: readonly { batch: unknown; at: number | undefined }[],
  now: number,
  log?: (message: string) => void,
): number[] {
  const read = group.map((w) => readTime(w.batch, w.at));
  const taken = new Set(read.map((r) => (r === undefined ? now : r)).filter((r) => r <= now));
  const ahead = [...new Set(read.filter((r): r is number => r !== undefined && r > now))];
  const given = new Map<number, number>();
  let free = now;
  for (const r of ahead.sort((x, y) => y - x)) {
    while (taken.has(free)) free--;
    given.set(r, free--);
  }
  return read.map((r) => {
    if (r === undefined) return now;
    if (r <= now) return r;
    const time = given.get(r)!;
    log?.(
      // i18n-ignore: console log
      `PostLens: a batch read at ${shown(r)}, after now (the clock went back), is stored as of ${shown(time)}`,
    );
    return time;
  });
}

/**
 * A batch's result, saying so when its readings were stored as of `time`, before they were read
 * (`read`: the clock was set back): a re-dated reading is a change to the user's data, so the user
 * is told (the checked-readings notice), not only the worker's log. Their count is the posts the
 * batch stored, each reading re-dated.
 */
function withRetimed(r: RecordResult, read: number | undefined, time: number): RecordResult {
  if (!r.ok || r.duplicate || r.stored === 0 || read === undefined || read <= time) return r;
  return {
    ...r,
    retimed: r.stored,
    reasons: [...r.reasons, t('checks.retimed', shown(read), shown(time))],
  };
}

export class WriteQueue {
  private waiting: Waiting[] = [];
  private draining: Promise<void> | null = null;
  /** How many transactions ran; lets tests see that a burst shared one. */
  transactions = 0;

  constructor(private readonly deps: WriteQueueDeps) {}

  /** Stores batch; `at` is when it was read, for a batch handed off through storage. */
  record(batch: unknown, at?: number): Promise<RecordResult> {
    return new Promise((resolve) => {
      this.waiting.push({ batch, at, resolve });
      if (!this.draining) this.draining = this.drain();
    });
  }

  /** Resolves when everything queued so far is written (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    // One microtask turn first, so batches handed over in the same tick share a transaction.
    await Promise.resolve();
    while (this.waiting.length > 0) await this.write(this.waiting.splice(0));
    this.draining = null;
  }

  /** One transaction for every batch waiting, each stored as of when it was read. */
  private async write(group: Waiting[]): Promise<void> {
    let results: RecordResult[];
    try {
      const [db, settings] = await Promise.all([this.deps.db(), this.deps.settings()]);
      const now = this.deps.now();
      this.transactions++;
      const times = captureTimes(group, now, this.deps.log);
      const stored = await recordBatches(
        db,
        group.map((w) => w.batch),
        settings,
        now,
        this.deps.log,
        times,
      );
      results = stored.map((r, i) => withRetimed(r, readTime(group[i]!.batch, group[i]!.at), times[i]!));
    } catch (e) {
      const error = describeStorageError(e);
      results = group.map(() => ({ ok: false, error }));
    }
    for (const [i, w] of group.entries()) w.resolve(results[i]!);
    try {
      await this.deps.onWritten?.(results);
    } catch (e) {
      this.deps.log?.(`PostLens: after-write step failed: ${String(e)}`); // i18n-ignore: console log
    }
  }
}
