// @vitest-environment node

import type { Campaign } from '@/lib/campaigns/figures';
import {
  loadAllCampaignData,
  loadCampaignData,
  loadCampaigns,
  storedPostKeys,
} from '@/lib/queries/campaigns';
import { recordBatch } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { NO_OUTCOMES } from './fixtures/campaign';
import { batch, freshIndexedDb, reading } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

/** Local time, as a campaign's days are the user's days. */
const at = (day: number, hour = 12) => new Date(2025, 2, day, hour).getTime();

async function store(day: number, posts: ReturnType<typeof reading>[]) {
  const r = await recordBatch(await getDb(), batch(posts), { snapshotIntervalMinutes: 0 }, at(day));
  if (!r.ok) throw new Error(r.error);
}

const CAMPAIGN: Campaign = {
  id: 'c1',
  name: 'March',
  postKeys: ['x:1', 'x:2', 'x:gone'],
  start: '2025-03-10',
  end: '2025-03-20',
  ...NO_OUTCOMES,
  createdAt: 2,
  updatedAt: 2,
};

it('reads each post’s latest counts, and the snapshots of the period with the one before it', async () => {
  // x:1: before the period (twice), inside it, and after it. x:2: only inside, no followers shown.
  const x1 = (likes: number, followers: number) =>
    reading({
      postId: '1',
      likes,
      comments: 0,
      reposts: 0,
      views: 1000,
      author: { handle: 'nasa', name: 'NASA', followers },
    });
  await store(1, [x1(1, 500)]);
  await store(5, [x1(5, 500)]);
  await store(12, [
    x1(12, 600),
    reading({
      postId: '2',
      publishedAt: '2025-03-01T10:00:00.000Z',
      likes: 3,
      comments: null,
      reposts: null,
      views: null,
      author: { handle: 'nasa', name: 'NASA' },
    }),
  ]);
  await store(25, [x1(25, 700)]);

  const data = await loadCampaignData(CAMPAIGN);
  expect(data.posts.map((p) => [p.key, p.post?.text ?? null])).toEqual([
    ['x:1', 'Liftoff!'],
    ['x:2', 'Liftoff!'],
    ['x:gone', null],
  ]);
  // What x:1 gained in the period: its reading of day 12 minus its last before the start (day 5).
  expect(data.facts.get('x:1')).toEqual({
    key: 'x:1',
    latest: { likes: 25, comments: 0, reposts: 0, saves: null, views: 1000 },
    period: {
      gained: { likes: 7, comments: 0, reposts: 0, saves: null, views: 0 },
      basis: 'since-start',
      readings: 1,
    },
    followers: 700,
  });
  // x:2, posted before the start, was first read inside the period: counted from that reading (not
  // from zero, which would take its whole lifetime as gained in the period), and the basis says so.
  expect(data.facts.get('x:2')!.period).toEqual({
    gained: { likes: 0, comments: null, reposts: null, saves: null, views: null },
    basis: 'no-reading-before-start',
    readings: 1,
    countedFrom: at(12),
  });
  // x:2's snapshot has the author's followers as known when it was taken.
  expect(data.facts.get('x:2')!.followers).toBe(600);
  expect(data.facts.get('x:gone')).toEqual({
    key: 'x:gone',
    latest: null,
    period: { gained: null, basis: 'no-reading-in-period', readings: 0 },
    followers: null,
  });
  expect(data.snapshots.map((s) => [s.postKey, s.likes, s.capturedAt])).toEqual([
    ['x:1', 5, at(5)],
    ['x:1', 12, at(12)],
    ['x:2', 3, at(12)],
  ]);
});

it('lists campaigns oldest first and loads them all', async () => {
  const db = await getDb();
  await db.put('campaigns', { ...CAMPAIGN, id: 'b', name: 'B', createdAt: 5, postKeys: [] });
  await db.put('campaigns', { ...CAMPAIGN, id: 'a', name: 'A', createdAt: 9, postKeys: [] });
  await db.put('campaigns', { ...CAMPAIGN, id: 'c', name: 'C', createdAt: 1, postKeys: [] });
  expect((await loadCampaigns()).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  expect((await loadAllCampaignData()).map((d) => [d.campaign.id, d.posts.length])).toEqual([
    ['c', 0],
    ['b', 0],
    ['a', 0],
  ]);
});

it('tells which keys are stored posts', async () => {
  await store(1, [reading({ postId: '1' })]);
  expect(await storedPostKeys(['x:1', 'x:2', 'nonsense'])).toEqual(new Set(['x:1']));
});
