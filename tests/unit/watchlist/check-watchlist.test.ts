// "Check my watchlist now": the starred posts' links are checked again, opened in one unfocused
// window, given time to load and be read, and the window is closed, within a minute. The window
// API is a stub with its own clock (the fake browser's windows.create opens no tabs from urls).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  browserWindows,
  CHECK_LIMIT_MS,
  createWatchlistCheck,
  READ_MS,
  type WindowApi,
} from '@/lib/background';
import { createHandlers } from '@/lib/background/handlers';
import { getSettings } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { batch, freshIndexedDb, reading, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const ID = fakeBrowser.runtime.id;
const PAGES = fakeBrowser.runtime.getURL('/');
const OPTIONS = { id: ID, url: `${PAGES}options.html` };

/** x:1, a Mastodon post on a built-in host and one elsewhere, as their pages read. */
const POSTS = [
  reading({ postId: '1' }),
  reading({ platform: 'mastodon', postId: '11', url: 'https://mastodon.social/@a/11' }),
  reading({ platform: 'mastodon', postId: '12', url: 'https://social.example.org/@a/12' }),
];
const CONTENT = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };
const handlersAt = (now: () => number) =>
  createHandlers({
    db: getDb,
    settings: getSettings,
    now,
    warn: () => {},
    runtimeId: ID,
    extensionUrl: PAGES,
  });

/** Stores the posts as a content script would, at T0. */
async function storePosts() {
  expect(await handlersAt(() => T0).recordReadings(batch(POSTS), CONTENT)).toMatchObject({
    ok: true,
    stored: 3,
  });
  // A link no page could have given: written straight to the database, as a broken import might.
  const db = await getDb();
  const x1 = await db.get('posts', 'x:1');
  await db.put('posts', { ...x1!, key: 'x:2', postId: '2', url: 'javascript:alert(1)' });
}

/**
 * A window stub on a clock that only sleep() moves, starting an hour after the posts were stored;
 * tabs load after `loadMs`, and a loaded tab's page is read as a content script reads it (its
 * reading stored through the background's handler). Times in `calls` count from the check's start.
 */
function stubWindows(loadMs: number, over: Partial<WindowApi> = {}) {
  const start = T0 + 3_600_000;
  let clock = start;
  let opened: string[] = [];
  const read = new Set<number>();
  const calls: string[] = [];
  const handlers = handlersAt(() => clock);
  const windows: WindowApi = {
    open: vi.fn(async (urls: string[]) => {
      calls.push(`open ${urls.join(' ')}`);
      opened = urls;
      return { windowId: 5, tabIds: urls.map((_, i) => 100 + i) };
    }),
    loaded: vi.fn(async (tabId: number) => {
      if (clock - start < loadMs) return false;
      const page = POSTS.find((p) => p.url === opened[tabId - 100]);
      if (page && !read.has(tabId)) {
        read.add(tabId);
        await handlers.recordReadings(batch([page], { pageUrl: page.url }), CONTENT);
      }
      return true;
    }),
    close: vi.fn(async (id: number) => {
      calls.push(`close ${id} at ${clock - start}`);
    }),
    ...over,
  };
  const check = (enabled: string[] = []) =>
    createWatchlistCheck({
      db: getDb,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
      warn: () => {},
      runtimeId: ID,
      extensionUrl: PAGES,
      windows,
      enabledHosts: async () => enabled,
    });
  return { windows, calls, check };
}

const star = (posts: string[]) => watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts });

describe('checkWatchlist', () => {
  it('opens only the platforms’ own pages, in one window, and closes it once they are read', async () => {
    await storePosts();
    await star(['x:1', 'mastodon:11', 'mastodon:12', 'x:2', 'x:404']);
    const { calls, check } = stubWindows(2_000);
    expect(await check()(undefined, OPTIONS)).toEqual({
      ok: true,
      opened: 2,
      failed: 0,
      skipped: 3,
      closed: true,
    });
    // Loaded after 2 s (polled every 0.5 s), then READ_MS to be read and stored.
    expect(calls).toEqual([
      'open https://x.com/nasa/status/1 https://mastodon.social/@a/11',
      `close 5 at ${2_000 + READ_MS}`,
    ]);
  });

  it('opens a Mastodon post on a host the user enabled', async () => {
    await storePosts();
    await star(['mastodon:12']);
    const { calls, check } = stubWindows(0);
    expect(await check(['social.example.org'])(undefined, OPTIONS)).toMatchObject({ opened: 1, skipped: 0 });
    expect(calls[0]).toBe('open https://social.example.org/@a/12');
  });

  it('closes the window after a minute even if a tab never finishes loading, and counts it not read', async () => {
    await storePosts();
    await star(['x:1']);
    const { calls, check } = stubWindows(Number.POSITIVE_INFINITY);
    // Nothing was read from it: not checked (a page that never loaded, or asked to log in).
    expect(await check()(undefined, OPTIONS)).toEqual({
      ok: true,
      opened: 0,
      failed: 1,
      skipped: 0,
      closed: true,
    });
    expect(calls[1]).toBe(`close 5 at ${CHECK_LIMIT_MS}`);
  });

  it('opens no window when nothing may be opened', async () => {
    await storePosts();
    await star(['x:2', 'x:404']);
    const { windows, check } = stubWindows(0);
    expect(await check()(undefined, OPTIONS)).toEqual({
      ok: true,
      opened: 0,
      failed: 0,
      skipped: 2,
      closed: true,
    });
    expect(windows.open).not.toHaveBeenCalled();
  });

  it('says so when the window could not be closed', async () => {
    await storePosts();
    await star(['x:1']);
    const { check } = stubWindows(0, {
      close: async () => {
        throw new Error('No window with id: 5');
      },
    });
    expect(await check()(undefined, OPTIONS)).toEqual({
      ok: true,
      opened: 1,
      failed: 0,
      skipped: 0,
      closed: false,
    });
  });

  it.each([
    ['a content script', { id: ID, url: 'https://x.com/home', tab: { id: 7 } }],
    ['another extension', { id: 'other', url: `${PAGES}options.html` }],
    ['no sender', undefined],
  ])('is refused from %s, opening nothing', async (_name, sender) => {
    await storePosts();
    await star(['x:1']);
    const { windows, check } = stubWindows(0);
    expect(await check()(undefined, sender)).toMatchObject({ ok: false });
    expect(windows.open).not.toHaveBeenCalled();
  });

  it('asks the browser for one unfocused window holding every url', async () => {
    const create = vi
      .spyOn(fakeBrowser.windows, 'create')
      .mockResolvedValue({ id: 9, tabs: [{ id: 1 }, { id: 2 }] } as never);
    expect(await browserWindows.open(['https://x.com/a/status/1', 'https://x.com/a/status/2'])).toEqual({
      windowId: 9,
      tabIds: [1, 2],
    });
    expect(create).toHaveBeenCalledWith({
      url: ['https://x.com/a/status/1', 'https://x.com/a/status/2'],
      focused: false,
    });
  });
});
