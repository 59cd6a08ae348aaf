// @vitest-environment node

// A reading stored as of a time before the post's (or author's) newest snapshot: the clock was set
// back (or a batch came late). It is compared with the snapshot before it in time, as any other
// reading is, so the snapshot interval holds and one moment keeps one snapshot.
import { recordBatches } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, DAY, freshIndexedDb, HOUR, MIN, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const KEY = 'x:1790000000000000001';

async function record(at: number, ...args: Parameters<typeof batch>) {
  const db = await getDb();
  const [r] = await recordBatches(db, [batch(...args)], SETTINGS, at);
  expect(r).toMatchObject({ ok: true });
}

async function history() {
  const db = await getDb();
  const snaps = await db.getAllFromIndex('snapshots', 'by-post-time');
  return snaps.map((s) => [(s.capturedAt - T0) / MIN, s.likes]);
}

describe('the clock set back a day', () => {
  it('an unchanged post read every 5 minutes adds one snapshot, not one per batch', async () => {
    await record(T0, [reading({ likes: 100 })]);
    await record(T0 + HOUR, [reading({ likes: 200 })]);
    await record(T0 + 2 * HOUR, [reading({ likes: 300 })]);
    // The computer's clock goes back a day: the user scrolls past the same post for 20 minutes.
    for (let m = 0; m <= 20; m += 5) await record(T0 - DAY + m * MIN, [reading({ likes: 300 })]);
    expect(await history()).toEqual([
      [-DAY / MIN, 300],
      [0, 100],
      [60, 200],
      [120, 300],
    ]);
    const db = await getDb();
    expect((await db.get('posts', KEY))!.summary).toMatchObject({
      snapshotCount: 4,
      latest: { capturedAt: T0 + 2 * HOUR, likes: 300 },
      previous: { capturedAt: T0 + HOUR, likes: 200 },
    });
  });

  it("an author's unchanged followers read every 5 minutes add one follower snapshot", async () => {
    const profile = (followers: number) => ({
      platform: 'x' as const,
      handle: 'nasa',
      name: 'NASA',
      followers,
    });
    await record(T0, [], { profile: profile(1000) });
    await record(T0 + HOUR, [], { profile: profile(1100) });
    for (let m = 0; m <= 20; m += 5) await record(T0 - DAY + m * MIN, [], { profile: profile(1100) });
    const db = await getDb();
    const follows = (await db.getAllFromIndex('followerSnapshots', 'by-author-time')).map((f) => [
      (f.capturedAt - T0) / MIN,
      f.followers,
    ]);
    expect(follows).toEqual([
      [-DAY / MIN, 1100],
      [0, 1000],
      [60, 1100],
    ]);
    // The author's count stays the newest read.
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 1100, followersAt: T0 + HOUR });
  });
});

describe('a late reading of a moment older than the two newest snapshots', () => {
  it('adds no second snapshot of that moment: the stored one stays', async () => {
    await record(T0, [reading({ likes: 100 })]);
    await record(T0 + HOUR, [reading({ likes: 200 })]);
    await record(T0 + 2 * HOUR, [reading({ likes: 300 })]);
    const db = await getDb();
    const [r] = await recordBatches(
      db,
      [batch([reading({ likes: 150 })])],
      SETTINGS,
      T0 + 3 * HOUR,
      () => {},
      [T0],
    );
    expect(r).toMatchObject({ ok: true });
    expect(await history()).toEqual([
      [0, 100],
      [60, 200],
      [120, 300],
    ]);
    expect((await db.get('posts', KEY))!.summary.snapshotCount).toBe(3);
  });

  it("adds no second follower snapshot of a moment older than the author's newest", async () => {
    const profile = (followers: number) => ({
      platform: 'x' as const,
      handle: 'nasa',
      name: 'NASA',
      followers,
    });
    await record(T0, [], { profile: profile(1000) });
    await record(T0 + HOUR, [], { profile: profile(1100) });
    const db = await getDb();
    await recordBatches(db, [batch([], { profile: profile(1050) })], SETTINGS, T0 + 2 * HOUR, () => {}, [T0]);
    const follows = (await db.getAllFromIndex('followerSnapshots', 'by-author-time')).map((f) => [
      (f.capturedAt - T0) / MIN,
      f.followers,
    ]);
    expect(follows).toEqual([
      [0, 1000],
      [60, 1100],
    ]);
  });
});
