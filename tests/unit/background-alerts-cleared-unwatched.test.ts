// @vitest-environment node
// A watchlist alert goes from the notification centre once what it shows is no longer watched: its
// post unstarred, its author unstarred, alerts switched off, or its post deleted. A click would
// otherwise open a post no longer watched, or gone. And a check that began before an unstar shows
// no alert for it. Through the real handlers on fake-indexeddb and the service worker's own
// listeners (entrypoints/background.ts), with WXT's fake notifications.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { alertedItem } from '@/lib/background/watch-alerts';
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

/** Starts the service worker's listeners, as the browser does (the fake lacks two of its APIs). */
function startBackground(): void {
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  background.main();
}

/**
 * With these stars and alerts on, posts 1 to 4 read at 0 h, posts 1 and 2 at 1 h and 2 h: at 2 h
 * both break out, 160/h then 420/h (2.6× the velocity before) at 6.8% of views against the median
 * 1% of the other posts (6.8× their author's median). `beforeLast` runs before the 2 h reading.
 */
async function alerted(stars: Partial<Watchlist>, beforeLast?: () => void) {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, ...stars, alerts: true });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  let now = T0;
  const { h } = testHandlers({ now: () => now });
  const readAt = async (hours: number, posts: PostReading[]) => {
    now = T0 + hours * HOUR;
    expect(await h.recordReadings(batch(posts), CONTENT)).toMatchObject({ ok: true });
    await h.watch.idle();
  };
  await readAt(0, [likes(100), likes(100, '2'), likes(100, '3'), likes(100, '4')]);
  await readAt(1, [likes(260), likes(260, '2')]);
  beforeLast?.();
  await readAt(2, [likes(680), likes(680, '2')]);
  return { h, create };
}

const ONE = 'postlens-watch:x:1';
const TWO = 'postlens-watch:x:2';

describe('an alert whose post or author is no longer watched', () => {
  it.each<[string, Partial<Watchlist>, () => Promise<unknown>]>([
    ['its post is unstarred', { posts: ['x:1', 'x:2'] }, () => removeStar('posts', 'x:1')],
    ['alerts are switched off', { posts: ['x:1', 'x:2'] }, () => updateWatchlist({ alerts: false })],
  ])('leaves the notification centre when %s', async (name, stars, change) => {
    startBackground();
    await alerted(stars);
    expect(await shown()).toEqual([ONE, TWO]);
    await change();
    const left = name.startsWith('alerts') ? [] : [TWO];
    await vi.waitFor(async () => expect(await shown()).toEqual(left));
  });

  it('leaves it when its author is unstarred, unless the post is starred itself', async () => {
    startBackground();
    await alerted({ posts: ['x:2'], authors: ['x:nasa'] });
    expect(await shown()).toEqual([ONE, TWO]);
    await removeStar('authors', 'x:nasa');
    // x:2 still alerts by its own star (its velocity): it stays.
    await vi.waitFor(async () => expect(await shown()).toEqual([TWO]));
  });

  it('stays while a star left still covers it, or the change is another post’s', async () => {
    startBackground();
    await alerted({ posts: ['x:1', 'x:9'], authors: ['x:nasa'] });
    expect(await shown()).toEqual([ONE, TWO]);
    await removeStar('posts', 'x:9');
    // The author breakout of x:1 was alerted too, and its author is still starred.
    await removeStar('posts', 'x:1');
    await settle();
    expect(await shown()).toEqual([ONE, TWO]);
    await removeStar('authors', 'x:nasa');
    await vi.waitFor(async () => expect(await shown()).toEqual([]));
  });

  it.each<[string, (h: Awaited<ReturnType<typeof alerted>>['h']) => Promise<unknown>, string[]]>([
    ['its post is deleted', (h) => h.deletePost('x:1', DASHBOARD), [TWO]],
    ['its author is deleted', (h) => h.deleteAuthor('x:nasa', DASHBOARD), []],
    ['all data is deleted', (h) => h.deleteAll(undefined, DASHBOARD), []],
  ])('leaves it when %s (with its records)', async (_, remove, left) => {
    // Starred by author alone: the delete takes the post's records, and with them its alert.
    const { h } = await alerted({ authors: ['x:nasa'] });
    expect(await shown()).toEqual([ONE, TWO]);
    expect(await remove(h)).toMatchObject({ ok: true });
    expect(await shown()).toEqual(left);
  });
});

describe('a check that began before its post was unstarred', () => {
  it('shows no alert for it, and keeps no record holding the next alert back', async () => {
    startBackground();
    // Unstarred while the check reads storage: its last look at the permission, before the records.
    await alerted({ posts: ['x:1'] }, () => {
      vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementationOnce(async () => {
        await removeStar('posts', 'x:1');
        return true;
      });
    });
    await settle();
    expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();
    expect(await shown()).toEqual([]);
    expect(await alertedItem.getValue()).toEqual({});
  });

  it('has the alert it showed cleared once it is done, when unstarred after its last look', async () => {
    startBackground();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let unstarred = false;
    // Unstarred while the check writes its records, after it read the stars for the last time.
    const { create } = await alerted({ posts: ['x:1'] }, () => {
      vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
        if (!unstarred && 'watchAlerted' in (items as object)) {
          unstarred = true;
          await removeStar('posts', 'x:1');
        }
        return set(items);
      });
    });
    expect(unstarred).toBe(true);
    expect(create).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect(await shown()).toEqual([]));
  });
});
