// Coalesces bursts of recordReadings into one transaction each. While a transaction runs, new
// batches wait; when it ends, all that arrived meanwhile are written together. Nothing is timed:
// when the queue is empty nothing runs, so the service worker can go idle.

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
  resolve(result: RecordResult): void;
}

export class WriteQueue {
  private waiting: Waiting[] = [];
  private draining: Promise<void> | null = null;
  /** How many transactions ran; lets tests see that a burst shared one. */
  transactions = 0;

  constructor(private readonly deps: WriteQueueDeps) {}

  record(batch: unknown): Promise<RecordResult> {
    return new Promise((resolve) => {
      this.waiting.push({ batch, resolve });
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
      const group = this.waiting.splice(0);
      let results: RecordResult[];
      try {
        const [db, settings] = await Promise.all([this.deps.db(), this.deps.settings()]);
        this.transactions++;
        results = await recordBatches(
          db,
          group.map((w) => w.batch),
          settings,
          this.deps.now(),
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
        this.deps.log?.(`PostLens: after-write step failed: ${String(e)}`);
      }
    }
    this.draining = null;
  }
}
