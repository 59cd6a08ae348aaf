// The background's side of the durable hand-off (lib/content/sender.ts). A content script keeps
// every batch in storage.local (handoffKey) before it sends it, so a batch whose page closed, or
// whose message a stopping worker never answered, is still there: the background takes such
// entries at start-up and whenever one is written, stores them through the same write queue as
// messages (the batches store drops a batchId seen before), and removes each key only after its
// IndexedDB transaction has committed. Entries the database refuses stay, are retried, and are
// counted for the popup; readings content scripts report as lost are counted there too. After
// "delete all data", entries read before the delete are removed unstored; after a post or an
// author is deleted, the readings of them in a batch read before it are left out, the rest of the
// batch is stored (delete-marks.ts).

import { storage } from '#imports';
import { isObject } from '../check-fields';
import { exclusive } from '../exclusive';
import type { RecordResult, UnsavedReadings } from '../messages';
import { HANDOFF_PREFIX, isTime } from '../messages';
import type { HandoffArea } from './delete-marks';
import { asTake, watchDeletes } from './delete-marks';
import { clearShown, heldItem, type Mark, marksOf, withMark } from './held-item';

export type { HandoffArea };

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

export const lostReadingsItem = storage.defineItem<KeptLost>('local:lostReadings', {
  fallback: NO_LOST_READINGS,
});

export interface HandoffDeps {
  area: HandoffArea;
  /** Stores one batch read at `at`; resolves once its transaction has committed or failed. */
  record(batch: unknown, at: number): Promise<RecordResult>;
  now(): number;
  warn(message: string): void;
}

const MAX_REASON = 500;
const MAX_REPORTED = 1_000_000;

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

  const deletes = watchDeletes(deps.area, deps.warn);

  const takeNow = async (entries: Record<string, unknown>): Promise<void> => {
    const own = Object.entries(entries).filter(([key]) => key.startsWith(HANDOFF_PREFIX));
    if (own.length === 0) return;
    // The stored keys deleted one by one are read with the mark; a delete since may have told a newer mark.
    await deletes.ready;
    const deleted = deletes.allDeletedAt();
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
        const kept = deletes.without(value.batch, at);
        if (kept.left > 0) {
          const left = `${kept.left} readings of posts or authors deleted since`; // i18n-ignore: console log
          deps.warn(`PostLens: hand-off ${key}: ${left} left out`); // i18n-ignore: console log
          if (readingsOf(kept.batch) === 0) {
            waiting.delete(key);
            await forget(key);
            return;
          }
        }
        const result = await deps
          .record(kept.batch, at)
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
     * deleted. Asked within asTake (below), which waits for a delete running now. A batch without
     * a read time (an older content script) is taken as read when it arrives, after any delete.
     */
    async readBeforeDeleteAll(batch: unknown): Promise<boolean> {
      await deletes.ready;
      const m = deletes.allDeletedAt();
      const read = isObject(batch) ? batch.readAt : undefined;
      return typeof m === 'number' && typeof read === 'number' && read <= m;
    },
    /**
     * A batch a page sends as a message, without the readings of the posts and authors deleted
     * since it was read (withoutDeleted), and how many that left out. Asked within asTake, as
     * readBeforeDeleteAll. A batch without a read time is taken as read when it arrives, after any
     * delete: kept whole.
     */
    async withoutDeleted(batch: unknown): Promise<{ batch: unknown; left: number }> {
      await deletes.ready;
      const read = isObject(batch) ? batch.readAt : undefined;
      return isTime(read) ? deletes.without(batch, read) : { batch, left: 0 };
    },
    /**
     * Runs `store` (a batch sent as a message, checked and stored) as a take: a delete begun
     * meanwhile waits for it, and it waits for a delete running now. `store` must not wait for a
     * delete itself: that delete would be waiting for it.
     */
    asTake: <T>(store: () => Promise<T>): Promise<T> => asTake(store),
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
          marks: withMark(marksOf(before, LOST), LOST, at, { lost: readings }),
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
        const { marks, cleared } = clearShown(marksOf(now, LOST), LOST, { lost: shown }, at);
        const left = now.lost - cleared.lost;
        await keepLost(left > 0 ? { ...now, lost: left, marks } : NO_LOST_READINGS);
      });
      return true;
    },
  };
}

export type Handoff = ReturnType<typeof createHandoff>;
