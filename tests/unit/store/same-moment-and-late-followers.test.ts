// @vitest-environment node

// lib/store/: what the write path keeps must be what the pages showed, in order.
import { recordBatches } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, freshIndexedDb, MIN, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const KEY = 'x:1790000000000000001';

async function history() {
  const db = await getDb();
  const snaps = await db.getAllFromIndex('snapshots', 'by-post-time');
  return snaps.map((s) => [(s.capturedAt - T0) / MIN, s.likes, s.views]);
}

async function followerHistory() {
  const db = await getDb();
  const snaps = await db.getAllFromIndex('followerSnapshots', 'by-author-time');
  return snaps.map((f) => [(f.capturedAt - T0) / MIN, f.followers]);
}

describe('two readings of one post at one moment, the first unchanged since the last snapshot', () => {
  it('one snapshot of that moment keeps the count only the first shows', async () => {
    const db = await getDb();
    // 12:00: 100 likes, 10,000 views.
    await recordBatches(db, [batch([reading({ likes: 100, views: 10_000 })])], SETTINGS, T0);
    // 12:10, one batch: the post shown twice (or two tabs' batches of one moment). The first shows
    // what 12:00 showed; the second one more like and no view count. One moment, one snapshot: the
    // later reading's shown counts win, the others stay (the page showed 10,000 views at 12:10).
    const [r] = await recordBatches(
      db,
      [batch([reading({ likes: 100, views: 10_000 }), reading({ likes: 101, views: null })])],
      SETTINGS,
      T0 + 10 * MIN,
    );
    expect(r).toMatchObject({ ok: true, stored: 2 });
    expect(await history()).toEqual([
      [0, 100, 10_000],
      [10, 101, 10_000],
    ]);
    const post = await db.get('posts', KEY);
    expect(post!.summary.latest).toMatchObject({ likes: 101, views: 10_000 });
  });
});

describe("an author's follower history", () => {
  const profile = (followers: number) => ({
    platform: 'x' as const,
    handle: 'nasa',
    name: 'NASA',
    followers,
  });
  it('a reading that differs from the follower snapshot before it in time adds one, after a late batch', async () => {
    const db = await getDb();
    const record = (minutes: number, followers: number, readAt = minutes) =>
      recordBatches(
        db,
        [batch([], { profile: profile(followers) })],
        SETTINGS,
        T0 + minutes * MIN,
        () => {},
        [T0 + readAt * MIN],
      );
    await record(0, 500); // 12:00: 500, a snapshot
    await record(10, 500); // 12:10: 500 again, within the interval: none
    await record(12, 600, 5); // a batch read at 12:05 (600), stored late: a snapshot before 12:10
    await record(20, 500); // 12:20: 500, which differs from the snapshot before it (600 at 12:05)
    expect(await followerHistory()).toEqual([
      [0, 500],
      [5, 600],
      [20, 500],
    ]);
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 500, followersAt: T0 + 20 * MIN });
  });
});
