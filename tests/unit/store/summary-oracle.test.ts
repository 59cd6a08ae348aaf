// @vitest-environment node

// The posts' summaries against the oracle: on many seeded random databases, written through
// every writer (recorder with late and duplicate batches, profile followers, import, prune,
// delete post / author, delete all), the rows built from the summaries equal the rows the old
// code built from every snapshot, after every step. So do the dashboard's first rows and the
// popup's rows.
import { unwrap } from 'idb';
import type { ErPref } from '@/lib/metrics';
import { sharedEngagement } from '@/lib/metrics';
import { loadAllRows, loadFirstRows, loadRowsForKeys } from '@/lib/queries/posts';
import type { PostRow } from '@/lib/queries/rows';
import { sortRows } from '@/lib/queries/sort-rows';
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import { deleteAll, deleteAuthor, deletePost, prune } from '@/lib/store/delete';
import { importExport } from '@/lib/store/import-writer';
import { recordBatches } from '@/lib/store/recorder';
import type { ExportV1 } from '@/lib/transfer';
import type { Count, Platform, PostReading } from '@/lib/types';
import { random } from '../random';
import { DAY, freshIndexedDb, HOUR, MIN, T0 } from '../recorder-helpers';
import { oldLoadAllRows } from './old-rows';

beforeEach(freshIndexedDb);
afterEach(closeDb);
type Rng = ReturnType<typeof random>;

const PLATFORMS: Platform[] = ['x', 'reddit'];
const HANDLES = ['alice', 'Bob', 'carol', 'dan'];
const PREFS: ErPref[] = ['auto', 'views', 'followers'];

const count = (rng: Rng, max: number): Count => (rng.chance(0.2) ? null : rng.int(max));

function reading(rng: Rng): PostReading {
  const platform = rng.pick(PLATFORMS);
  const postId = `p${rng.int(14)}`;
  const handle = rng.chance(0.15) ? null : rng.pick(HANDLES);
  return {
    platform,
    postId,
    url:
      platform === 'x'
        ? `https://x.com/a/status/${postId}`
        : `https://www.reddit.com/r/a/comments/${postId}/`,
    author: {
      handle,
      name: rng.chance(0.3) ? null : `Name ${rng.int(3)}`,
      ...(rng.chance(0.15) ? { followers: rng.int(5) * 1000 } : {}),
    },
    publishedAt: rng.chance(0.3) ? null : new Date(T0 - rng.int(30) * DAY).toISOString(),
    text: rng.chance(0.1) ? '' : `text ${rng.int(5)}`,
    likes: count(rng, 500),
    comments: count(rng, 50),
    reposts: count(rng, 20),
    saves: count(rng, 10),
    views: rng.chance(0.4) ? null : rng.int(20_000),
    promoted: rng.chance(0.1),
  };
}

function exportFile(rng: Rng, now: number): ExportV1 {
  const iso = (t: number) => new Date(t).toISOString();
  const snapshot = () => ({
    capturedAt: iso(now - rng.int(72) * HOUR - rng.int(3) * MIN),
    likes: count(rng, 500),
    comments: count(rng, 50),
    reposts: count(rng, 20),
    saves: count(rng, 10),
    views: count(rng, 20_000),
    followers: rng.chance(0.5) ? null : rng.int(5) * 1000 + 1,
  });
  // One entry per post: a file that says two things about one post is refused whole.
  const readings = new Map<string, PostReading>();
  for (let i = 1 + rng.int(5); i > 0; i--) {
    const r = reading(rng);
    readings.set(`${r.platform}:${r.postId}`, r);
  }
  const posts = [...readings.values()].map((r) => {
    return {
      platform: r.platform,
      postId: r.postId,
      url: r.url,
      author: { handle: r.author.handle, name: r.author.name, followers: rng.chance(0.5) ? null : 700 },
      publishedAt: r.publishedAt,
      text: r.text,
      // One reading per moment: a file with two different ones is refused whole.
      snapshots: [
        ...new Map(Array.from({ length: rng.int(4) }, snapshot).map((s) => [s.capturedAt, s])).values(),
      ],
    };
  });
  const authors = Array.from({ length: rng.int(3) }, () => ({
    platform: rng.pick(PLATFORMS),
    handle: rng.pick(HANDLES),
    name: null,
    followerSnapshots: Array.from({ length: rng.int(3) }, () => ({
      capturedAt: iso(now - rng.int(72) * HOUR),
      followers: rng.int(9) * 100,
    })),
  }));
  return { format: 'postlens-export', version: 1, exportedAt: iso(now), posts, authors };
}

