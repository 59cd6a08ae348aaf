// @vitest-environment node

// The background's breakout alerts, through the real handlers on fake-indexeddb: readings are
// recorded as a content script sends them, and the notifications API is WXT's fake browser with
// the permission check stubbed (the fake implements no permissions API).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertedItem, listenForAlertClicks, openAlert } from '@/lib/background';
import { createHandlers } from '@/lib/background/handlers';
import { handoffKey } from '@/lib/messaging/protocol';
import { getSettings } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { DEFAULT_WATCHLIST, type Watchlist, watchlistItem } from '@/lib/watchlist';
import { batch, freshIndexedDb, HOUR, reading, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const ID = fakeBrowser.runtime.id;
const PAGES = fakeBrowser.runtime.getURL('/');
const CONTENT = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };

/** Handlers with a settable clock, the permission answer and every notification created. */
async function setup(watch: Partial<Watchlist>, granted = true) {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, ...watch });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted);
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  let now = T0;
  const h = createHandlers({
    db: getDb,
    settings: getSettings,
    now: () => now,
    warn: () => {},
    runtimeId: ID,
    extensionUrl: PAGES,
  });
  /** Records these readings at T0 + hours, and waits for the alert check after the write. */
  const readAt = async (hours: number, posts: PostReading[]) => {
    now = T0 + hours * HOUR;
    expect(await h.recordReadings(batch(posts), CONTENT)).toMatchObject({ ok: true });
    await h.watch.idle();
  };
  return { h, create, readAt, setNow: (hours: number) => (now = T0 + hours * HOUR) };
}

/** Post 1 with only likes counted (engagement = likes). */
const likes = (n: number, postId = '1') => reading({ postId, likes: n, comments: 0, reposts: 0 });

/** 160/h, then 420/h: 2.625× (a breakout at 2×, none at 3×). */
async function breakout(readAt: (h: number, p: PostReading[]) => Promise<void>) {
  await readAt(0, [likes(100)]);
  await readAt(1, [likes(260)]);
  await readAt(2, [likes(680)]);
}

