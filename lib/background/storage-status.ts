// The storage failures the popup warns of, kept in memory for speed and in storage.local so they
// survive the service worker stopping; the popup shows them (storageStatus message, or these items
// directly). A failure of a write that is tried again (readings the content script keeps until
// stored) is cleared by the next write that succeeds; a failed action that is not tried again (an
// import, a delete) stays told until the user dismisses it, whatever succeeds after it; a failed
// automatic prune until one succeeds (prune-schedule.ts).
import { storage } from '#imports';
import {
  type NotDoneAction,
  STORAGE_PROBLEM_DISMISSED_KEY,
  type StorageFailure,
  type StorageStatus,
} from '../messages';

export const EMPTY_STATUS: StorageStatus = { lastError: null, at: null };

export const storageStatusItem = storage.defineItem<StorageStatus>('local:storageStatus', {
  fallback: EMPTY_STATUS,
});

/** The time of the failed action the user dismissed (the page writes it, this worker only reads it). */
export const storageProblemDismissedItem = storage.defineItem<number>(
  `local:${STORAGE_PROBLEM_DISMISSED_KEY}`,
  {
    fallback: 0,
  },
);

/** The last automatic prune's failure: prune-schedule.ts writes it, and removes it once one succeeds. */
export const autoPruneFailedItem = storage.defineItem<StorageFailure | null>('local:autoPruneFailed', {
  fallback: null,
});

/** A failure as stored: storage.local can hold anything (an older version, a hand edit). */
export const isFailure = (v: unknown): v is StorageFailure =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as StorageFailure).error === 'string' &&
  typeof (v as StorageFailure).at === 'number' &&
  Number.isFinite((v as StorageFailure).at);

/** An item's value, or `fallback` when storage.local cannot be read: the rest of the status still answers. */
const readOr = <T>(item: { getValue(): Promise<T> }, fallback: T): Promise<T> =>
  item.getValue().catch(() => fallback);

export interface StatusTracker {
  get(): Promise<StorageStatus>;
  /** A write that is tried again failed (readings kept until stored): remember why. */
  failed(error: string, at: number): Promise<void>;
  /**
   * An action that is not tried again failed, so it was not done: told until the user dismisses
   * it, named by `action` when given.
   */
  notDone(error: string, at: number, action?: NotDoneAction): Promise<void>;
  /**
   * A write succeeded: a failure of a write tried again is fixed (the content script retried it);
   * an action that was not done is not, and stays told.
   */
  succeeded(): Promise<void>;
}

export function createStatusTracker(): StatusTracker {
  let current: StorageStatus | null = null;
  const held = async (): Promise<StorageStatus> => {
    if (current) return current;
    const stored = await storageStatusItem.getValue();
    // A failure (or success) noted while storage was read is newer than what it held.
    current ??= stored;
    return current;
  };
  // Each change applies to the status in memory at once (a storageStatus asked right after a
  // failure tells it), then is saved; saves run one after another, each of the newest status, so
  // two failures noted together both stay and storage ends with the last.
  let saving: Promise<unknown> = Promise.resolve();
  const change = async (next: (now: StorageStatus) => StorageStatus | null): Promise<void> => {
    if (!current) await held();
    const changed = next(current!);
    if (!changed) return;
    current = changed;
    const save = saving.then(() => storageStatusItem.setValue(current!));
    saving = save.catch(() => {});
    try {
      await save;
    } catch (e) {
      // storage.local can be full too; the in-memory status still answers storageStatus.
      console.warn('PostLens: could not save storage status', e);
    }
  };
  /** The status with its failed action (if any, and valid), never an `undefined` field. */
  const withNotDone = (lastError: string | null, at: number | null, notDone: unknown): StorageStatus =>
    isFailure(notDone) ? { lastError, at, notDone } : { lastError, at };

  return {
    async get() {
      const [own, dismissed, autoPrune] = await Promise.all([
        held(),
        readOr(storageProblemDismissedItem, 0),
        readOr(autoPruneFailedItem, null),
      ]);
      const notDone = isFailure(own.notDone) && own.notDone.at > dismissed ? own.notDone : null;
      const status = withNotDone(own.lastError, own.at, notDone);
      return isFailure(autoPrune) ? { ...status, autoPrune } : status;
    },
    failed(error, at) {
      return change((now) => withNotDone(error, at, now.notDone));
    },
    notDone(error, at, action) {
      const failure: StorageFailure = action ? { error, at, action } : { error, at };
      return change((now) => withNotDone(now.lastError, now.at, failure));
    },
    succeeded() {
      return change((now) => (now.lastError !== null ? withNotDone(null, null, now.notDone) : null));
    },
  };
}
