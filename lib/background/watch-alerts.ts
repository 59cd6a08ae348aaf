// Breakout alerts for the watchlist (lib/watchlist/): after each committed write of readings, the
// written posts (those whose readings the batch check kept) that are starred, or whose author is,
// are checked against the user's thresholds, and each breakout becomes one browser notification
// (cleared once what it shows is no longer watched, alert-notifier.ts, or its post is deleted).
// Only the posts just written are read (their last three snapshots far enough apart, and for a
// starred author the summaries of their other posts), so a write of posts nobody starred costs
// one storage.local read (and once per worker and per change of the stars, one of the author
// breakout records, to drop those an unstarred author left). Runs after the batch was answered: an
// alert never delays or fails a write. A post whose stored readings include a newer one than the
// batch's (a late batch: a closed page's hand-off, a retry) is not checked again. An alert is
// shown only once its record is kept: a record storage refuses never lets it show twice.

import { exclusive } from '../exclusive';
import type { Settings } from '../settings';
import type { PostLensDb, StoredPost } from '../store';
import { captureTime } from '../store';
import { type Breakout, getWatchlist } from '../watchlist';
import { ALERT_PREFIX } from './alert-clicks';
import { alertText, browserNotifier, type Notifier, watches } from './alert-notifier';
import {
  ALERT_RECORDS_LOCK,
  type AlertRecordsState,
  type AuthorAlerted,
  alertedAt,
  alertedBasis,
  alertedItem,
  authorAlertedItem,
  createNotShown,
  createSaveAlertRecords,
  type NotShown,
  withBasis,
} from './alert-records';
import { createDropUnstarred } from './drop-unstarred';
import { findBreakouts } from './find-breakouts';

export { ALERT_PREFIX, alertPostKey, listenForAlertClicks, openAlert } from './alert-clicks';
export { alertText, browserNotifier, listenForUnwatchedAlerts, type Notifier } from './alert-notifier';
export { type AuthorAlerted, alertedItem, authorAlertedItem, forgetAlertRecords } from './alert-records';
export { batchPostKeys } from './find-breakouts';

/** No more than one alert per post in this long. */
export const ALERT_EVERY_MS = 3_600_000;

