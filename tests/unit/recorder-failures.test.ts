// @vitest-environment node

// Storage failures: the write that fails leaves nothing behind, what was stored before stays,
// and the caller gets a message a person can act on.
import { unwrap } from 'idb';
import { deleteAll, importExport, prune, recordBatch } from '@/lib/store';
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import { batch, freshIndexedDb, HOUR, reading, SETTINGS, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

type Method = 'add' | 'put' | 'delete' | 'clear' | 'index';

/**
 * Makes `method` of `store` fail in every transaction opened until restore(). Patches the raw
 * IndexedDB objects under idb's wrappers, as a browser's failing storage would behave.
 */
function breakStore(db: PostLensDb, store: string, method: Method, fail: () => unknown) {
  const raw = unwrap(db) as IDBDatabase & { transaction: IDBDatabase['transaction'] };
  const original = IDBDatabase.prototype.transaction;
  raw.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = original.apply(this, args);
    const objectStore = tx.objectStore.bind(tx);
    tx.objectStore = (name: string) => {
      const s = objectStore(name);
      if (name === store) Object.assign(s, { [method]: fail });
      return s;
    };
    return tx;
  } as IDBDatabase['transaction'];
  return {
    mockRestore() {
      delete (raw as Partial<typeof raw>).transaction;
    },
  };
}

const quota = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

async function storedSoFar(db: PostLensDb) {
  return {
    posts: await db.getAllKeys('posts'),
    snapshots: (await db.getAll('snapshots')).map((s) => [s.postKey, s.likes]),
    authors: await db.getAllKeys('authors'),
    batches: await db.getAllKeys('batches'),
  };
}

describe('a failing write', () => {
  it('QuotaExceededError: keeps earlier data, writes nothing of the batch, says why', async () => {
    const db = await getDb();
    await recordBatch(db, batch([reading()], { batchId: 'first' }), SETTINGS, T0);
    const before = await storedSoFar(db);

    const spy = breakStore(db, 'snapshots', 'add', quota);
    const other = reading({ postId: '2', author: { handle: 'esa', name: 'ESA' } });
    const r = await recordBatch(
      db,
      batch([reading({ likes: 500 }), other], { batchId: 'second' }),
      SETTINGS,
      T0 + HOUR,
    );
    spy.mockRestore();

    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/Storage is full/);
      expect(r.error).toMatch(/QuotaExceededError/);
    }
    // The post and author writes that preceded the failing snapshot were rolled back too.
    expect(await storedSoFar(db)).toEqual(before);
    expect((await db.get('posts', 'x:1790000000000000001'))?.lastSeen).toBe(T0);

    // The same batch, retried once storage has room, is stored (its id was not taken).
    const retry = await recordBatch(
      db,
      batch([reading({ likes: 500 })], { batchId: 'second' }),
      SETTINGS,
      T0 + HOUR,
    );
    expect(retry).toMatchObject({ ok: true, duplicate: false, stored: 1 });
  });

  it('an error thrown synchronously mid-transaction aborts it', async () => {
    const db = await getDb();
    await recordBatch(db, batch([reading()]), SETTINGS, T0);
    const before = await storedSoFar(db);
    const spy = breakStore(db, 'batches', 'put', () => {
      throw new DOMException('Transaction was aborted.', 'AbortError');
    });
    const r = await recordBatch(db, batch([reading({ postId: '9' })]), SETTINGS, T0 + HOUR);
    spy.mockRestore();
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/aborted, so nothing from it was saved/) });
    expect(await storedSoFar(db)).toEqual(before);
  });

  it('a transaction that cannot even open is reported, not thrown', async () => {
    const db = await getDb();
    await recordBatch(db, batch([reading()]), SETTINGS, T0);
    db.close();
    const r = await recordBatch(db, batch([reading({ postId: '3' })]), SETTINGS, T0);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/connection closed/) });
    await closeDb();
    expect(await (await getDb()).getAllKeys('posts')).toEqual(['x:1790000000000000001']);
  });

  it('deleteAll, prune and import report failures the same way and change nothing', async () => {
    const db = await getDb();
    await recordBatch(db, batch([reading()]), SETTINGS, T0);
    await recordBatch(db, batch([reading({ likes: 7 })]), SETTINGS, T0 + HOUR);
    const before = await storedSoFar(db);
    expect(before.batches).toHaveLength(2);

    const clearSpy = breakStore(db, 'authors', 'clear', quota);
    expect(await deleteAll(db)).toEqual({ ok: false, error: expect.stringMatching(/Storage is full/) });
    clearSpy.mockRestore();
    expect(await storedSoFar(db)).toEqual(before);

    // Prune forgets old batch ids first, then fails on the snapshots: the batch ids stay.
    const pruneSpy = breakStore(db, 'snapshots', 'index', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await prune(db, 1, T0 + 400 * HOUR)).toEqual({
      ok: false,
      error: expect.stringMatching(/Storage is full/),
    });
    pruneSpy.mockRestore();
    expect(await storedSoFar(db)).toEqual(before);

    const addSpy = breakStore(db, 'snapshots', 'add', quota);
    const imported = await importExport(db, {
      format: 'postlens-export',
      version: 1,
      exportedAt: '2025-05-02T00:00:00.000Z',
      authors: [],
      posts: [
        {
          platform: 'x',
          postId: '77',
          url: 'https://x.com/a/status/77',
          author: { handle: 'a', name: null, followers: null },
          publishedAt: null,
          text: '',
          snapshots: [
            {
              capturedAt: '2025-05-01T00:00:00.000Z',
              likes: 1,
              comments: null,
              reposts: null,
              saves: null,
              views: null,
              followers: null,
            },
          ],
        },
      ],
    });
    addSpy.mockRestore();
    expect(imported).toEqual({ ok: false, error: expect.stringMatching(/Storage is full/) });
    expect(await storedSoFar(db)).toEqual(before);

    // With storage working again the same prune succeeds.
    expect(await prune(db, 1, T0 + 400 * HOUR)).toMatchObject({ ok: true });
    expect((await storedSoFar(db)).batches).toEqual([]);
  });
});
