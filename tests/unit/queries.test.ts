// @vitest-environment node

import { loadAuthorView, loadComparison } from '@/lib/queries/authors';
import { loadExportRecords, previewImport } from '@/lib/queries/export-reads';
import { loadAllRows, loadPostDetail, loadRowsForKeys } from '@/lib/queries/posts';
import { fillOutliers, rowOf } from '@/lib/queries/rows';
import { getDb, CHUNK_POSTS as ROWS_CHUNK } from '@/lib/store';
import { buildExport } from '@/lib/transfer/json-export';
import { backend, clock, DAY, HOUR, reading, record, resetAll } from './components/helpers';

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };

beforeEach(resetAll);

async function seed() {
  const t0 = clock.now;
  // alice: four posts a day apart, one far above her usual ER; bob: one post.
  const ers = [10, 20, 30, 200];
  for (const [i, likes] of ers.entries()) {
    await record(
      [
        reading({
          postId: `a${i}`,
          author: { handle: 'alice', name: 'Alice', followers: 1000 },
          likes,
          publishedAt: new Date(t0 + i * DAY).toISOString(),
        }),
      ],
      null,
      t0 + i * DAY,
    );
  }
  await record(
    [reading({ postId: 'b0', author: { handle: 'bob', name: 'Bob', followers: 100 }, likes: 5, views: 50 })],
    null,
    t0 + 4 * DAY,
  );
  // a second snapshot of a3, two hours later
  await record(
    [reading({ postId: 'a3', author: { handle: 'alice', name: 'Alice', followers: 1100 }, likes: 240 })],
    null,
    t0 + 3 * DAY + 2 * HOUR,
  );
  return t0;
}

it('loads one row per post with its latest counts, velocity and outlier score', async () => {
  await seed();
  const rows = await loadAllRows('followers');
  expect(rows).toHaveLength(5);
  const a3 = rows.find((r) => r.key === 'x:a3')!;
  expect(a3.likes).toBe(240);
  expect(a3.snapshotCount).toBe(2);
  expect(a3.velocity).toBeCloseTo(20); // (240 - 200) / 2 h
  expect(a3.followers).toBe(1100);
  expect(a3.erFollowers).toBeCloseTo(240 / 1100);
  // Against the median of alice's other three posts (ER 0.02 at 1000 followers).
  expect(a3.outlier).toBeCloseTo(240 / 1100 / 0.02);
  expect(rows.find((r) => r.key === 'x:b0')!.outlier).toBeNull();
});

// loadAllRows reads CHUNK_POSTS posts per request (no chunk copy built here): each post once, in key order, whatever the
// count's place against a chunk's edge.
it.each([0, 1, ROWS_CHUNK - 1, ROWS_CHUNK, ROWS_CHUNK + 1, 2 * ROWS_CHUNK + 345])(
  'loads all of %i posts, each once, in key order, as one read of the whole store gives them',
  async (count) => {
    for (let from = 0; from < count; from += 500) {
      const batch = Array.from({ length: Math.min(500, count - from) }, (_, k) => {
        const i = from + k;
        return reading({
          postId: `p${String(i).padStart(5, '0')}`,
          author: { handle: `author${i % 37}`, name: null, followers: 1000 + (i % 37) },
          likes: (i * 7) % 101,
        });
      });
      await record(batch);
    }
    const whole = await (await getDb()).getAll('posts');
    const expected = whole.map((p) => rowOf(p, 'auto'));
    fillOutliers(expected);
    const rows = await loadAllRows('auto');
    expect(rows).toHaveLength(count);
    expect(rows).toEqual(expected);
    expect(new Set(rows.map((r) => r.key)).size).toBe(count);
  },
  30_000,
);

it('loads only the posts a tab asks for, with engagement history, and outliers against all the author’s posts', async () => {
  await seed();
  const a3 = await loadRowsForKeys(['x:a3', 'x:nope'], 'followers');
  expect(a3.map((p) => p.row.key)).toEqual(['x:a3']);
  expect(a3[0]!.history).toEqual([200, 240]);
  expect(a3[0]!.row.outlier).toBeCloseTo(240 / 1100 / 0.02);
});

it('loads a post with every snapshot in order', async () => {
  await seed();
  const d = await loadPostDetail('x:a3');
  expect(d?.snapshots.map((s) => s.likes)).toEqual([200, 240]);
  expect(d?.author?.handle).toBe('alice');
  expect(await loadPostDetail('x:none')).toBeNull();
});

it('summarises an author and compares authors with share of voice', async () => {
  await seed();
  const view = await loadAuthorView('x:alice', 'followers');
  expect(view?.stats.postsSeen).toBe(4);
  expect(view?.trend.latest).toBe(1100);
  expect(view?.trend.change).toBe(100);
  expect(view?.stats.postsPerWeek).toBeCloseTo(7);
  expect(view?.stats.totalEngagement).toBe(10 + 20 + 30 + 240);
  const cmp = await loadComparison(['x:alice', 'x:bob'], 'followers');
  expect(cmp.share.get('x:alice')).toBeCloseTo(300 / 305);
  expect(cmp.share.get('x:bob')).toBeCloseTo(5 / 305);
});

it('exports a subset with only its posts, their snapshots and authors', async () => {
  await seed();
  const r = await loadExportRecords(new Set(['x:a3', 'x:b0']));
  expect(r.posts.map((p) => p.key).sort()).toEqual(['x:a3', 'x:b0']);
  expect(r.snapshots).toHaveLength(3);
  expect(r.authors.map((a) => a.key).sort()).toEqual(['x:alice', 'x:bob']);
  expect(r.followerSnapshots.every((f) => f.authorKey === 'x:alice' || f.authorKey === 'x:bob')).toBe(true);
});

it('previews exactly what an import then adds', async () => {
  await seed();
  const data = buildExport(await loadExportRecords(null), new Date(clock.now));
  // Overlap: the file holds everything; then new things are added to it (an hour after the last
  // reading: an import refuses times later than a day past now).
  const later = new Date(clock.now + 3_600_000).toISOString();
  data.posts[0]!.snapshots.push({ ...data.posts[0]!.snapshots[0]!, capturedAt: later });
  data.posts.push({ ...data.posts[0]!, postId: 'new1', snapshots: data.posts[0]!.snapshots.slice(0, 1) });
  data.posts.push({ ...data.posts[0]!, postId: 'new1', snapshots: data.posts[0]!.snapshots.slice(0, 1) });
  data.authors.push({
    platform: 'x',
    handle: 'Carol',
    name: null,
    followerSnapshots: [{ capturedAt: later, followers: 3 }],
  });
  const preview = await previewImport(data);
  expect(preview).toEqual({ posts: 1, snapshots: 2, authors: 1, followerSnapshots: 1 });
  const result = await backend().importData(data, PAGE);
  expect(result).toEqual({ ok: true, added: preview });
  expect(await previewImport(data)).toEqual({ posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 });
});
