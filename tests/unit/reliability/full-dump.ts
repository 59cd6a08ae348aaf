// Every record of every store the database has (whatever its version: campaigns included once
// they exist), in key order, ids and all, as one string: two dumps are equal only when the
// database is unchanged byte for byte (typed arrays written out number by number, typedArrays).
import { DB_NAME } from '@/lib/store/schema';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * The background's derived stores (lib/store/post-chunks.ts: the posts' chunked copy and the notes
 * of which posts each write put since it was built): bookkeeping, not the user's data. A write that
 * changes no record of the user's may still add a note.
 */
export const DERIVED_STORES = ['postChunks', 'postChanges'] as const;

/**
 * A Float64Array (a summary's packed `recent`, since version 8) as `{ "Float64Array": [...] }`, each
 * number as it is, NaN and -0 as strings: JSON alone would write it as an object of indexes and
 * NaN as null.
 */
export function typedArrays(_key: string, value: unknown): unknown {
  if (!(value instanceof Float64Array)) return value;
  return {
    Float64Array: Array.from(value, (v) => (Number.isNaN(v) ? 'NaN' : Object.is(v, -0) ? '-0' : v)),
  };
}

/**
 * Opens the database as it is (no version: no upgrade), reads everything but `except`, closes.
 * Call it once the database exists: opening a missing one would create an empty version 1.
 */
export async function fullDump(except: readonly string[] = []): Promise<string> {
  const db = await request(indexedDB.open(DB_NAME));
  try {
    const names = [...db.objectStoreNames].filter((n) => !except.includes(n)).sort();
    if (names.length === 0) return JSON.stringify({ version: db.version });
    const tx = db.transaction(names, 'readonly');
    const out: Record<string, unknown> = { version: db.version };
    for (const name of names) {
      const store = tx.objectStore(name);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      out[name] = keys.map((k, i) => [k, values[i]]);
    }
    return JSON.stringify(out, typedArrays);
  } finally {
    db.close();
  }
}
