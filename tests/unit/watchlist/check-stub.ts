// The stubs "Check my watchlist now" is tested with: posts stored as a content script stores them,
// and a window API on a clock that only sleep() moves, whose loaded tabs are read as a content
// script reads them (through the background's handler), so a check counts only what was read.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWatchlistCheck, type WindowApi } from '@/lib/background';
import { createHandlers } from '@/lib/background/handlers';
import { getSettings } from '@/lib/settings';
import { getDb } from '@/lib/store/db';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { batch, reading, T0 } from '../recorder-helpers';

const ID = fakeBrowser.runtime.id;
const PAGES = fakeBrowser.runtime.getURL('/');
export const OPTIONS = { id: ID, url: `${PAGES}options.html` };

/** x:1, a Mastodon post on a built-in host and one elsewhere, as their pages read. */
export const POSTS = [
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
export async function storePosts() {
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
export function stubWindows(loadMs: number, over: Partial<WindowApi> = {}) {
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
  /** The check; `enabled`: the Mastodon hosts enabled, or null for the browser's own grants. */
  const check = (enabled: string[] | null = []) =>
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
      ...(enabled ? { enabledHosts: async () => enabled } : {}),
    });
  return { windows, calls, check };
}

export const star = (posts: string[]) => watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts });
