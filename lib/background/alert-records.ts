// The watchlist's alert records in storage.local: when each post last alerted, and the author
// breakouts alerted (watch-alerts.ts), with what a record says and the one write of both.

import { storage } from '#imports';
import { exclusive } from '../exclusive';
import { t } from '../i18n';
import type { ErBasis } from '../metrics';
import { describeStorageError } from '../store';
import { clearAlerts, shownAlerts } from './alert-clicks';

/** When each post last alerted (epoch ms), so a worker restart does not alert twice in an hour. */
export const alertedItem = storage.defineItem<Record<string, number>>('local:watchAlerted', {
  fallback: {},
});

/**
 * An author breakout alerted: when (epoch ms), the ER basis it was judged on, and the post's author
 * (whose star the record serves). A bare number is a record written before the basis was kept; one
 * without `author`, before the author was kept.
 */
export type AuthorAlerted = number | { at: number; basis?: ErBasis; author?: string };

/**
 * The posts whose author breakout was alerted, kept while each stays broken out: a post at 3× its
 * author's median is read again and again, and says nothing new until it has fallen under the
 * threshold on the basis it was alerted on (its key is then taken out) and broken out anew. With
 * ER by views where shown, else by followers, a reading on a page that shows no views is judged by
 * followers, which says nothing of the post's ER by views. At most this many, newest; and a record
 * goes once its author is unstarred (unless the post is starred itself), at the first check after.
 */
export const authorAlertedItem = storage.defineItem<Record<string, AuthorAlerted>>(
  'local:watchAuthorAlerted',
  {
    fallback: {},
  },
);
const MAX_AUTHOR_ALERTED = 5_000;

export const ER_BASES: readonly ErBasis[] = ['views', 'followers'];

/** When a record (as stored: anything) was alerted; 0 when it does not say. */
export const alertedAt = (r: unknown): number =>
  typeof r === 'number'
    ? r
    : typeof (r as { at?: unknown } | null)?.at === 'number'
      ? (r as { at: number }).at
      : 0;

/** The author a record serves; undefined for one that does not say (an older record). */
export const alertedAuthor = (r: unknown): string | undefined => {
  const author = (r as { author?: unknown } | null)?.author;
  return typeof author === 'string' ? author : undefined;
};

/** A record's basis field: none for a breakout judged on no basis given. */
export const withBasis = (basis: ErBasis | null): { basis?: ErBasis } => (basis ? { basis } : {});

/** The basis a record's breakout was judged on; null for one that does not say (an older record). */
export const alertedBasis = (r: unknown): ErBasis | null => {
  const basis = (r as { basis?: unknown } | null)?.basis;
  return ER_BASES.find((b) => b === basis) ?? null;
};

/**
 * The lock every read-change-write of the records takes (lib/exclusive.ts): a check holds the
 * records it read until it writes them back, so records forgotten meanwhile would come back.
 */
export const ALERT_RECORDS_LOCK = 'watchAlertRecords';

/**
 * Removes the records of the posts deleted (all: every record), after any check that holds the
 * records now and before the next, and clears their alerts still in the notification centre (a
 * click would open a post that is gone). Derived records: if storage or the notifications API
 * refuses, the delete stands and the worker's log says so.
 */
export function forgetAlertRecords(posts: ReadonlySet<string> | 'all'): Promise<void> {
  const forget = async <V>(item: {
    getValue(): Promise<Record<string, V>>;
    setValue(value: Record<string, V>): Promise<void>;
  }) => {
    try {
      const before = await item.getValue();
      const after = Object.fromEntries(
        Object.entries(before).filter(([k]) => posts !== 'all' && !posts.has(k)),
      );
      if (Object.keys(after).length !== Object.keys(before).length) await item.setValue(after);
    } catch (e) {
      console.warn('PostLens: the alert records of deleted posts could not be removed', e); // i18n-ignore: console log
    }
  };
  return exclusive(ALERT_RECORDS_LOCK, async () => {
    await forget(alertedItem);
    await forget(authorAlertedItem);
    try {
      const shown = await shownAlerts();
      await clearAlerts(posts === 'all' ? shown : shown.filter((k) => posts.has(k)));
    } catch (e) {
      console.warn('PostLens: the alerts of deleted posts could not be cleared', e); // i18n-ignore: console log
    }
  });
}

