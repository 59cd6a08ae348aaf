// The storage failures the popup warns of, kept in memory for speed and in storage.local so they
// survive the service worker stopping; the popup shows them (storageStatus message, or these items
// directly). A failure of a write that is tried again (readings the content script keeps until
// stored) is cleared by the next write that succeeds; a failed action that is not tried again (an
// import, a delete) stays told until the user dismisses it, whatever succeeds after it, and so
// does each one that fails after it (the newest NOT_DONE_KEPT listed, the count of any earlier); a
// failed automatic prune until one succeeds (prune-schedule.ts).
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

/**
 * How many actions not done the status lists (notDone and notDoneEarlier): the warning stays a few
 * lines however often the disk refuses; earlier ones are counted (notDoneOmitted), not listed.
 */
export const NOT_DONE_KEPT = 5;

/** A failure as stored: storage.local can hold anything (an older version, a hand edit). */
export const isFailure = (v: unknown): v is StorageFailure =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as StorageFailure).error === 'string' &&
  typeof (v as StorageFailure).at === 'number' &&
  Number.isFinite((v as StorageFailure).at);

type Omitted = NonNullable<StorageStatus['notDoneOmitted']>;
const isOmitted = (v: unknown): v is Omitted =>
  typeof v === 'object' &&
  v !== null &&
  Number.isSafeInteger((v as Omitted).count) &&
  (v as Omitted).count > 0 &&
  typeof (v as Omitted).at === 'number' &&
  Number.isFinite((v as Omitted).at);

/**
 * The actions not done that `status` holds, newest first, of those that failed after `dismissed`:
 * `notDone` then `notDoneEarlier`, each checked; a status an older version stored has `notDone` alone.
 */
const notDoneList = (status: StorageStatus, dismissed: number): StorageFailure[] => {
  const earlier: unknown = status.notDoneEarlier;
  return [status.notDone, ...(Array.isArray(earlier) ? earlier : [])].filter(
    (f): f is StorageFailure => isFailure(f) && f.at > dismissed,
  );
};

/** The count of earlier actions not listed, if any failed after `dismissed`. */
const omittedAfter = (status: StorageStatus, dismissed: number): Omitted | null =>
  isOmitted(status.notDoneOmitted) && status.notDoneOmitted.at > dismissed ? status.notDoneOmitted : null;

/** An item's value, or `fallback` when storage.local cannot be read: the rest of the status still answers. */
const readOr = <T>(item: { getValue(): Promise<T> }, fallback: T): Promise<T> =>
  item.getValue().catch(() => fallback);

export interface StatusTracker {
  get(): Promise<StorageStatus>;
  /** A write that is tried again failed (readings kept until stored): remember why. */
  failed(error: string, at: number): Promise<void>;
  /**
   * An action that is not tried again failed, so it was not done: told until the user dismisses
   * it, named by `action` when given, beside those not done before it (newest first).
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
  /**
   * The status with its failed actions (`list`, newest first) and the count of those not listed,
   * never an `undefined` field.
   */
  const withNotDone = (
    lastError: string | null,
    at: number | null,
    list: readonly StorageFailure[],
    omitted: Omitted | null,
  ): StorageStatus => {
    const status: StorageStatus = { lastError, at };
    const [newest, ...earlier] = list;
    if (newest) status.notDone = newest;
    if (earlier.length > 0) status.notDoneEarlier = earlier;
    if (omitted) status.notDoneOmitted = omitted;
    return status;
  };
  /** The same failed actions as `now`, with another write's failure (or none). */
  const keepNotDone = (lastError: string | null, at: number | null, now: StorageStatus): StorageStatus =>
    withNotDone(
      lastError,
      at,
      notDoneList(now, Number.NEGATIVE_INFINITY),
      omittedAfter(now, Number.NEGATIVE_INFINITY),
    );

  return {
    async get() {
      const [own, dismissed, autoPrune] = await Promise.all([
        held(),
        readOr(storageProblemDismissedItem, 0),
        readOr(autoPruneFailedItem, null),
      ]);
      const status = withNotDone(
        own.lastError,
        own.at,
        notDoneList(own, dismissed),
        omittedAfter(own, dismissed),
      );
      return isFailure(autoPrune) ? { ...status, autoPrune } : status;
    },
    failed(error, at) {
      return change((now) => keepNotDone(error, at, now));
    },
    async notDone(error, at, action) {
      const failure: StorageFailure = action ? { error, at, action } : { error, at };
      // Those the user dismissed are told no more: they leave the list rather than push out one
      // that is still told.
      const dismissed = await readOr(storageProblemDismissedItem, 0);
      return change((now) => {
        const all = [failure, ...notDoneList(now, dismissed)];
        const dropped = all.slice(NOT_DONE_KEPT);
        let omitted = omittedAfter(now, dismissed);
        if (dropped.length > 0)
          omitted = {
            count: (omitted?.count ?? 0) + dropped.length,
            at: Math.max(omitted?.at ?? Number.NEGATIVE_INFINITY, ...dropped.map((f) => f.at)),
          };
        return withNotDone(now.lastError, now.at, all.slice(0, NOT_DONE_KEPT), omitted);
      });
    },
    succeeded() {
      return change((now) => (now.lastError !== null ? keepNotDone(null, null, now) : null));
    },
  };
}
