// @vitest-environment node

// The clock set back between reading and storing: batches read "after now" cannot be stored as of
// when they were read. Each is stored as of a time of its own, at most now and in the order they
// were read, so no snapshot holds counts two readings showed (one moment keeps one snapshot: two
// batches stored as of the same now were merged into one, their counts mixed).
import { WriteQueue } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { captureTimes } from '@/lib/store/write-queue';
import { batch, freshIndexedDb, MIN, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

// 14:00 by the clock set back; the batches were read at 14:05 and 14:10 by the clock before.
const NOW = T0 + 2 * 60 * MIN;

async function snapshots() {
  const snaps = await (await getDb()).getAllFromIndex('snapshots', 'by-post-time');
  return snaps.map((s) => [s.capturedAt - NOW, s.likes, s.views]);
}

describe('batches read after now, stored together', () => {
  const a = () => batch([reading({ likes: 100, views: 5000 })], { readAt: NOW + 5 * MIN });
  const b = () => batch([reading({ likes: 120, views: null })], { readAt: NOW + 10 * MIN });

  it('are two snapshots, in the order read, the newer as of now', async () => {
    const logs: string[] = [];
    const q = new WriteQueue({
      db: getDb,
      settings: () => SETTINGS,
      now: () => NOW,
      log: (m) => logs.push(m),
    });
    const results = await Promise.all([q.record(a()), q.record(b())]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(q.transactions).toBe(1);
    // Before the fix one snapshot at now: [[0, 120, 5000]], 5,000 views B never showed.
    // A (read 14:05) at now − 1 ms as it showed it; B (14:10) at now: likes 120 changed, views
    // not shown (null, absence: stored as null since it is a snapshot of its own).
    expect(await snapshots()).toEqual([
      [-1, 100, 5000],
      [0, 120, null],
    ]);
    const [post] = await (await getDb()).getAll('posts');
    expect(post!.summary).toMatchObject({
      snapshotCount: 2,
      latest: { capturedAt: NOW, likes: 120, views: null },
      previous: { capturedAt: NOW - 1, likes: 100, views: 5000 },
    });
    // The log names each time it stored them as.
    expect(logs).toEqual([
      expect.stringContaining(`${new Date(NOW - 1).toISOString()}`),
      expect.stringContaining(`${new Date(NOW).toISOString()}`),
    ]);
  });

  it('come in another order: still stored in the order read', async () => {
    const q = new WriteQueue({ db: getDb, settings: () => SETTINGS, now: () => NOW });
    await Promise.all([q.record(b()), q.record(a())]);
    expect(await snapshots()).toEqual([
      [-1, 100, 5000],
      [0, 120, null],
    ]);
  });
});

describe('batches re-dated by a clock set back', () => {
  const iso = (t: number) => new Date(t).toISOString();

  it('say so in their results: how many readings, read when, stored as of when', async () => {
    const q = new WriteQueue({ db: getDb, settings: () => SETTINGS, now: () => NOW });
    const two = batch([reading({ postId: 'p1' }), reading({ postId: 'p2' })], { readAt: NOW + 5 * MIN });
    const before = batch([reading({ postId: 'p3' })], { readAt: NOW - MIN });
    const [ahead, kept] = await Promise.all([q.record(two), q.record(before)]);
    // The user's notice counts them (checked-readings.ts), beside those the checks changed.
    expect(ahead).toMatchObject({ ok: true, stored: 2, retimed: 2 });
    const reasons = ahead.ok ? ahead.reasons : [];
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain(iso(NOW + 5 * MIN));
    expect(reasons[0]).toContain(iso(NOW));
    // Read before now: stored as of when read, nothing to tell.
    expect(kept).toMatchObject({ ok: true, stored: 1, reasons: [] });
    expect(kept.ok && kept.retimed).toBeFalsy();
  });

  it('are not counted again when a retry of one is a duplicate', async () => {
    const q = new WriteQueue({ db: getDb, settings: () => SETTINGS, now: () => NOW });
    const once = batch([reading()], { readAt: NOW + 5 * MIN, batchId: 'b-1' });
    expect(await q.record(once)).toMatchObject({ ok: true, retimed: 1 });
    const again = await q.record({ ...once });
    expect(again).toMatchObject({ ok: true, duplicate: true, reasons: [] });
    expect(again.ok && again.retimed).toBeFalsy();
  });
});

describe('captureTimes', () => {
  it('gives read times after now distinct times up to now, in their order; ties stay one moment', () => {
    const group = [
      { batch: { readAt: NOW + 10 * MIN }, at: undefined },
      { batch: { readAt: NOW - MIN }, at: undefined },
      { batch: {}, at: NOW + 5 * MIN },
      { batch: { readAt: NOW + 10 * MIN }, at: undefined },
      { batch: { readAt: NOW + 7 * MIN }, at: undefined },
    ];
    // Read after now: 14:05, 14:07, 14:10 (twice) → now − 2 ms, now − 1 ms, now.
    expect(captureTimes(group, NOW).map((t) => t - NOW)).toEqual([0, -MIN, -2, 0, -1]);
  });

  it('never gives one the time of another batch of the group', () => {
    const group = [
      { batch: { readAt: NOW + 10 * MIN }, at: undefined },
      // No read time: stored as of now.
      { batch: {}, at: undefined },
      { batch: { readAt: NOW - 2 }, at: undefined },
      { batch: { readAt: NOW + 7 * MIN }, at: undefined },
    ];
    // now and now − 2 ms are taken: 14:10 → now − 1 ms, 14:07 → now − 3 ms.
    expect(captureTimes(group, NOW).map((t) => t - NOW)).toEqual([-1, 0, -2, -3]);
  });

  it('leaves a group with nothing read after now as captureTime would', () => {
    const group = [
      { batch: { readAt: NOW - MIN }, at: undefined },
      { batch: {}, at: NOW - 2 * MIN },
    ];
    expect(captureTimes(group, NOW).map((t) => t - NOW)).toEqual([-MIN, -2 * MIN]);
  });
});
