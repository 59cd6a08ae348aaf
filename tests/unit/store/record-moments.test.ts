// @vitest-environment node

// One moment, one reading: a history (and an import of its export) holds one snapshot per post,
// or author, and capture time. And a reading that comes late is compared with the one before it
// in time, not with a newer one, so what it says is not dropped.
import { recordBatches } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, freshIndexedDb, HOUR, MIN, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const KEY = 'x:1790000000000000001';

async function history() {
  const db = await getDb();
  const snaps = await db.getAllFromIndex('snapshots', 'by-post-time');
  return snaps.map((s) => [s.capturedAt - T0, s.likes, s.comments, s.views]);
}

async function followerHistory() {
  const db = await getDb();
  const snaps = await db.getAll('followerSnapshots');
  return snaps.map((f) => [f.capturedAt - T0, f.followers]).sort((a, b) => a[0]! - b[0]!);
}

/** Records each batch in its own call, read at the given minutes after T0. */
async function recordAt(...calls: Array<[number, Parameters<typeof batch>[0]]>) {
  const db = await getDb();
  for (const [minutes, posts] of calls) {
    const [r] = await recordBatches(db, [batch(posts)], SETTINGS, T0 + minutes * MIN);
    expect(r).toMatchObject({ ok: true });
  }
}

describe('two readings of one post at one moment', () => {
  it.each([
    ['the later counts win', [reading({ likes: 100 }), reading({ likes: 101 })], [[0, 101, 10, 10_000]]],
    [
      'a count only the first shows stays',
      [reading({ likes: 100, views: 20_000 }), reading({ likes: 101, views: null })],
      [[0, 101, 10, 20_000]],
    ],
    ['the same counts twice are one snapshot', [reading(), reading()], [[0, 100, 10, 10_000]]],
  ])('in one batch: %s', async (_, posts, expected) => {
    const db = await getDb();
    const [r] = await recordBatches(db, [batch(posts)], SETTINGS, T0);
    expect(r).toMatchObject({ ok: true, stored: posts.length });
    expect(await history()).toEqual(expected);
    // The summary says what the snapshot says.
    const post = await db.get('posts', KEY);
    expect(post!.summary).toMatchObject({
      snapshotCount: 1,
      latest: { likes: expected[0]![1] },
      previous: null,
    });
  });

  it("in two tabs' batches written in one call: one snapshot", async () => {
    const db = await getDb();
    const results = await recordBatches(
      db,
      [batch([reading({ likes: 100 })]), batch([reading({ likes: 120 })])],
      SETTINGS,
      T0,
    );
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await history()).toEqual([[0, 120, 10, 10_000]]);
  });

  it('already stored by an earlier call: the stored one stays, no second snapshot of that moment', async () => {
    const db = await getDb();
    await recordBatches(db, [batch([reading({ likes: 100 })])], SETTINGS, T0 + HOUR);
    await recordBatches(db, [batch([reading({ likes: 300 })])], SETTINGS, T0 + 2 * HOUR);
    // A late batch read at exactly the first one's moment.
    await recordBatches(db, [batch([reading({ likes: 150 })])], SETTINGS, T0 + 3 * HOUR, () => {}, [
      T0 + HOUR,
    ]);
    expect(await history()).toEqual([
      [HOUR, 100, 10, 10_000],
      [2 * HOUR, 300, 10, 10_000],
    ]);
  });

  it("an author's followers from the profile and a post card at one moment: one follower snapshot, the later", async () => {
    const db = await getDb();
    const [r] = await recordBatches(
      db,
      [
        batch([reading({ author: { handle: 'nasa', name: 'NASA', followers: 1_234_567 } })], {
          profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers: 1_200_000 },
        }),
      ],
      SETTINGS,
      T0,
    );
    expect(r).toMatchObject({ ok: true, stored: 1 });
    expect(await followerHistory()).toEqual([[0, 1_234_567]]);
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 1_234_567, followersAt: T0 });
  });
});

