// @vitest-environment node

import { recordBatch, recordBatches } from '@/lib/store';
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import { batch, freshIndexedDb, MIN, reading, SETTINGS, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const snapshotsOf = async (db: PostLensDb, key: string) =>
  db.getAllFromIndex('snapshots', 'by-post-time', IDBKeyRange.bound([key, 0], [key, Infinity]));

describe('recordBatch', () => {
  it('stores the post, its author and a snapshot', async () => {
    const db = await getDb();
    const r = await recordBatch(db, batch([reading()]), SETTINGS, T0);
    expect(r).toEqual({ ok: true, stored: 1, duplicate: false, dropped: 0, nulled: 0, cut: 0, reasons: [] });
    expect(await db.get('posts', 'x:1790000000000000001')).toMatchObject({
      platform: 'x',
      authorKey: 'x:nasa',
      authorHandle: 'nasa',
      authorName: 'NASA',
      firstSeen: T0,
      lastSeen: T0,
      text: 'Liftoff!',
      promoted: false,
    });
    expect(await db.get('authors', 'x:nasa')).toEqual({
      key: 'x:nasa',
      platform: 'x',
      handle: 'nasa',
      name: 'NASA',
      nameAt: T0,
      followers: null,
      followersAt: null,
    });
    const snaps = await snapshotsOf(db, 'x:1790000000000000001');
    expect(snaps).toHaveLength(1);
    expect(snaps[0]).toMatchObject({
      capturedAt: T0,
      likes: 100,
      comments: 10,
      reposts: 5,
      saves: null,
      views: 10_000,
      followers: null,
    });
  });

  it.each([
    ['same counts soon after', {}, 10, 1],
    ['a count changed', { likes: 101 }, 1, 2],
    ['a new count appeared', { saves: 3 }, 1, 2],
    ['a count no longer shown', { views: null }, 10, 1],
    ['same counts after the interval', {}, 30, 2],
    ['same counts just before the interval', {}, 29.9, 1],
  ])('%s: %s min later gives %s snapshot(s)', async (_name, change, minutes, expected) => {
    const db = await getDb();
    await recordBatch(db, batch([reading()]), SETTINGS, T0);
    await recordBatch(db, batch([reading(change)]), SETTINGS, T0 + minutes * MIN);
    expect(await snapshotsOf(db, 'x:1790000000000000001')).toHaveLength(expected);
    expect((await db.get('posts', 'x:1790000000000000001'))?.lastSeen).toBe(T0 + minutes * MIN);
  });

  it('honours a custom snapshot interval', async () => {
    const db = await getDb();
    await recordBatch(db, batch([reading()]), { snapshotIntervalMinutes: 5 }, T0);
    await recordBatch(db, batch([reading()]), { snapshotIntervalMinutes: 5 }, T0 + 6 * MIN);
    expect(await snapshotsOf(db, 'x:1790000000000000001')).toHaveLength(2);
  });

  it('stores a batch id once', async () => {
    const db = await getDb();
    const b = batch([reading()]);
    expect(await recordBatch(db, b, SETTINGS, T0)).toMatchObject({ ok: true, duplicate: false });
    // A retry arrives an hour later with the same id: not a second snapshot.
    expect(await recordBatch(db, b, SETTINGS, T0 + 60 * MIN)).toEqual({
      ok: true,
      stored: 0,
      duplicate: true,
      dropped: 0,
      nulled: 0,
      cut: 0,
      reasons: [],
    });
    expect(await snapshotsOf(db, 'x:1790000000000000001')).toHaveLength(1);
    expect(await db.get('batches', b.batchId)).toEqual({ batchId: b.batchId, at: T0 });
  });

  it('keeps the first non-null publishedAt and author name, and widens first/last seen', async () => {
    const db = await getDb();
    const bare = reading({ publishedAt: null, author: { handle: 'nasa', name: null }, text: '' });
    await recordBatch(db, batch([bare]), SETTINGS, T0);
    await recordBatch(db, batch([reading({ publishedAt: '2025-05-01T09:00:00.000Z' })]), SETTINGS, T0 + MIN);
    await recordBatch(
      db,
      batch([
        reading({ publishedAt: '2024-01-01T00:00:00.000Z', author: { handle: 'nasa', name: 'Renamed' } }),
      ]),
      SETTINGS,
      T0 + 2 * MIN,
    );
    const post = await db.get('posts', 'x:1790000000000000001');
    expect(post).toMatchObject({
      publishedAt: '2025-05-01T09:00:00.000Z',
      authorName: 'NASA',
      text: 'Liftoff!',
      firstSeen: T0,
      lastSeen: T0 + 2 * MIN,
    });
    // The author record follows the newest display name.
    expect((await db.get('authors', 'x:nasa'))?.name).toBe('Renamed');
  });

  it('keeps a day alone until a reading gives the moment, then keeps the moment', async () => {
    const db = await getDb();
    const key = 'x:1790000000000000001';
    // The feed said "2 d" (a day alone); the permalink then shows the time; a later feed card
    // saying "3 d" does not take the time back to a day.
    await recordBatch(db, batch([reading({ publishedAt: '2025-05-01' })]), SETTINGS, T0);
    expect((await db.get('posts', key))?.publishedAt).toBe('2025-05-01');
    await recordBatch(db, batch([reading({ publishedAt: '2025-05-01T09:00:00.000Z' })]), SETTINGS, T0 + MIN);
    await recordBatch(db, batch([reading({ publishedAt: '2025-05-01' })]), SETTINGS, T0 + 2 * MIN);
    expect((await db.get('posts', key))?.publishedAt).toBe('2025-05-01T09:00:00.000Z');
  });

  it('records profile followers, with a follower snapshot only on change or after the interval', async () => {
    const db = await getDb();
    const profile = (followers: number) => ({
      platform: 'x' as const,
      handle: 'NASA',
      name: 'NASA',
      followers,
    });
    await recordBatch(db, batch([reading()], { profile: profile(1000) }), SETTINGS, T0);
    await recordBatch(db, batch([], { profile: profile(1000) }), SETTINGS, T0 + 5 * MIN);
    await recordBatch(db, batch([], { profile: profile(1002) }), SETTINGS, T0 + 6 * MIN);
    await recordBatch(db, batch([], { profile: profile(1002) }), SETTINGS, T0 + 40 * MIN);
    const fs = await db.getAll('followerSnapshots');
    expect(fs.map((f) => [f.capturedAt - T0, f.followers])).toEqual([
      [0, 1000],
      [6 * MIN, 1002],
      [40 * MIN, 1002],
    ]);
    expect(await db.get('authors', 'x:nasa')).toMatchObject({
      followers: 1002,
      followersAt: T0 + 40 * MIN,
      handle: 'NASA',
    });
    // The profile came first in the batch, so the post's snapshot knows the followers.
    expect((await snapshotsOf(db, 'x:1790000000000000001'))[0]?.followers).toBe(1000);
  });

  it('takes followers shown on the post itself and stores them on its snapshots', async () => {
    const db = await getDb();
    const li = reading({
      platform: 'linkedin',
      postId: 'urn:li:activity:7200000000000000000',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000000/',
      author: { handle: 'company/acme', name: 'Acme', followers: 52_000 },
      views: null,
    });
    await recordBatch(db, batch([li]), SETTINGS, T0);
    expect((await db.get('authors', 'linkedin:company/acme'))?.followers).toBe(52_000);
    // A later reading without followers still snapshots the last known number.
    const later = { ...li, likes: 400, author: { handle: 'company/acme', name: 'Acme' } };
    await recordBatch(db, batch([later]), SETTINGS, T0 + MIN);
    const snaps = await snapshotsOf(db, 'linkedin:urn:li:activity:7200000000000000000');
    expect(snaps.map((s) => s.followers)).toEqual([52_000, 52_000]);
  });

  it('stores posts without an author handle, with no author', async () => {
    const db = await getDb();
    await recordBatch(db, batch([reading({ author: { handle: null, name: 'Someone' } })]), SETTINGS, T0);
    expect((await db.get('posts', 'x:1790000000000000001'))?.authorKey).toBeNull();
    expect(await db.count('authors')).toBe(0);
  });

  it('drops a reading whose identity is invalid, stores an invalid count as null, and logs both', async () => {
    const db = await getDb();
    const logged: string[] = [];
    const bad = { ...reading({ postId: '2' }), url: 'https://evil.example/2' };
    const r = await recordBatch(
      db,
      batch([reading(), bad, reading({ postId: '3', likes: -4 })]),
      SETTINGS,
      T0,
      (m) => logged.push(m),
    );
    expect(r).toEqual({
      ok: true,
      stored: 2,
      duplicate: false,
      dropped: 1,
      nulled: 1,
      cut: 0,
      // The reasons, for the notice that tells the user (the popup's), in the order of the counts.
      reasons: ['x:2 url: host evil.example is not x', 'x:3 likes: must be 0 or more, got -4'],
    });
    expect(await db.getAllKeys('posts')).toEqual(['x:1790000000000000001', 'x:3']);
    expect(await snapshotsOf(db, 'x:3')).toEqual([
      expect.objectContaining({ likes: null, comments: 10, reposts: 5, saves: null, views: 10_000 }),
    ]);
    expect(logged).toEqual([
      'PostLens: 1 readings dropped: x:2 url: host evil.example is not x',
      'PostLens: 1 fields stored as null: x:3 likes: must be 0 or more, got -4',
    ]);
  });

  it('answers a malformed batch with everything dropped and writes nothing', async () => {
    const db = await getDb();
    const logged: string[] = [];
    const r = await recordBatch(db, { batchId: '', posts: [reading()] }, SETTINGS, T0, (m) => logged.push(m));
    expect(r).toEqual({
      ok: true,
      stored: 0,
      duplicate: false,
      dropped: 1,
      nulled: 0,
      cut: 0,
      reasons: [expect.stringContaining('batchId')],
    });
    expect(logged[0]).toContain('batchId');
    expect(await db.count('posts')).toBe(0);
    expect(await db.count('batches')).toBe(0);
  });

  it('writes several batches in one call, in order, spotting a repeated id', async () => {
    const db = await getDb();
    const a = batch([reading()]);
    const results = await recordBatches(db, [a, batch([reading({ likes: 150 })]), a, 'junk'], SETTINGS, T0);
    expect(results.map((r) => r.ok && r.duplicate)).toEqual([false, false, true, false]);
    expect(results[3]).toEqual({
      ok: true,
      stored: 0,
      duplicate: false,
      dropped: 1,
      nulled: 0,
      cut: 0,
      reasons: [expect.any(String)],
    });
    // Same moment, changed likes: one moment holds one snapshot, with the later reading's counts.
    expect((await snapshotsOf(db, 'x:1790000000000000001')).map((s) => s.likes)).toEqual([150]);
  });
});
