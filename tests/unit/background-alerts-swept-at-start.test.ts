// @vitest-environment node
// A watchlist alert shown before the service worker stopped, whose post was unstarred (or alerts
// switched off) while no worker listened, or whose post was deleted with its clearing refused,
// goes when the worker starts again: its click would open a post no longer watched, or gone. One a
// star left still covers stays. Through the real handlers on fake-indexeddb and the service
// worker's own start (entrypoints/background.ts), with WXT's fake notifications.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { closeDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import {
  DEFAULT_WATCHLIST,
  removeStar,
  updateWatchlist,
  type Watchlist,
  watchlistItem,
} from '@/lib/watchlist';
import { CONTENT, EXTENSION_ID, PAGES, testHandlers } from './fixtures/handlers';
import { batch, freshIndexedDb, HOUR, reading, T0 } from './recorder-helpers';

// The worker's message listeners can be set up once per context, and none is needed here.
vi.mock('@/lib/messaging', async (original) => ({
  ...(await original<typeof import('@/lib/messaging')>()),
  onMessage: () => () => {},
}));

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const DASHBOARD = { id: EXTENSION_ID, url: `${PAGES}dashboard.html` };

/** A post of @nasa with likes only counted, on 10,000 views (ER by views = likes / 10,000). */
const likes = (n: number, postId = '1'): PostReading =>
  reading({ postId, likes: n, comments: 0, reposts: 0 });

/** The notifications in the notification centre, by id. */
const shown = async (): Promise<string[]> => Object.keys(await fakeBrowser.notifications.getAll()).sort();

/** Lets whatever can run now run (storage and fake-indexeddb answer on later turns). */
const settle = () => new Promise((r) => setTimeout(r, 200));

/** Starts the service worker again, as the browser does (the fake lacks two of its APIs). */
function startBackground(): void {
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  background.main();
}

/**
 * With these stars and alerts on, and no worker listening for changes of the stars: posts 1 to 4
 * read at 0 h, posts 1 and 2 at 1 h and 2 h, where both break out by their velocity and against
 * their author's median (as in background-alerts-cleared-unwatched.test.ts).
 */
async function alerted(stars: Partial<Watchlist>) {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, ...stars, alerts: true });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  let now = T0;
  const { h } = testHandlers({ now: () => now });
  for (const [hours, posts] of [
    [0, [likes(100), likes(100, '2'), likes(100, '3'), likes(100, '4')]],
    [1, [likes(260), likes(260, '2')]],
    [2, [likes(680), likes(680, '2')]],
  ] as const) {
    now = T0 + hours * HOUR;
    expect(await h.recordReadings(batch([...posts]), CONTENT)).toMatchObject({ ok: true });
    await h.watch.idle();
  }
  expect(await shown()).toEqual([ONE, TWO]);
  return h;
}

const ONE = 'postlens-watch:x:1';
const TWO = 'postlens-watch:x:2';

describe('a worker started again', () => {
  it('clears the alert of a post unstarred while no worker listened', async () => {
    await alerted({ posts: ['x:1', 'x:2'] });
    await removeStar('posts', 'x:1');
    await settle();
    expect(await shown()).toEqual([ONE, TWO]);
    startBackground();
    await vi.waitFor(async () => expect(await shown()).toEqual([TWO]));
  });

  it('clears every alert once alerts were switched off while no worker listened', async () => {
    await alerted({ posts: ['x:1', 'x:2'] });
    await updateWatchlist({ alerts: false });
    startBackground();
    await vi.waitFor(async () => expect(await shown()).toEqual([]));
  });

  it('clears the alert of a post deleted whose clearing the browser refused', async () => {
    const h = await alerted({ authors: ['x:nasa'] });
    vi.spyOn(fakeBrowser.notifications, 'clear').mockRejectedValueOnce(new Error('refused'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await h.deletePost('x:1', DASHBOARD)).toMatchObject({ ok: true });
    expect(warn).toHaveBeenCalledWith(
      'PostLens: the alerts of deleted posts could not be cleared',
      expect.any(Error),
    );
    expect(await shown()).toEqual([ONE, TWO]);
    vi.mocked(fakeBrowser.notifications.clear).mockRestore();
    startBackground();
    // x:2's author is still starred and its author breakout alerted: it stays.
    await vi.waitFor(async () => expect(await shown()).toEqual([TWO]));
  });

  it('keeps the alerts a star left still covers', async () => {
    // x:1 alerted by its own star and its author's; x:2 by its author's.
    await alerted({ posts: ['x:1'], authors: ['x:nasa'] });
    await removeStar('posts', 'x:1');
    startBackground();
    await settle();
    expect(await shown()).toEqual([ONE, TWO]);
  });
});
