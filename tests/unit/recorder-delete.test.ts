// @vitest-environment node

import { deleteAll, deleteAuthor, deletePost, prune, recordBatch } from '@/lib/store';
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import { BATCH_ID_TTL_MS } from '@/lib/store/delete';
import { batch, DAY, freshIndexedDb, reading, SETTINGS, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const profile = (handle: string, followers: number) => ({
  platform: 'x' as const,
  handle,
  name: null,
  followers,
});

/** nasa: posts 1 and 2; esa: post 3. Each post snapshotted on days 0, 10 and 20. */
async function seed(): Promise<PostLensDb> {
  const db = await getDb();
  for (const day of [0, 10, 20]) {
    await recordBatch(
      db,
      batch(
        [
          reading({ postId: '1', likes: 100 + day }),
          reading({ postId: '2', likes: 200 + day }),
          reading({ postId: '3', likes: 300 + day, author: { handle: 'esa', name: 'ESA' } }),
        ],
        { profile: profile('nasa', 1000 + day) },
      ),
      SETTINGS,
      T0 + day * DAY,
    );
  }
  await recordBatch(db, batch([], { profile: profile('esa', 50) }), SETTINGS, T0);
  return db;
}

const likesOf = async (db: PostLensDb, key: string) =>
  (await db.getAllFromIndex('snapshots', 'by-post-time', IDBKeyRange.bound([key, 0], [key, Infinity]))).map(
    (s) => s.likes,
  );

describe('deletes', () => {
  it('deletePost removes the post and its snapshots only', async () => {
    const db = await seed();
    expect(await deletePost(db, 'x:1')).toEqual({ ok: true });
    expect(await db.get('posts', 'x:1')).toBeUndefined();
    expect(await likesOf(db, 'x:1')).toEqual([]);
    expect(await likesOf(db, 'x:2')).toEqual([200, 210, 220]);
    expect(await db.get('authors', 'x:nasa')).toBeDefined();
  });

  it('deleteAuthor removes the author, their posts, snapshots and follower history', async () => {
    const db = await seed();
    expect(await deleteAuthor(db, 'x:nasa')).toEqual({ ok: true });
    expect(await db.getAllKeys('posts')).toEqual(['x:3']);
    expect((await db.getAll('snapshots')).map((s) => s.postKey)).toEqual(['x:3', 'x:3', 'x:3']);
    expect(await db.getAllKeys('authors')).toEqual(['x:esa']);
    expect((await db.getAll('followerSnapshots')).map((f) => f.authorKey)).toEqual(['x:esa']);
  });

  it('deleteAll empties every store', async () => {
    const db = await seed();
    expect(await deleteAll(db)).toEqual({ ok: true });
    for (const store of ['posts', 'snapshots', 'authors', 'followerSnapshots', 'batches'] as const) {
      expect(await db.count(store)).toBe(0);
    }
  });

  it('deleting what does not exist is fine', async () => {
    const db = await seed();
    expect(await deletePost(db, 'x:none')).toEqual({ ok: true });
    expect(await deleteAuthor(db, 'x:none')).toEqual({ ok: true });
    expect(await db.count('posts')).toBe(3);
  });
});

describe('prune', () => {
  it.each([
    // now = day 25. Follower snapshots: nasa 1000/1010/1020 on days 0/10/20, esa 50 on day 0.
    // 7 days: days 0 and 10 are older, but day 0 is each post's (and nasa's) first: day 10 goes,
    // 3 snapshots and nasa's day-10 follower snapshot; esa's only one stays.
    [7, [100, 120], 3, 1],
    // 16 days: only day 0 is older, and it is everyone's first: nothing goes.
    [16, [100, 110, 120], 0, 0],
    [30, [100, 110, 120], 0, 0],
    [null, [100, 110, 120], 0, 0],
  ])(
    '%s days keeps %j of post 1 and removes %s snapshots and %s follower snapshots',
    async (days, kept, snapshots, followerSnapshots) => {
      const db = await seed();
      const r = await prune(db, days, T0 + 25 * DAY);
      const day10 = snapshots > 0 ? T0 + 10 * DAY : null;
      expect(r).toEqual({
        ok: true,
        removed: {
          snapshots,
          followerSnapshots,
          posts: snapshots,
          authors: followerSnapshots,
          oldest: day10,
          newest: day10,
        },
      });
      expect(await likesOf(db, 'x:1')).toEqual(kept);
    },
  );

  it('keeps the first and latest snapshot of each post and author however old', async () => {
    const db = await seed();
    const r = await prune(db, 1, T0 + 400 * DAY);
    expect(r.ok).toBe(true);
    expect(await likesOf(db, 'x:1')).toEqual([100, 120]);
    expect(await likesOf(db, 'x:3')).toEqual([300, 320]);
    const follows = await db.getAll('followerSnapshots');
    expect(follows.map((f) => [f.authorKey, f.followers]).sort()).toEqual([
      ['x:esa', 50],
      ['x:nasa', 1000],
      ['x:nasa', 1020],
    ]);
    expect(await db.count('posts')).toBe(3);
  });

  it('forgets batch ids older than a week, whatever the retention', async () => {
    const db = await seed();
    await recordBatch(db, batch([], { batchId: 'recent' }), SETTINGS, T0 + 30 * DAY);
    expect(await db.count('batches')).toBe(5);
    // A week after day 20, less a millisecond: the batches of days 0 and 10 are past it.
    await prune(db, null, T0 + 20 * DAY + BATCH_ID_TTL_MS - 1);
    const kept = await db.getAll('batches');
    expect(kept.map((b) => b.at).sort()).toEqual([T0 + 20 * DAY, T0 + 30 * DAY]);
    expect(kept.map((b) => b.batchId)).toContain('recent');
  });
});