describe('breakout alerts after a write', () => {
  it('alerts a starred post at 2× its previous velocity, with figure and formula', async () => {
    const { create, readAt } = await setup({ posts: ['x:1'], alerts: true });
    await readAt(0, [likes(100)]);
    await readAt(1, [likes(260)]);
    expect(create).not.toHaveBeenCalled();
    await readAt(2, [likes(680)]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith('postlens-watch:x:1', {
      type: 'basic',
      iconUrl: expect.stringMatching(/^data:image\/png;base64,/),
      title: 'Breakout: @nasa on X',
      message:
        'velocity 420/h (likes + comments + reposts gained per hour), 2.6× its previous 160/h\n“Liftoff!”',
    });
    expect(await alertedItem.getValue()).toEqual({ 'x:1': T0 + 2 * HOUR });
  });

  it.each([
    ['alerts are off', { posts: ['x:1'], alerts: false }, true],
    ['the permission is not granted', { posts: ['x:1'], alerts: true }, false],
    ['the post is not starred', { posts: ['x:2'], alerts: true }, true],
    ['the threshold is higher', { posts: ['x:1'], alerts: true, postFactor: 3 }, true],
  ])('no alert when %s', async (_name, watch, granted) => {
    const { create, readAt } = await setup(watch, granted);
    await breakout(readAt);
    expect(create).not.toHaveBeenCalled();
  });

  it('alerts a post at most once an hour', async () => {
    const { create, readAt } = await setup({ posts: ['x:1'], alerts: true });
    await breakout(readAt); // alert at 2 h
    await readAt(2.5, [likes(1400)]); // 1,440/h: 3.4× 420/h, but 30 minutes after the last alert
    expect(create).toHaveBeenCalledTimes(1);
    await readAt(3.5, [likes(5000)]); // 3,600/h: 2.5× 1,440/h, an hour and a half after it
    expect(create).toHaveBeenCalledTimes(2);
    expect(create).toHaveBeenNthCalledWith(
      2,
      'postlens-watch:x:1',
      expect.objectContaining({
        message: expect.stringMatching(
          /^velocity 3,600\/h \(likes \+ comments \+ reposts gained per hour\), 2.5×/,
        ),
      }),
    );
  });

  it("alerts a starred author's post at 3× the median ER of their other posts (3 or more)", async () => {
    const { create, readAt } = await setup({ authors: ['x:nasa'], alerts: true });
    // Three posts at 1% of views: each has only 2 others, too few for a median.
    await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    expect(create).not.toHaveBeenCalled();
    await readAt(1, [likes(299, '5')]); // 2.99%, against 3 others at 1%: under 3×
    expect(create).not.toHaveBeenCalled();
    await readAt(2, [likes(300, '1')]); // 3%; median of 1%, 1%, 1%, 2.99% is 1%
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(
      'postlens-watch:x:1',
      expect.objectContaining({
        message: "ER by views 3%, 3× the author's median 1% (4 other posts)\n“Liftoff!”",
      }),
    );
  });

  // Reels show views and are rated by views; photos show none and are rated by followers. A reel
  // is held against the author's other reels' ER by views, never a median of both kinds.
  it.each([
    // Reels at 1 % of views, photos at 10 % of followers; a reel at 3 %: 3× the other reels.
    ['alerts a reel at 3× the other reels, whatever the photos', 100, 100, 1],
    // Reels at 3 % of views, photos at 0.5 % of followers; a reel at 3 %: 1× the other reels.
    ['does not alert a reel like the other reels, photos rated lower by followers', 300, 5, 0],
  ])('%s', async (_name, reelLikes, photoLikes, alerts) => {
    const { create, readAt } = await setup({ authors: ['x:nasa'], alerts: true });
    const author = { handle: 'nasa', name: 'NASA', followers: 1000 };
    const post = (postId: string, n: number, views: number | null) =>
      reading({ postId, author, likes: n, comments: 0, reposts: 0, views });
    await readAt(0, [
      ...['r1', 'r2', 'r3'].map((id) => post(id, reelLikes, 10_000)),
      ...['p1', 'p2', 'p3', 'p4'].map((id) => post(id, photoLikes, null)),
    ]);
    expect(create).not.toHaveBeenCalled();
    await readAt(1, [post('1', 300, 10_000)]);
    expect(create).toHaveBeenCalledTimes(alerts);
  });

  it('checks a batch a closed page handed off through storage.local too', async () => {
    const { h, create, readAt, setNow } = await setup({ posts: ['x:1'], alerts: true });
    await readAt(0, [likes(100)]);
    await readAt(1, [likes(260)]);
    setNow(2);
    const b = batch([likes(680)]);
    await fakeBrowser.storage.local.set({ [handoffKey(b.batchId)]: { batch: b, at: T0 + 2 * HOUR } });
    await h.drainHandoffs();
    await h.watch.idle();
    expect(create).toHaveBeenCalledTimes(1);
  });

  /** Stores a reading of post 1 read at `hours` (long before now): sent, or handed off. */
  type Late = (h: Awaited<ReturnType<typeof setup>>['h'], hours: number, n: number) => Promise<void>;
  const sent: Late = async (h, hours, n) => {
    const late = batch([likes(n)], { readAt: T0 + hours * HOUR });
    expect(await h.recordReadings(late, CONTENT)).toMatchObject({ ok: true, stored: 1 });
  };
  const handedOff: Late = async (h, hours, n) => {
    const late = batch([likes(n)]); // no readAt: the hand-off's own time says when it was read
    await fakeBrowser.storage.local.set({
      [handoffKey(late.batchId)]: { batch: late, at: T0 + hours * HOUR },
    });
    await h.drainHandoffs();
  };

  it.each([
    ['sent with its read time', sent],
    ['handed off by a closed page', handedOff],
  ])('does not check a late reading again (%s): one stored behind a newer one', async (_how, store) => {
    const { h, create, readAt, setNow } = await setup({ posts: ['x:1'], alerts: true });
    await readAt(0, [likes(100)]);
    await readAt(1, [likes(260)]);
    await readAt(3, [likes(580)]); // 160/h, then 160/h: no breakout
    // Read at 2 h, stored at 3.5 h: the last three readings are now 260, 262, 580, which make
    // 2/h, then 318/h (159×): a stretch the 3 h reading was already checked for.
    setNow(3.5);
    await store(h, 2, 262);
    await h.watch.idle();
    expect(create).not.toHaveBeenCalled();
    // The next reading is checked against the late one: 318/h, then 1,420/h (4.5×).
    await readAt(4, [likes(2000)]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(
      'postlens-watch:x:1',
      expect.objectContaining({
        message: expect.stringMatching(
          /^velocity 1,420\/h \(likes \+ comments \+ reposts gained per hour\), 4.5× its previous 318\/h/,
        ),
      }),
    );
  });

  it('never lets an alert fail the write', async () => {
    const { h, readAt } = await setup({ posts: ['x:1'], alerts: true });
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('no notifications'));
    await breakout(readAt);
    expect((await h.recordReadings(batch([likes(2000)]), CONTENT)).ok).toBe(true);
  });
});

describe('a click on an alert', () => {
  it.each([
    ['postlens-watch:x:1', `${PAGES}dashboard.html#/post/x%3A1`],
    ['postlens-watch:mastodon:109/a b', `${PAGES}dashboard.html#/post/mastodon%3A109%2Fa%20b`],
    ['postlens-watch:nope:1', null],
    ['someone-else:x:1', null],
  ])('%s opens %s', async (id, url) => {
    const openTab = vi.fn(async () => {});
    expect(await openAlert(id, { extensionUrl: PAGES, openTab })).toBe(url !== null);
    expect(openTab.mock.calls).toEqual(url === null ? [] : [[url]]);
  });

  it('is listened for through the notifications API', async () => {
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    const open = vi.fn();
    listenForAlertClicks(open);
    await fakeBrowser.notifications.onClicked.trigger('postlens-watch:x:1');
    expect(open).toHaveBeenCalledWith('postlens-watch:x:1');
  });
});
