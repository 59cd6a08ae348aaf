// @vitest-environment node

// A database created by every earlier PostLens schema version, filled with data, opens in the
// current version with every record intact, every index covering the old records, and the same
// stores and indexes a fresh install gets. Each old version's schema is written out as it shipped
// (tests/unit/fixtures/shipped-schema.ts); bumping DB_VERSION without describing the version it replaces fails here on purpose.
// Since version 4 each post also carries the summary of its snapshots, built by the upgrade: the
// rows built from it equal the rows the old code built from every snapshot.
import { IDBFactory } from 'fake-indexeddb';
import { loadAllRows } from '@/lib/queries/posts';
import type { PostSummary } from '@/lib/records';
import { closeDb, DB_VERSION, getDb } from '@/lib/store/db';
import { DB_NAME } from '@/lib/store/schema';
import { summarize, unpackReadings } from '@/lib/store/summary';
import { openShipped, SHIPPED_STEPS, schemaShape } from '../fixtures/shipped-schema';
import { freshIndexedDb } from '../recorder-helpers';
import { oldLoadAllRows } from '../store/old-rows';
import { fullDump, typedArrays } from './full-dump';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const OLD_VERSIONS = Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1);

const TEXTS = [
  'Liftoff! 🚀',
  '<img src=x onerror=alert(1)>',
  'مرحبا \u202e',
  '',
  '=SUM(1)',
  'a'.repeat(2000),
];
const PLATFORMS = [
  'x',
  'reddit',
  'linkedin',
  'instagram',
  'youtube',
  'tiktok',
  'facebook',
  'threads',
  'bluesky',
  'mastodon',
];

/** Each post's summary as the current code builds it from its snapshots, by key (set by `fill`). */
const currentSummaries = new Map<string, PostSummary>();

/** A summary as version v's own code kept it (4 on): `recent` packed only since version 8. */
function shippedSummary(v: number, s: PostSummary): unknown {
  const { recent, ...rest } = s;
  if (v < 7) return rest;
  if (v === 7) return recent ? { ...rest, recent: unpackReadings(recent) } : rest;
  return s;
}

