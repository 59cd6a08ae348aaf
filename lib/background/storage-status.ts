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

export const storageStatusItem = storage.defineItem<StoredStatus>('local:storageStatus', {
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

/**
 * How many earlier actions not done keep their own time (the newest of them): a dismissal between
 * them then leaves exactly those after it counted. Past that, the earliest are only counted, by
 * the newest of their times, as an older version counted them all; the stored status stays a few
 * KB, read whenever a page shows the warning.
 */
export const OMITTED_TIMES_KEPT = 100;

/**
 * The earlier actions not done as stored: `count` and `at` (the newest's time) are what the
 * warning is told and what an older version reads; `times`, each one's time for the newest (at
 * most OMITTED_TIMES_KEPT, newest first), and `earlierAt`, the newest time of the rest, since this
 * version. A count an older version stored has neither: its `count` are all before `at`.
 */
interface StoredOmitted {
  count: number;
  at: number;
  times?: number[];
  earlierAt?: number;
}
type StoredStatus = Omit<StorageStatus, 'notDoneOmitted'> & { notDoneOmitted?: StoredOmitted };

/** The earlier actions not done: each one's time where kept, and how many before those have none. */
interface Omitted {
  times: number[];
  untimed: number;
  untimedAt: number;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStoredOmitted = (v: unknown): v is StoredOmitted =>
  typeof v === 'object' &&
  v !== null &&
  Number.isSafeInteger((v as StoredOmitted).count) &&
  (v as StoredOmitted).count > 0 &&
  isTime((v as StoredOmitted).at);

/**
 * The actions not done that `status` holds, newest first, of those that failed after `dismissed`:
 * `notDone` then `notDoneEarlier`, each checked; a status an older version stored has `notDone` alone.
 */
const notDoneList = (status: StoredStatus, dismissed: number): StorageFailure[] => {
  const earlier: unknown = status.notDoneEarlier;
  return [status.notDone, ...(Array.isArray(earlier) ? earlier : [])].filter(
    (f): f is StorageFailure => isFailure(f) && f.at > dismissed,
  );
};

/**
 * The earlier actions not listed that failed after `dismissed`, if any: each with its time by it;
 * those with none (an older version's count, or past OMITTED_TIMES_KEPT) all or none, by the
 * newest of their times, as before.
 */
const omittedAfter = (status: StoredStatus, dismissed: number): Omitted | null => {
  const stored: unknown = status.notDoneOmitted;
  if (!isStoredOmitted(stored)) return null;
  const all = Array.isArray(stored.times) ? stored.times.filter(isTime) : [];
  const times = all.filter((t) => t > dismissed);
  const untimedAt = isTime(stored.earlierAt) ? stored.earlierAt : stored.at;
  const untimed = untimedAt > dismissed ? Math.max(0, stored.count - all.length) : 0;
  return times.length > 0 || untimed > 0 ? { times, untimed, untimedAt } : null;
};

/** `omitted` with the actions `dropped` from the list (newest first, all newer than `omitted`'s). */
const withDropped = (omitted: Omitted | null, dropped: readonly StorageFailure[]): Omitted | null => {
  if (dropped.length === 0) return omitted;
  const all = [...dropped.map((f) => f.at), ...(omitted?.times ?? [])];
  const past = all.slice(OMITTED_TIMES_KEPT);
  const untimed = (omitted?.untimed ?? 0) + past.length;
  const untimedAt = Math.max(
    omitted && omitted.untimed > 0 ? omitted.untimedAt : Number.NEGATIVE_INFINITY,
    ...past,
  );
  return { times: all.slice(0, OMITTED_TIMES_KEPT), untimed, untimedAt };
};

/** The count and the newest's time the warning tells: how many failed, and when the last of them. */
const told = ({ times, untimed, untimedAt }: Omitted): { count: number; at: number } => ({
  count: times.length + untimed,
  at: Math.max(...times, untimed > 0 ? untimedAt : Number.NEGATIVE_INFINITY),
});

/** `omitted` as stored (an older version's shape while no time is known). */
const toStored = (omitted: Omitted): StoredOmitted => {
  const { times, untimed, untimedAt } = omitted;
  if (times.length === 0) return told(omitted);
  return untimed > 0 ? { ...told(omitted), times, earlierAt: untimedAt } : { ...told(omitted), times };
};

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
  let current: StoredStatus | null = null;
  const held = async (): Promise<StoredStatus> => {
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
  const change = async (next: (now: StoredStatus) => StoredStatus | null): Promise<void> => {
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
   * The status with its failed actions (`list`, newest first) and those not listed (as stored, or
   * as told), never an `undefined` field.
   */
  const withNotDone = (
    lastError: string | null,
    at: number | null,
    list: readonly StorageFailure[],
    omitted: StoredOmitted | null,
  ): StoredStatus => {
    const status: StoredStatus = { lastError, at };
    const [newest, ...earlier] = list;
    if (newest) status.notDone = newest;
    if (earlier.length > 0) status.notDoneEarlier = earlier;
    if (omitted) status.notDoneOmitted = omitted;
    return status;
  };
  /** The same failed actions as `now`, with another write's failure (or none). */
  const keepNotDone = (lastError: string | null, at: number | null, now: StoredStatus): StoredStatus => {
    const omitted = omittedAfter(now, Number.NEGATIVE_INFINITY);
    return withNotDone(
      lastError,
      at,
      notDoneList(now, Number.NEGATIVE_INFINITY),
      omitted && toStored(omitted),
    );
  };

  return {
    async get() {
      const [own, dismissed, autoPrune] = await Promise.all([
        held(),
        readOr(storageProblemDismissedItem, 0),
        readOr(autoPruneFailedItem, null),
      ]);
      // The page is told the count and the newest's time only, not each time.
      const omitted = omittedAfter(own, dismissed);
      const status: StorageStatus = withNotDone(
        own.lastError,
        own.at,
        notDoneList(own, dismissed),
        omitted && told(omitted),
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
        const omitted = withDropped(omittedAfter(now, dismissed), all.slice(NOT_DONE_KEPT));
        return withNotDone(now.lastError, now.at, all.slice(0, NOT_DONE_KEPT), omitted && toStored(omitted));
      });
    },
    succeeded() {
      return change((now) => (now.lastError !== null ? keepNotDone(null, null, now) : null));
    },
  };
}
