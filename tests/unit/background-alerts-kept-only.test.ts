// Breakout alerts judge what was just stored. A batch PostLens did not keep (PostLens switched off,
// or the batch's platform switched off in Settings) adds nothing to a post's history: checked all
// the same, the post's stored readings of hours ago would alert again as if they were news.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { DEFAULT_SETTINGS, getSettings, type Settings } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { DEFAULT_WATCHLIST, type Watchlist, watchlistItem } from '@/lib/watchlist';
import { batch, freshIndexedDb, HOUR, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const ID = fakeBrowser.runtime.id;
const CONTENT = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };

async function setup(watch: Partial<Watchlist>) {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, ...watch });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  let now = T0;
  const handlers = createHandlers({
    db: getDb,
    settings: getSettings,
    now: () => now,
    warn: () => {},
    runtimeId: ID,
    extensionUrl: fakeBrowser.runtime.getURL('/'),
  });
  const readAt = async (hours: number, posts: PostReading[]) => {
    now = T0 + hours * HOUR;
    const r = await handlers.recordReadings(batch(posts, { readAt: now } as never), CONTENT);
    await handlers.watch.idle();
    return r;
  };
  const setSettings = (s: Settings) => fakeBrowser.storage.local.set({ settings: s });
  return { create, readAt, setSettings };
}

const likes = (n: number, postId = '1', platform: PostReading['platform'] = 'x') =>
  reading({ platform, postId, likes: n, comments: 0, reposts: 0 });

// 100 likes, then 260 an hour later (160/h), then 680 an hour after that (420/h: 2.6× its previous
// rate, over the default 2×): one alert at 2 h.
async function breakout(readAt: (h: number, p: PostReading[]) => Promise<unknown>) {
  await readAt(0, [likes(100)]);
  await readAt(1, [likes(260)]);
  await readAt(2, [likes(680)]);
}

describe('breakout alerts check only what was kept', () => {
  it('a batch of a platform switched off raises no alert from the stored readings', async () => {
    const { create, readAt, setSettings } = await setup({ posts: ['x:1'], alerts: true });
    await breakout(readAt);
    expect(create).toHaveBeenCalledTimes(1);
    await setSettings({ ...DEFAULT_SETTINGS, platforms: { ...DEFAULT_SETTINGS.platforms, x: false } });
    expect(await readAt(4, [likes(700)])).toMatchObject({ ok: true, stored: 0 });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('a batch while PostLens is switched off raises no alert', async () => {
    const { create, readAt, setSettings } = await setup({ posts: ['x:1'], alerts: true });
    await breakout(readAt);
    await setSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await readAt(4, [likes(700)]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('the readings of a batch that were kept still alert when a switched-off platform shares it', async () => {
    const { create, readAt, setSettings } = await setup({ posts: ['x:1', 'reddit:9'], alerts: true });
    await breakout(readAt);
    expect(create).toHaveBeenCalledTimes(1);
    await setSettings({ ...DEFAULT_SETTINGS, platforms: { ...DEFAULT_SETTINGS.platforms, reddit: false } });
    // X stays on: 680 → 2,401 in 2 h is 860.5/h, 2.05× the 420/h before it, a new breakout (2,400
    // might be a rounded "2.4K", and 680 → 2,300 at least is not 2×).
    await readAt(4, [likes(2401), likes(50, '9', 'reddit')]);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
