// A recording call's work inside its one transaction: every record its readings touch read in
// waves (record-reads.ts), the readings applied in memory in order (authors:
// record-author-reading.ts, posts: record-post-reading.ts, to the records in record-call-state.ts;
// each sees the ones before it, as one-at-a-time writes would; one left out as unchanged is
// compared again when a later one of the call goes in before it: left-out-readings.ts), then every
// write issued at once (record-commit.ts). recorder.ts validates the batches and runs this.

import type { ReadingBatch } from '../messages';
import { applyAuthorReading } from './record-author-reading';
import { CallState } from './record-call-state';
import { commitCall } from './record-commit';
import { applyPostReading } from './record-post-reading';
import { readCall } from './record-reads';
import type { WriteTx } from './transactions';

/**
 * A call's reads, then its readings applied in memory exactly as one-at-a-time writes would
 * apply them (each reading sees the ones before it), then its writes.
 */
export class Writes {
  private constructor(
    private readonly tx: WriteTx,
    private readonly call: CallState,
  ) {}

  /** Reads what the batches can touch (record-reads.ts), for their readings to be applied to. */
  static async read(
    tx: WriteTx,
    batches: readonly ReadingBatch[],
    times: readonly number[],
  ): Promise<Writes> {
    return new Writes(tx, new CallState(await readCall(tx, batches, times)));
  }

  /** False when the batch id is already stored (or earlier in this call); else claims it. */
  claimBatch(batchId: string, now: number): boolean {
    if (this.call.seenBatches.has(batchId)) return false;
    this.call.seenBatches.add(batchId);
    this.call.batchIds.push({ batchId, at: now });
    return true;
  }

  batch(batch: ReadingBatch, interval: number, now: number): void {
    const { call } = this;
    const { profile: p } = batch;
    if (p) applyAuthorReading(call, p.platform, p.handle, p.name, p.followers, interval, now);
    for (const reading of batch.posts) applyPostReading(call, reading, interval, now);
  }

  /** Issues every write at once and waits for the commit (record-commit.ts). */
  commit(): Promise<void> {
    return commitCall(this.tx, this.call);
  }
}
