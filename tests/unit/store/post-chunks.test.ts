// @vitest-environment node

// The dashboard's chunked copy of the posts (lib/store/post-chunks.ts): whatever writes the posts
// store after a build (the recorder, an author's new follower count, an import, deletes, pruning,
// delete-all), reading through the chunks gives exactly what the posts store holds, in its order,
// but for each summary's `recent`, cut to the reading the velocity compares with: the same rows.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rowOf } from '@/lib/queries/rows';
import {
  buildPostChunks,
  CHUNK_POSTS,
  chunksDue,
  getDb,
  MAX_CHANGED_READ,
  pruneWithin,
  REBUILD_AT_CHANGES,
  readStoredPosts,
} from '@/lib/store';
import { forReaders, RECENT_STRIDE, unpackReadings } from '@/lib/store/summary';
import { backend, clock, DAY, reading, record, resetAll } from '../components/helpers';

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };

beforeEach(resetAll);

const id = (i: number) => `p${String(i).padStart(5, '0')}`;

/** `count` posts by 7 authors, recorded in batches of 500 as the content script sends them. */
async function seed(count: number, likes = 1) {
  for (let from = 0; from < count; from += 500) {
    const posts = Array.from({ length: Math.min(500, count - from) }, (_, k) =>
      reading({
        postId: id(from + k),
        author: { handle: `author${(from + k) % 7}`, name: null, followers: 1000 },
        likes: likes + ((from + k) % 13),
        views: 5000,
      }),
    );
    await record(posts);
  }
}

/** Reads through the chunks and checks the result against the posts store read whole. */
async function readsAsStore(source: 'chunks' | 'posts') {
  const db = await getDb();
  const read = await readStoredPosts(db);
  const stored = await db.getAll('posts');
  expect(read.posts).toEqual(stored.map((p) => ({ ...p, summary: forReaders(p.summary) })));
  // The same rows, figure for figure, as from the posts store's own records.
  for (const pref of ['auto', 'followers'] as const)
    expect(read.posts.map((p) => rowOf(p, pref))).toEqual(stored.map((p) => rowOf(p, pref)));
  expect(read.source).toBe(source);
  return read;
}

