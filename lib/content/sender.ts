// Hands readings to the background so that none dies with the page. Every batch is first kept
// where it outlives the page (storage.local, `keep`), then sent; the background answers only once
// its IndexedDB transaction has committed, and removes the kept copy then. Until that answer the
// batch stays here and is sent again (Chrome stops an idle MV3 service worker at any time, and a
// message to a stopped or starting worker can fail); a page that is hidden or closing sends all
// it holds at once (`flush`). Should the page go first, the background takes the kept copy at its
// next start or as soon as it is written. A batch keeps its id throughout, so it is stored once.
// Readings that can be neither kept nor sent are counted and reported (`report`), for the popup.
// Timers run only while a batch is waiting, never while idle.
import { t } from '../i18n';
import type { HandedOffBatch, ReadingBatch, RecordResult, UnsavedReport } from '../messages';
import type { PostReading, ProfileReading } from '../types';
import { ANSWER_TIMEOUT_MS, BACKOFF_MS } from './send-timing';

export { ANSWER_TIMEOUT_MS };

export interface SenderOptions {
  send(batch: ReadingBatch): Promise<RecordResult>;
  /**
   * Keeps a batch outside the page until the background stores it; resolves once kept. Without
   * it (tests of the retry path alone) batches live in memory only.
   */
  keep?(handoff: HandedOffBatch): Promise<void>;
  /** Tells the background about readings given up on; rejects when it cannot be reached. */
  report?(lost: UnsavedReport): Promise<unknown>;
  onAck(batch: ReadingBatch, result: RecordResult & { ok: true }): void;
  setTimeout(cb: () => void, ms: number): unknown;
  /**
   * Cancels a setTimeout. With it, an answer that has not come in ANSWER_TIMEOUT_MS is given up
   * on and the batch sent again; without it (tests of other paths) a send waits for its answer.
   */
  clearTimeout?(handle: unknown): void;
  newId(): string;
  /** Date.now by default. */
  now?(): number;
  /** Posts per message; a feed page can hold thousands. */
  maxPosts?: number;
  /**
   * Batches held in memory while the background is away. Beyond it, batches already kept outside
   * the page are let go from memory (the background takes them from storage); only a batch that
   * could not be kept either is given up, and then counted and reported.
   */
  maxQueued?: number;
  warn?(message: string): void;
}

interface Entry {
  handoff: HandedOffBatch;
  kept: 'pending' | 'kept' | 'failed';
  sending: boolean;
  /** Counted as lost already (reported once, however often the page says it is going). */
  givenUp?: boolean;
}

const readingsIn = (b: ReadingBatch) => b.posts.length + (b.profile ? 1 : 0);

// Why readings were given up on, in the user's language: the popup shows the reason as it is
// reported (the content script has the browser's messages from its first line on).
export const LOST_OVERFLOW = t('content.lost.overflow');
export const LOST_PAGE_CLOSED = t('content.lost.pageClosed');

export class Sender {
  private queue: Entry[] = [];
  private busy = false;
  private retryTimer = false;
  private failures = 0;
  private stopped = false;
  private lost: UnsavedReport = { readings: 0, reason: '' };
  private reporting = false;
  /** Batches let go from memory because storage holds them (the background takes them there). */
  released = 0;

  constructor(private readonly opts: SenderOptions) {}

  /** Batches not yet acknowledged, held in memory. */
  get pending(): number {
    return this.queue.length;
  }

  /** The batches held in memory, oldest first. */
  get held(): ReadingBatch[] {
    return this.queue.map((e) => e.handoff.batch);
  }

  /** Readings given up on and not yet reported to the background. */
  get unreported(): number {
    return this.lost.readings;
  }

  enqueue(pageUrl: string, posts: PostReading[], profile: ProfileReading | null): void {
    if (this.stopped) return;
    const size = this.opts.maxPosts ?? 100;
    const chunks: PostReading[][] = [];
    for (let i = 0; i < posts.length; i += size) chunks.push(posts.slice(i, i + size));
    if (chunks.length === 0) chunks.push([]);
    const at = (this.opts.now ?? Date.now)();
    chunks.forEach((chunk, i) => {
      const batch: ReadingBatch = {
        batchId: this.opts.newId(),
        pageUrl,
        posts: chunk,
        profile: i === 0 ? profile : null,
        readAt: at,
      };
      const entry: Entry = { handoff: { batch, at }, kept: 'pending', sending: false };
      this.queue.push(entry);
      // Kept first, before the message goes: the page may be gone before any answer comes.
      this.keep(entry);
    });
    this.trim();
    void this.pump();
  }

  /** Sends every batch held now, without waiting for a retry timer (page hidden or closing). */
  flush(): void {
    if (this.stopped) return;
    for (const entry of this.queue) {
      if (entry.sending) continue;
      // Sent outside the pump: a batch the background did not take must still be tried again
      // (the pump may be idle, with no timer set, and a hidden page changes nothing to wake it).
      void this.attempt(entry).then((ok) => {
        if (!ok) this.retryLater();
      });
    }
  }

