// The last storage failure, kept in memory for speed and in storage.local so it survives the
// service worker stopping; the popup shows it (storageStatus message, or this item directly).
//
// A later write that succeeds clears it, but only once a page has shown it: a failure no page has
// asked about yet (an import whose options page was closed before its answer, a batch refused for
// a full disk while no popup was open) stays until it has been shown, so a tiny write committing
// moments later cannot make the warning vanish unseen.
import { storage } from '#imports';
import type { StorageStatus } from '../messages';

export const EMPTY_STATUS: StorageStatus = { lastError: null, at: null };

export const storageStatusItem = storage.defineItem<StorageStatus>('local:storageStatus', {
  fallback: EMPTY_STATUS,
});

/** The time (`at`) of the last failure a page was answered with: that one was shown. */
export const storageStatusShownItem = storage.defineItem<number | null>('local:storageStatusShown', {
  fallback: null,
});

export interface StatusTracker {
  /** The status for a page, which shows it: from now on a successful write may clear it. */
  get(): Promise<StorageStatus>;
  /** A write failed: remember why. */
  failed(error: string, at: number): Promise<void>;
  /**
   * A write succeeded: a failure already shown is fixed (the content script retried it), one not
   * shown yet stays until a page has shown it.
   */
  succeeded(): Promise<void>;
}

export function createStatusTracker(): StatusTracker {
  let current: StorageStatus | null = null;
  let shown: number | null | undefined;
  const read = async () => {
    if (current) return current;
    const stored = await storageStatusItem.getValue();
    // A failure (or success) noted while storage was read is newer than what it held.
    current ??= stored;
    return current;
  };
  const readShown = async (): Promise<number | null> => {
    if (shown !== undefined) return shown;
    const stored = await storageStatusShownItem.getValue().catch(() => null);
    shown ??= typeof stored === 'number' ? stored : null;
    return shown;
  };
  const keep = async <T>(item: { setValue(v: T): Promise<void> }, value: T) => {
    try {
      await item.setValue(value);
    } catch (e) {
      // storage.local can be full too; the in-memory status still answers storageStatus.
      console.warn('PostLens: could not save storage status', e); // i18n-ignore: console log
    }
  };
  const set = async (next: StorageStatus) => {
    current = next;
    await keep(storageStatusItem, next);
  };
  return {
    async get() {
      const status = await read();
      if (status.lastError !== null && status.at !== null && shown !== status.at) {
        shown = status.at;
        // Noted in storage too, for a success after a worker restart; the page is not kept waiting.
        void keep(storageStatusShownItem, status.at);
      }
      return status;
    },
    async failed(error, at) {
      await set({ lastError: error, at });
    },
    async succeeded() {
      const status = await read();
      if (status.lastError === null) return;
      // Not shown yet (or a newer failure than the one shown): it stays until a page shows it.
      if (status.at !== null && (await readShown()) !== status.at) return;
      await set(EMPTY_STATUS);
    },
  };
}