describe('a late reading (read before the newest snapshot)', () => {
  it.each([
    // [what, readings as [minutes read, likes] with the late one last, snapshots expected]
    [
      'differs from the snapshot before it: kept, though it equals the newer one',
      [
        [0, 100],
        [60, 200],
        [30, 200],
      ],
      [
        [0, 100],
        [30, 200],
        [60, 200],
      ],
    ],
    [
      'equals the snapshot before it, within the interval: no snapshot',
      [
        [0, 100],
        [60, 200],
        [20, 100],
      ],
      [
        [0, 100],
        [60, 200],
      ],
    ],
    [
      'equals the snapshot before it, past the interval: a snapshot',
      [
        [0, 100],
        [90, 200],
        [40, 100],
      ],
      [
        [0, 100],
        [40, 100],
        [90, 200],
      ],
    ],
    [
      'read before every stored snapshot: kept whatever it shows',
      [
        [60, 100],
        [90, 200],
        [0, 100],
      ],
      [
        [0, 100],
        [60, 100],
        [90, 200],
      ],
    ],
  ])('%s', async (_, readings, expected) => {
    const db = await getDb();
    const now = T0 + 2 * HOUR;
    for (const [minutes, likes] of readings) {
      const [r] = await recordBatches(db, [batch([reading({ likes })])], SETTINGS, now, () => {}, [
        T0 + minutes! * MIN,
      ]);
      expect(r).toMatchObject({ ok: true, stored: 1 });
    }
    expect((await history()).map(([at, likes]) => [at! / MIN, likes])).toEqual(expected);
    const post = await db.get('posts', KEY);
    const last = expected[expected.length - 1]!;
    expect(post!.summary).toMatchObject({
      snapshotCount: expected.length,
      latest: { capturedAt: T0 + last[0]! * MIN, likes: last[1] },
    });
  });

  it('an unchanged reading after the newest, within the interval, still adds nothing', async () => {
    await recordAt([0, [reading()]], [10, [reading()]], [20, [reading()]]);
    expect(await history()).toEqual([[0, 100, 10, 10_000]]);
  });
});

describe('what the recorder keeps, the import takes back', () => {
  it('a posting time more than a day after the reading is stored as unknown, with its reason', async () => {
    const db = await getDb();
    const log = vi.fn();
    const premiere = new Date(T0 + 7 * 24 * HOUR).toISOString();
    const [r] = await recordBatches(db, [batch([reading({ publishedAt: premiere })])], SETTINGS, T0, log);
    expect(r).toMatchObject({ ok: true, stored: 1, nulled: 1, cut: 0 });
    expect(r!.ok && r!.reasons).toEqual([expect.stringContaining('later than a day after it was read')]);
    expect((await db.get('posts', KEY))!.publishedAt).toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('later than a day after it was read'));
  });

  it.each([
    ['an hour after the reading', T0 + HOUR, '2025-05-01T13:00:00.000Z'],
    ['a day after the reading', T0 + 24 * HOUR, '2025-05-02T12:00:00.000Z'],
    ['before the reading', T0 - HOUR, '2025-05-01T11:00:00.000Z'],
  ])('a posting time %s is kept', async (_, at, iso) => {
    const db = await getDb();
    const [r] = await recordBatches(
      db,
      [batch([reading({ publishedAt: new Date(at).toISOString() })])],
      SETTINGS,
      T0,
    );
    expect(r).toMatchObject({ ok: true, nulled: 0, cut: 0, reasons: [] });
    expect((await db.get('posts', KEY))!.publishedAt).toBe(iso);
  });

  it('a link longer than the limit once percent-encoded is refused with its reason, not stored', async () => {
    const db = await getDb();
    const postId = '1790000000000000002';
    const url = `https://x.com/nasa/status/${postId}?q=${'é'.repeat(900)}`;
    expect(url.length).toBeLessThanOrEqual(2048);
    const log = vi.fn();
    const [r] = await recordBatches(db, [batch([reading({ postId, url })])], SETTINGS, T0, log);
    expect(r).toMatchObject({ ok: true, stored: 0, dropped: 1 });
    expect(await db.count('posts')).toBe(0);
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining('longer than 2,048 characters once written as a link'),
    );
  });
});
