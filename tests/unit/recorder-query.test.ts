// @vitest-environment node

import { knownPosts, recordBatch } from '@/lib/store';
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { batch, freshIndexedDb, HOUR, reading, SETTINGS, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const post = (postId: string, likes: number, views: number | null, over: Partial<PostReading> = {}) =>
  reading({ postId, likes, comments: 0, reposts: 0, saves: null, views, ...over });

/** nasa: 1000 followers; five posts with ER by views 5%, 1%, 2%, 3%, 4%; one post without views. */
async function seed(): Promise<PostLensDb> {
  const db = await getDb();
  const profile = { platform: 'x' as const, handle: 'nasa', name: 'NASA', followers: 1000 };
  await recordBatch(
    db,
    batch(
      [
        post('p1', 500, 10_000),
        post('p2', 100, 10_000),
        post('p3', 200, 10_000),
        post('p4', 300, 10_000),
        post('p5', 400, 10_000),
        post('nv', 50, null),
      ],
      { profile },
    ),
    SETTINGS,
    T0,
  );
  return db;
}

describe('knownPosts', () => {
  it('gives history oldest first, each reading with its own counts (not their sum)', async () => {
    const db = await seed();
    // Saves shown for the first time: kept apart, so the badge does not take them for growth.
    await recordBatch(db, batch([post('p1', 650, 12_000, { comments: 20, saves: 7 })]), SETTINGS, T0 + HOUR);
    const k = (await knownPosts(db, ['x:p1']))['x:p1'];
    expect(k?.history).toEqual([
      { capturedAt: T0, likes: 500, comments: 0, reposts: 0, saves: null, views: 10_000 },
      { capturedAt: T0 + HOUR, likes: 650, comments: 20, reposts: 0, saves: 7, views: 12_000 },
    ]);
    expect(k?.firstSeen).toBe(T0);
    expect(k?.lastSeen).toBe(T0 + HOUR);
    expect(k?.authorFollowers).toBe(1000);
  });

  it.each([
    // others of p1 by views: 1%, 2%, 3%, 4%; and nv has no views, so it is not counted
    ['auto, post shows views', 'x:p1', 'auto', 0.025, 4, 'views'],
    // others of p1 by followers: 100/1000 … 400/1000 and nv 50/1000
    ['followers preferred', 'x:p1', 'followers', 0.2, 5, 'followers'],
    ['views preferred', 'x:p2', 'views', 0.035, 4, 'views'],
    // nv has no views: its own ER is by followers, so the median is too (others: 0.5, 0.1 … 0.4)
    ['auto, post without views', 'x:nv', 'auto', 0.3, 5, 'followers'],
  ] as const)('median ER of the other posts: %s', async (_name, key, pref, median, count, basis) => {
    const db = await seed();
    const k = (await knownPosts(db, [key], pref))[key];
    expect(k?.authorPostCount).toBe(count);
    expect(k?.authorMedianEr).toBeCloseTo(median, 12);
    // Which basis, so a badge that rates the post on the other one can compare like with like.
    expect(k?.authorMedianErBasis).toBe(basis);
  });

  it('uses each post’s latest snapshot for the median', async () => {
    const db = await seed();
    // p2 grows from 1% to 6% by views; the others of p1 become 2%, 3%, 4%, 6%.
    await recordBatch(db, batch([post('p2', 600, 10_000)]), SETTINGS, T0 + HOUR);
    const k = (await knownPosts(db, ['x:p1']))['x:p1'];
    expect(k?.authorMedianEr).toBeCloseTo(0.035, 12);
  });

  it('leaves out unknown keys and answers each known key once', async () => {
    const db = await seed();
    const got = await knownPosts(db, ['x:p1', 'x:nope', 'x:p1', 'reddit:p1']);
    expect(Object.keys(got)).toEqual(['x:p1']);
  });

  it('has no author context for a post without an author', async () => {
    const db = await getDb();
    await recordBatch(
      db,
      batch([post('anon', 5, 100, { author: { handle: null, name: null } })]),
      SETTINGS,
      T0,
    );
    expect((await knownPosts(db, ['x:anon']))['x:anon']).toEqual({
      firstSeen: T0,
      lastSeen: T0,
      history: [{ capturedAt: T0, likes: 5, comments: 0, reposts: 0, saves: null, views: 100 }],
      authorFollowers: null,
      authorMedianEr: null,
      authorMedianErBasis: null,
      authorPostCount: 0,
    });
  });

  it('reports every count as null when a snapshot shows none', async () => {
    const db = await getDb();
    const empty = reading({
      postId: 'e',
      likes: null,
      comments: null,
      reposts: null,
      saves: null,
      views: null,
    });
    await recordBatch(db, batch([empty]), SETTINGS, T0);
    expect((await knownPosts(db, ['x:e']))['x:e']?.history).toEqual([
      { capturedAt: T0, likes: null, comments: null, reposts: null, saves: null, views: null },
    ]);
  });

  it('answers nothing for no keys, and reads at most 500', async () => {
    const db = await seed();
    expect(await knownPosts(db, [])).toEqual({});
    const many = [...Array.from({ length: 500 }, (_, i) => `x:none${i}`), 'x:p1'];
    expect(await knownPosts(db, many)).toEqual({});
  });
});
