// @vitest-environment node

// The watchlist's alert records (when each post last alerted, and each author breakout alerted):
// an author's unstarring takes what only that star needed, and a record storage refuses to keep
// never lets the same breakout be notified twice. Through the real handlers on fake-indexeddb.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertedItem, authorAlertedItem, createWatchAlerts } from '@/lib/background/watch-alerts';
import { getSettings } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { DEFAULT_WATCHLIST, removeStar, storeStarToggle, watchlistItem } from '@/lib/watchlist';
import { CONTENT, POPUP, testHandlers } from '../fixtures/handlers';
import { watchSetup } from '../fixtures/watch-setup';
import { batch, freshIndexedDb, HOUR, reading, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

/** A post of @nasa (or `handle`) with likes only counted, on 10,000 views (ER by views = likes / 10,000). */
const likes = (n: number, postId = '1', handle = 'nasa'): PostReading =>
  reading({
    postId,
    likes: n,
    comments: 0,
    reposts: 0,
    author: { handle, name: handle },
    url: `https://x.com/${handle}/status/${postId}`,
  });

/** Three other posts of @nasa at 1%, then post 1 at 3% (3× the median): an author breakout of x:1. */
async function authorBreakout(readAt: (h: number, p: PostReading[]) => Promise<void>) {
  await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
  await readAt(1, [likes(300)]);
}

describe('unstarring an author', () => {
  it('drops the author breakout records only its star needed, at the next check', async () => {
    const { create, readAt } = await watchSetup({ authors: ['x:nasa', 'x:esa'], alerts: true });
    await authorBreakout(readAt);
    expect(create).toHaveBeenCalledTimes(1);
    expect(Object.keys(await authorAlertedItem.getValue())).toEqual(['x:1']);
    await removeStar('authors', 'x:nasa');
    // Any later batch checks the records against the stars (here a post of another author).
    await readAt(2, [likes(50, '9', 'esa')]);
    expect(await authorAlertedItem.getValue()).toEqual({});
  });

  it('keeps the record of a post still starred itself, and of a post whose author is still starred', async () => {
    const { create, readAt } = await watchSetup({
      authors: ['x:nasa', 'x:esa'],
      posts: ['x:1'],
      alerts: true,
    });
    await authorBreakout(readAt);
    // @esa's post 11 at 3× the median of its other posts: its own author breakout.
    await readAt(1.5, [likes(100, '12', 'esa'), likes(100, '13', 'esa'), likes(100, '14', 'esa')]);
    await readAt(1.6, [likes(300, '11', 'esa')]);
    expect(create).toHaveBeenCalledTimes(2);
    await storeStarToggle('authors', 'x:nasa');
    await readAt(2, [likes(50, '9', 'esa')]);
    expect(Object.keys(await authorAlertedItem.getValue()).sort()).toEqual(['x:1', 'x:11']);
    // x:1 is still starred and still at 3×: were the author starred again, its breakout is the one told.
    await storeStarToggle('authors', 'x:nasa');
    await readAt(3, [likes(300)]);
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('drops a record written before records named their author, once the post shows whose it is', async () => {
    const { readAt } = await watchSetup({ authors: ['x:esa'], alerts: true });
    // Kept by an earlier version (a bare time) while @nasa was starred; this worker's first check.
    await authorAlertedItem.setValue({ 'x:1': T0, 'x:21': T0 });
    await readAt(0, [likes(100, '1'), likes(100, '21', 'esa')]);
    expect(await authorAlertedItem.getValue()).toEqual({ 'x:21': { at: T0, author: 'x:esa' } });
  });
});

describe('alert records storage refuses to keep', () => {
  /** storage.local refuses every write of the alert records; other keys are written as usual. */
  function refuseAlertRecords() {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      const keys = Object.keys(items as object);
      if (keys.some((k) => k === 'watchAlerted' || k === 'watchAuthorAlerted'))
        throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
  }

  it.each([
    ['a starred post (velocity 2.6×, then 2.4× six minutes on)', { posts: ['x:1'] }],
    ['a starred author (6.8× the median, read again later)', { authors: ['x:nasa'] }],
  ])('never notifies the same breakout twice: %s', async (_, stars) => {
    const { create, readAt } = await watchSetup({ ...stars, alerts: true });
    await readAt(0, [likes(100), likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    await readAt(1, [likes(260)]);
    refuseAlertRecords();
    // 160/h, then 420/h: 2.6×; post 1 at 6.8% of views, 6.8× the median 1%.
    await readAt(2, [likes(680)]);
    // 420/h before, 1,000/h now; and an hour on, past the hour between two alerts of one post.
    await readAt(2.1, [likes(780)]);
    await readAt(3.2, [likes(790)]);
    expect(create.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it("says so in the background's storage status, which the popup shows", async () => {
    const { create, readAt } = await watchSetup({ posts: ['x:1'], alerts: true });
    await readAt(0, [likes(100)]);
    await readAt(1, [likes(260)]);
    refuseAlertRecords();
    await readAt(2, [likes(680)]);
    expect(create).not.toHaveBeenCalled();
    const { h } = testHandlers();
    const status = await h.storageStatus(undefined, POPUP);
    expect(status.lastError).toEqual(expect.stringContaining('QUOTA_BYTES quota exceeded'));
  });

  it('shows no alert whose record was not kept, and says why as a storage failure', async () => {
    let now = T0;
    const { h } = testHandlers({ now: () => now });
    // Alerts off while the readings are stored (the handlers' own check stays silent), then on.
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], alerts: false });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const failures: string[] = [];
    const watch = createWatchAlerts({
      db: getDb,
      settings: getSettings,
      now: () => now,
      warn: () => {},
      storageFailed: (error) => {
        failures.push(error);
      },
    });
    let last = batch([]);
    for (const [hours, n] of [
      [0, 100],
      [1, 260],
      [2, 680],
    ] as const) {
      now = T0 + hours * HOUR;
      last = batch([likes(n)]);
      expect(await h.recordReadings(last, CONTENT)).toMatchObject({ ok: true, stored: 1 });
    }
    await h.watch.idle();
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], alerts: true });
    refuseAlertRecords();
    // 160/h, then 420/h: a breakout at 2×, whose record storage refuses.
    watch.written(last);
    await watch.idle();
    expect(create).not.toHaveBeenCalled();
    expect(failures).toEqual([expect.stringContaining('QUOTA_BYTES quota exceeded')]);
    expect(await alertedItem.getValue()).toEqual({});
  });
});

describe("a starred author's breakout at the edges, through the background", () => {
  it.each([
    ['2 other posts: too few for a median, no alert at 10×', ['2', '3'], 1000, 0],
    ['3 other posts at 1%, the post exactly at 3%: alerts', ['2', '3', '4'], 300, 1],
    ['3 other posts at 1%, the post at 2.99%: no alert', ['2', '3', '4'], 299, 0],
  ] as const)('%s', async (_, others, postLikes, alerts) => {
    const { create, readAt } = await watchSetup({ authors: ['x:nasa'], alerts: true });
    await readAt(
      0,
      others.map((id) => likes(100, id)),
    );
    await readAt(1, [likes(postLikes)]);
    expect(create).toHaveBeenCalledTimes(alerts);
  });
});
