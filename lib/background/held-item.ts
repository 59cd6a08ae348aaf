// A count the popup must show even when storage.local refuses to keep it (a full disk: often why
// there is something to show): the value storage refused is held in this worker's memory and
// answered until storage takes a newer one. Lost readings (handoff.ts) and what the batch check
// changed (checked-readings.ts) are kept so.

/** The parts of a WXT storage item this needs. */
export interface ItemLike<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export function heldItem<T>(item: ItemLike<T>, warn: (message: string) => void, what: string) {
  /** The value storage.local refused, held while this worker runs; null once storage holds it. */
  let unkept: T | null = null;
  return {
    /** The value as this worker knows it: the one storage refused, else the stored one. */
    get: async (): Promise<T> => unkept ?? (await item.getValue()),
    async set(next: T): Promise<void> {
      unkept = next;
      try {
        await item.setValue(next);
        unkept = null;
      } catch (e) {
        warn(`PostLens: could not save ${what}: ${String(e)}`); // i18n-ignore: console log
      }
    },
  };
}
