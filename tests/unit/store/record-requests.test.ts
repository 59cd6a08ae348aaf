// @vitest-environment node

// How the recorder talks to IndexedDB: one transaction per call however many batches and
// readings it holds; every record read once (not once per reading) and before any write; every
// write issued in one go, then the commit awaited. Counted on the raw IndexedDB objects under idb.
import { unwrap } from 'idb';
import { recordBatch, recordBatches } from '@/lib/store';
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { batch, freshIndexedDb, HOUR, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

type Call = { what: 'transaction' | 'get' | 'getKey' | 'openCursor' | 'put' | 'add'; store: string };

/** Notes every transaction the connection opens and every request made in them, in order. */
function watch(db: PostLensDb) {
  const calls: Call[] = [];
  const raw = unwrap(db) as IDBDatabase & { transaction: IDBDatabase['transaction'] };
  const original = IDBDatabase.prototype.transaction;
  const noted = new WeakSet<object>();
  const note = <T extends object>(target: T, store: string, methods: readonly Call['what'][]) => {
    // A transaction hands out the same store object each time it is asked: wrap it once.
    if (noted.has(target)) return;
    noted.add(target);
    for (const m of methods) {
      const fn = (target as Record<string, unknown>)[m] as ((...a: unknown[]) => unknown) | undefined;
      if (!fn) continue;
      Object.assign(target, {
        [m]: (...args: unknown[]) => {
          calls.push({ what: m, store });
          return fn.apply(target, args);
        },
      });
    }
  };
  raw.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    calls.push({ what: 'transaction', store: String(args[0]) });
    const tx = original.apply(this, args);
    const objectStore = tx.objectStore.bind(tx);
    tx.objectStore = (name: string) => {
      const s = objectStore(name);
      note(s, name, ['get', 'getKey', 'openCursor', 'put', 'add']);
      const index = s.index.bind(s);
      s.index = (i: string) => {
        const idx = index(i);
        note(idx, `${name}.${i}`, ['get', 'getKey', 'openCursor']);
        return idx;
      };
      return s;
    };
    return tx;
  } as IDBDatabase['transaction'];
  return calls;
}

const post = (id: number, over: Partial<PostReading> = {}) =>
  reading({ postId: String(id), author: { handle: `author${id % 3}`, name: 'A' }, ...over });

describe('recordBatches', () => {
  it('uses one transaction for every batch of a call', async () => {
    const db = await getDb();
    const calls = watch(db);
    const batches = [0, 1, 2].map((b) => batch(Array.from({ length: 40 }, (_, i) => post(b * 40 + i))));
    const results = await recordBatches(db, batches, SETTINGS, T0);
    expect(results.map((r) => r.ok && r.stored)).toEqual([40, 40, 40]);
    expect(calls.filter((c) => c.what === 'transaction')).toHaveLength(1);
    expect(await db.count('snapshots')).toBe(120);
  });

  it('reads each record once, all before the first write, then issues every write', async () => {
    const db = await getDb();
    await recordBatch(db, batch(Array.from({ length: 10 }, (_, i) => post(i))), SETTINGS, T0);
    const calls = watch(db);
    // Ten posts by three authors, each post read twice in the batch, counts changed: all new snapshots.
    const readings = Array.from({ length: 10 }, (_, i) => post(i, { likes: 200 + i }));
    const r = await recordBatch(db, batch([...readings, ...readings]), SETTINGS, T0 + HOUR);
    expect(r).toMatchObject({ ok: true, stored: 20 });

    const requests = calls.filter((c) => c.what !== 'transaction');
    const isWrite = (c: Call) => c.what === 'put' || c.what === 'add';
    const firstWrite = requests.findIndex(isWrite);
    expect(requests.slice(firstWrite).every(isWrite)).toBe(true);
    const reads = requests.slice(0, firstWrite);
    expect(reads.filter((c) => c.store === 'posts')).toHaveLength(10);
    expect(reads.filter((c) => c.store === 'authors')).toHaveLength(3);
    expect(reads.filter((c) => c.store === 'batches')).toHaveLength(1);
    // No snapshot is read: each post's latest counts are in its summary.
    expect(reads.filter((c) => c.store.startsWith('snapshots'))).toEqual([]);
    // Writes: each post once (its final state), its one new snapshot (the second reading of the
    // same counts a moment later is not new), no author (unchanged: its name read again keeps the
    // time it was first read with, nameAt), the batch id.
    const writes = requests.slice(firstWrite);
    expect(writes.filter((c) => c.store === 'posts')).toHaveLength(10);
    expect(writes.filter((c) => c.store === 'snapshots')).toHaveLength(10);
    expect(writes.filter((c) => c.store === 'authors')).toHaveLength(0);
    expect(writes.filter((c) => c.store === 'batches')).toHaveLength(1);
    expect(await db.count('snapshots')).toBe(20);
  });
});
