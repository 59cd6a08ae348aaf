// Sends readings to the background in batches and retries each batch until the background
// acknowledges it: Chrome stops an idle MV3 service worker at any time, and a message sent while
// it is stopped or starting can fail. A batch keeps its id across retries, so the background
// stores it exactly once. Timers run only while a batch is waiting, never while idle.
import type { ReadingBatch, RecordResult } from '../messages';
import type { PostReading, ProfileReading } from '../types';

export interface SenderOptions {
  send(batch: ReadingBatch): Promise<RecordResult>;
  onAck(batch: ReadingBatch, result: RecordResult & { ok: true }): void;
  setTimeout(cb: () => void, ms: number): unknown;
  newId(): string;
  /** Posts per message; a feed page can hold thousands. */
  maxPosts?: number;
  /** Batches kept while the background is away; the oldest is dropped beyond this. */
  maxQueued?: number;
  warn?(message: string): void;
}

const BACKOFF_MS = [100, 250, 500, 1000, 2000, 5000, 10_000];

export class Sender {
  private queue: ReadingBatch[] = [];
  private busy = false;
  private failures = 0;
  private stopped = false;

  constructor(private readonly opts: SenderOptions) {}

  get pending(): number {
    return this.queue.length;
  }

  enqueue(pageUrl: string, posts: PostReading[], profile: ProfileReading | null): void {
    const size = this.opts.maxPosts ?? 100;
    const chunks: PostReading[][] = [];
    for (let i = 0; i < posts.length; i += size) chunks.push(posts.slice(i, i + size));
    if (chunks.length === 0) chunks.push([]);
    chunks.forEach((chunk, i) => {
      this.queue.push({
        batchId: this.opts.newId(),
        pageUrl,
        posts: chunk,
        profile: i === 0 ? profile : null,
      });
    });
    const max = this.opts.maxQueued ?? 200;
    while (this.queue.length > max) {
      const dropped = this.queue.shift();
      this.opts.warn?.(`PostLens: background unreachable, dropped ${dropped?.posts.length ?? 0} readings`);
    }
    void this.pump();
  }

  stop(): void {
    this.stopped = true;
  }

  private async pump(): Promise<void> {
    if (this.busy || this.stopped) return;
    const batch = this.queue[0];
    if (!batch) return;
    this.busy = true;
    let result: RecordResult | undefined;
    try {
      result = await this.opts.send(batch);
    } catch {
      result = undefined;
    }
    this.busy = false;
    if (this.stopped) return;
    if (result?.ok) {
      this.failures = 0;
      if (this.queue[0] === batch) this.queue.shift();
      this.opts.onAck(batch, result);
      void this.pump();
      return;
    }
    // No answer (worker stopped or restarting) or a storage failure: try the same batch again.
    const delay = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length - 1)]!;
    this.failures++;
    this.opts.setTimeout(() => void this.pump(), delay);
  }
}