/**
 * Alerts never shown whose take-back storage refused (show-alerts.ts): each post's key with the
 * time of its record that stands as if the user had been alerted. In storage.session, not the
 * worker's memory alone: a Manifest V3 worker stopped after 30 s idle would otherwise start again
 * with the stale records holding the next alerts back (up to an hour) for breakouts never seen.
 */
export interface NotShown {
  alerted: Record<string, number>;
  brokeOut: Record<string, number>;
}

export const notShownItem = storage.defineItem<NotShown>('session:watchAlertsNotShown', {
  fallback: { alerted: {}, brokeOut: {} },
});

/** The times of a record as stored (anything): those that are numbers. */
const times = (v: unknown): Record<string, number> =>
  Object.fromEntries(
    Object.entries(typeof v === 'object' && v !== null ? v : {}).filter(([, at]) => typeof at === 'number'),
  );

/**
 * A worker's alerts never shown: read from storage.session once per worker, then kept in memory
 * and written through. Session storage refusing is said in the worker's log and never fails a
 * check: this worker goes on by its memory (as before the session kept it).
 */
export function createNotShown(deps: { warn(message: string): void }) {
  let kept: NotShown | null = null;
  return {
    async get(): Promise<NotShown> {
      if (kept) return kept;
      try {
        const stored = (await notShownItem.getValue()) as Partial<NotShown> | null;
        kept = { alerted: times(stored?.alerted), brokeOut: times(stored?.brokeOut) };
      } catch (e) {
        deps.warn(`PostLens: the watchlist alerts never shown could not be read: ${String(e)}`); // i18n-ignore: console log
        kept = { alerted: {}, brokeOut: {} };
      }
      return kept;
    },
    async set(next: NotShown): Promise<void> {
      kept = next;
      try {
        await notShownItem.setValue(next);
      } catch (e) {
        deps.warn(`PostLens: the watchlist alerts never shown could not be kept: ${String(e)}`); // i18n-ignore: console log
      }
    },
  };
}

/** What a worker's alert checks know of the author breakout records without reading them. */
export interface AlertRecordsState {
  /** No author breakout is recorded (authorAlertedItem is empty): alerts off, nothing to end. */
  noAuthorRecords: boolean;
}

/** Where a refused write of the records is told (WatchAlertDeps). */
export interface SaveDeps {
  warn(message: string): void;
  storageFailed?(error: string): unknown;
}

/**
 * Writes the alert records given, both in one storage.local write. Storage refusing is said as a
 * storage failure and answered false: the caller then shows nothing whose record is not kept.
 */
export function createSaveAlertRecords(deps: SaveDeps) {
  return async function save(
    alerted: Record<string, number> | null,
    brokeOut: Record<string, AuthorAlerted> | null,
  ): Promise<boolean> {
    const items: Array<{ item: typeof alertedItem | typeof authorAlertedItem; value: object }> = [];
    if (alerted) items.push({ item: alertedItem, value: alerted });
    if (brokeOut) {
      const newest = Object.entries(brokeOut)
        .sort((x, y) => alertedAt(y[1]) - alertedAt(x[1]))
        .slice(0, MAX_AUTHOR_ALERTED);
      items.push({ item: authorAlertedItem, value: Object.fromEntries(newest) });
    }
    if (items.length === 0) return true;
    try {
      await storage.setItems(items);
      return true;
    } catch (e) {
      const error = t('background.alertRecordsFailed', describeStorageError(e));
      deps.warn(`PostLens: ${error}`); // i18n-ignore: console log
      await deps.storageFailed?.(error);
      return false;
    }
  };
}