/** A post's alert record of `at` holds its next alert back at `now`. */
const holdsBack = (at: number, now: number): boolean => now - at < ALERT_EVERY_MS && at <= now;

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

  /** check's part once breakouts are found: `notShown` is changed in place, and `changed` told. */
  async function checkFound(
    all: Awaited<ReturnType<typeof findBreakouts>>['found'],
    underAuthorThreshold: Awaited<ReturnType<typeof findBreakouts>>['underAuthorThreshold'],
    notShown: NotShown,
    changed: () => void,
  ): Promise<string[]> {
    const forget = (records: Record<string, number>, keys: Iterable<string>) => {
      for (const key of keys) {
        if (records[key] === undefined) continue;
        delete records[key];
        changed();
      }
    };
    // One whose record expired holds nothing back any more.
    const expiredAt = deps.now();
    forget(
      notShown.alerted,
      Object.keys(notShown.alerted).filter((k) => !holdsBack(notShown.alerted[k] ?? 0, expiredAt)),
    );
    // An author breakout alerted already is the same breakout until the post falls clearly under
    // the threshold on the basis it was alerted on (under AUTHOR_FALLEN_BACK of it: the median
    // moves with every post of the author read, and a post just under would alert again at the
    // same ER); one fallen back so may break out again. A record that names no basis (written
    // before it was kept) goes by the basis judged on now.
    const brokeOut: Record<string, AuthorAlerted> = { ...((await authorAlertedItem.getValue()) ?? {}) };
    let brokeOutChanged = false;
    for (const [key, at] of Object.entries(notShown.brokeOut)) {
      const record = brokeOut[key];
      if (record !== undefined && alertedAt(record) === at) {
        delete brokeOut[key];
        brokeOutChanged = true;
      } else forget(notShown.brokeOut, [key]); // gone (a delete, an unstar) or written anew: shown
    }
    for (const { key, under, basis } of underAuthorThreshold) {
      const record = brokeOut[key];
      if (record === undefined) continue;
      const alertedOn = alertedBasis(record) ?? basis;
      if (alertedOn !== null && under.includes(alertedOn)) {
        delete brokeOut[key];
        brokeOutChanged = true;
      }
    }
    const found = all.flatMap(([post, breakouts]): Array<[StoredPost, Breakout[]]> => {
      const left = breakouts.filter((b) => b.kind !== 'author' || brokeOut[post.key] === undefined);
      return left.length > 0 ? [[post, left]] : [];
    });
    if (found.length === 0 || !(await notifier.granted())) {
      if (brokeOutChanged && (await save(null, brokeOut)))
        forget(notShown.brokeOut, Object.keys(notShown.brokeOut));
      return [];
    }
    const now = deps.now();
    const before = await alertedItem.getValue();
    // Only recent entries are kept: an older one no longer holds an alert back.
    const alerted: Record<string, number> = {};
    for (const [k, at] of Object.entries(before ?? {}))
      if (typeof at === 'number' && holdsBack(at, now) && notShown.alerted[k] !== at) alerted[k] = at;
    // One whose record is gone or another (written anew) holds nothing back any more.
    forget(
      notShown.alerted,
      Object.keys(notShown.alerted).filter((k) => before?.[k] !== notShown.alerted[k]),
    );
    // The stars read again, just before the records are written and the alerts shown: one taken
    // off (or alerts switched off) while this check read storage alerts for nothing no longer
    // watched, and holds no later alert back. One taken off after this read has its alert cleared
    // once this check is done (listenForUnwatchedAlerts waits for the records' lock).
    const watched = await getWatchlist(deps.warn);
    // Recorded before shown: an alert whose record storage refuses is not shown (the next reading
    // tries again), so no breakout is ever notified twice for a record that was never kept.
    const due = found.flatMap(([post, breakouts]): Array<[StoredPost, Breakout[]]> => {
      const left = breakouts.filter((b) => watches(watched, post, b));
      return alerted[post.key] === undefined && left.length > 0 ? [[post, left]] : [];
    });
    const added = new Set<string>();
    for (const [post, breakouts] of due) {
      alerted[post.key] = now;
      const author = breakouts.find((b) => b.kind === 'author');
      if (author) {
        brokeOut[post.key] = {
          at: now,
          ...(post.authorKey && { author: post.authorKey }),
          ...withBasis(author.basis ?? null),
        };
        brokeOutChanged = true;
        added.add(post.key);
      }
    }
    if (!(await save(alerted, brokeOutChanged ? brokeOut : null))) return [];
    forget(notShown.alerted, Object.keys(notShown.alerted));
    if (brokeOutChanged) forget(notShown.brokeOut, Object.keys(notShown.brokeOut));
    if (added.size > 0) state.noAuthorRecords = false;
    const created: string[] = [];
    const refused: string[] = [];
    for (const [post, breakouts] of due) {
      const { title, message } = alertText(post, breakouts);
      const id = `${ALERT_PREFIX}${post.key}`;
      // One notification the browser refuses is said, and neither stops the other posts' alerts
      // nor keeps its record (it would hold the next reading's alert back, never shown).
      try {
        await notifier.create(id, title, message);
        created.push(id);
      } catch (e) {
        deps.warn(`PostLens: watchlist alert for ${post.key} failed: ${String(e)}`); // i18n-ignore: console log
        refused.push(post.key);
      }
    }
    if (refused.length > 0) {
      for (const key of refused) {
        delete alerted[key];
        if (added.has(key)) delete brokeOut[key];
      }
      // Storage refusing the take-back too (said as a storage failure): remembered for the session
      // instead.
      if (!(await save(alerted, brokeOut))) {
        for (const key of refused) {
          notShown.alerted[key] = now;
          if (added.has(key)) notShown.brokeOut[key] = now;
        }
        changed();
      }
    }
    return created;
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
