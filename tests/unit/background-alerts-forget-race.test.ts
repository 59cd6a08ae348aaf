// @vitest-environment node
// The alert records' read-change-writes never cross: a post's records forgotten (its delete) while
// an alert check holds the records it read are not written back by that check. The check is held
// right after its read; the forget runs meanwhile (or waits its turn), then the check goes on.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertedItem, forgetAlertRecords } from '@/lib/background/watch-alerts';
import { closeDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { CONTENT, POPUP, testHandlers } from './fixtures/handlers';
import { batch, freshIndexedDb, HOUR, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

type Handlers = ReturnType<typeof testHandlers>['h'];

const likes = (n: number, postId = '1'): PostReading =>
  reading({ postId, likes: n, comments: 0, reposts: 0 });

/**
 * Post x:1 starred, read at 0 h and 1 h; x:2 alerted at 1.5 h. The next reading of x:1 (2 h) breaks
 * out; its check is held just after it read the records, until `release`.
 */
async function checkHeldAfterRead() {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], alerts: true });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  let now = T0;
  const { h } = testHandlers({ now: () => now });
  const readAt = async (hours: number, posts: PostReading[]) => {
    now = T0 + hours * HOUR;
    expect(await h.recordReadings(batch(posts), CONTENT)).toMatchObject({ ok: true });
  };
  await readAt(0, [likes(100), likes(10, '2')]);
  await readAt(1, [likes(260)]);
  await h.watch.idle();
  await alertedItem.setValue({ 'x:2': T0 + 1.5 * HOUR });
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  const read = alertedItem.getValue.bind(alertedItem);
  let reached = () => {};
  const reading2 = new Promise<void>((r) => {
    reached = r;
  });
  // Only the check's read is held (the first one from now on): the records as they were then.
  vi.spyOn(alertedItem, 'getValue').mockImplementationOnce(async () => {
    const value = await read();
    reached();
    await held;
    return value;
  });
  await readAt(2, [likes(680)]);
  await reading2;
  return { h, create, release };
}

/** Lets whatever can run now run (storage and fake-indexeddb answer on later turns). */
const settle = () => new Promise((r) => setTimeout(r, 200));

describe('alert records forgotten while a check holds them', () => {
  it.each([
    ['x:2 (its post deleted)', new Set(['x:2']), ['x:1']],
    ['all (every post deleted)', 'all' as const, []],
  ])('stay forgotten: %s', async (_, posts, left) => {
    const { h, create, release } = await checkHeldAfterRead();
    const forgotten = forgetAlertRecords(posts);
    await settle();
    release();
    await forgotten;
    await h.watch.idle();
    expect(create).toHaveBeenCalledTimes(1);
    expect(Object.keys(await alertedItem.getValue())).toEqual(left);
  });
});

describe('a post deleted while a check holds the alert records', () => {
  // Through the background's real delete (data-handlers.ts' forgetAlerts), not the lock alone.
  it.each([
    ['its post deleted', (h: Handlers) => h.deletePost('x:2', POPUP), ['x:1']],
    ['every post deleted', (h: Handlers) => h.deleteAll(undefined, POPUP), []],
  ])('leaves no record of it: %s', async (_, remove, left) => {
    const { h, release } = await checkHeldAfterRead();
    const deleted = remove(h);
    await settle();
    release();
    expect(await deleted).toMatchObject({ ok: true });
    await h.watch.idle();
    expect(Object.keys(await alertedItem.getValue())).toEqual(left);
  });
});
