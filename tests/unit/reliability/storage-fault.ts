// A disk that fills up, injected under idb the way a browser's storage fails: adding a snapshot
// past `cap` snapshots fails with QuotaExceededError inside the running transaction. Deleting
// records (retention pruning) makes room again, as it would on a real disk.
import { unwrap } from 'idb';
import type { PostLensDb } from '@/lib/store/db';

export interface Quota {
  /** How many snapshots fit; change it to grow or shrink the disk. */
  cap: number;
  /** Adds refused so far. */
  refused: number;
  remove(): void;
}

export function quotaOnSnapshots(db: PostLensDb, cap: number): Quota {
  const raw = unwrap(db) as IDBDatabase & { transaction: IDBDatabase['transaction'] };
  const original = IDBDatabase.prototype.transaction;
  // A transaction hands out the same store object each time: patch it once.
  const patched = new WeakSet<IDBObjectStore>();
  const quota: Quota = {
    cap,
    refused: 0,
    remove: () => delete (raw as Partial<typeof raw>).transaction,
  };
  raw.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = original.apply(this, args);
    const objectStore = tx.objectStore.bind(tx);
    tx.objectStore = (name: string) => {
      const store = objectStore(name);
      if (name !== 'snapshots' || patched.has(store)) return store;
      patched.add(store);
      const add = store.add.bind(store);
      // idb passes a returned promise through unchanged: the caller sees the failure as the browser's.
      store.add = ((value: unknown, key?: IDBValidKey) =>
        new Promise((resolve, reject) => {
          const counted = store.count();
          counted.onsuccess = () => {
            if (counted.result >= quota.cap) {
              quota.refused++;
              reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
              return;
            }
            const req = add(value, key);
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          };
          counted.onerror = () => reject(counted.error);
        })) as unknown as IDBObjectStore['add'];
      return store;
    };
    return tx;
  } as IDBDatabase['transaction'];
  return quota;
}
