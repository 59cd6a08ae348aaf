// @vitest-environment node

// A reading left out as unchanged stands for the counts of the snapshot before it. A late reading
// (a hand-off, another tab, a worker restart, or one earlier in the same call) that goes in between
// them takes that place: unless the one left out is stored too, the history says the late counts
// were still shown after it. What the recorder knows of readings left out: those of its own call.
// What an earlier call left out is not known (lastSeen says when, not what): it is not made up.
import type { ReadingBatch } from '@/lib/messaging/protocol';
import { recordBatches } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { summarize } from '@/lib/store/summary';
import { COUNT_FIELDS, type Counts, type PostReading } from '@/lib/types';
import { random } from '../random';
import { batch, freshIndexedDb, MIN, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const KEY = 'x:1790000000000000001';

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
  for (const r of results) expect(r).toMatchObject({ ok: true, duplicate: false, dropped: 0 });
}

const likes = (n: number, over: Partial<PostReading> = {}) => batch([reading({ likes: n, ...over })]);

/** [minutes after T0, likes] of every snapshot, oldest first. */
async function history() {
  const snaps = await (await getDb()).getAllFromIndex('snapshots', 'by-post-time');
  return snaps.map((s) => [(s.capturedAt - T0) / MIN, s.likes]);
}

async function post() {
  return (await (await getDb()).get('posts', KEY))!;
}

describe('a late reading before the newest reading left out as unchanged', () => {
  it('in another call: not known, so nothing is made up (a late snapshot stands for it)', async () => {
    // 12:00 the feed shows "1.2K" (1200); 12:10 "1.2K" again: unchanged, left out (lastSeen 12:10).
    await record(0, [likes(1200), 0]);
    await record(10, [likes(1200), 10]);
    // 12:05 the permalink showed 1,234, stored late at 12:11. What 12:10 showed is not stored.
    await record(11, [likes(1234), 5]);
    expect(await history()).toEqual([
      [0, 1200],
      [5, 1234],
    ]);
    expect((await post()).lastSeen).toBe(T0 + 10 * MIN);
  });

  it('in another call, a reading that showed no counts is never given the counts before it', async () => {
    // 12:00 likes 100; 12:10 a page that shows no count of the post (left out: nothing changed);
    // 12:05 likes 150 comes late. A snapshot at 12:10 with 12:00's 100 likes would be a fall from
    // 150 to 100 that no page showed.
    const counts = (n: number | null) => ({ likes: n, comments: n, reposts: n, saves: null, views: n });
    await record(0, [batch([reading(counts(100))]), 0]);
    await record(10, [batch([reading(counts(null))]), 10]);
    await record(11, [batch([reading(counts(150))]), 5]);
    expect(await history()).toEqual([
      [0, 100],
      [5, 150],
    ]);
  });

  it('earlier in the same call: the same', async () => {
    await record(0, [likes(1200), 0]);
    await record(11, [likes(1200), 10], [likes(1234), 5]);
    expect(await history()).toEqual([
      [0, 1200],
      [5, 1234],
      [10, 1200],
    ]);
    expect((await post()).summary.latest).toMatchObject({ capturedAt: T0 + 10 * MIN, likes: 1200 });
  });

  it('one that shows the same counts changes nothing (no snapshot to put back)', async () => {
    await record(0, [likes(1200), 0]);
    await record(10, [likes(1200), 10]);
    await record(11, [likes(1200), 5]);
    expect(await history()).toEqual([[0, 1200]]);
  });

  it('the snapshot put back takes the counts its reading showed, nulls included', async () => {
    // 12:00 likes 1200, views 10,000, saves null; 12:10 the same; 12:05 likes 1234, views not shown.
    await record(0, [likes(1200), 0]);
    await record(11, [likes(1200), 10], [likes(1234, { views: null }), 5]);
    const snaps = await (await getDb()).getAllFromIndex('snapshots', 'by-post-time');
    const counts = (s: Counts) => COUNT_FIELDS.map((f) => s[f]);
    expect(snaps.map((s) => [(s.capturedAt - T0) / MIN, ...counts(s)])).toEqual([
      [0, 1200, 10, 5, null, 10_000],
      [5, 1234, 10, 5, null, null],
      [10, 1200, 10, 5, null, 10_000],
    ]);
  });

  it("the snapshot put back takes the author's followers read by its time", async () => {
    const author = (followers?: number) => ({
      handle: 'nasa',
      name: 'NASA',
      ...(followers ? { followers } : {}),
    });
    await record(0, [likes(1200, { author: author(500) }), 0]);
    await record(11, [likes(1200, { author: author(600) }), 10], [likes(1234, { author: author() }), 5]);
    const snaps = await (await getDb()).getAllFromIndex('snapshots', 'by-post-time');
    // 12:05 read no count: the one read before it (500); 12:10 read 600.
    expect(snaps.map((s) => [(s.capturedAt - T0) / MIN, s.followers])).toEqual([
      [0, 500],
      [5, 500],
      [10, 600],
    ]);
  });

  it('several late readings in one call: each compared with the one before it in time', async () => {
    await record(0, [likes(1200), 0]);
    // 12:10 (1200, left out), then 12:07 (1250) and 12:05 (1234), the newer first.
    await record(11, [likes(1200), 10], [likes(1250), 7], [likes(1234), 5]);
    // In order: 12:05 1234 changed, 12:07 1250 changed, 12:10 1200 changed.
    expect(await history()).toEqual([
      [0, 1200],
      [5, 1234],
      [7, 1250],
      [10, 1200],
    ]);
  });

  it('the same post twice in one late batch: one snapshot of that moment, the newest put back once', async () => {
    await record(0, [likes(1200), 0]);
    // One page shows the post twice at 12:05: a card with likes only, then the full counts.
    const twice = batch([reading({ likes: 1234, views: null }), reading({ likes: 1234, views: 12_000 })]);
    await record(11, [likes(1200), 10], [twice, 5]);
    const snaps = await (await getDb()).getAllFromIndex('snapshots', 'by-post-time');
    expect(snaps.map((s) => [(s.capturedAt - T0) / MIN, s.likes, s.views])).toEqual([
      [0, 1200, 10_000],
      [5, 1234, 12_000],
      [10, 1200, 10_000],
    ]);
    expect((await post()).summary.snapshotCount).toBe(3);
  });
});

