// @vitest-environment node

// Breakout alerts judge what was just stored. A reading the batch check leaves out (its identity
// fails: a link not on the post's platform), or a batch it refuses whole (answered ok, so the page
// lets it go), adds nothing to the post's history. Checked all the same, the post's stored readings
// of hours ago would alert again as if they were news.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import type { ReadingBatch } from '@/lib/messaging/protocol';
import { handoffKey } from '@/lib/messaging/protocol';
import { getSettings } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { batch, freshIndexedDb, HOUR, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const ID = fakeBrowser.runtime.id;
const CONTENT = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };

async function setup() {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1', 'x:2'], alerts: true });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  let now = T0;
  const h = createHandlers({
    db: getDb,
    settings: getSettings,
    now: () => now,
    warn: () => {},
    runtimeId: ID,
    extensionUrl: fakeBrowser.runtime.getURL('/'),
  });
  const at = (hours: number) => {
    now = T0 + hours * HOUR;
    return now;
  };
  return { h, create, at };
}

const likes = (n: number, postId = '1', over: Partial<PostReading> = {}) =>
  reading({ postId, likes: n, comments: 0, reposts: 0, ...over });

/** A reading of post 1 whose link is not on X: the check leaves it out (identity). */
const offPlatform = () => likes(700, '1', { url: 'https://example.com/nasa/status/1' });

type Send = (h: Awaited<ReturnType<typeof setup>>['h'], b: ReadingBatch, readAt: number) => Promise<void>;
const sent: Send = async (h, b, readAt) => {
  expect(await h.recordReadings({ ...b, readAt }, CONTENT)).toMatchObject({ ok: true });
};
const handedOff: Send = async (h, b, readAt) => {
  await fakeBrowser.storage.local.set({ [handoffKey(b.batchId)]: { batch: b, at: readAt } });
  await h.drainHandoffs();
};

describe('breakout alerts check only the readings the background stored', () => {
  it.each([
    ['a reading the check left out, sent', sent, () => batch([offPlatform()])],
    ['a reading the check left out, handed off', handedOff, () => batch([offPlatform()])],
    ['a batch the check refused whole, sent', sent, () => batch([likes(700)], { pageUrl: 42 as never })],
    [
      'a batch the check refused whole, handed off',
      handedOff,
      () => batch([likes(700)], { pageUrl: 42 as never }),
    ],
  ])('%s: no second alert from the readings stored hours ago', async (_what, send, late) => {
    const { h, create, at } = await setup();
    // 100 → 260 → 680 likes an hour apart: 160/h, then 420/h (2.6×, over the default 2×).
    for (const [hours, n] of [
      [0, 100],
      [1, 260],
      [2, 680],
    ] as const)
      await sent(h, batch([likes(n)]), at(hours));
    await h.watch.idle();
    expect(create).toHaveBeenCalledTimes(1);
    // Two hours later (past the hour between alerts) nothing of post 1 is stored.
    await send(h, late(), at(4));
    await h.watch.idle();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('the readings of a batch that were stored still alert when the check left another out', async () => {
    const { h, create, at } = await setup();
    for (const [hours, n] of [
      [0, 100],
      [1, 260],
      [2, 680],
    ] as const)
      await sent(h, batch([likes(n), likes(n, '2')]), at(hours));
    await h.watch.idle();
    expect(create).toHaveBeenCalledTimes(2);
    // Post 2 goes on from 680 to 2,401 in 2 h (860.5/h, 2.05× its 420/h; 2,400 might be a rounded
    // "2.4K"): a new breakout; post 1's reading is left out and says nothing new.
    await sent(h, batch([offPlatform(), likes(2401, '2')]), at(4));
    await h.watch.idle();
    expect(create).toHaveBeenCalledTimes(3);
    expect(create).toHaveBeenLastCalledWith('postlens-watch:x:2', expect.anything());
  });
});
