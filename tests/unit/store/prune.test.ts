// @vitest-environment node

// Retention pruning keeps each post's (and author's) first and latest snapshot, and previewPrune
// counts exactly what prune then deletes, checked against a plain oracle over many data shapes.
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import { prune, pruneWithin } from '@/lib/store/delete';
import { previewPrune } from '@/lib/store/prune-select';
import { likesSnapshot } from '../fixtures/snapshot';
import { DAY, freshIndexedDb, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const snap = likesSnapshot;

/** A small deterministic generator, so each shape is the same on every run. */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s % n;
  };
}

type Shape = (db: PostLensDb) => Promise<void>;
const SHAPES: Record<string, Shape> = {
  'one snapshot a post': async (db) => {
    for (let p = 0; p < 6; p++) await db.add('snapshots', snap(`x:${p}`, T0 - p * 20 * DAY));
  },
  'two snapshots a post, both old': async (db) => {
    for (let p = 0; p < 4; p++)
      for (const age of [400, 300]) await db.add('snapshots', snap(`x:${p}`, T0 - age * DAY));
  },
  'a year of weekly snapshots of a few posts, written out of order': async (db) => {
    const r = rng(7);
    const rows = Array.from({ length: 3 * 52 }, (_, i) =>
      snap(`x:${i % 3}`, T0 - (i % 52) * 7 * DAY - r(DAY)),
    );
    rows.sort(() => r(3) - 1);
    for (const row of rows) await db.add('snapshots', row);
  },
  'equal capture times within a post': async (db) => {
    for (let i = 0; i < 5; i++) await db.add('snapshots', snap('x:tie', T0 - 100 * DAY, i));
    await db.add('snapshots', snap('x:tie', T0 - 50 * DAY));
    await db.add('snapshots', snap('x:tie', T0 - 100 * DAY, 9));
  },
  'random posts and follower snapshots': async (db) => {
    const r = rng(42);
    for (let i = 0; i < 120; i++) await db.add('snapshots', snap(`x:${r(9)}`, T0 - r(500) * DAY - r(DAY)));
    for (let i = 0; i < 40; i++)
      await db.add('followerSnapshots', {
        authorKey: `x:a${r(4)}`,
        capturedAt: T0 - r(500) * DAY,
        followers: i,
      });
  },
};

/** The rule in plain code: older than the cutoff and neither first nor latest (by time, then id). */
function oracle<T extends { id?: number; capturedAt: number }>(
  rows: T[],
  group: (r: T) => string,
  before: number,
) {
  const by = new Map<string, T[]>();
  for (const r of rows) by.set(group(r), [...(by.get(group(r)) ?? []), r]);
  return [...by.values()].flatMap((list) => {
    list.sort((a, b) => a.capturedAt - b.capturedAt || a.id! - b.id!);
    return list.slice(1, -1).filter((r) => r.capturedAt < before);
  });
}

const DAYS = [1, 7, 30, 90, 365, null] as const;
const CASES = Object.keys(SHAPES).flatMap((shape) => DAYS.map((days) => [shape, days] as const));

describe('previewPrune', () => {
  it.each(CASES)('%s, %s days: counts exactly what prune deletes', async (shape, days) => {
    const db = await getDb();
    await SHAPES[shape]!(db);
    const snapsBefore = await db.getAll('snapshots');
    const followsBefore = await db.getAll('followerSnapshots');
    const before = days === null ? -Infinity : T0 - days * DAY;
    const expectSnaps = oracle(snapsBefore, (s) => s.postKey, before);
    const expectFollows = oracle(followsBefore, (f) => f.authorKey, before);

    const preview = await previewPrune(db, days, T0);
    const result = await prune(db, days, T0);
    if (!result.ok) throw new Error(result.error);

    const left = new Set((await db.getAll('snapshots')).map((s) => s.id));
    const leftF = new Set((await db.getAll('followerSnapshots')).map((f) => f.id));
    const gone = snapsBefore.filter((s) => !left.has(s.id));
    const goneF = followsBefore.filter((f) => !leftF.has(f.id));
    expect(gone.map((s) => s.id).sort()).toEqual(expectSnaps.map((s) => s.id).sort());
    expect(goneF.map((f) => f.id).sort()).toEqual(expectFollows.map((f) => f.id).sort());
    const times = [...gone, ...goneF].map((r) => r.capturedAt);
    const counts = {
      snapshots: gone.length,
      followerSnapshots: goneF.length,
      posts: new Set(gone.map((s) => s.postKey)).size,
      authors: new Set(goneF.map((f) => f.authorKey)).size,
      oldest: times.length ? Math.min(...times) : null,
      newest: times.length ? Math.max(...times) : null,
    };
    expect(result.removed).toEqual(counts);
    expect(preview).toMatchObject({ retentionDays: days, ...counts });
  });
});

describe('prune', () => {
  it("keeps each post's first and latest snapshot, and each author's first and latest followers", async () => {
    const db = await getDb();
    for (const age of [300, 200, 100, 50]) await db.add('snapshots', snap('x:1', T0 - age * DAY, age));
    for (const age of [300, 200, 100])
      await db.add('followerSnapshots', { authorKey: 'x:a', capturedAt: T0 - age * DAY, followers: age });
    expect(await prune(db, 30, T0)).toMatchObject({
      ok: true,
      removed: { snapshots: 2, followerSnapshots: 1 },
    });
    expect((await db.getAll('snapshots')).map((s) => s.likes)).toEqual([300, 50]);
    expect((await db.getAll('followerSnapshots')).map((f) => f.followers)).toEqual([300, 100]);
  });

  it('bounded by ids, takes nothing written later, and a later snapshot makes no earlier one deletable', async () => {
    const db = await getDb();
    for (const age of [300, 200, 100]) await db.add('snapshots', snap('x:1', T0 - age * DAY, age));
    const through = 3;
    // Written after the bound: an older snapshot (an import) and a newer one (a reading).
    await db.add('snapshots', snap('x:1', T0 - 400 * DAY, 400));
    await db.add('snapshots', snap('x:1', T0, 0));
    const limit = { before: T0 - 30 * DAY, snapshotsThrough: through, followersThrough: 0 };
    // Among ids 1-3, 300 is first and 100 latest: only 200 may go.
    expect(await pruneWithin(db, limit, T0)).toMatchObject({
      ok: true,
      removed: { snapshots: 1 },
      outdated: false,
    });
    expect((await db.getAll('snapshots')).map((s) => s.likes)).toEqual([300, 100, 400, 0]);
  });

  it('deletes nothing when the selection is larger than the preview the user confirmed', async () => {
    const db = await getDb();
    for (const age of [300, 200, 150, 100]) await db.add('snapshots', snap('x:1', T0 - age * DAY, age));
    const limit = { before: T0 - 30 * DAY, snapshotsThrough: null, followersThrough: null };
    expect(await pruneWithin(db, limit, T0, { snapshots: 1, followerSnapshots: 0 })).toMatchObject({
      ok: true,
      outdated: true,
      removed: { snapshots: 0 },
    });
    expect(await db.count('snapshots')).toBe(4);
  });
});
