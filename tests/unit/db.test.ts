// @vitest-environment node

import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { closeDb, DB_VERSION, DbBlockedError, getDb } from '@/lib/store/db';
import { DB_NAME } from '@/lib/store/schema';
import { NO_OUTCOMES } from './fixtures/campaign';
import { openShipped, v1Schema } from './fixtures/shipped-schema';
import { freshIndexedDb } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

/** Raw IndexedDB open, as a test needs it (no idb, no PostLens code). */
function rawOpen(version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });

async function createV1WithData(): Promise<void> {
  const db = await rawOpen(1, v1Schema);
  const tx = db.transaction(['posts', 'snapshots', 'authors', 'followerSnapshots'], 'readwrite');
  const post = (platform: string, postId: string, authorKey: string | null) => ({
    key: `${platform}:${postId}`,
    platform,
    postId,
    url: `https://example/${postId}`,
    authorKey,
    authorHandle: authorKey?.split(':')[1] ?? null,
    authorName: null,
    publishedAt: null,
    text: '',
    promoted: false,
    firstSeen: 1000,
    lastSeen: 2000,
  });
  tx.objectStore('posts').put(post('x', '1', 'x:nasa'));
  tx.objectStore('posts').put(post('x', '2', 'x:nasa'));
  tx.objectStore('posts').put(post('reddit', 't3_abc', null));
  for (const [postKey, capturedAt, likes] of [
    ['x:1', 1000, 5],
    ['x:1', 2000, 9],
    ['x:2', 1500, 1],
    ['reddit:t3_abc', 1200, 42],
  ] as const) {
    tx.objectStore('snapshots').add({
      postKey,
      capturedAt,
      likes,
      comments: null,
      reposts: null,
      saves: null,
      views: null,
      followers: 100,
    });
  }
  tx.objectStore('authors').put({
    key: 'x:nasa',
    platform: 'x',
    handle: 'nasa',
    name: 'NASA',
    followers: 100,
    followersAt: 1000,
  });
  tx.objectStore('followerSnapshots').add({ authorKey: 'x:nasa', capturedAt: 1000, followers: 100 });
  await done(tx);
  db.close();
}

describe('getDb', () => {
  it('creates every store and index of the current version', async () => {
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'authors',
      'batches',
      'campaigns',
      'followerSnapshots',
      'postChanges',
      'postChunks',
      'posts',
      'snapshots',
    ]);
    const tx = db.transaction(['posts', 'snapshots', 'followerSnapshots', 'batches']);
    expect([...tx.objectStore('posts').indexNames].sort()).toEqual([
      'by-author',
      'by-er-followers-first',
      'by-er-views-first',
    ]);
    expect([...tx.objectStore('snapshots').indexNames].sort()).toEqual(['by-post-time', 'by-time']);
    expect([...tx.objectStore('followerSnapshots').indexNames]).toEqual(['by-author-time']);
    expect([...tx.objectStore('batches').indexNames]).toEqual(['by-at']);
  });

  it('opens one connection and shares it', async () => {
    const [a, b] = await Promise.all([getDb(), getDb()]);
    expect(a).toBe(b);
    expect(await getDb()).toBe(a);
  });

  it('opens a new connection after closeDb', async () => {
    const a = await getDb();
    await closeDb();
    const b = await getDb();
    expect(b).not.toBe(a);
    expect(await b.count('posts')).toBe(0);
  });
});

describe('migration from version 1', () => {
  it('keeps every record and adds the batches store (its by-platform index is gone since version 6)', async () => {
    await createV1WithData();
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);

    expect((await db.getAllKeys('posts')).sort()).toEqual(['reddit:t3_abc', 'x:1', 'x:2']);
    expect(await db.count('snapshots')).toBe(4);
    const x1 = await db.getAllFromIndex(
      'snapshots',
      'by-post-time',
      IDBKeyRange.bound(['x:1', 0], ['x:1', Infinity]),
    );
    expect(x1.map((s) => s.likes)).toEqual([5, 9]);
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 100, name: 'NASA' });
    expect(await db.count('followerSnapshots')).toBe(1);
    expect((await db.getAllKeysFromIndex('posts', 'by-author', 'x:nasa')).sort()).toEqual(['x:1', 'x:2']);

    // Version 6 dropped the two post indexes nothing read.
    expect([...db.transaction('posts').store.indexNames].sort()).toEqual([
      'by-author',
      'by-er-followers-first',
      'by-er-views-first',
    ]);

    await db.put('batches', { batchId: 'b1', at: 5 });
    expect(await db.getFromIndex('batches', 'by-at', 5)).toEqual({ batchId: 'b1', at: 5 });

    // New snapshots continue the old key sequence rather than overwrite.
    const id = await db.add('snapshots', {
      postKey: 'x:2',
      capturedAt: 3000,
      likes: 2,
      comments: null,
      reposts: null,
      saves: null,
      views: null,
      followers: null,
    });
    expect(id).toBeGreaterThan(4);
    expect(await db.count('snapshots')).toBe(5);
  });
});

