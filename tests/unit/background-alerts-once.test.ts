// @vitest-environment node

// How the background handles what content scripts send it: one reading alerts once, however many
// times its batch arrives, and reports of lost readings that arrive together are all counted.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { handoffKey } from '@/lib/messaging/protocol';
import { getSettings } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { batch, freshIndexedDb, HOUR, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const ID = fakeBrowser.runtime.id;
const PAGES = fakeBrowser.runtime.getURL('/');
const CONTENT = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };
const POPUP = { id: ID, url: `${PAGES}popup.html` };

function setup() {
  let now = T0;
  const h = createHandlers({
    db: getDb,
    settings: getSettings,
    now: () => now,
    warn: () => {},
    runtimeId: ID,
    extensionUrl: PAGES,
  });
  return { h, setNow: (hours: number) => (now = T0 + hours * HOUR) };
}

const likes = (n: number) => reading({ postId: '1', likes: n, comments: 0, reposts: 0 });

describe('one reading, one alert', () => {
  it('a batch stored already and taken again from its hand-off copy hours later does not alert again', async () => {
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], alerts: true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const { h, setNow } = setup();
    for (const [hours, n] of [
      [0, 100],
      [1, 260],
    ] as const) {
      setNow(hours);
      await h.recordReadings(batch([likes(n)]), CONTENT);
    }
    // 160/h, then 420/h: a breakout at 2×. The content script kept the batch before sending it.
    setNow(2);
    const b = batch([likes(680)]);
    await fakeBrowser.storage.local.set({ [handoffKey(b.batchId)]: { batch: b, at: T0 + 2 * HOUR } });
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValueOnce(new Error('worker stopped'));
    expect(await h.recordReadings(b, CONTENT)).toMatchObject({ ok: true, stored: 1 });
    await h.watch.idle();
    expect(create).toHaveBeenCalledTimes(1);
    // Its copy stayed (the worker stopped before removing it): the next start, two hours on,
    // takes it again and finds it stored already. No newer reading of the post has come in.
    await new Promise((r) => setTimeout(r, 0));
    setNow(4);
    await h.drainHandoffs();
    await h.watch.idle();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('a batch sent again after the worker restarted (stored once) does not alert again', async () => {
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], alerts: true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const { h, setNow } = setup();
    const b = batch([likes(680)], { readAt: T0 + 2 * HOUR });
    for (const [hours, x] of [
      [0, batch([likes(100)])],
      [1, batch([likes(260)])],
      [2, b],
    ] as const) {
      setNow(hours);
      await h.recordReadings(x, CONTENT);
    }
    await h.watch.idle();
    expect(create).toHaveBeenCalledTimes(1);
    setNow(3.5);
    expect(await h.recordReadings(b, CONTENT)).toMatchObject({ ok: true, duplicate: true });
    await h.watch.idle();
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('lost readings reported together', () => {
  it('are all counted for the popup', async () => {
    const { h } = setup();
    const answers = await Promise.all([
      h.reportUnsaved({ readings: 3, reason: 'storage refused' }, CONTENT),
      h.reportUnsaved({ readings: 2, reason: 'the page closed' }, { ...CONTENT, tab: { id: 8 } }),
    ]);
    expect(answers).toEqual([true, true]);
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ lost: 5 });
  });
});
