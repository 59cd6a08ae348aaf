// @vitest-environment node

// "Check my watchlist now": the starred posts' links are checked again, opened in one unfocused
// window, given time to load and be read, and the window is closed, within a minute. The window
// API is a stub with its own clock (the fake browser's windows.create opens no tabs from urls).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserWindows, CHECK_LIMIT_MS, READ_MS } from '@/lib/background';
import { closeDb } from '@/lib/store/db';
import { freshIndexedDb } from '../recorder-helpers';
import { OPTIONS, star, storePosts, stubWindows } from './check-stub';

const ID = fakeBrowser.runtime.id;
const PAGES = fakeBrowser.runtime.getURL('/');

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

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
