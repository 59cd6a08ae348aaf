// Breakout alerts for the watchlist (lib/watchlist/): after each committed write of readings, the
// written posts (those whose readings the batch check kept) that are starred, or whose author is,
// are checked against the user's thresholds (find-breakouts.ts), and each breakout becomes one
// browser notification (show-alerts.ts; cleared once what it shows is no longer watched,
// unwatched-alerts.ts, or its post is deleted).
// Only the posts just written are read (their last three snapshots far enough apart, and for a
// starred author the summaries of their other posts), so a write of posts nobody starred costs
// one storage.local read (and once per worker and per change of the stars, one of the author
// breakout records, to drop those an unstarred author left). Runs after the batch was answered: an
// alert never delays or fails a write. A post whose stored readings include a newer one than the
// batch's (a late batch: a closed page's hand-off, a retry) is not checked again. An alert is
// shown only once its record is kept: a record storage refuses never lets it show twice.

import { exclusive } from '../exclusive';
import type { Settings } from '../settings';
import type { PostLensDb } from '../store';
import { captureTime } from '../store';
import { getWatchlist } from '../watchlist';
import { browserNotifier, type Notifier } from './alert-notifier';
import {
  ALERT_RECORDS_LOCK,
  type AlertRecordsState,
  createNotShown,
  createSaveAlertRecords,
  type NotShown,
} from './alert-records';
import { createDropUnstarred } from './drop-unstarred';
import { findBreakouts } from './find-breakouts';
import { createShowAlerts } from './show-alerts';

export { ALERT_PREFIX, alertPostKey, listenForAlertClicks, openAlert } from './alert-clicks';
export { alertText, browserNotifier, type Notifier } from './alert-notifier';
export { type AuthorAlerted, alertedItem, authorAlertedItem, forgetAlertRecords } from './alert-records';
export { batchPostKeys } from './find-breakouts';
export { listenForUnwatchedAlerts, sweepUnwatchedAlerts } from './unwatched-alerts';

export interface WatchAlertDeps {
  db(): Promise<PostLensDb>;
  settings(): Promise<Pick<Settings, 'erPreference'>>;
  now(): number;
  warn(message: string): void;
  notifier?: Notifier;
  locale?: string;
  /**
   * Storage refused the alert records (the error in the user's words): told as the handlers tell
   * any storage failure, through the storage status the popup shows. The worker's log has it too.
   */
  storageFailed?(error: string): unknown;
}

export function createWatchAlerts(deps: WatchAlertDeps) {
  const notifier = deps.notifier ?? browserNotifier;
  let chain: Promise<unknown> = Promise.resolve();
  const state: AlertRecordsState = { noAuthorRecords: false };
  const save = createSaveAlertRecords(deps);
  const dropUnstarred = createDropUnstarred(deps, state, save);
  /**
   * Records of alerts never shown whose take-back storage refused: they stand as if the user had
   * been alerted, so the checks read past them (the next reading alerts) until a write of the
   * records, which leaves them out, is kept, or the record is gone or another. Kept for the browser
   * session (alert-records.ts): a worker started again reads past them too.
   */
  const notShownStore = createNotShown(deps);
  const checkFound = createShowAlerts(deps, notifier, state, save);

  /** Checks the posts of a batch just written, read at `at`; answers the ids of the notifications it created. */
  async function check(batch: unknown, at: number): Promise<string[]> {
    const list = await getWatchlist(deps.warn);
    await dropUnstarred(list);
    const { found: all, underAuthorThreshold } = await findBreakouts(deps, state, list, batch, at);
    if (all.length === 0 && underAuthorThreshold.length === 0) return [];
    const kept = await notShownStore.get();
    const notShown: NotShown = { alerted: { ...kept.alerted }, brokeOut: { ...kept.brokeOut } };
    let notShownChanged = false;
    try {
      return await checkFound(all, underAuthorThreshold, notShown, () => {
        notShownChanged = true;
      });
    } finally {
      if (notShownChanged) await notShownStore.set(notShown);
    }
  }

  /**
   * A batch was stored (its transaction committed): check it after whatever is checking now.
   * `handedOffAt`: when a hand-off says the batch was read; its readings carry the time the write
   * queue gave them (captureTime).
   */
  function written(batch: unknown, handedOffAt?: number): void {
    const posts = (batch as { posts?: unknown } | null)?.posts;
    if (!Array.isArray(posts) || posts.length === 0) return;
    const at = captureTime(batch, handedOffAt, deps.now());
    // Under the records' lock: records a delete forgets meanwhile are not written back by this check.
    chain = chain
      .then(() => exclusive(ALERT_RECORDS_LOCK, () => check(batch, at)))
      .catch((e: unknown) => deps.warn(`PostLens: watchlist alert failed: ${String(e)}`)); // i18n-ignore: console log
  }

  return {
    written,
    /**
     * Passes a write's result on, checking its batch when it was stored (the hand-off path); not
     * a batch found stored already, whose readings were checked when they were stored.
     */
    afterWrite<T extends { ok: boolean; duplicate?: boolean }>(
      batch: unknown,
      result: T,
      handedOffAt?: number,
    ): T {
      if (result.ok && !result.duplicate) written(batch, handedOffAt);
      return result;
    },
    /** Resolves once the checks started so far have finished (tests). */
    idle: async (): Promise<void> => {
      await chain;
    },
  };
}

export type WatchAlerts = ReturnType<typeof createWatchAlerts>;
