// @vitest-environment node

import type { ReadingBatch } from '@/lib/messaging/protocol';
// A batch retried after a service-worker restart can arrive after a newer batch of the same post
// or author. It is stored as of when the page read it (readAt): what it adds goes in before the
// newer readings, and what a record keeps of its newest reading stays the newest read.
import { recordBatches } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, freshIndexedDb, MIN, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const KEY = 'x:1790000000000000001';
const OTHER = '1790000000000000002';

/** Stores batches in one call at T0 + `storedAt` minutes, each read at its `readAt` minutes. */
async function record(storedAt: number, ...batches: [ReadingBatch, number][]) {
  const db = await getDb();
  const results = await recordBatches(
    db,
    batches.map(([b]) => b),
    SETTINGS,
    T0 + storedAt * MIN,
    () => {},
    batches.map(([, readAt]) => T0 + readAt * MIN),
  );
  for (const [i, r] of results.entries())
    expect(r).toMatchObject({
      ok: true,
      stored: batches[i]![0].posts.length,
      duplicate: false,
      dropped: 0,
      nulled: 0,
    });
}

const named = (name: string | null, postId = '1790000000000000001') =>
  batch([reading({ postId, author: { handle: 'nasa', name } })]);
const profile = (followers: number) =>
  batch([], { profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers } });

async function author() {
  return (await getDb()).get('authors', 'x:nasa');
}

async function snapshotFollowers() {
  const snaps = await (await getDb()).getAllFromIndex('snapshots', 'by-post-time');
  return snaps.map((s) => [s.postKey, (s.capturedAt - T0) / MIN, s.followers]);
}

describe("a late batch and the author's name", () => {
  it('read before the stored name, stored after it in another call: the newer name stays', async () => {
    await record(10, [named('NASA (new name)'), 10]);
    // Read at 12:05 with the name the author had then, stored at 12:12 after a worker restart.
    await record(12, [named('NASA (old name)'), 5]);
    expect((await author())!.name).toBe('NASA (new name)');
  });

  it('naming another post of the author than the newer batch did: the newer name stays', async () => {
    await record(10, [named('NASA (new name)'), 10]);
    await record(12, [named('NASA (old name)', OTHER), 5]);
    expect((await author())!.name).toBe('NASA (new name)');
  });

  it('in one call after the newer batch: the newer name stays', async () => {
    await record(12, [named('NASA (new name)'), 10], [named('NASA (old name)', OTHER), 5]);
    expect((await author())!.name).toBe('NASA (new name)');
  });

  it('a name read after the stored one still takes its place (control)', async () => {
    await record(5, [named('NASA (old name)'), 5]);
    await record(12, [named('NASA (new name)', OTHER), 10]);
    expect((await author())!.name).toBe('NASA (new name)');
  });

  it('fills in a name where no reading showed one', async () => {
    await record(10, [named(null), 10]);
    await record(12, [named('NASA', OTHER), 5]);
    expect((await author())!.name).toBe('NASA');
  });
});

describe("a late snapshot and the author's followers", () => {
  it('takes no follower count read only after it: null when none was read before', async () => {
    // 12:20: the profile shows 600 followers.
    await record(20, [profile(600), 20]);
    // A post card read at 12:05 (no follower count on it), stored late at 12:21.
    await record(21, [batch([reading()]), 5]);
    expect(await snapshotFollowers()).toEqual([[KEY, 5, null]]);
    // The author's count is still the newest read.
    expect(await author()).toMatchObject({ followers: 600, followersAt: T0 + 20 * MIN });
  });

  it('takes the count read at or before its time', async () => {
    await record(0, [profile(500), 0]);
    await record(20, [profile(600), 20]);
    await record(21, [batch([reading()]), 5]);
    expect(await snapshotFollowers()).toEqual([[KEY, 5, 500]]);
  });

  it('in one call after the newer reading: not the newer count either', async () => {
    await record(0, [profile(500), 0]);
    await record(21, [profile(600), 20], [batch([reading()]), 5]);
    expect(await snapshotFollowers()).toEqual([[KEY, 5, 500]]);
  });

  it('a snapshot read after the count takes it (control)', async () => {
    await record(5, [profile(600), 5]);
    await record(21, [batch([reading()]), 20]);
    expect(await snapshotFollowers()).toEqual([[KEY, 20, 600]]);
  });

  it("before a newer snapshot of its post: the post's latest keeps its own followers", async () => {
    await record(0, [profile(500), 0]);
    await record(20, [profile(600), 20], [batch([reading({ likes: 200 })]), 20]);
    await record(21, [batch([reading({ likes: 150 })]), 5]);
    expect(await snapshotFollowers()).toEqual([
      [KEY, 5, 500],
      [KEY, 20, 600],
    ]);
    const post = await (await getDb()).get('posts', KEY);
    expect(post!.summary).toMatchObject({
      latest: { capturedAt: T0 + 20 * MIN, followers: 600 },
      previous: { capturedAt: T0 + 5 * MIN, followers: 500 },
      followers: 600,
    });
  });
});

describe("a late batch and the post's own fields", () => {
  it('does not replace what a newer reading stored, and fills in what is unknown', async () => {
    await record(10, [
      batch([
        reading({
          text: 'Liftoff! (edited)',
          publishedAt: null,
          url: 'https://x.com/nasa/status/1790000000000000001',
        }),
      ]),
      10,
    ]);
    await record(12, [
      batch([
        reading({
          text: 'Liftoff!',
          publishedAt: '2025-05-01T10:00:00.000Z',
          url: 'https://x.com/NASA/status/1790000000000000001',
          author: { handle: 'nasa', name: 'NASA' },
        }),
      ]),
      5,
    ]);
    const post = await (await getDb()).get('posts', KEY);
    expect(post).toMatchObject({
      text: 'Liftoff! (edited)',
      url: 'https://x.com/nasa/status/1790000000000000001',
      publishedAt: '2025-05-01T10:00:00.000Z',
      firstSeen: T0 + 5 * MIN,
      lastSeen: T0 + 10 * MIN,
    });
  });
});
