// @vitest-environment node

// What the background adds to a post's knowledge for the badge: when the author's followers were
// read, and the medians of engagement and of views over the author's other posts (the outlier of
// a post without an ER).
import { knownPosts, recordBatch } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { batch, freshIndexedDb, HOUR, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const post = (postId: string, likes: number, views: number | null, over: Partial<PostReading> = {}) =>
  reading({ postId, likes, comments: 0, reposts: 0, saves: null, views, ...over });

describe('knowledge for the badge', () => {
  it('says when the followers were read', async () => {
    const db = await getDb();
    const profile = { platform: 'x' as const, handle: 'nasa', name: 'NASA', followers: 1000 };
    await recordBatch(db, batch([post('p1', 10, 100)], { profile }), SETTINGS, T0);
    await recordBatch(db, batch([post('p1', 20, 100)]), SETTINGS, T0 + HOUR);
    const k = (await knownPosts(db, ['x:p1']))['x:p1'];
    expect(k?.authorFollowers).toBe(1000);
    expect(k?.authorFollowersAt).toBe(T0);
  });

  it('has no follower time for an author whose followers were never read', async () => {
    const db = await getDb();
    await recordBatch(db, batch([post('p1', 10, 100)]), SETTINGS, T0);
    expect((await knownPosts(db, ['x:p1']))['x:p1']?.authorFollowersAt).toBeNull();
  });

  it.each([
    // others of p1: engagement 100, 200, 300, 400 and 50; views 1000, 2000, 3000, 4000 (nv none)
    ['x:p1', [200, 5], [2500, 4]],
    // others of nv: engagement 500, 100, 200, 300, 400; views 10,000, 1000 … 4000
    ['x:nv', [300, 5], [3000, 5]],
  ] as const)('medians over the author’s other posts, latest snapshot each: %s', async (key, eng, views) => {
    const db = await getDb();
    await recordBatch(
      db,
      batch([
        post('p1', 500, 10_000),
        post('p2', 100, 1000),
        post('p3', 200, 2000),
        post('p4', 300, 3000),
        post('p5', 1, 10),
        post('nv', 50, null),
      ]),
      SETTINGS,
      T0,
    );
    // p5's latest snapshot is what counts (its first, 1 and 10, would move both medians).
    await recordBatch(db, batch([post('p5', 400, 4000)]), SETTINGS, T0 + HOUR);
    const k = (await knownPosts(db, [key]))[key];
    expect(k?.authorMedians).toEqual({ engagement: eng, views });
  });

  it('has no medians for a post without an author', async () => {
    const db = await getDb();
    await recordBatch(
      db,
      batch([post('anon', 5, 100, { author: { handle: null, name: null } })]),
      SETTINGS,
      T0,
    );
    expect((await knownPosts(db, ['x:anon']))['x:anon']?.authorMedians).toBeUndefined();
  });
});
