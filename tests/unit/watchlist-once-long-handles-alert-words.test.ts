// @vitest-environment node

// The watchlist (round 2): an author breakout alerted once even when a reading in between cannot
// tell the post's ER; the longest handles PostLens stores can be starred; the alerts say which ER
// (by views or by followers) and which counts a velocity compares. Expected values by hand.
import { closeDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { DEFAULT_WATCHLIST, getWatchlist, storeStarToggle, watchlistItem } from '@/lib/watchlist';
import { watchSetup } from './fixtures/watch-setup';
import { freshIndexedDb, reading } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const setup = watchSetup;

/** A post of @nasa with likes only counted (comments and reposts shown as 0), on 10,000 views. */
const likes = (n: number, postId = '1', over: Partial<PostReading> = {}) =>
  reading({ postId, likes: n, comments: 0, reposts: 0, ...over });

describe("a starred author's post: one alert per breakout", () => {
  it('does not alert again at the same ER after a reading in between that showed no views', async () => {
    const { create, readAt } = await setup({ authors: ['x:nasa'], alerts: true });
    // Three other posts at 1% of views; post 1 at 3% of views: 3× the median, an alert.
    await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    await readAt(1, [likes(300)]);
    expect(create).toHaveBeenCalledTimes(1);
    // Read at 2 h on a page that shows no views (and no follower count is known): its ER cannot be
    // told then, which says nothing of the post having fallen under the threshold.
    await readAt(2, [likes(300, '1', { views: null })]);
    // Read at 4 h with its views again: 300 likes on 10,000 views, still the 3% alerted at 1 h.
    await readAt(4, [likes(300)]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('control: one that fell under the threshold in between (1%) and reached it again alerts again', async () => {
    const { create, readAt } = await setup({ authors: ['x:nasa'], alerts: true });
    await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    await readAt(1, [likes(300)]);
    // 300 likes on 30,000 views: 1%, under 3× the median 1%.
    await readAt(2, [likes(300, '1', { views: 30_000 })]);
    // 900 likes on 30,000 views: 3%, a breakout anew.
    await readAt(4, [likes(900, '1', { views: 30_000 })]);
    expect(create).toHaveBeenCalledTimes(2);
  });
});

describe('a long handle (Mastodon user@long.domain)', () => {
  // Handles are stored up to 300 characters (LIMITS.name, lib/check-fields handleOf): an author
  // the dashboard compares can have one, and starring it must star it or say why not.
  const handle = `${'a'.repeat(30)}@${'d'.repeat(262)}.social`; // 30 + 1 + 262 + 7 = 300
  const key = `mastodon:${handle}`;

  it('is a handle PostLens stores (300 characters)', () => {
    expect(handle.length).toBe(300);
  });

  it('stars the author: the watchlist as stored holds the key', async () => {
    await watchlistItem.setValue(DEFAULT_WATCHLIST);
    const answered = await storeStarToggle('authors', key);
    expect(answered.authors).toEqual([key]);
    expect((await getWatchlist()).authors).toEqual([key]);
    // And unstars it again.
    expect((await storeStarToggle('authors', key)).authors).toEqual([]);
  });

  it('keeps a starred long handle when the watchlist is read back with another star added', async () => {
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, authors: [key] });
    const answered = await storeStarToggle('authors', 'x:nasa');
    expect(answered.authors).toEqual([key, 'x:nasa']);
  });
});

describe("the alerts' words", () => {
  it('an author alert says the ER compared is by views', async () => {
    const { readAt, messages } = await setup({ authors: ['x:nasa'], alerts: true });
    await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    await readAt(1, [likes(300)]);
    expect(messages()).toEqual(["ER by views 3%, 3× the author's median 1% (3 other posts)\n“Liftoff!”"]);
  });

  it('an author alert says the ER compared is by followers when no views are shown', async () => {
    const { readAt, messages } = await setup({ authors: ['x:nasa'], alerts: true });
    // No views anywhere; the author's 10,000 followers read from their profile page.
    await readAt(0, [
      likes(100, '2', { views: null }),
      likes(100, '3', { views: null }),
      likes(100, '4', { views: null }),
    ]);
    await readAt(0.5, [], { platform: 'x', handle: 'nasa', name: 'NASA', followers: 10_000 });
    await readAt(1, [likes(300, '1', { views: null })]);
    expect(messages()).toEqual(["ER by followers 3%, 3× the author's median 1% (3 other posts)\n“Liftoff!”"]);
  });

  it("a starred post's alert names the counts its velocity adds up, per hour", async () => {
    const { readAt, messages } = await setup({ posts: ['x:1'], alerts: true });
    await readAt(0, [likes(100)]);
    await readAt(1, [likes(260)]); // 160/h
    await readAt(2, [likes(680)]); // 420/h: 2.625× 160/h
    expect(messages()).toEqual([
      'velocity 420/h (likes + comments + reposts gained per hour), 2.6× its previous 160/h\n“Liftoff!”',
    ]);
  });
});
