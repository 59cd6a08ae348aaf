// A check's alerts once breakouts are found (watch-alerts.ts): the author breakouts that ended,
// the records of the alerts due written (one storage.local write), then each alert shown, and the
// records of those the browser refused taken back. An alert is shown only once its record is kept.

import type { StoredPost } from '../store';
import { ALERT_EVERY_MS, type Breakout, getWatchlist } from '../watchlist';
import { ALERT_PREFIX } from './alert-clicks';
import { alertText, type Notifier, watches } from './alert-notifier';
import {
  type AlertRecordsState,
  type AuthorAlerted,
  alertedAt,
  alertedBasis,
  alertedItem,
  authorAlertedItem,
  type createSaveAlertRecords,
  type NotShown,
  withBasis,
} from './alert-records';
import type { findBreakouts } from './find-breakouts';

/** A post's alert record of `at` holds its next alert back at `now`. */
const holdsBack = (at: number, now: number): boolean => now - at < ALERT_EVERY_MS && at <= now;

type Found = Awaited<ReturnType<typeof findBreakouts>>;

/** What showing the alerts reads and tells (WatchAlertDeps); `save` writes the records (alert-records.ts). */
export interface ShowDeps {
  now(): number;
  warn(message: string): void;
}

export function createShowAlerts(
  deps: ShowDeps,
  notifier: Notifier,
  state: AlertRecordsState,
  save: ReturnType<typeof createSaveAlertRecords>,
) {
  /** check's part once breakouts are found: `notShown` is changed in place, and `changed` told. */
  return async function checkFound(
    all: Found['found'],
    underAuthorThreshold: Found['underAuthorThreshold'],
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
  };
}