  /**
   * The page is going for good (pagehide, not into the back/forward cache): whatever is still
   * held is sent once more by flush(); a batch storage refused to keep may be lost with the page,
   * so it is reported now, while a message can still leave.
   */
  pageGone(): void {
    this.flush();
    for (const entry of this.queue) if (entry.kept === 'failed') this.giveUp(entry, LOST_PAGE_CLOSED);
    void this.reportLost();
  }

  stop(): void {
    this.stopped = true;
    const unkept = this.queue
      .filter((e) => e.kept !== 'kept')
      .reduce((n, e) => n + readingsIn(e.handoff.batch), 0);
    // The extension is gone (updated, reloaded or removed): nothing can be sent or reported now.
    // Kept batches are taken from storage by the next background; these could not be kept.
    // i18n-ignore: the developer console's log, not the page's or the extension's UI
    if (unkept > 0) this.opts.warn?.(`PostLens: extension stopped; ${unkept} readings could not be saved`);
  }

  private keep(entry: Entry): void {
    if (!this.opts.keep) {
      entry.kept = 'failed';
      return;
    }
    let kept: Promise<void>;
    try {
      kept = this.opts.keep(entry.handoff);
    } catch (e) {
      kept = Promise.reject(e);
    }
    kept.then(
      () => {
        if (entry.kept === 'pending') entry.kept = 'kept';
        this.trim();
      },
      (e: unknown) => {
        entry.kept = 'failed';
        // i18n-ignore: the developer console's log
        this.opts.warn?.(`PostLens: could not keep readings outside the page: ${String(e)}`);
        this.trim();
      },
    );
  }

  /** Holds at most maxQueued batches: lets kept ones go first, gives up unkept ones last. */
  private trim(): void {
    const max = this.opts.maxQueued ?? 200;
    if (this.queue.length <= max) return;
    let excess = this.queue.length - max;
    const release = new Set<Entry>();
    for (const e of this.queue) {
      if (excess === 0) break;
      if (e.kept === 'kept' && !e.sending) {
        release.add(e);
        excess--;
      }
    }
    this.released += release.size;
    for (const e of this.queue) {
      if (excess === 0) break;
      // Still being kept: wait for the answer (trim runs again then).
      if (e.kept === 'failed' && !e.sending) {
        release.add(e);
        this.giveUp(e, LOST_OVERFLOW);
        excess--;
      }
    }
    if (release.size > 0) this.queue = this.queue.filter((e) => !release.has(e));
    if (this.lost.readings > 0) void this.reportLost();
  }

  private giveUp(entry: Entry, reason: string): void {
    if (entry.givenUp) return;
    entry.givenUp = true;
    const n = readingsIn(entry.handoff.batch);
    this.lost = { readings: this.lost.readings + n, reason };
    // i18n-ignore: the developer console's log
    this.opts.warn?.(`PostLens: ${n} readings not saved: ${reason}`);
  }

  private async reportLost(): Promise<void> {
    if (this.reporting || !this.opts.report) return;
    this.reporting = true;
    try {
      while (this.lost.readings > 0) {
        const report = { ...this.lost };
        await this.opts.report(report);
        this.lost = { readings: this.lost.readings - report.readings, reason: this.lost.reason };
      }
    } catch {
      // Reported again with the next acknowledged batch, or when the page goes.
    } finally {
      this.reporting = false;
    }
  }

  /** Sends one batch; true when the background stored it (its transaction committed). */
  private async attempt(entry: Entry): Promise<boolean> {
    entry.sending = true;
    let result: RecordResult | undefined;
    try {
      result = await this.answer(entry.handoff.batch);
    } catch {
      result = undefined;
    }
    entry.sending = false;
    if (!result?.ok) return false;
    const i = this.queue.indexOf(entry);
    if (i >= 0) this.queue.splice(i, 1);
    if (!this.stopped) this.opts.onAck(entry.handoff.batch, result);
    return true;
  }

  /** The background's answer to `batch`, or undefined once ANSWER_TIMEOUT_MS passed without one. */
  private answer(batch: ReadingBatch): Promise<RecordResult | undefined> {
    const clear = this.opts.clearTimeout;
    if (!clear) return this.opts.send(batch);
    return new Promise((resolve, reject) => {
      const timer = this.opts.setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS);
      this.opts.send(batch).then(
        (r) => {
          clear(timer);
          resolve(r);
        },
        (e: unknown) => {
          clear(timer);
          reject(e);
        },
      );
    });
  }

  private async pump(): Promise<void> {
    if (this.busy || this.retryTimer || this.stopped) return;
    const entry = this.queue.find((e) => !e.sending);
    if (!entry) return;
    this.busy = true;
    const ok = await this.attempt(entry);
    this.busy = false;
    if (this.stopped) return;
    if (ok) {
      this.failures = 0;
      void this.reportLost();
      void this.pump();
      return;
    }
    this.retryLater();
  }

  /** No answer (worker stopped or restarting) or a storage failure: try again later. */
  private retryLater(): void {
    if (this.busy || this.retryTimer || this.stopped) return;
    const delay = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length - 1)]!;
    this.failures++;
    this.retryTimer = true;
    this.opts.setTimeout(() => {
      this.retryTimer = false;
      void this.pump();
    }, delay);
  }
}
