// @vitest-environment node

// An alert the browser refused to show has its record taken back; when storage refuses that
// take-back too, the record stands as if the user had been alerted. It must not hold back the next
// reading's alert (the user never saw one), and the refusal is said as a storage failure.
// Through the real handlers on fake-indexeddb.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertedItem } from '@/lib/background/watch-alerts';
import { closeDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { DEFAULT_WATCHLIST, type Watchlist, watchlistItem } from '@/lib/watchlist';
import { CONTENT, POPUP, testHandlers } from './fixtures/handlers';
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

describe('an alert never shown whose take-back storage refuses', () => {
  it.each<[string, Partial<Watchlist>]>([
    // 160/h, then 420/h: 2.6× at 2 h; 1,000/h six minutes on: 2.4× the 420/h before.
    ['a starred post (velocity 2.6×, then 2.4× six minutes on)', { posts: ['x:1'] }],
    // Post 1 at 6.8% of views against the median 1% of posts 2 to 4, then at 7.8%.
    ['a starred author (6.8× the median, then 7.8×)', { authors: ['x:nasa'] }],
  ])('does not hold the next reading’s alert back: %s', async (_, stars) => {
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, ...stars, alerts: true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    let now = T0;
    const { h, warnings } = testHandlers({ now: () => now });
    const readAt = async (hours: number, posts: PostReading[]) => {
      now = T0 + hours * HOUR;
      expect(await h.recordReadings(batch(posts), CONTENT)).toMatchObject({ ok: true });
      await h.watch.idle();
    };
    await readAt(0, [likes(100), likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    await readAt(1, [likes(260)]);

    // The first notification is refused; the write of the records right after it (the take-back) too.
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

    await readAt(2, [likes(680)]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(takeBacksRefused).toBe(1);
    // Said as the other storage failures are: the storage status the popup shows, and the log.
    const status = await h.storageStatus(undefined, POPUP);
    expect(status.lastError).toEqual(expect.stringContaining('QUOTA_BYTES quota exceeded'));
    expect(warnings).toContainEqual(expect.stringContaining('QUOTA_BYTES quota exceeded'));

    // Still broken out six minutes on: the user, who saw nothing, is alerted now.
    await readAt(2.1, [likes(780)]);
    expect(create).toHaveBeenCalledTimes(2);
    expect(create).toHaveBeenLastCalledWith('postlens-watch:x:1', expect.anything());
    expect(await alertedItem.getValue()).toEqual({ 'x:1': T0 + 2.1 * HOUR });

    // And that alert, shown, holds the next reading back as any alert does.
    await readAt(2.2, [likes(900)]);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
