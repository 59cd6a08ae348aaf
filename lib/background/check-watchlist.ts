// "Check my watchlist now": open the starred posts in one background window, let the content
// scripts read them (they read every page they run on, and send what they read as usual), then
// close the window. Only when the user asks from our own page, and only on the platforms' own
// https pages: a stored url came from a page, so each is checked again before it is opened.
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { WriteResult } from '../messages';
import { enabledSites, PLATFORM_MATCHES, safePermalink, siteOf } from '../platforms';
import { getSettings, type Settings } from '../settings';
import { type PostLensDb, withRawError } from '../store';
import type { Platform } from '../types';
import { getWatchlist, MAX_CHECK_TABS, type WatchlistCheck } from '../watchlist';
import { describeSender, type Identity, isExtensionPage, type SenderLike } from './senders';

/** The whole check ends by then, loaded or not. */
export const CHECK_LIMIT_MS = 60_000;
/** After a tab has loaded: time for the scanner's idle flush and the batch's trip to the database. */
export const READ_MS = 5_000;
const POLL_MS = 500;
/**
 * After the window closed: time for the last batches (a page's hand-off on closing) to be written
 * before the posts not read are counted.
 */
export const SETTLE_MS = 3_000;

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
    try {
      await browser.windows.remove(windowId);
    } catch (e) {
      // Gone already (the user closed it): it is closed. Still there: it could not be closed.
      const open = await browser.windows.get(windowId).then(
        () => true,
        () => false,
      );
      if (open) throw e;
    }
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
  /** The stored settings (lib/settings by default): nothing is read where PostLens is off. */
  settings?(): Promise<Settings>;
}

/** Enabled hosts whose access the user still grants: without it the script does not run there. */
async function grantedHosts(): Promise<string[]> {
  const hosts = await enabledSites();
  const granted = await Promise.all(
    hosts.map((host) => browser.permissions.contains({ origins: [`https://${host}/*`] }).catch(() => false)),
  );
  return hosts.filter((_, i) => granted[i]);
}

/** The starred posts' urls that may be opened, and how many starred posts may not. */
export async function watchlistUrls(
  db: PostLensDb,
  keys: readonly string[],
  enabled: readonly string[],
  /** Is PostLens on for this platform? A platform switched off reads nothing, so is not opened. */
  on: (platform: Platform) => boolean = () => true,
): Promise<{ urls: string[]; keys: string[]; skipped: number }> {
  const tx = db.transaction('posts', 'readonly');
  const posts = await Promise.all(keys.map((k) => tx.store.get(k)));
  await tx.done;
  const urls: string[] = [];
  const urlKeys: string[] = [];
  for (const post of posts) {
    const url = post && on(post.platform) ? safePermalink(post.platform, post.url) : null;
    const site = url ? siteOf(url) : null;
    // A Mastodon post's link may be on any host: only those where PostLens reads Mastodon are
    // opened (its built-in hosts and those the user enabled), never another platform's host.
    const reads =
      post &&
      site &&
      (PLATFORM_MATCHES[post.platform]?.includes(site.pattern) ||
        (post.platform === 'mastodon' && enabled.includes(site.host)));
    if (url && reads && !urls.includes(url)) {
      urls.push(url);
      urlKeys.push(post.key);
    }
  }
  const opened = urls.slice(0, MAX_CHECK_TABS);
  return { urls: opened, keys: urlKeys.slice(0, opened.length), skipped: keys.length - opened.length };
}

/** The posts of `keys` no reading reached since `since` (their lastSeen is older, or they are gone). */
async function notReadSince(db: PostLensDb, keys: readonly string[], since: number): Promise<number> {
  const tx = db.transaction('posts', 'readonly');
  const posts = await Promise.all(keys.map((k) => tx.store.get(k)));
  await tx.done;
  return posts.filter((p) => !p || p.lastSeen < since).length;
}

export function createWatchlistCheck(deps: CheckDeps) {
  const windows = deps.windows ?? browserWindows;
  let running: Promise<WriteResult<WatchlistCheck>> | null = null;

  async function run(): Promise<WriteResult<WatchlistCheck>> {
    const settings = await (deps.settings ?? getSettings)();
    if (!settings.enabled) return { ok: false, error: t('popup.empty.switchedOff') };
    const list = await getWatchlist(deps.warn);
    const enabled = await (deps.enabledHosts ?? grantedHosts)().catch(() => []);
    const { urls, keys, skipped } = await watchlistUrls(
      await deps.db(),
      list.posts,
      enabled,
      (p) => settings.platforms[p] !== false,
    );
    if (urls.length === 0) return { ok: true, opened: 0, failed: 0, skipped, closed: true };
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
    // A post counts as checked only once a reading of it reached the database (its lastSeen moved):
    // a page that never loaded, asked to log in, or was closed by the user read nothing.
    const db = await deps.db();
    let failed = await notReadSince(db, keys, start);
    for (let waited = 0; failed > 0 && waited < SETTLE_MS; waited += POLL_MS) {
      await deps.sleep(POLL_MS);
      failed = await notReadSince(db, keys, start);
    }
    return { ok: true, opened: urls.length - failed, failed, skipped, closed };
  }

  /** The options page's request; a second click while a check runs joins it. */
  return async (_data: unknown, sender: SenderLike | undefined): Promise<WriteResult<WatchlistCheck>> => {
    if (!isExtensionPage(sender, deps)) {
      deps.warn(`PostLens: checkWatchlist refused from ${describeSender(sender)}`); // i18n-ignore: console log
      return { ok: false, error: t('background.onlyPages', 'checkWatchlist') };
    }
    // The browser's words (often English) kept apart from the sentence, for the page to fold.
    running ??= run()
      .catch((e: unknown) => ({
        ok: false as const,
        error: withRawError(t('background.watchlistFailed'), String(e)),
      }))
      .finally(() => {
        running = null;
      });
    return running;
  };
}
