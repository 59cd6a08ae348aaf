// The last storage failure, kept in memory for speed and in storage.local so it survives the
// service worker stopping; the popup shows it (storageStatus message, or this item directly).
import { storage } from '#imports';
import type { StorageStatus } from '../messages';

export const EMPTY_STATUS: StorageStatus = { lastError: null, at: null };

export const storageStatusItem = storage.defineItem<StorageStatus>('local:storageStatus', {
  fallback: EMPTY_STATUS,
});

export interface StatusTracker {
  get(): Promise<StorageStatus>;
  /** A write failed: remember why. */
  failed(error: string, at: number): Promise<void>;
  /** A write succeeded: whatever failed before is fixed (the content script retried it). */
  succeeded(): Promise<void>;
}

export function createStatusTracker(): StatusTracker {
  let current: StorageStatus | null = null;
  const get = async () => {
    if (current) return current;
    const stored = await storageStatusItem.getValue();
    // A failure (or success) noted while storage was read is newer than what it held.
    current ??= stored;
    return current;
  };
  const set = async (next: StorageStatus) => {
    current = next;
    try {
      await storageStatusItem.setValue(next);
    } catch (e) {
      // storage.local can be full too; the in-memory status still answers storageStatus.
      console.warn('PostLens: could not save storage status', e);
    }
  };
  return {
    get,
    async failed(error, at) {
      await set({ lastError: error, at });
    },
    async succeeded() {
      if ((await get()).lastError !== null) await set(EMPTY_STATUS);
    },
  };
}