describe('reading every post through the chunks', () => {
  it('reads the posts store itself until a build, then the chunks', async () => {
    await seed(2 * CHUNK_POSTS + 345);
    expect(await chunksDue(await getDb())).toBe(true);
    await readsAsStore('posts');
    expect(await buildPostChunks(await getDb())).toEqual({ posts: 2 * CHUNK_POSTS + 345, chunks: 3 });
    const read = await readsAsStore('chunks');
    expect(read.changed).toBe(0);
    expect(await chunksDue(await getDb())).toBe(false);
  });

  it('takes every post written after the build from the store: new, updated, re-summarized', async () => {
    await seed(1500);
    // Posts whose readings show no follower count: their rates fall back on their author's.
    await record(
      ['q1', 'q2', 'q3'].map((postId) =>
        reading({ postId, author: { handle: 'lonely', name: null }, likes: 8 }),
      ),
    );
    await buildPostChunks(await getDb());
    clock.now += DAY;
    // New posts whose keys sort before, among and after the chunks' ones, and updates of old ones.
    await record([
      reading({ postId: 'a-first', likes: 3 }),
      reading({ postId: `${id(700)}x`, likes: 4 }),
      reading({ postId: 'z-last', likes: 5 }),
      reading({ postId: id(0), author: { handle: 'author0', name: null, followers: 1000 }, likes: 99 }),
      reading({ postId: id(1499), author: { handle: 'author1', name: null, followers: 1000 }, likes: 98 }),
    ]);
    let read = await readsAsStore('chunks');
    expect(read.changed).toBe(5);
    expect(read.posts.find((p) => p.key === `x:${id(0)}`)!.summary.latest!.likes).toBe(99);
    // An author's new follower count re-summarizes every post of theirs that falls back on it.
    await record([], { platform: 'x', handle: 'lonely', name: null, followers: 1234 });
    read = await readsAsStore('chunks');
    expect(read.changed).toBe(8);
    expect(read.posts.find((p) => p.key === 'x:q2')!.summary.followers).toBe(1234);
  });

  it('follows an import, a deleted post and author, and pruning', async () => {
    await seed(1200);
    await buildPostChunks(await getDb());
    const h = backend();
    const file = {
      format: 'postlens-export' as const,
      version: 1 as const,
      exportedAt: new Date(clock.now).toISOString(),
      authors: [],
      posts: [id(5), 'imported'].map((postId) => ({
        platform: 'x' as const,
        postId,
        url: `https://x.com/author5/status/${postId}`,
        author: { handle: 'author5', name: null, followers: null },
        publishedAt: null,
        text: 'imported',
        snapshots: [60, 40, 20].map((d, n) => ({
          capturedAt: new Date(clock.now - d * DAY).toISOString(),
          likes: n + 7,
          comments: null,
          reposts: null,
          saves: null,
          views: null,
          followers: null,
        })),
      })),
    };
    expect(await h.importData({ importId: 'i1', file }, PAGE)).toMatchObject({ ok: true });
    await readsAsStore('chunks');

    expect(await h.deletePost(`x:${id(10)}`, PAGE)).toMatchObject({ ok: true });
    expect(await h.deleteAuthor('x:author2', PAGE)).toMatchObject({ ok: true });
    const read = await readsAsStore('chunks');
    expect(read.posts.some((p) => p.key === `x:${id(10)}` || p.authorKey === 'x:author2')).toBe(false);

    // Pruning the snapshots older than 30 days (not a post's first or latest: the 40-day-old
    // imported ones) re-summarizes the posts that lost them.
    const pruned = await pruneWithin(
      await getDb(),
      {
        before: clock.now - 30 * DAY,
        snapshotsThrough: Number.MAX_SAFE_INTEGER,
        followersThrough: Number.MAX_SAFE_INTEGER,
      },
      clock.now,
    );
    expect(pruned).toMatchObject({ ok: true });
    expect(pruned.ok && pruned.removed.snapshots).toBe(2);
    await readsAsStore('chunks');
  });

  it('after a delete-all holds nothing, and a build drops chunks of posts gone', async () => {
    await seed(2500);
    await buildPostChunks(await getDb());
    // Four of seven authors go: about 1,070 posts are left, two chunks' worth.
    for (const a of [0, 1, 2, 3]) await backend().deleteAuthor(`x:author${a}`, PAGE);
    await readsAsStore('chunks');
    const built = await buildPostChunks(await getDb());
    expect(built.chunks).toBe(Math.ceil(built.posts / CHUNK_POSTS));
    expect(await (await getDb()).count('postChunks')).toBe(built.chunks);
    await readsAsStore('chunks');

    expect(await backend().deleteAll(undefined, PAGE)).toMatchObject({ ok: true });
    const read = await readsAsStore('posts');
    expect(read.posts).toEqual([]);
    expect(await chunksDue(await getDb())).toBe(false);
  });

  it("holds of each summary's `recent` only the reading the velocity compares with", async () => {
    await seed(30);
    // Every post read again each minute for 8 minutes with new counts: each reading is stored.
    const start = clock.now;
    for (let m = 1; m <= 8; m++) {
      clock.now = start + m * 60_000;
      await seed(30, 100 * m);
    }
    const db = await getDb();
    const stored = await db.getAll('posts');
    // Latest at 8 min: the posts store keeps the readings from 3 min on (3 to 7 min, five).
    for (const p of stored)
      expect(unpackReadings(p.summary.recent!).map((r) => (r.capturedAt - start) / 60_000)).toEqual([
        3, 4, 5, 6, 7,
      ]);
    await buildPostChunks(db);
    const chunked = (await db.getAll('postChunks')).flatMap((c) => c.posts);
    expect(chunked).toHaveLength(30);
    for (const p of chunked) {
      expect(p.summary.recent).toHaveLength(RECENT_STRIDE);
      expect(unpackReadings(p.summary.recent!)[0]!.capturedAt).toBe(start + 3 * 60_000);
    }
    const read = await readsAsStore('chunks');
    // Each row's velocity: from the reading at 3 min to the latest at 8 min.
    expect(read.posts.map((p) => rowOf(p, 'auto').velocity)).toEqual(
      stored.map((p) => rowOf(p, 'auto').velocity),
    );
    expect(rowOf(read.posts[0]!, 'auto').velocity).not.toBeNull();
  });

  it('reads the store whole when more posts changed than single reads are worth', async () => {
    await seed(100);
    await buildPostChunks(await getDb());
    clock.now += DAY;
    await seed(MAX_CHANGED_READ + 1, 50);
    const read = await readsAsStore('posts');
    expect(read.changed).toBeNull();
  });

  it('is due again once REBUILD_AT_CHANGES posts changed', async () => {
    await seed(REBUILD_AT_CHANGES);
    await buildPostChunks(await getDb());
    clock.now += DAY;
    await seed(REBUILD_AT_CHANGES - 1, 20);
    expect(await chunksDue(await getDb())).toBe(false);
    await record([reading({ postId: 'one-more', likes: 1 })]);
    expect(await chunksDue(await getDb())).toBe(true);
  });
});

/** Every .ts file under dir. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

it('writes the posts store only through post-writes.ts (and the version-4 upgrade)', () => {
  const direct = /objectStore\(\s*['"]posts['"]\s*\)\s*\.\s*(put|add|delete|clear)\b|\bput\(\s*['"]posts['"]/;
  const offenders = sources(join(process.cwd(), 'lib')).filter(
    (f) => !/post-writes\.ts$|store[\\/]db\.ts$/.test(f) && direct.test(readFileSync(f, 'utf8')),
  );
  expect(offenders).toEqual([]);
  // The scan finds the writes it is meant to find.
  expect(direct.test(readFileSync(join(process.cwd(), 'lib/store/post-writes.ts'), 'utf8'))).toBe(true);
});
