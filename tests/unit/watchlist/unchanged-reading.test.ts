// @vitest-environment node

// The watchlist's alerts. Expected values worked out by hand from the counts.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { DEFAULT_WATCHLIST, type Watchlist, watchlistItem } from '@/lib/watchlist';
import { batch, freshIndexedDb, HOUR, MIN, reading, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

/** Real handlers on fake-indexeddb with the user's snapshot interval, a settable clock, and every notification. */
async function setup(watch: Partial<Watchlist>, snapshotIntervalMinutes: number) {
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
  const readAt = async (ms: number, posts: PostReading[]) => {
    now = T0 + ms;
    expect(await h.recordReadings(batch(posts), sender)).toMatchObject({ ok: true });
    await h.watch.idle();
  };
  return { create, readAt };
}

/** Post 1 with likes only counted (comments and reposts shown as 0 throughout). */
const likes = (n: number) => reading({ postId: '1', likes: n, comments: 0, reposts: 0 });

describe('a starred post read again with the same counts', () => {
  it('does not alert a second time, 1.5 h later, with the velocity of a stretch that has stopped', async () => {
    // The user keeps a snapshot of an unchanged post only every 2 hours (Options allow up to 1440 min).
    const { create, readAt } = await setup({ posts: ['x:1'], alerts: true }, 120);
    await readAt(0, [likes(100)]);
    await readAt(HOUR, [likes(260)]); // 160/h
    await readAt(2 * HOUR, [likes(680)]); // 420/h: 2.6× 160/h, a breakout
    expect(create).toHaveBeenCalledTimes(1);
    // 1.5 h later the post still shows 680 likes: it has gained nothing since 2 h (0/h), so no
    // velocity of 420/h and no breakout can be said of it now.
    await readAt(3.5 * HOUR, [likes(680)]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('still alerts a breakout when the same counts are read again seconds later (feed card, then permalink)', async () => {
    const { create, readAt } = await setup({ posts: ['x:1'], alerts: true }, 120);
    await readAt(0, [likes(100)]);
    await readAt(HOUR, [likes(260)]); // 160/h
    // 420 likes in the hour (2.6×), read in the feed and again 10 s later on the post's page.
    await readAt(2 * HOUR, [likes(680)]);
    await readAt(2 * HOUR + 10_000, [likes(680)]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('does not alert when a post that stopped is read unchanged after alerts were switched on', async () => {
    // Alerts off while the post grew 160/h, then 420/h; switched on at 2 h 30 min; the post read
    // unchanged at 2 h 50 min (within the 2 h snapshot interval): it gained nothing for 50 minutes.
    const { create, readAt } = await setup({ posts: ['x:1'], alerts: false }, 120);
    await readAt(0, [likes(100)]);
    await readAt(HOUR, [likes(260)]);
    await readAt(2 * HOUR, [likes(680)]);
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], alerts: true });
    await readAt(2 * HOUR + 50 * MIN, [likes(680)]);
    expect(create).not.toHaveBeenCalled();
  });
});
