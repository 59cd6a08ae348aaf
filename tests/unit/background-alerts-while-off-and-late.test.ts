// @vitest-environment node

// Watchlist alerts: records of author breakouts while alerts are off, and a late batch read
// before a newer (unchanged) reading. Expected values worked out by hand.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { DEFAULT_WATCHLIST, updateWatchlist, type Watchlist, watchlistItem } from '@/lib/watchlist';
import { watchSetup } from './fixtures/watch-setup';
import { batch, freshIndexedDb, HOUR, MIN, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

/** A post of @nasa with likes only counted, on 10,000 views (ER by views = likes / 10,000). */
const likes = (n: number, postId = '1') => reading({ postId, likes: n, comments: 0, reposts: 0 });

describe('an author breakout while alerts are off', () => {
  it('a post that fell back under the threshold while alerts were off alerts when it breaks out anew', async () => {
    const { create, readAt } = await watchSetup({ authors: ['x:nasa'], alerts: true });
    await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    await readAt(1, [likes(300)]); // 3%: 3× the median 1%
    expect(create).toHaveBeenCalledTimes(1);
    await updateWatchlist({ alerts: false });
    // The other posts grow to 2%: post 1's 3% is 1.5× their median, no breakout any more.
    await readAt(3, [likes(200, '2'), likes(200, '3'), likes(200, '4')]);
    await readAt(4, [likes(300)]);
    await updateWatchlist({ alerts: true });
    // Post 1 reaches 6%: 3× the median 2%, a new breakout the user must hear of.
    await readAt(6, [likes(600)]);
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('a post still broken out when alerts come back on does not alert again', async () => {
    const { create, readAt } = await watchSetup({ authors: ['x:nasa'], alerts: true });
    await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    await readAt(1, [likes(300)]);
    await updateWatchlist({ alerts: false });
    await readAt(3, [likes(310)]);
    await updateWatchlist({ alerts: true });
    await readAt(5, [likes(320)]);
    expect(create).toHaveBeenCalledTimes(1);
  });
});

async function liveSetup(watch: Partial<Watchlist>, snapshotIntervalMinutes: number) {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, ...watch });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  let now = T0;
  const h = createHandlers({
    db: getDb,
    settings: async () => ({ ...DEFAULT_SETTINGS, snapshotIntervalMinutes }),
    now: () => now,
    warn: () => {},
    runtimeId: fakeBrowser.runtime.id,
    extensionUrl: fakeBrowser.runtime.getURL('/'),
  });
  const sender = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 7 } };
  /** A batch read at `readMs` after T0, arriving at `arriveMs` (a late one: a retry, a hand-off). */
  const read = async (readMs: number, posts: PostReading[], arriveMs = readMs) => {
    now = T0 + arriveMs;
    expect(await h.recordReadings(batch(posts, { readAt: T0 + readMs }), sender)).toMatchObject({ ok: true });
    await h.watch.idle();
  };
  return { create, read };
}

const post1 = (n: number) => reading({ postId: '1', likes: n, comments: 0, reposts: 0 });

describe('a late batch of a starred post read before a newer reading that changed nothing', () => {
  it('is not checked against the newer reading’s time (no velocity from counts it never showed then)', async () => {
    const { create, read } = await liveSetup({ posts: ['x:1'], alerts: true }, 240);
    await read(0, [post1(1000)]);
    await read(HOUR, [post1(1100)]); // 100/h
    // Read at 3 h: still 1,100 (no new snapshot within the 4 h interval), checked then: 0/h.
    await read(3 * HOUR, [post1(1100)]);
    expect(create).not.toHaveBeenCalled();
    // A batch read 2 min before that (another tab's card, "2K") arrives late. The newer reading
    // at 3 h showed 1,100: the post did not gain 900 likes by 3 h, so no 450/h breakout.
    await read(3 * HOUR - 2 * MIN, [post1(2000)], 3 * HOUR + MIN);
    expect(create).not.toHaveBeenCalled();
  });
});
