// "Check my watchlist now": open the starred posts in one background window, let the content
// scripts read them (they read every page they run on, and send what they read as usual), then
// close the window. Only when the user asks from our own page, and only on the platforms' own
// https pages: a stored url came from a page, so each is checked again before it is opened.
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { WriteResult } from '../messages';
import { enabledSites, isBuiltin, safePermalink, siteOf } from '../platforms';
import type { PostLensDb } from '../store';
import { getWatchlist, type WatchlistCheck } from '../watchlist';
import { describeSender, type Identity, isExtensionPage, type SenderLike } from './senders';

/** Tabs opened at most per check, so one click never opens hundreds of pages. */
export const MAX_CHECK_TABS = 30;
/** The whole check ends by then, loaded or not. */
export const CHECK_LIMIT_MS = 60_000;
/** After a tab has loaded: time for the scanner's idle flush and the batch's trip to the database. */
export const READ_MS = 5_000;
const POLL_MS = 500;

export interface WindowApi {
  /** One new unfocused window with these tabs; its id and its tabs' ids. */
  open(urls: string[]): Promise<{ windowId: number; tabIds: number[] }>;
  /** Has the tab finished loading? A tab that is gone counts as finished. */
  loaded(tabId: number): Promise<boolean>;
  close(windowId: number): Promise<void>;
}

export const browserWindows: WindowApi = {
  async open(urls) {
    // Unfocused so the user's own window stays in front; a browser that refuses the hint still
    // gets the one window, focused.
    const w = await browser.windows
      .create({ url: urls, focused: false })
      .catch(() => browser.windows.create({ url: urls }));
    return {
      windowId: w?.id ?? -1,
      tabIds: (w?.tabs ?? []).flatMap((t) => (t.id === undefined ? [] : [t.id])),
    };
  },
  async loaded(tabId) {
    try {
      return (await browser.tabs.get(tabId)).status === 'complete';
    } catch {
      return true;
    }
  },
  async close(windowId) {
    await browser.windows.remove(windowId);
  },
};

export interface CheckDeps extends Identity {
  db(): Promise<PostLensDb>;
  now(): number;
  sleep(ms: number): Promise<void>;
  warn(message: string): void;
  windows?: WindowApi;
  /** Mastodon hosts the user enabled (they run PostLens too); lib/platforms by default. */
  enabledHosts?(): Promise<string[]>;
}

/** The starred posts' urls that may be opened, and how many starred posts may not. */
export async function watchlistUrls(
  db: PostLensDb,
  keys: readonly string[],
  enabled: readonly string[],
): Promise<{ urls: string[]; skipped: number }> {
  const tx = db.transaction('posts', 'readonly');
  const posts = await Promise.all(keys.map((k) => tx.store.get(k)));
  await tx.done;
  const urls: string[] = [];
  for (const post of posts) {
    const url = post ? safePermalink(post.platform, post.url) : null;
    const site = url ? siteOf(url) : null;
    // A Mastodon post's link may be on any host: only those where PostLens runs are opened.
    if (url && site && (isBuiltin(site) || enabled.includes(site.host)) && !urls.includes(url))
      urls.push(url);
  }
  const opened = urls.slice(0, MAX_CHECK_TABS);
  return { urls: opened, skipped: keys.length - opened.length };
}

export function createWatchlistCheck(deps: CheckDeps) {
  const windows = deps.windows ?? browserWindows;
  let running: Promise<WriteResult<WatchlistCheck>> | null = null;

  async function run(): Promise<WriteResult<WatchlistCheck>> {
    const list = await getWatchlist(deps.warn);
    const enabled = await (deps.enabledHosts ?? enabledSites)().catch(() => []);
    const { urls, skipped } = await watchlistUrls(await deps.db(), list.posts, enabled);
    if (urls.length === 0) return { ok: true, opened: 0, skipped, closed: true };
    const start = deps.now();
    const { windowId, tabIds } = await windows.open(urls);
    let closed = false;
    try {
      const left = () => CHECK_LIMIT_MS - (deps.now() - start);
      while (left() > 0) {
        const done = await Promise.all(tabIds.map((id) => windows.loaded(id)));
        if (done.every(Boolean)) break;
        await deps.sleep(Math.min(POLL_MS, left()));
      }
      if (left() > 0) await deps.sleep(Math.min(READ_MS, left()));
    } finally {
      try {
        await windows.close(windowId);
        closed = true;
      } catch (e) {
        // Closed by the user already, or the browser refused: say so rather than claim it closed.
        deps.warn(`PostLens: could not close the watchlist window: ${String(e)}`); // i18n-ignore: console log
      }
    }
    return { ok: true, opened: urls.length, skipped, closed };
  }

  /** The options page's request; a second click while a check runs joins it. */
  return async (_data: unknown, sender: SenderLike | undefined): Promise<WriteResult<WatchlistCheck>> => {
    if (!isExtensionPage(sender, deps)) {
      deps.warn(`PostLens: checkWatchlist refused from ${describeSender(sender)}`); // i18n-ignore: console log
      return { ok: false, error: t('background.onlyPages', 'checkWatchlist') };
    }
    running ??= run()
      .catch((e: unknown) => ({ ok: false as const, error: t('background.watchlistFailed', String(e)) }))
      .finally(() => {
        running = null;
      });
    return running;
  };
}
