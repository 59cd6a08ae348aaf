// @vitest-environment node

// Readings are stored as of when the page read them: a batch that comes after a newer one of the
// same post (a retry after the service worker went, batches flushed together when the page hid)
// must not pass for the newer reading, neither in the post's summary nor in its author's count.
import { WriteQueue } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { captureTime } from '@/lib/store/write-queue';
import { batch, freshIndexedDb, HOUR, MIN, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const NOW = T0 + 3 * HOUR;
const queue = () => new WriteQueue({ db: getDb, settings: () => SETTINGS, now: () => NOW });
const author = (followers: number) => ({ handle: 'nasa', name: 'NASA', followers });

describe('captureTime', () => {
  it.each([
    ['the hand-off time', { readAt: NOW - HOUR }, NOW - 2 * HOUR, NOW - 2 * HOUR],
    ["the batch's readAt", { readAt: NOW - HOUR }, undefined, NOW - HOUR],
    ['now, for a batch that says neither', {}, undefined, NOW],
    ['now, for a time ahead of now', { readAt: NOW + MIN }, undefined, NOW],
    ['now, for a readAt that is no time', { readAt: 'soon' }, undefined, NOW],
    ['now, for a readAt that is not finite', { readAt: Number.POSITIVE_INFINITY }, undefined, NOW],
    ['now, for no batch at all', null, undefined, NOW],
  ])('is %s', (_, b, at, expected) => {
    expect(captureTime(b, at, NOW)).toBe(expected);
  });

  it('says so when it stores a read time after now as now', () => {
    const log = vi.fn();
    expect(captureTime({ readAt: NOW + MIN }, undefined, NOW, log)).toBe(NOW);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(new Date(NOW + MIN).toISOString()));
    captureTime({ readAt: NOW - MIN }, undefined, NOW, log);
    expect(log).toHaveBeenCalledTimes(1);
  });
});

describe('a batch that arrives after a newer one of the same post', () => {
  it('in separate transactions: adds the older snapshot before the newer, which stays latest', async () => {
    const q = queue();
    const newer = batch([reading({ likes: 300, author: author(2_000) })], { readAt: NOW - 10 * MIN });
    const older = batch([reading({ likes: 100, author: author(1_000) })], { readAt: NOW - 2 * HOUR });
    expect((await q.record(newer)).ok).toBe(true);
    expect((await q.record(older)).ok).toBe(true);
    const db = await getDb();
    const [post] = await db.getAll('posts');
    expect(post!.summary.latest).toMatchObject({ capturedAt: NOW - 10 * MIN, likes: 300, followers: 2_000 });
    expect(post!.summary.previous).toMatchObject({
      capturedAt: NOW - 2 * HOUR,
      likes: 100,
      followers: 1_000,
    });
    expect(post!.firstSeen).toBe(NOW - 2 * HOUR);
    expect(post!.lastSeen).toBe(NOW - 10 * MIN);
    const snaps = (await db.getAll('snapshots')).map((s) => [s.capturedAt, s.likes, s.followers]);
    expect(snaps.sort((a, b) => a[0]! - b[0]!)).toEqual([
      [NOW - 2 * HOUR, 100, 1_000],
      [NOW - 10 * MIN, 300, 2_000],
    ]);
    // The author's count is the newest read, with its time; both readings are in its history.
    expect(await db.get('authors', 'x:nasa')).toMatchObject({
      followers: 2_000,
      followersAt: NOW - 10 * MIN,
    });
    const follows = (await db.getAll('followerSnapshots')).map((f) => [f.capturedAt, f.followers]);
    expect(follows.sort((a, b) => a[0]! - b[0]!)).toEqual([
      [NOW - 2 * HOUR, 1_000],
      [NOW - 10 * MIN, 2_000],
    ]);
  });

  it('in one transaction (sent together as a page hides): the same', async () => {
    const q = queue();
    const newer = batch([reading({ likes: 300, author: author(2_000) })], { readAt: NOW - 10 * MIN });
    const older = batch([reading({ likes: 100, author: author(1_000) })], { readAt: NOW - 2 * HOUR });
    const results = await Promise.all([q.record(newer), q.record(older)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(q.transactions).toBe(1);
    const db = await getDb();
    const [post] = await db.getAll('posts');
    expect(post!.summary).toMatchObject({
      snapshotCount: 2,
      latest: { capturedAt: NOW - 10 * MIN, likes: 300 },
      previous: { capturedAt: NOW - 2 * HOUR, likes: 100 },
      followers: 2_000,
    });
    expect(await db.get('authors', 'x:nasa')).toMatchObject({
      followers: 2_000,
      followersAt: NOW - 10 * MIN,
    });
  });

  it('keeps the id of a batch read long ago as of when it was stored, so a week-old retry is still known', async () => {
    const q = queue();
    const old = batch([reading()], { readAt: NOW - 8 * 24 * HOUR });
    await q.record(old);
    const db = await getDb();
    expect((await db.getAll('snapshots')).map((s) => s.capturedAt)).toEqual([NOW - 8 * 24 * HOUR]);
    // Batch ids are forgotten a week after their time: the read time would drop this one at once.
    expect(await db.get('batches', old.batchId)).toEqual({ batchId: old.batchId, at: NOW });
  });

  it('a batch from a content script that sends no readAt is stored as of its arrival', async () => {
    const q = queue();
    await q.record(batch([reading()]));
    const [snap] = await (await getDb()).getAll('snapshots');
    expect(snap!.capturedAt).toBe(NOW);
  });
});
