// @vitest-environment node

// Upgrading a database that an older PostLens's OWN code wrote. Each fixture in
// tests/unit/fixtures/versions/ (v<N>.json) holds every record of every store as version N's
// background wrote them (recorder, write queue, import, campaign saves, automatic pruning; the
// generator scripts and commits are in that folder's README.md). Here the database is built with
// version N's schema as it shipped (tests/unit/fixtures/shipped-schema.ts), every record is put
// back exactly, and the current code opens it: every record is kept, the version-4 summary each post
// gains equals what its snapshots say, and the current code records and reads on the old data.
// A released version without a fixture fails here, so bumping DB_VERSION asks for the next one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErPref } from '@/lib/metrics';
import { loadCampaignData, loadCampaigns } from '@/lib/queries/campaigns';
import { loadAllRows, loadPostDetail, type PostRow } from '@/lib/queries/posts';
import type { PostSummary } from '@/lib/records';
import { closeDb, DB_VERSION, getDb, recordBatch } from '@/lib/store';
import { DB_NAME } from '@/lib/store/schema';
import { openShipped } from '../fixtures/shipped-schema';
import { batch, freshIndexedDb, HOUR, reading } from '../recorder-helpers';
import { oldLoadAllRows } from '../store/old-rows';
import { fullDump } from './full-dump';

beforeEach(freshIndexedDb);
afterEach(closeDb);

/** Version 1 never shipped with a writer: DB_VERSION started at 2 (commit 49a797a). */
const NEVER_WRITTEN = [1];

type Entry = [IDBValidKey, Record<string, unknown>];
interface Fixture {
  version: number;
  commit: string;
  stores: Record<string, Entry[]>;
}

