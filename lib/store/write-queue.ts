// Coalesces bursts of recordReadings into one transaction each. While a transaction runs, new
// batches wait; when it ends, all that arrived meanwhile are written together. Nothing is timed:
// when the queue is empty nothing runs, so the service worker can go idle. A batch's promise
// resolves only after its transaction has committed (recordBatches awaits tx.done), so an
// acknowledgement means the readings are on disk.

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
  /** When the batch was read, if it arrived late (a hand-off taken from storage). */
  at: number | undefined;
  resolve(result: RecordResult): void;
}

/** A batch read longer ago than this keeps its own time; a fresher one is stored as of now. */
export const LATE_BATCH_MS = 60_000;

export class WriteQueue {
  private waiting: Waiting[] = [];
  private draining: Promise<void> | null = null;
  /** How many transactions ran; lets tests see that a burst shared one. */
  transactions = 0;

  constructor(private readonly deps: WriteQueueDeps) {}

  /** Stores batch; `at` is when it was read, for a batch that may arrive late. */
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
    while (this.waiting.length > 0) {
      const all = this.waiting.splice(0);
      // One transaction per capture time: fresh batches all as of now, a late one at its own time.
      const now = this.deps.now();
      const byTime = new Map<number, Waiting[]>();
      for (const w of all) {
        const t = w.at !== undefined && Number.isFinite(w.at) && now - w.at > LATE_BATCH_MS ? w.at : now;
        const same = byTime.get(t);
        if (same) same.push(w);
        else byTime.set(t, [w]);
      }
      for (const [time, group] of byTime) await this.write(group, time);
    }
    this.draining = null;
  }

  private async write(group: Waiting[], now: number): Promise<void> {
    let results: RecordResult[];
    try {
      const [db, settings] = await Promise.all([this.deps.db(), this.deps.settings()]);
      this.transactions++;
      results = await recordBatches(
        db,
        group.map((w) => w.batch),
        settings,
        now,
        this.deps.log,
      );
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
