// @vitest-environment node

// Version 9: every stored summary's `recent` is kept again by the badge's velocity rule (the
// readings recentVelocity can compare, lib/store/summary.ts), from the post's snapshots, so a
// version-8 (or 7) database's rows show the badge's velocity at once. Only `recent` changes, only
// where it differs, and each post so written is noted in postChanges.
import { formatDateTime } from '@/lib/format';
import { uiLocale } from '@/lib/i18n';
import { recentVelocity } from '@/lib/metrics';
import { loadAllRows, loadRowsForKeys } from '@/lib/queries/posts';
import { rateTitle } from '@/lib/queries/rate-notes';
import type { PostSummary, SnapshotRecord, StoredPost, SummaryReading } from '@/lib/records';
import { closeDb, DB_VERSION, getDb } from '@/lib/store/db';
import { DB_NAME } from '@/lib/store/schema';
import { packReadings, summarize, unpackReadings } from '@/lib/store/summary';
import { openShipped } from '../fixtures/shipped-schema';
import { freshIndexedDb, HOUR, MIN, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });

/** Version 8 as it shipped: version 7's schema (version 8 changed no store, only `recent`'s form). */
async function openV8(): Promise<IDBDatabase> {
  (await openShipped(indexedDB, DB_NAME, 7)).close();
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 8);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

type Shown = Partial<Pick<SnapshotRecord, 'likes' | 'comments' | 'reposts' | 'saves' | 'views'>>;
const snapsOf = (key: string, firstId: number, list: [number, Shown][]): SnapshotRecord[] =>
  list.map(([m, shown], i) => ({
    id: firstId + i,
    postKey: key,
    capturedAt: T0 + m * MIN,
    likes: null,
    comments: null,
    reposts: null,
    saves: null,
    views: null,
    followers: null,
    ...shown,
  }));

/** A snapshot as a summary's reading, keys in the summary's order. */
const readingOf = ({ capturedAt, likes, comments, reposts, saves, views, followers }: SnapshotRecord) =>
  ({ capturedAt, likes, comments, reposts, saves, views, followers }) as SummaryReading;

/**
 * The summary version 8's code kept: `recent` from the newest reading 5 min or more before the
 * latest, whatever counts it shows, to the one before the latest (every other field as today's).
 */
function v8Summary(snaps: SnapshotRecord[]): PostSummary {
  const { recent: _, ...s } = summarize(snaps, null);
  const latest = snaps[snaps.length - 1]!;
  const before = snaps.slice(0, -1);
  const from = Math.max(
    0,
    before.findLastIndex((x) => latest.capturedAt - x.capturedAt >= 5 * MIN),
  );
  const recent = before.slice(from).map(readingOf);
  return recent.length > 0 ? { ...s, recent: packReadings(recent) } : s;
}

const post = (key: string, summary: unknown): StoredPost =>
  ({
    key,
    platform: 'instagram',
    postId: key.split(':')[1]!,
    url: `https://www.instagram.com/reel/${key.split(':')[1]}/`,
    authorKey: 'instagram:alice',
    authorHandle: 'alice',
    authorName: 'Alice',
    publishedAt: '2025-04-30T10:00:00.000Z',
    text: 'reel',
    promoted: false,
    firstSeen: T0,
    lastSeen: T0 + 2 * HOUR,
    summary,
  }) as StoredPost;

// A reel read on its page, in the profile's reels grid (plays only), and on its page again; a post
// read twice an hour apart, whose `recent` is the same under either rule.
const REEL = snapsOf('instagram:C1', 1, [
  [0, { likes: 100, comments: 10, views: 1000 }],
  [60, { views: 5000 }],
  [120, { likes: 300, comments: 30, views: 9000 }],
]);
const PLAIN = snapsOf('instagram:C2', 4, [
  [0, { likes: 5, views: 50 }],
  [60, { likes: 9, views: 90 }],
]);

async function fill(db: IDBDatabase, posts: StoredPost[]): Promise<void> {
  const tx = db.transaction(['posts', 'snapshots', 'authors'], 'readwrite');
  tx.objectStore('authors').put({
    key: 'instagram:alice',
    platform: 'instagram',
    handle: 'alice',
    name: 'Alice',
    followers: null,
    followersAt: null,
  });
  for (const p of posts) tx.objectStore('posts').put(p);
  for (const s of [...REEL, ...PLAIN]) tx.objectStore('snapshots').put(s);
  await done(tx);
  db.close();
}