const DIR = join(process.cwd(), 'tests/unit/fixtures/versions');
const FIXTURES = readdirSync(DIR)
  .map((f) => /^v(\d+)\.json$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => JSON.parse(readFileSync(join(DIR, m[0]), 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);

const PREFS: ErPref[] = ['auto', 'views', 'followers'];

/** A summary as fullDump writes it: a packed `recent` as `{ Float64Array: [...] }` (NaN as "NaN"). */
type DumpedSummary = Omit<PostSummary, 'recent'> & { recent?: { Float64Array: (number | string)[] } };
type DumpedPost = { summary?: { recent?: unknown } };
const isPacked = (recent: unknown): boolean =>
  typeof recent === 'object' && recent !== null && 'Float64Array' in recent;

/** The engagement counts (every count but views): a reading showing none is no velocity's end. */
const ENGAGEMENT = ['likes', 'comments', 'reposts', 'saves'] as const;
type Reading = { capturedAt: number } & Partial<Record<(typeof ENGAGEMENT)[number], number | null>>;
const shows = (r: Reading, f: (typeof ENGAGEMENT)[number]) => Number.isFinite(r[f]);
const showsAny = (r: Reading) => ENGAGEMENT.some((f) => shows(r, f));

/**
 * The readings before the latest (oldest first) version 9 keeps in `recent`, worked out here by
 * hand from the rule, not by lib/store/summary.ts: those the badge's velocity may still compare.
 * Its later end is the last reading showing an engagement count (the latest, or one before it);
 * kept are every earlier reading showing a count read under 5 minutes before that end, and of
 * those read earlier, each that is the newest to show one of its counts.
 */
function keptByHand<T extends Reading>(mine: readonly T[]): T[] {
  const before = mine.slice(0, -1);
  const latest = mine[mine.length - 1];
  const to = latest && showsAny(latest) ? latest : before.findLast(showsAny);
  if (!to) return [];
  const far = (r: Reading) => to.capturedAt - r.capturedAt >= 5 * 60_000;
  return before.filter(
    (r, i) =>
      showsAny(r) &&
      r.capturedAt <= to.capturedAt &&
      (!far(r) ||
        ENGAGEMENT.some(
          (f) =>
            shows(r, f) &&
            !before.some((x, j) => j > i && far(x) && x.capturedAt <= to.capturedAt && shows(x, f)),
        )),
  );
}

/**
 * The readings of a dumped packed `recent`, unpacked here by hand (not by lib/store/packed-readings.ts):
 * seven numbers a reading, time, likes, comments, reposts, saves, views, followers; NaN is null.
 */
function readingsOf(recent: DumpedSummary['recent']): Record<string, number | null>[] | undefined {
  if (recent === undefined) return undefined;
  const keys = ['capturedAt', 'likes', 'comments', 'reposts', 'saves', 'views', 'followers'];
  const nums = recent.Float64Array;
  expect(nums.length % keys.length).toBe(0);
  const out: Record<string, number | null>[] = [];
  for (let at = 0; at < nums.length; at += keys.length)
    out.push(
      Object.fromEntries(keys.map((k, i) => [k, nums[at + i] === 'NaN' ? null : (nums[at + i] as number)])),
    );
  return out;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * A record as the old code stored it: a packed `recent` (version 8 on), which the fixture writes as
 * fullDump does (`{ "Float64Array": [...] }`, NaN as "NaN"), a Float64Array again.
 */
const stored = (value: Record<string, unknown>): Record<string, unknown> =>
  JSON.parse(JSON.stringify(value), (_k, v) =>
    v && typeof v === 'object' && Array.isArray(v.Float64Array)
      ? Float64Array.from(v.Float64Array as (number | string)[], Number)
      : v,
  );

/** Version v's database as it shipped, holding exactly the fixture's records. */
async function createFrom(fx: Fixture): Promise<void> {
  const db = await openShipped(indexedDB, DB_NAME, fx.version);
  const names = Object.keys(fx.stores);
  expect([...db.objectStoreNames].sort()).toEqual([...names].sort());
  const tx = db.transaction(names, 'readwrite');
  for (const name of names) {
    const store = tx.objectStore(name);
    // Every store keeps its key in the record (keyPath), so the record alone puts it back.
    for (const [key, value] of fx.stores[name]!) expect(await request(store.put(stored(value)))).toEqual(key);
  }
  // The old database holds each packed `recent` as a Float64Array, as version 8 wrote it (a dump
  // alone cannot tell: it writes a Float64Array as the fixture does).
  const packed = (fx.stores.posts ?? []).filter(([, p]) => isPacked((p as DumpedPost).summary?.recent));
  const held = await request(tx.objectStore('posts').getAll());
  expect(held.filter((p) => p.summary?.recent instanceof Float64Array)).toHaveLength(packed.length);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const dump = async () => JSON.parse(await fullDump()) as { version: number } & Record<string, Entry[]>;

describe('upgrading a database written by an older version’s own code', () => {
  it('every released version before the current one has a fixture written by its code', () => {
    const released = Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1).filter(
      (v) => !NEVER_WRITTEN.includes(v),
    );
    expect(FIXTURES.map((f) => f.version)).toEqual(released);
    expect(released.length).toBeGreaterThan(0);
  });

  it.each(FIXTURES.map((f) => [f.version, f.commit, f] as const))(
    'version %i (written by commit %s): every record kept, summaries right, current code writes on',
    async (v, _commit, fx) => {
      await createFrom(fx);
      const { version: before, ...seeded } = await dump();
      expect(before).toBe(v);
      expect(seeded).toEqual(fx.stores); // the old database holds the fixture exactly
      const oldRows = {} as Record<ErPref, PostRow[]>;
      for (const pref of PREFS) oldRows[pref] = await oldLoadAllRows(pref);

      const db = await getDb();
      expect(db.version).toBe(DB_VERSION);
      const { version: after, ...upgraded } = await dump();
      expect(after).toBe(DB_VERSION);
      // The rows built from the summaries equal the rows the old code built from every snapshot
      // (with the badge's velocity, old-rows.ts: the posts version 9 writes below need it).
      for (const pref of PREFS) expect(await loadAllRows(pref), pref).toEqual(oldRows[pref]);

      // Each post's snapshots, ordered here by hand.
      const snaps = (fx.stores.snapshots ?? []).map(
        ([, s]) => s as { postKey: string; capturedAt: number; id: number } & Reading,
      );
      const snapsOf = (key: string) =>
        snaps.filter((s) => s.postKey === key).sort((a, b) => a.capturedAt - b.capturedAt || a.id - b.id);
      const pick = (s: (typeof snaps)[number] | undefined) => {
        if (!s) return null;
        const { postKey, id, ...rest } = s;
        return rest;
      };
      // Version 9 sets every summary's `recent` to the readings the badge's velocity may compare
      // (keptByHand), packed, and writes the posts whose `recent` was not that already, or was
      // reading objects (version 7's, which version 8 packs). Versions 4 to 6 kept no `recent`: all
      // 9 of their posts with a reading before the latest that shows a count are written (version
      // 7's upgrade filled only the Reddit launch post's, which its velocity needed). Version 7
      // held all 9 as reading objects. Version 8 kept those from the newest reading 5 minutes or
      // more before the latest, whatever counts it showed: 2 posts had passed over a reading the
      // badge still compares (below), so version 9 writes those 2.
      const oldRecent = (p: DumpedPost) => {
        const r = p.summary?.recent;
        if (!isPacked(r)) return r;
        return readingsOf(r as DumpedSummary['recent']);
      };
      const written =
        fx.version < 4
          ? []
          : (fx.stores.posts ?? []).flatMap(([key, p]) => {
              const recent = keptByHand(snapsOf(key as string)).map(pick);
              const had = oldRecent(p as DumpedPost);
              const same = JSON.stringify(had ?? []) === JSON.stringify(recent);
              return Array.isArray((p as DumpedPost).summary?.recent) || !same ? [key as string] : [];
            });
      if (fx.version >= 4) expect(written, 'posts version 9 writes').toHaveLength(fx.version < 8 ? 9 : 2);
      // x:…001's latest shows comments, the reading before it none (the page hid them), so the
      // first reading, the newest showing comments, is kept; reddit:t3_1fghij's reading before its
      // latest has no likes (the negative score stored as null), so the one before it is kept.
      if (fx.version === 8) expect(written).toEqual(['reddit:t3_1fghij', 'x:1890000000000000001']);

      // Every store the old version had: the same records, in the same key order, with the same keys;
      // but the dashboard's chunked copy (version 5 on), which version 9 drops: derived data, each
      // post cut as an older reader cut it, built again by the background.
      for (const [name, records] of Object.entries(fx.stores)) {
        if (name === 'postChunks') {
          expect(upgraded[name], name).toEqual([]);
          continue;
        }
        expect(await db.count(name as 'posts'), name).toBe(
          records.length + (name === 'postChanges' && written.length ? 1 : 0),
        );
        if (name === 'posts' || name === 'postChanges') continue;
        expect(upgraded[name], name).toEqual(records);
      }
      // Stores added since version v start empty, but for the change note below.
      for (const name of Object.keys(upgraded).filter((n) => !(n in fx.stores) && n !== 'postChanges'))
        expect(upgraded[name]).toEqual([]);
      // The posts version 9 wrote are noted changed (one note after the old ones), as every write
      // is (post-writes.ts).
      const oldNotes = fx.stores.postChanges ?? [];
      const nextId = oldNotes.length ? Math.max(...oldNotes.map(([k]) => k as number)) + 1 : 1;
      expect(upgraded.postChanges).toEqual(
        written.length ? [...oldNotes, [nextId, { keys: written, id: nextId }]] : oldNotes,
      );

      // Every post kept field for field; version 4 adds only its summary (its own posts have one),
      // version 9 only each summary's `recent`, packed, as its rule keeps it (checked below).
      const posts = (upgraded.posts as Array<[string, { summary?: DumpedSummary }]>).map(
        ([key, { summary, ...post }]) =>
          [
            key,
            summary ? { ...post, summary: { ...summary, recent: readingsOf(summary.recent) } } : post,
          ] as [string, { summary?: PostSummary }],
      );
      const kept = posts.map(([key, { summary, ...post }]) => {
        if (fx.version < 4) return [key, post];
        const { recent, ...rest } = summary!;
        return [key, { ...post, summary: rest }];
      });
      const withoutRecent = (fx.stores.posts ?? []).map(([key, p]) => {
        const summary = (p as { summary?: Record<string, unknown> }).summary;
        if (!summary) return [key, p];
        const { recent, ...rest } = summary;
        return [key, { ...p, summary: rest }];
      });
      // Every `recent` the current code holds is packed.
      for (const [key, p] of upgraded.posts as Array<[string, { summary?: DumpedSummary }]>)
        if (p.summary?.recent !== undefined) expect(p.summary.recent, key).toHaveProperty('Float64Array');
      expect(kept).toEqual(withoutRecent);
      const authors = new Map(
        (fx.stores.authors ?? []).map(([k, a]) => [k, a as { followers: number | null }]),
      );
      for (const [key, post] of posts) {
        const mine = snapsOf(key);
        expect(post.summary, `${key} has a summary`).toBeTypeOf('object');
        const summary = post.summary!;
        expect(summary.snapshotCount, key).toBe(mine.length);
        expect(summary.latest, key).toEqual(pick(mine[mine.length - 1]));
        expect(summary.previous, key).toEqual(pick(mine[mine.length - 2]));
        // The readings the badge's velocity may compare; none kept, no `recent`.
        const recent = keptByHand(mine).map(pick);
        expect(summary.recent, key).toEqual(recent.length ? recent : undefined);
        // Followers: the latest snapshot's, else the author's latest known (set after it, or imported).
        const author = authors.get((post as { authorKey?: string | null }).authorKey ?? '');
        expect(summary.followers, key).toBe(summary.latest?.followers ?? author?.followers ?? null);
      }

      // Indexes added since version v cover the old records; the two version 6 dropped are gone.
      expect([...db.transaction('posts').store.indexNames].sort()).toEqual([
        'by-author',
        'by-er-followers-first',
        'by-er-views-first',
      ]);
      const authorCount = (a: string) => fx.stores.posts!.filter(([, r]) => r.authorKey === a).length;
      for (const a of new Set(fx.stores.posts!.map(([, r]) => r.authorKey).filter((a) => a !== null)))
        expect(await db.countFromIndex('posts', 'by-author', a as string), String(a)).toBe(
          authorCount(a as string),
        );
      const rated = (pref: ErPref) => oldRows[pref].filter((r) => r.er !== null).length;
      expect(await db.countFromIndex('posts', 'by-er-views-first')).toBe(rated('auto'));
      expect(await db.countFromIndex('posts', 'by-er-followers-first')).toBe(rated('followers'));

      // The current code reads the old campaigns (version 3 on) and their posts.
      const campaigns = fx.stores.campaigns ?? [];
      expect(await loadCampaigns()).toEqual(
        campaigns.map(([, c]) => c).sort((a, b) => (a.createdAt as number) - (b.createdAt as number)),
      );
      for (const campaign of await loadCampaigns()) {
        const data = await loadCampaignData(campaign);
        const stored = new Set(fx.stores.posts!.map(([k]) => k));
        expect(data.posts.map((p) => [p.key, p.post !== null])).toEqual(
          campaign.postKeys.map((k) => [k, stored.has(k)]),
        );
      }

      // A batch id the old version stored is still known: its retry is not stored again.
      const [oldBatchId] = fx.stores.batches![0]!;
      const retry = await recordBatch(db, batch([reading()], { batchId: String(oldBatchId) }), SETTINGS, NOW);
      expect(retry).toMatchObject({ ok: true, duplicate: true });

      // The current code records a new reading of an old post and reads it back.
      const key = 'x:1890000000000000001';
      const old = (await loadPostDetail(key))!;
      expect(old.snapshots.length).toBeGreaterThan(1);
      const maxId = Math.max(...snaps.map((s) => s.id));
      const fresh = reading({
        postId: '1890000000000000001',
        url: 'https://x.com/NASA/status/1890000000000000001',
        author: { handle: 'NASA', name: 'NASA', followers: 90_000_000 },
        publishedAt: '2025-03-03T08:30:00.000Z',
        text: 'Liftoff! 🚀 #Artemis @NASA_Astronauts',
        likes: 5_000,
        comments: 321,
        reposts: 800,
        saves: 44,
        views: 600_000,
      });
      expect(await recordBatch(db, batch([fresh]), SETTINGS, NOW)).toMatchObject({ ok: true, stored: 1 });
      const now = (await loadPostDetail(key))!;
      expect(now.snapshots.slice(0, -1)).toEqual(old.snapshots);
      expect(now.snapshots.at(-1)).toEqual({
        id: maxId + 1, // the old key sequence goes on
        postKey: key,
        capturedAt: NOW,
        likes: 5_000,
        comments: 321,
        reposts: 800,
        saves: 44,
        views: 600_000,
        followers: 90_000_000,
      });
      expect(now.post).toMatchObject({ firstSeen: old.post.firstSeen, lastSeen: NOW });
      expect(now.author).toMatchObject({ key: 'x:nasa', followers: 90_000_000, followersAt: NOW });
      const row = (await loadAllRows('auto')).find((r) => r.key === key)!;
      expect(row).toMatchObject({ snapshotCount: old.snapshots.length + 1, likes: 5_000, views: 600_000 });
      expect(await db.count('snapshots')).toBe(snaps.length + 1);
    },
  );
});

const SETTINGS = { snapshotIntervalMinutes: 30 };
/** After everything in the fixtures (they end on 12 March 2025). */
const NOW = Date.UTC(2025, 5, 1) + HOUR;
