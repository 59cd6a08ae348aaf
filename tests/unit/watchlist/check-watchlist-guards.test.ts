// @vitest-environment node

// "Check my watchlist now": nothing is opened where PostLens would not read it (the
// extension or the platform switched off, a Mastodon host whose access the user took back), a
// window the user closed is not reported as one they must close, and a post nothing was read from
// is not reported as checked.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserWindows } from '@/lib/background';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import { freshIndexedDb } from '../recorder-helpers';
import { OPTIONS, star, storePosts, stubWindows } from './check-stub';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const setSettings = (over: object) =>
  fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, ...over } });

describe('checkWatchlist: what it opens, and what it says it checked', () => {
  it('does not open the posts of a platform switched off in the settings', async () => {
    await storePosts();
    await star(['x:1', 'mastodon:11']);
    await setSettings({ platforms: { ...DEFAULT_SETTINGS.platforms, x: false } });
    const { windows, check } = stubWindows(0);
    expect(await check(null)(undefined, OPTIONS)).toMatchObject({ ok: true, opened: 1, skipped: 1 });
    expect(windows.open).toHaveBeenCalledWith(['https://mastodon.social/@a/11']);
  });

  it('opens nothing while PostLens is switched off, and says so', async () => {
    await storePosts();
    await star(['x:1']);
    await setSettings({ enabled: false });
    const { windows, check } = stubWindows(0);
    expect(await check(null)(undefined, OPTIONS)).toEqual({ ok: false, error: 'PostLens is switched off.' });
    expect(windows.open).not.toHaveBeenCalled();
  });

  it('does not open a Mastodon host whose access the user took back in the browser', async () => {
    await storePosts();
    await star(['mastodon:12']);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([
      { id: 'postlens-site-social.example.org', matches: ['https://social.example.org/*'] },
    ] as never);
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const { windows, check } = stubWindows(0);
    expect(await check(null)(undefined, OPTIONS)).toMatchObject({ ok: true, opened: 0, skipped: 1 });
    expect(windows.open).not.toHaveBeenCalled();
    // Still granted: opened.
    contains.mockResolvedValue(true);
    expect(await check(null)(undefined, OPTIONS)).toMatchObject({ ok: true, opened: 1, skipped: 0 });
  });

  it('counts a window the user closed already as closed (not "close it yourself")', async () => {
    vi.spyOn(fakeBrowser.windows, 'remove').mockRejectedValue(new Error('No window with id: 5.'));
    vi.spyOn(fakeBrowser.windows, 'get').mockRejectedValue(new Error('No window with id: 5.'));
    await expect(browserWindows.close(5)).resolves.toBeUndefined();
  });

  it('still reports a window that is open but could not be closed', async () => {
    vi.spyOn(fakeBrowser.windows, 'remove').mockRejectedValue(new Error('refused'));
    vi.spyOn(fakeBrowser.windows, 'get').mockResolvedValue({ id: 5 } as never);
    await expect(browserWindows.close(5)).rejects.toThrow('refused');
  });

  it("does not open another platform's page for a Mastodon star (an imported link)", async () => {
    await storePosts();
    const db = await getDb();
    const m11 = await db.get('posts', 'mastodon:11');
    // A Mastodon link may be on any host, but TikTok's host is where TikTok's script runs, not Mastodon's.
    await db.put('posts', {
      ...m11!,
      key: 'mastodon:13',
      postId: '13',
      url: 'https://www.tiktok.com/@victim/video/13',
    });
    await star(['mastodon:13']);
    const { windows, check } = stubWindows(0);
    expect(await check([])(undefined, OPTIONS)).toMatchObject({ ok: true, opened: 0, skipped: 1 });
    expect(windows.open).not.toHaveBeenCalled();
  });

  it('does not count a post as checked when nothing was read from it (never loaded)', async () => {
    await storePosts();
    await star(['x:1']);
    const { check } = stubWindows(Number.POSITIVE_INFINITY);
    // No reading arrived while the window was open: the post failed, it was not checked.
    expect(await check(null)(undefined, OPTIONS)).toMatchObject({ ok: true, opened: 0, failed: 1 });
  });
});