describe('migration from version 2', () => {
  /** Version 2 as shipped: version 1's stores plus batches and the by-platform index. */
  async function upgradeV1ToV2(): Promise<void> {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 2);
      req.onupgradeneeded = () => {
        const batches = req.result.createObjectStore('batches', { keyPath: 'batchId' });
        batches.createIndex('by-at', 'at');
        req.transaction!.objectStore('posts').createIndex('by-platform', 'platform');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('batches', 'readwrite');
    tx.objectStore('batches').put({ batchId: 'b-old', at: 7 });
    await done(tx);
    db.close();
  }

  it('keeps every record and adds an empty campaigns store', async () => {
    await createV1WithData();
    await upgradeV1ToV2();
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect((await db.getAllKeys('posts')).sort()).toEqual(['reddit:t3_abc', 'x:1', 'x:2']);
    expect(await db.count('snapshots')).toBe(4);
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 100, name: 'NASA' });
    expect(await db.count('followerSnapshots')).toBe(1);
    expect(await db.get('batches', 'b-old')).toEqual({ batchId: 'b-old', at: 7 });
    expect((await db.getAllKeysFromIndex('posts', 'by-author', 'x:nasa')).sort()).toEqual(['x:1', 'x:2']);

    expect(await db.count('campaigns')).toBe(0);
    const campaign = {
      id: 'c1',
      name: 'Launch',
      postKeys: ['x:1'],
      start: '2025-03-01',
      end: '2025-03-31',
      ...NO_OUTCOMES,
      spend: { amountMinor: 100, currency: 'EUR' },
      createdAt: 1,
      updatedAt: 1,
    };
    await db.put('campaigns', campaign);
    expect(await db.get('campaigns', 'c1')).toEqual(campaign);
  });
});

describe('migration from version 5', () => {
  it('drops the two unread post indexes, and still upgrades a database that lacks one of them', async () => {
    // Version 5 as shipped, then (as no PostLens did, but a hand-edited profile could) without by-platform.
    const db = await openShipped(indexedDB, DB_NAME, 5, (_db, tx) =>
      tx.objectStore('posts').deleteIndex('by-platform'),
    );
    const tx = db.transaction('posts', 'readwrite');
    tx.objectStore('posts').put({ key: 'x:1', platform: 'x', authorKey: 'x:nasa', lastSeen: 5 });
    await done(tx);
    db.close();

    const upgraded = await getDb();
    expect(upgraded.version).toBe(DB_VERSION);
    expect([...upgraded.transaction('posts').store.indexNames].sort()).toEqual([
      'by-author',
      'by-er-followers-first',
      'by-er-views-first',
    ]);
    expect(await upgraded.getAllKeysFromIndex('posts', 'by-author', 'x:nasa')).toEqual(['x:1']);
  });
});

describe('version changes', () => {
  it('steps aside when a newer version wants to upgrade', async () => {
    const ours = await getDb();
    const newer = await rawOpen(DB_VERSION + 1, (db) => db.createObjectStore('future'));
    expect(newer.version).toBe(DB_VERSION + 1);
    expect([...newer.objectStoreNames]).toContain('posts');
    expect(() => ours.transaction('posts')).toThrow();
    newer.close();
    // The old code cannot open the newer database: it says so instead of hanging.
    await expect(getDb()).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('reports a blocked upgrade, then opens once the old connection closes', async () => {
    const old = await rawOpen(1, v1Schema);
    // This old connection ignores versionchange, as an outdated page might.
    const first = getDb();
    await expect(first).rejects.toBeInstanceOf(DbBlockedError);
    await expect(getDb()).rejects.toThrow(/held open by another PostLens page/);
    old.close();
    await new Promise((r) => setTimeout(r, 20));
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('batches');
  });

  it('reopens after the browser terminates the connection', async () => {
    const a = await getDb();
    // What a browser does when storage is cleared under a running worker.
    forceCloseDatabase(unwrap(a) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await new Promise((r) => setTimeout(r, 10));
    expect(() => a.transaction('posts')).toThrow();
    const b = await getDb();
    expect(b).not.toBe(a);
    await b.put('batches', { batchId: 'after', at: 1 });
    expect(await b.count('batches')).toBe(1);
  });
});
