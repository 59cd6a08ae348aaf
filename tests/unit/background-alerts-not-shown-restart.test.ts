// @vitest-environment node

// An alert the browser refused to show, whose take-back storage refused too, leaves a record that
// stands as if the user had been alerted. What says it was never shown must outlive the worker: a
// Manifest V3 service worker is stopped after about 30 s idle, and a worker started afresh (a new
// set of handlers over the same browser storage) must not let that record hold the next alert back.
// Through the real handlers on fake-indexeddb.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notShownItem } from '@/lib/background/alert-records';
import { alertedItem } from '@/lib/background/watch-alerts';
import { closeDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { DEFAULT_WATCHLIST, type Watchlist, watchlistItem } from '@/lib/watchlist';
import { CONTENT, testHandlers } from './fixtures/handlers';
import { batch, freshIndexedDb, HOUR, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

/** A post of @nasa with likes only counted, on 10,000 views (ER by views = likes / 10,000). */
const likes = (n: number, postId = '1') => reading({ postId, likes: n, comments: 0, reposts: 0 });

const isAlertRecords = (items: unknown) =>
  Object.keys(items as object).some((k) => k === 'watchAlerted' || k === 'watchAuthorAlerted');

const STARS: Array<[string, Partial<Watchlist>]> = [
  // 160/h, then 420/h: 2.6× at 2 h; 1,000/h six minutes on: 2.4× the 420/h before.
  ['a starred post (velocity 2.6×, then 2.4× six minutes on)', { posts: ['x:1'] }],
  // Post 1 at 6.8% of views against the median 1% of posts 2 to 4, then at 7.8%.
  ['a starred author (6.8× the median, then 7.8×)', { authors: ['x:nasa'] }],
];

/**
 * Readings at 0 h and 1 h, then one at 2 h whose alert the browser refuses and whose take-back
 * storage.local refuses; answers the notifications' spy and a clock the caller moves.
 */
async function alertNeverShown(stars: Partial<Watchlist>, sessionSet?: () => Promise<void>) {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, ...stars, alerts: true });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  const clock = { now: T0 };
  const first = testHandlers({ now: () => clock.now });
  const readAt = async (h: typeof first.h, hours: number, posts: PostReading[]) => {
    clock.now = T0 + hours * HOUR;
    expect(await h.recordReadings(batch(posts), CONTENT)).toMatchObject({ ok: true });
    await h.watch.idle();
  };
  await readAt(first.h, 0, [likes(100), likes(100, '2'), likes(100, '3'), likes(100, '4')]);
  await readAt(first.h, 1, [likes(260)]);

  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  let refusedShown = false;
  create.mockImplementationOnce(async () => {
    refusedShown = true;
    throw new Error('notification refused');
  });
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  let takeBacksRefused = 0;
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    if (refusedShown && takeBacksRefused === 0 && isAlertRecords(items)) {
      takeBacksRefused++;
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    return set(items);
  });
  if (sessionSet) vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(sessionSet);

  await readAt(first.h, 2, [likes(680)]);
  expect(create).toHaveBeenCalledTimes(1);
  expect(takeBacksRefused).toBe(1);
  // The record of the alert never shown stands in storage.
  expect(await alertedItem.getValue()).toEqual({ 'x:1': T0 + 2 * HOUR });
  return { create, first, readAt };
}

describe('an alert never shown whose take-back storage refuses, after a worker restart', () => {
  it.each(STARS)('does not hold the new worker’s next alert back: %s', async (_, stars) => {
    const { create, readAt } = await alertNeverShown(stars);
    // Remembered for the browser session (an author breakout's record too).
    const notShown = { 'x:1': T0 + 2 * HOUR };
    expect(await notShownItem.getValue()).toEqual({
      alerted: notShown,
      brokeOut: stars.authors ? notShown : {},
    });

    // The worker is stopped and started again: new handlers, the same browser storage.
    const restarted = testHandlers({ now: () => T0 + 2.1 * HOUR });
    await readAt(restarted.h, 2.1, [likes(780)]);
    expect(create).toHaveBeenCalledTimes(2);
    expect(create).toHaveBeenLastCalledWith('postlens-watch:x:1', expect.anything());
    expect(await alertedItem.getValue()).toEqual({ 'x:1': T0 + 2.1 * HOUR });
    // Shown at last: nothing is left to read past.
    expect(await notShownItem.getValue()).toEqual({ alerted: {}, brokeOut: {} });

    // That alert, shown, holds the next reading back as any alert does, in yet another worker too.
    await readAt(restarted.h, 2.2, [likes(900)]);
    const again = testHandlers({ now: () => T0 + 2.3 * HOUR });
    await readAt(again.h, 2.3, [likes(1_000)]);
    expect(create).toHaveBeenCalledTimes(2);
  });

  it.each(STARS)(
    'a session storage that refuses is logged, and this worker still alerts: %s',
    async (_, stars) => {
      const { create, first, readAt } = await alertNeverShown(stars, async () => {
        throw new Error('session storage refused');
      });
      // Said in the worker's log as the alerts' other failures are (the prune's session write, which
      // refuses too, is not what this looks for).
      expect(first.warnings).toContainEqual(expect.stringMatching(/alert.*session storage refused/));
      // Not thrown out of the check: the check itself did not fail.
      expect(first.warnings).not.toContainEqual(expect.stringContaining('watchlist alert failed'));

      await readAt(first.h, 2.1, [likes(780)]);
      expect(create).toHaveBeenCalledTimes(2);
      expect(create).toHaveBeenLastCalledWith('postlens-watch:x:1', expect.anything());
    },
  );
});