const when = (ms: number) => formatDateTime(ms, uiLocale());

describe('upgrading to version 9', () => {
  it('a version-8 reel whose `recent` held only the grid reading shows the badge’s velocity in its rows', async () => {
    const reel = post('instagram:C1', v8Summary(REEL));
    const plain = post('instagram:C2', v8Summary(PLAIN));
    // What version 8 kept: the grid reading alone, which shares no count with the latest.
    expect(unpackReadings(reel.summary.recent!).map((r) => r.capturedAt)).toEqual([T0 + 60 * MIN]);
    await fill(await openV8(), [reel, plain]);

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(9);
    const [upgraded, same] = await db.getAll('posts');
    // Only `recent` changes: the page reading the badge compares the latest with.
    const { recent, ...rest } = upgraded!.summary;
    const { recent: _old, ...oldRest } = reel.summary;
    expect({ ...upgraded!, summary: rest }).toEqual({ ...reel, summary: oldRest });
    expect(unpackReadings(recent!)).toEqual([readingOf(REEL[0]!)]);
    expect(upgraded!.summary).toEqual(summarize(REEL, null));
    // The other post's `recent` was right already: kept as it was, not written again.
    expect(same).toEqual(plain);
    expect(await db.getAll('postChanges')).toEqual([{ id: 1, keys: ['instagram:C1'] }]);

    const badge = recentVelocity(REEL)!;
    expect(badge.engagementPerHour).toBe(110);
    const [popup] = await loadRowsForKeys(['instagram:C1'], 'auto');
    expect(popup!.row.velocity).toBe(110);
    expect(rateTitle(popup!.row, 'velocity')).toBe(
      `engagement gained ÷ hours between the PostLens readings of ${when(T0)} and ${when(T0 + 2 * HOUR)}`,
    );
    expect((await loadAllRows('auto')).map((r) => [r.key, r.velocity])).toEqual([
      ['instagram:C1', 110],
      ['instagram:C2', 4],
    ]);
  });

  it('drops the dashboard’s chunked copy, cut by the old rule, so no reader takes a post from it', async () => {
    // Likes at 0 and 8 min, then plays alone at 10 min: version 8 kept [0, 8] as today's rule does,
    // so the post is not rewritten, but its chunk held version 8's reader cut ([0] alone), over
    // which today's rule finds no pair.
    const snaps = snapsOf('instagram:C3', 10, [
      [0, { likes: 100 }],
      [8, { likes: 200 }],
      [10, { views: 900 }],
    ]);
    const summary = v8Summary(snaps);
    expect(summary.recent).toEqual(summarize(snaps, null).recent);
    const stored = post('instagram:C3', summary);
    const v8 = await openV8();
    const tx = v8.transaction(['posts', 'snapshots', 'postChunks'], 'readwrite');
    tx.objectStore('posts').put(stored);
    for (const s of snaps) tx.objectStore('snapshots').put(s);
    const oldCut = { ...summary, recent: summary.recent!.slice(0, summary.recent!.length / 2) };
    tx.objectStore('postChunks').put({ id: 0, posts: [{ ...stored, summary: oldCut }] });
    await done(tx);
    v8.close();

    const db = await getDb();
    expect(await db.count('postChunks')).toBe(0);
    expect(await db.getAll('posts')).toEqual([stored]);
    // (100 likes gained in 8 minutes: 750 an hour.)
    expect((await loadAllRows('auto')).map((r) => [r.key, r.velocity])).toEqual([['instagram:C3', 750]]);
  });

  it('a version-7 summary (`recent` as reading objects) is packed under the new rule', async () => {
    const { recent, ...s } = v8Summary(REEL);
    const reel = post('instagram:C1', { ...s, recent: unpackReadings(recent!) });
    await fill(await openShipped(indexedDB, DB_NAME, 7), [
      reel,
      post('instagram:C2', summarize(PLAIN, null)),
    ]);
    const db = await getDb();
    const [upgraded, plain] = await db.getAll('posts');
    expect(upgraded!.summary).toEqual(summarize(REEL, null));
    expect(upgraded!.summary.recent).toBeInstanceOf(Float64Array);
    expect(plain!.summary).toEqual(summarize(PLAIN, null));
    expect(await db.getAll('postChanges')).toEqual([{ id: 1, keys: ['instagram:C1'] }]);
    expect((await loadRowsForKeys(['instagram:C1'], 'auto'))[0]!.row.velocity).toBe(110);
  });
});