/** Records a version-`v` PostLens could hold: every store it had, with awkward values. */
function fill(db: IDBDatabase, v: number): Promise<void> {
  const stores = [...db.objectStoreNames];
  const tx = db.transaction(stores, 'readwrite');
  for (let i = 0; i < 120; i++) {
    const platform = PLATFORMS[i % PLATFORMS.length]!;
    const key = `${platform}:${i}`;
    const authorKey = i % 7 === 0 ? null : `${platform}:author${i % 9}`;
    const snaps = [0, 1, 2].map((s) => ({
      postKey: key,
      capturedAt: 1_700_000_000_000 + i * 1000 + s,
      likes: s === 1 ? null : i * 10 + s,
      comments: i % 2 ? null : 0,
      reposts: 1e13,
      saves: null,
      views: i * 1000,
      // Some newest snapshots without followers: the row falls back on the author's.
      followers: authorKey && (s < 2 || i % 5 !== 0) ? 5000 + i : null,
    }));
    // Since version 4 the recorder keeps each post's summary (the author's followers: a × 100,
    // below); as version v wrote it: versions 4 to 6 (as first shipped) without `recent`, version
    // 7 with it as reading objects (shippedSummary).
    const current = summarize(snaps, authorKey ? (i % 9) * 100 : null);
    currentSummaries.set(key, current);
    const summary = v >= 4 ? { summary: shippedSummary(v, current) } : {};
    tx.objectStore('posts').put({
      key,
      platform,
      postId: String(i),
      url: `https://example.test/${i}`,
      authorKey,
      authorHandle: authorKey?.split(':')[1] ?? null,
      authorName: i % 3 === 0 ? null : `Name ${i} ${TEXTS[i % TEXTS.length]}`,
      publishedAt: i % 4 === 0 ? null : new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      text: TEXTS[i % TEXTS.length],
      promoted: i % 11 === 0,
      firstSeen: 1_700_000_000_000 + i,
      lastSeen: 1_700_000_500_000 + i,
      ...summary,
    });
    for (const s of snaps) tx.objectStore('snapshots').add(s);
  }
  for (let a = 0; a < 9; a++) {
    for (const platform of PLATFORMS) {
      const key = `${platform}:author${a}`;
      tx.objectStore('authors').put({
        key,
        platform,
        handle: `author${a}`,
        name: a % 2 ? null : `Author ${a}`,
        followers: a * 100,
        followersAt: a ? 1_700_000_000_000 : null,
      });
      tx.objectStore('followerSnapshots').add({
        authorKey: key,
        capturedAt: 1_700_000_000_000 + a,
        followers: a * 100,
      });
    }
  }
  if (v >= 2)
    for (let b = 0; b < 30; b++)
      tx.objectStore('batches').put({ batchId: `batch-${b}`, at: 1_700_000_000_000 + b });
  if (v >= 3) tx.objectStore('campaigns').put({ id: 'c1', name: 'Launch', postKeys: ['x:0', 'reddit:1'] });
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** A database as version `v` left it. */
async function createShipped(v: number): Promise<void> {
  const db = await openShipped(indexedDB, DB_NAME, v);
  await fill(db, v);
  db.close();
}

describe('upgrading from every earlier schema version', () => {
  it('every version before the current one has its shipped schema described here', () => {
    expect(OLD_VERSIONS.filter((v) => !SHIPPED_STEPS[v])).toEqual([]);
    expect(OLD_VERSIONS.length).toBeGreaterThan(0);
  });

  it.each(OLD_VERSIONS)(
    'version %i: every record survives, new indexes cover old records, schema as fresh',
    async (v) => {
      await createShipped(v);
      const before = JSON.parse(await fullDump()) as Record<string, Array<[unknown, unknown]>>;
      expect(before.version).toBe(v);
      const oldRows = { auto: await oldLoadAllRows('auto'), followers: await oldLoadAllRows('followers') };

      const db = await getDb();
      expect(db.version).toBe(DB_VERSION);
      const after = JSON.parse(await fullDump()) as Record<string, Array<[unknown, unknown]>>;
      for (const [store, records] of Object.entries(before)) {
        if (store === 'version' || store === 'posts') continue;
        // Version 9 writes every summary of versions 4 to 7 (below: no `recent`, or reading
        // objects) and notes each post so written in one change note (none before: nothing had
        // been written since the chunks). A version-8 summary here already holds what version 9
        // keeps (these readings are 1 ms apart and each shows a count: both earlier ones, by
        // either rule), so nothing is written and no note added.
        if (store === 'postChanges' && v >= 4 && v < 8) {
          const keys = (before.posts as Array<[string, unknown]>).map(([k]) => k);
          expect(records, store).toEqual([]);
          expect(after[store], store).toEqual([[1, { keys, id: 1 }]]);
          continue;
        }
        expect(after[store], store).toEqual(records);
      }
      // Every post is kept as it was, with the summary of its snapshots added (before version 4),
      // its `recent` filled in (versions 4 to 6) or packed (version 7), or left as it was
      // (version 8): the summary the current code builds.
      const posts = after.posts as Array<[string, { summary?: unknown }]>;
      const withSummaries = (before.posts as Array<[string, object]>).map(([key, post]) => [
        key,
        { ...post, summary: JSON.parse(JSON.stringify(currentSummaries.get(key), typedArrays)) },
      ]);
      if (v >= 4) expect(posts).toEqual(withSummaries);
      else expect(posts.map(([key, { summary, ...post }]) => [key, post])).toEqual(before.posts);
      expect(posts.every(([, p]) => typeof p.summary === 'object' && p.summary !== null)).toBe(true);
      expect(await loadAllRows('auto')).toEqual(oldRows.auto);
      expect(await loadAllRows('followers')).toEqual(oldRows.followers);

      // The same stores and indexes a fresh install creates.
      const saved = globalThis.indexedDB;
      await closeDb();
      globalThis.indexedDB = new IDBFactory();
      const installed = await getDb();
      const freshShape = schemaShape(installed as unknown as IDBDatabase);
      await closeDb();
      globalThis.indexedDB = saved;
      expect(schemaShape((await getDb()) as unknown as IDBDatabase)).toEqual(freshShape);

      // Indexes added after version v cover the records v wrote; version 6 dropped two that were
      // never read. (The shape check above cannot see those left behind: a fresh install runs the
      // same steps.)
      const upgraded = await getDb();
      expect([...upgraded.transaction('posts').store.indexNames].sort()).toEqual([
        'by-author',
        'by-er-followers-first',
        'by-er-views-first',
      ]);
      // reddit:author2 wrote posts 11 and 101 (`fill`: platform i % 10, author i % 9, none when i % 7 is 0).
      expect(await upgraded.getAllKeysFromIndex('posts', 'by-author', 'reddit:author2')).toEqual([
        'reddit:101',
        'reddit:11',
      ]);
      const rated = (pref: 'auto' | 'followers') => oldRows[pref].filter((r) => r.er !== null).length;
      expect(await upgraded.countFromIndex('posts', 'by-er-views-first')).toBe(rated('auto'));
      expect(await upgraded.countFromIndex('posts', 'by-er-followers-first')).toBe(rated('followers'));
      expect(
        (
          await upgraded.getAllFromIndex(
            'snapshots',
            'by-post-time',
            IDBKeyRange.bound(['x:0', 0], ['x:0', Infinity]),
          )
        ).map((s) => s.likes),
      ).toEqual([0, null, 2]);
      // New records continue the old key sequences rather than overwrite.
      const id = await upgraded.add('snapshots', {
        postKey: 'x:0',
        capturedAt: 1,
        likes: 1,
        comments: null,
        reposts: null,
        saves: null,
        views: null,
        followers: null,
      });
      expect(id).toBe(361);
    },
  );
});
