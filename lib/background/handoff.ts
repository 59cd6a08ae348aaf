// The background's side of the durable hand-off (lib/content/sender.ts). A content script keeps
// every batch in storage.local (handoffKey) before it sends it, so a batch whose page closed, or
// whose message a stopping worker never answered, is still there: the background takes such
// entries at start-up and whenever one is written, stores them through the same write queue as
// messages (the batches store drops a batchId seen before), and removes each key only after its
// IndexedDB transaction has committed. Entries the database refuses stay, are retried, and are
// counted for the popup; readings content scripts report as lost are counted there too. After
// "delete all data", entries read before the delete are removed unstored (deletedAllItem).

import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { exclusive } from '../exclusive';
import type { RecordResult, UnsavedReadings } from '../messages';
import { HANDOFF_PREFIX } from '../messages';
import { clearShown, heldItem, type Mark, withMark } from './held-item';

/** The parts of browser.storage.local the hand-off uses. */
export interface HandoffArea {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

export interface LostReadings {
  lost: number;
  reason: string | null;
  at: number | null;
}

export const NO_LOST_READINGS: LostReadings = { lost: 0, reason: null, at: null };

/** As kept: with the counts by the time they were reported, so a Dismiss clears only what its page showed. */
interface KeptLost extends LostReadings {
  marks?: Mark<'lost'>[];
}

const LOST = ['lost'] as const;

/** Each time's count; one kept before times were is taken as reported at its `at`. */
const lostMarksOf = (k: KeptLost): Mark<'lost'>[] =>
  k.marks ?? (k.lost > 0 ? [{ at: k.at ?? 0, lost: k.lost }] : []);

export const lostReadingsItem = storage.defineItem<KeptLost>('local:lostReadings', {
  fallback: NO_LOST_READINGS,
});

/**
 * When the user last deleted all data (epoch ms), or null. A hand-off read at or before it is
 * removed, not stored: the user asked for nothing to be kept, and it would bring back posts they
 * deleted (one waiting because the database refused it, one a drain had read as the delete ran,
 * or one a page wrote to storage just after). Kept in storage.local, so a worker started later
 * knows it too.
 */
export const deletedAllItem = storage.defineItem<number | null>('local:deletedAllAt', { fallback: null });
/** deletedAllItem's key in storage.local. */
const DELETED_ALL_KEY = 'deletedAllAt';

/**
 * Takes under way (each registered before its first await) and the "delete all" running, if one:
 * a delete waits for the takes begun before it, a take begun during a delete waits for it, so no
 * take checks the mark before a delete and stores after it. Empty between operations.
 */
const taking = new Set<Promise<unknown>>();
let deleting: Promise<unknown> | null = null;
/** Each hand-off's copy of the mark, told of a new one at once (without a read of storage). */
const markCopies = new Set<(at: number) => void>();

/** Runs `take` after any delete running now, counted as under way until it ends. */
function asTake(take: () => Promise<void>): Promise<void> {
  const run = (deleting ? deleting.then(take, take) : take()).finally(() => taking.delete(run));
  taking.add(run);
  return run;
}

/**
 * Runs `deleteAll` once no hand-off is being stored, holding new ones back; once it has committed
 * (`ok`), marks its time and removes the hand-offs read by then. The time is taken before the
 * delete starts: a batch read after it is the user's new browsing, stored as usual.
 */
export function deleteAllHandoffs<T extends { ok: boolean }>(
  deleteAll: () => Promise<T>,
  warn: (message: string) => void = console.warn,
  area: HandoffArea = browser.storage.local as unknown as HandoffArea,
): Promise<T> {
  // Taken now: a take begun from here on waits for this delete, so must not be waited for.
  const before = [deleting, ...taking];
  const run = (async () => {
    await Promise.allSettled(before);
    const at = Date.now();
    const result = await deleteAll();
    if (!result.ok) return result;
    for (const tell of markCopies) tell(at);
    try {
      await deletedAllItem.setValue(at);
    } catch (e) {
      warn(`PostLens: could not note when all data was deleted: ${String(e)}`); // i18n-ignore: console log
    }
    try {
      const all = await area.get(null);
      const gone = Object.entries(all)
        .filter(([key, value]) => key.startsWith(HANDOFF_PREFIX) && !readAfter(value, at))
        .map(([key]) => key);
      if (gone.length > 0) await area.remove(gone);
    } catch (e) {
      // The mark above still keeps them from being stored; they are removed when next taken.
      warn(`PostLens: could not remove the hand-offs of deleted data: ${String(e)}`); // i18n-ignore: console log
    }
    return result;
  })();
  const settled = run.then(
    () => {},
    () => {},
  );
  deleting = settled;
  void settled.then(() => {
    if (deleting === settled) deleting = null;
  });
  return run;
}

/** True for a readable hand-off read after `at` (one unreadable is removed when taken anyway). */
function readAfter(value: unknown, at: number): boolean {
  const read = isObject(value) ? value.at : undefined;
  return typeof read === 'number' && read > at;
}

export interface HandoffDeps {
  area: HandoffArea;
  /** Stores one batch read at `at`; resolves once its transaction has committed or failed. */
  record(batch: unknown, at: number): Promise<RecordResult>;
  now(): number;
  warn(message: string): void;
}

const MAX_REASON = 500;
const MAX_REPORTED = 1_000_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const readingsOf = (batch: unknown): number => {
  if (!isObject(batch)) return 0;
  const posts = Array.isArray(batch.posts) ? batch.posts.length : 0;
  return posts + (batch.profile ? 1 : 0);
};

export function createHandoff(deps: HandoffDeps) {
  /** Entries the database refused: key -> readings. */
  const waiting = new Map<string, number>();
  const toRemove = new Set<string>();
  let removal: Promise<void> | null = null;
  let draining: Promise<void> | null = null;
  let again = false;
  // Lost readings storage.local refused to keep (a full disk: often why they were lost) are held
  // in memory, so the popup still says so while this worker runs.
  const lost = heldItem(lostReadingsItem, deps.warn, 'the count of lost readings');
  const lostNow = lost.get;
  const keepLost = lost.set;

  /** Removes the keys of stored batches, many at once (batches of one transaction end together). */
  const forget = (key: string): Promise<void> => {
    toRemove.add(key);
    removal ??= Promise.resolve().then(async () => {
      const keys = [...toRemove];
      toRemove.clear();
      removal = null;
      try {
        await deps.area.remove(keys);
      } catch (e) {
        // Left in storage: taken again at the next start, then found already stored.
        deps.warn(`PostLens: could not remove stored hand-offs: ${String(e)}`); // i18n-ignore: console log
      }
    });
    return removal;
  };

  /** Stores the given hand-off entries (key -> HandedOffBatch); keys outside the prefix are ignored. */
  const take = (entries: Record<string, unknown>): Promise<void> => asTake(() => takeNow(entries));

  // The mark as stored, read once (a worker started after a delete), then kept up to date by
  // deleteAllHandoffs: a take checks it without waiting for storage.
  let mark: number | null | undefined;
  markCopies.add((at) => {
    mark = at;
  });
  // Read through the area itself (deletedAllItem's key there): WXT's item adds round trips a
  // take made at start-up would wait for.
  const markRead = deps.area.get(null).then(
    (all) => {
      const stored = all[DELETED_ALL_KEY];
      mark ??= typeof stored === 'number' && Number.isFinite(stored) ? stored : null;
      return mark;
    },
    (e: unknown) => {
      // deleteAllHandoffs removed what was waiting then; only a batch written just after is unchecked.
      deps.warn(`PostLens: could not read when all data was deleted: ${String(e)}`); // i18n-ignore: console log
      mark ??= null;
      return mark;
    },
  );

  const takeNow = async (entries: Record<string, unknown>): Promise<void> => {
    const own = Object.entries(entries).filter(([key]) => key.startsWith(HANDOFF_PREFIX));
    if (own.length === 0) return;
    const deleted = mark !== undefined ? mark : await markRead;
    await Promise.all(
      own.map(async ([key, value]) => {
        const at = isObject(value) ? value.at : undefined;
        if (!isObject(value) || !isObject(value.batch) || typeof at !== 'number' || !Number.isFinite(at)) {
          deps.warn(`PostLens: unreadable hand-off ${key} removed`); // i18n-ignore: console log
          waiting.delete(key);
          await forget(key);
          return;
        }
        if (deleted !== null && at <= deleted) {
          // Read before the user deleted all data: removed as the user asked, neither stored nor lost.
          deps.warn(`PostLens: hand-off ${key}, read before all data was deleted, removed`); // i18n-ignore: console log
          waiting.delete(key);
          await forget(key);
          return;
        }
        const result = await deps
          .record(value.batch, at)
          .catch((e: unknown): RecordResult => ({ ok: false, error: String(e) }));
        if (result.ok) {
          waiting.delete(key);
          await forget(key);
        } else {
          waiting.set(key, readingsOf(value.batch));
        }
      }),
    );
  };

  /** Takes every hand-off in storage; one run at a time, run again if asked meanwhile. */
  const drainAll = (): Promise<void> => {
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      do {
        again = false;
        const all = await deps.area.get(null);
        // A key gone from storage was stored another way (its message, after this copy was
        // refused) or removed: its readings no longer wait.
        for (const key of [...waiting.keys()]) if (!(key in all)) waiting.delete(key);
        await take(all);
      } while (again);
    })()
      .catch((e: unknown) => deps.warn(`PostLens: could not read hand-offs: ${String(e)}`)) // i18n-ignore: console log
      .finally(() => {
        draining = null;
      });
    return draining;
  };

  return {
    take,
    drainAll,
    forget,
    /**
     * Whether a batch a page sends as a message was read at or before the last "delete all": a page
     * left open retries a batch it could not hand off, and storing it would bring back what the user
     * deleted. Waits for a delete running now. A batch without a read time (an older content
     * script) is taken as read when it arrives, after any delete.
     */
    async readBeforeDeleteAll(batch: unknown): Promise<boolean> {
      if (deleting) await deleting;
      await markRead;
      const m = mark;
      const read = isObject(batch) ? batch.readAt : undefined;
      return typeof m === 'number' && typeof read === 'number' && read <= m;
    },
    get hasWaiting(): boolean {
      return waiting.size > 0;
    },

    /** A storage.local change: hand-offs just written are taken at once. */
    changed(changes: Record<string, { newValue?: unknown }>): Promise<void> {
      const added: Record<string, unknown> = {};
      for (const [key, change] of Object.entries(changes)) {
        // A removal has no newValue (null in some implementations): only additions are taken.
        if (key.startsWith(HANDOFF_PREFIX) && change.newValue != null) added[key] = change.newValue;
      }
      return Object.keys(added).length > 0 ? take(added) : Promise.resolve();
    },

    /** Counts readings a content script gave up on; false for a malformed report. */
    async report(data: unknown): Promise<boolean> {
      const readings = isObject(data) ? data.readings : undefined;
      const reason = isObject(data) ? data.reason : undefined;
      if (
        typeof readings !== 'number' ||
        !Number.isInteger(readings) ||
        readings < 1 ||
        readings > MAX_REPORTED ||
        typeof reason !== 'string'
      ) {
        return false;
      }
      // One count at a time: two reports read together would each add to the same old count.
      await exclusive('lostReadings', async () => {
        const before = await lostNow();
        const at = deps.now();
        await keepLost({
          lost: before.lost + readings,
          reason: reason.slice(0, MAX_REASON),
          at,
          marks: withMark(lostMarksOf(before), LOST, at, { lost: readings }),
        });
      });
      return true;
    },

    /** For the popup: tries the waiting entries once more, then counts what is still not stored. */
    async unsaved(): Promise<UnsavedReadings> {
      await drainAll();
      let pending = 0;
      for (const n of waiting.values()) pending += n;
      const lost = await lostNow();
      return { waiting: pending, lost: lost.lost, reason: lost.reason, at: lost.at };
    },

    /**
     * The user dismissed a notice that said `lost` readings were lost (and `at`, read with it):
     * those are no longer counted. Any reported since the page read the count stay (with the
     * newest reason), even when another page has dismissed meanwhile, so a loss is never cleared
     * unseen. Without `at`, the count is taken as the oldest readings. false for a malformed count.
     */
    async dismiss(data: unknown): Promise<boolean> {
      const shown = isObject(data) ? data.lost : undefined;
      const at = isObject(data) ? (data.at ?? undefined) : undefined;
      if (typeof shown !== 'number' || !Number.isInteger(shown) || shown < 0) return false;
      if (at !== undefined && (typeof at !== 'number' || !Number.isFinite(at))) return false;
      await exclusive('lostReadings', async () => {
        const now = await lostNow();
        const { marks, cleared } = clearShown(lostMarksOf(now), LOST, { lost: shown }, at);
        const left = now.lost - cleared.lost;
        await keepLost(left > 0 ? { ...now, lost: left, marks } : NO_LOST_READINGS);
      });
      return true;
    },
  };
}

export type Handoff = ReturnType<typeof createHandoff>;
