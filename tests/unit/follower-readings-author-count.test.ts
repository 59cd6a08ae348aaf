// @vitest-environment node

import { followerChange } from '@/lib/insights/follower-change';
import type { ReadingBatch } from '@/lib/messaging/protocol';
import { loadFollowerReadings } from '@/lib/queries';
import { recordBatches } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, freshIndexedDb, MIN, SETTINGS, T0 } from './recorder-helpers';

// The Overview's follower readings (loadFollowerReadings) hold the author's own newest count when
// it is newer than every follower snapshot: the recorder keeps no snapshot of an unchanged count
// read within the snapshot interval, and a late batch's snapshot goes in before a newer reading,
// yet in both the author's count is the newest read (as the Authors view's followerTrend takes it).

beforeEach(freshIndexedDb);
afterEach(closeDb);

const profile = (followers: number, handle = 'nasa') =>
  batch([], { profile: { platform: 'x', handle, name: null, followers } });

/** Stores `b` at T0 + `storedAt` minutes, as read at T0 + `readAt` minutes. */
async function record(b: ReadingBatch, storedAt: number, readAt = storedAt) {
  const [result] = await recordBatches(await getDb(), [b], SETTINGS, T0 + storedAt * MIN, () => {}, [
    T0 + readAt * MIN,
  ]);
  expect(result).toMatchObject({ ok: true, stored: 0, duplicate: false });
}

const minutes = (rs: { capturedAt: number; followers: number }[]) =>
  rs.map((r) => [(r.capturedAt - T0) / MIN, r.followers]);

describe('loadFollowerReadings and the author’s own newest count', () => {
  it.each([
    {
      name: 'an unchanged count read again within the interval',
      steps: [
        [1000, 0, 0],
        [1000, 20, 20],
      ],
      readings: [
        [0, 1000],
        [20, 1000],
      ],
      // A period from 12:15 to 13:15: the author was read in it (12:20), with no change.
      period: [15, 75],
      change: 0,
    },
    {
      name: 'a late batch read before that unchanged count, with another count',
      steps: [
        [1000, 0, 0],
        [1000, 20, 20],
        // Read at 12:10, stored at 12:25 after a worker restart.
        [1100, 25, 10],
      ],
      readings: [
        [0, 1000],
        [10, 1100],
        [20, 1000],
      ],
      // From 12:00 to 13:00: 1,000 at its start and 1,000 at its end (read at 12:20), not 1,100.
      period: [0, 60],
      change: 0,
    },
  ])('$name', async ({ steps, readings, period, change }) => {
    for (const [followers, storedAt, readAt] of steps) await record(profile(followers!), storedAt!, readAt);
    // The recorder kept the newest read as the author's count, with its time.
    const author = await (await getDb()).get('authors', 'x:nasa');
    expect(author).toMatchObject({ followers: 1000, followersAt: T0 + 20 * MIN });

    for (const keys of [['x:nasa'], null]) {
      const got = await loadFollowerReadings(keys);
      expect(minutes(got)).toEqual(readings);
      const points = got.map((r) => [r.capturedAt, r.followers] as const);
      const p = { start: T0 + period[0]! * MIN, end: T0 + period[1]! * MIN };
      expect(followerChange(points, p)).toMatchObject({ value: change, reason: null });
    }
  });

  it('adds no reading of a count a snapshot holds, and gives every author’s readings in key order', async () => {
    await record(profile(1000), 0);
    await record(profile(1200), 40);
    await record(profile(7, 'esa'), 5);
    await record(profile(7, 'esa'), 10);
    expect(minutes(await loadFollowerReadings(['x:nasa']))).toEqual([
      [0, 1000],
      [40, 1200],
    ]);
    const all = await loadFollowerReadings(null);
    expect(all.map((r) => [r.authorKey, (r.capturedAt - T0) / MIN, r.followers])).toEqual([
      ['x:esa', 5, 7],
      ['x:esa', 10, 7],
      ['x:nasa', 0, 1000],
      ['x:nasa', 40, 1200],
    ]);
    expect(all.every((r) => Object.keys(r).sort().join() === 'authorKey,capturedAt,followers')).toBe(true);
  });
});