let batchSeq = 0;
/** One random write; returns what it did, for the failure message. */
async function step(db: PostLensDb, rng: Rng, clock: { now: number }): Promise<string> {
  const roll = rng.next();
  if (roll < 0.6) {
    // Mostly forward in time; sometimes a late batch, read before the latest stored snapshot.
    clock.now += rng.pick([0, 1, 10, 29, 31, 90]) * MIN;
    const at = rng.chance(0.1) ? clock.now - rng.int(5) * HOUR : clock.now;
    const batches = Array.from({ length: 1 + rng.int(3) }, () => ({
      batchId: rng.chance(0.1) ? `b${batchSeq}` : `b${++batchSeq}`,
      pageUrl: 'https://x.com/home',
      posts: Array.from({ length: rng.int(6) }, () => reading(rng)),
      profile: rng.chance(0.25)
        ? {
            platform: rng.pick(PLATFORMS),
            handle: rng.pick(HANDLES),
            name: null,
            followers: rng.chance(0.2) ? null : rng.int(5) * 1000,
          }
        : null,
    }));
    const results = await recordBatches(db, batches, { snapshotIntervalMinutes: 30 }, at);
    expect(results.every((r) => r.ok)).toBe(true);
    return `record ${batches.length} batches at ${at - T0}`;
  }
  if (roll < 0.72) {
    const r = await importExport(db, exportFile(rng, clock.now));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    return 'import';
  }
  if (roll < 0.82) {
    const days = rng.pick([1, 2, 3]);
    expect((await prune(db, days, clock.now + rng.int(4) * DAY)).ok).toBe(true);
    return `prune ${days}`;
  }
  if (roll < 0.9) {
    const key = `${rng.pick(PLATFORMS)}:p${rng.int(14)}`;
    expect((await deletePost(db, key)).ok).toBe(true);
    return `delete post ${key}`;
  }
  if (roll < 0.98) {
    const key = `${rng.pick(PLATFORMS)}:${rng.pick(HANDLES).toLowerCase()}`;
    expect((await deleteAuthor(db, key)).ok).toBe(true);
    return `delete author ${key}`;
  }
  expect((await deleteAll(db)).ok).toBe(true);
  return 'delete all';
}

const byKey = (rows: readonly PostRow[]) => new Map(rows.map((r) => [r.key, r]));

/** Runs `read` as in a browser without IDBIndex.getAllRecords (IndexedDB 3.0). */
async function withoutGetAllRecords<T>(db: PostLensDb, read: () => Promise<T>): Promise<T> {
  const index = unwrap(db.transaction('posts').store.index('by-er-views-first'));
  const proto = Object.getPrototypeOf(index) as { getAllRecords?: unknown };
  const had = Object.getOwnPropertyDescriptor(proto, 'getAllRecords');
  expect(had, 'the test database has getAllRecords to hide').toBeDefined();
  delete proto.getAllRecords;
  try {
    expect('getAllRecords' in index).toBe(false);
    return await read();
  } finally {
    Object.defineProperty(proto, 'getAllRecords', had!);
  }
}

async function expectSameAsOracle(db: PostLensDb, rng: Rng, what: string): Promise<void> {
  for (const pref of PREFS) {
    const old = await oldLoadAllRows(pref);
    expect(await loadAllRows(pref, db), `${what}: loadAllRows ${pref}`).toEqual(old);

    // The first rows: the old table's top rows by ER (ties in any order), each row the same.
    const n = 1 + rng.int(8);
    const first = await loadFirstRows(pref, n, db);
    expect(first.total).toBe(old.length);
    const top = sortRows(old, 'er', 'desc').slice(0, n);
    expect(first.rows.map((r) => r.er)).toEqual(top.map((r) => r.er));
    const oldByKey = byKey(old);
    for (const r of first.rows) expect(r, `${what}: first row ${r.key}`).toEqual(oldByKey.get(r.key));
    // Where the browser has no getAllRecords, a cursor reads the same rows.
    expect(await withoutGetAllRecords(db, () => loadFirstRows(pref, n, db)), `${what}: by cursor`).toEqual(
      first,
    );

    // The popup: some keys, known or not, in the order asked.
    const keys = Array.from({ length: rng.int(5) }, () => `${rng.pick(PLATFORMS)}:p${rng.int(14)}`);
    const popup = await loadRowsForKeys(keys, pref);
    const known = keys.filter((k) => oldByKey.has(k));
    expect(popup.map((p) => p.row)).toEqual(known.map((k) => oldByKey.get(k)));
    for (const p of popup) {
      const snaps = await db.getAllFromIndex(
        'snapshots',
        'by-post-time',
        IDBKeyRange.bound([p.row.key, -Infinity], [p.row.key, Infinity]),
      );
      // Its sparkline: each snapshot over the counts every snapshot of the post shows.
      expect(p.history).toEqual(sharedEngagement(snaps));
    }
  }
}

describe('summaries equal what every snapshot says', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('seed %i', async (seed) => {
    const rng = random(seed);
    const db = await getDb();
    const clock = { now: T0 };
    for (let i = 0; i < 14; i++) {
      const what = await step(db, rng, clock);
      await expectSameAsOracle(db, rng, `seed ${seed} step ${i} (${what})`);
    }
  });
});