describe('a late reading between two snapshots', () => {
  it("in the call that left one out after it: that one's snapshot is put back", async () => {
    await record(0, [likes(1200), 0]);
    await record(20, [likes(1300), 20]);
    // One call: 12:10 shows 1200 (unchanged against 12:00: left out), then 12:05 shows 1234.
    await record(21, [likes(1200), 10], [likes(1234), 5]);
    expect(await history()).toEqual([
      [0, 1200],
      [5, 1234],
      [10, 1200],
      [20, 1300],
    ]);
    expect((await post()).summary).toMatchObject({
      snapshotCount: 4,
      latest: { capturedAt: T0 + 20 * MIN, likes: 1300 },
      previous: { capturedAt: T0 + 10 * MIN, likes: 1200 },
    });
  });

  it('before a snapshot this call stored: the reading left out before it is put back', async () => {
    await record(0, [likes(1200), 0]);
    // One call: 12:10 1200 (left out), 12:40 1300 (a new latest), then 12:05 1234 (between 12:00
    // and 12:10).
    await record(41, [likes(1200), 10], [likes(1300), 40], [likes(1234), 5]);
    expect(await history()).toEqual([
      [0, 1200],
      [5, 1234],
      [10, 1200],
      [40, 1300],
    ]);
  });

  it("after the newest snapshot's time and before the newest reading: nothing else changes", async () => {
    await record(0, [likes(1200), 0]);
    await record(20, [likes(1300), 20]);
    await record(25, [likes(1300), 25]);
    // 12:05 goes in between 12:00 and 12:20: the newest reading (12:25) stays with 12:20's counts.
    await record(26, [likes(1234), 5]);
    expect(await history()).toEqual([
      [0, 1200],
      [5, 1234],
      [20, 1300],
    ]);
  });
});

describe('late readings of one post in every order', () => {
  // Readings 1 minute apart over 20 minutes (less than the 30-minute interval, so only a change
  // stores one), each showing 1200 or 1234 likes, views shown or not.
  const readingsOf = (seed: number) => {
    const rng = random(seed);
    return Array.from({ length: 12 }, () => rng.int(20))
      .filter((m, i, all) => all.indexOf(m) === i)
      .map((m) => ({
        at: m,
        likes: rng.pick([1200, 1234]),
        views: rng.chance(0.3) ? null : 10_000,
      }));
  };
  const shuffled = <T>(seed: number, xs: T[]) => {
    const rng = random(seed + 1000);
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  /** The post's summary is the one its snapshots build (as the oracle, summary-oracle.test.ts, checks). */
  const expectSummaryOfSnapshots = async () => {
    const snaps = await (await getDb()).getAllFromIndex('snapshots', 'by-post-time');
    expect((await post()).summary).toEqual(summarize(snaps, null));
  };
  /** The snapshot at or before `at`: what the history says the page showed then. */
  const shownAt = async (at: number) => {
    const snaps = await (await getDb()).getAllFromIndex('snapshots', 'by-post-time');
    return snaps.filter((s) => s.capturedAt <= T0 + at * MIN).at(-1)!;
  };

  it.each(Array.from({ length: 30 }, (_, i) => i + 1))(
    'seed %i: in one call, the history shows what every reading showed',
    async (seed) => {
      const all = readingsOf(seed);
      const order = shuffled(seed, all);
      await record(
        30,
        ...order.map((r): [ReadingBatch, number] => [likes(r.likes, { views: r.views }), r.at]),
      );
      for (const r of all) {
        const s = await shownAt(r.at);
        expect([r.at, s.likes], JSON.stringify(order)).toEqual([r.at, r.likes]);
        if (r.views !== null) expect([r.at, s.views], JSON.stringify(order)).toEqual([r.at, r.views]);
      }
      await expectSummaryOfSnapshots();
    },
  );

  it.each(Array.from({ length: 30 }, (_, i) => i + 1))(
    'seed %i: one call each, every snapshot holds what its reading showed',
    async (seed) => {
      const all = readingsOf(seed);
      const order = shuffled(seed, all);
      for (const r of order) await record(30, [likes(r.likes, { views: r.views }), r.at]);
      const snaps = await (await getDb()).getAllFromIndex('snapshots', 'by-post-time');
      for (const s of snaps) {
        const r = all.find((x) => T0 + x.at * MIN === s.capturedAt);
        expect(r, JSON.stringify(order)).toBeDefined();
        expect([s.likes, s.views], JSON.stringify(order)).toEqual([r!.likes, r!.views]);
      }
      await expectSummaryOfSnapshots();
    },
  );
});
