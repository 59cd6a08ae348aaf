// Everything the popup shows about the current tab, read in parallel and only for that tab.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { PLATFORM_MATCHES, type SiteStatus, siteOf, siteStatus } from '@/lib/platforms';
import {
  type AuthorView,
  loadAuthorView,
  loadRowsForKeys,
  type PopupPost,
  readDeleteMarks,
  refusedKey,
} from '@/lib/queries';
import { getSettings, type Settings } from '@/lib/settings';
import { describeStorageError, splitStorageError, withRawError } from '@/lib/store';
import { PLATFORMS, type Platform } from '@/lib/types';
import { t } from '../../lib/i18n';
import { rawError } from '../common/action-failed';

export interface PopupData {
  tabUrl: string | null;
  tabId: number | null;
  /** The content script answered: PostLens runs on this tab. */
  reachable: boolean;
  /** The tab's platform: the content script's, else its site's (platformOfSite); null: none. */
  platform: Platform | null;
  site: SiteStatus;
  settings: Settings;
  posts: PopupPost[];
  /** Posts the tab has read (stored or not yet): more than `posts` while the background writes. */
  readCount: number;
  /** Of those not in `posts`: the ones on their way to the database (stored in a moment). */
  waitingCount: number;
  /**
   * Of those not in `posts`: the ones the user deleted after the page read them. The background
   * leaves the page's reading of them out (lib/background/delete-marks.ts); only a new reading (the
   * page reloaded, or a count of theirs changed) stores them again.
   */
  deletedCount: number;
  /** Of those not in `posts`: the ones whose id the background's check refuses, never stored. */
  refusedCount: number;
  /**
   * Of those not in `posts`: the ones the background's check refused for their link (lib/check.ts
   * urlOf: not https, on another site, with credentials, too long), as its answer to the page said;
   * never stored from that reading. The answer names the posts, not which rule each link broke.
   */
  refusedLinkCount: number;
  author: AuthorView | null;
  /** A failed database read: the user's sentence, the browser's error enclosed (withRawError). */
  error: string | null;
}

export type PopupState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | ({ status: 'ready' } & PopupData);

const asPlatform = (p: string | null | undefined): Platform | null =>
  p && (PLATFORMS as readonly string[]).includes(p) ? (p as Platform) : null;

/**
 * The platform of a tab whose content script does not answer (open since before PostLens was
 * installed or updated): the one whose built-in host the page is on, or Mastodon on a site the user
 * enabled. Its switch then shows, and whether PostLens is off for it is said.
 */
function platformOfSite(url: string | null, site: SiteStatus): Platform | null {
  if (site === 'enabled') return 'mastodon';
  const pattern = url && site === 'builtin' ? siteOf(url)?.pattern : undefined;
  if (!pattern) return null;
  return PLATFORMS.find((p) => PLATFORM_MATCHES[p].some((m) => m.toLowerCase() === pattern)) ?? null;
}

async function askTab(tabId: number | undefined, url: string | null) {
  // Only an https page can have the content script; asking any other tab just logs an error.
  if (tabId === undefined || !url || !siteOf(url)) return null;
  try {
    return await sendMessage('tabPosts', undefined, tabId);
  } catch {
    // No content script on this tab (a site PostLens does not read, or not reloaded since).
    return null;
  }
}

/**
 * Failures that opening the popup again, or a restart, does not mend: each needs its own step
 * (free disk space, update PostLens, close the other PostLens pages), which storage's sentence says.
 */
const LASTING = new Set(['QuotaExceededError', 'VersionError', 'DbBlockedError']); // i18n-ignore: error names, code

/**
 * What the popup says of a failed database read: storage's sentence for a lasting failure
 * (describeStorageError), else the popup's own advice; the browser's words (often English) folded
 * after it (FoldedMessage).
 */
function databaseFailed(e: unknown): string {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  if (!LASTING.has(name)) return withRawError(t('popup.databaseFailed'), rawError(e));
  const { text, raw } = splitStorageError(describeStorageError(e));
  return withRawError(t('popup.databaseFailedWhy', text), raw ?? '');
}

export async function loadPopupData(): Promise<PopupData> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ?? null;
  const [page, settings, site] = await Promise.all([
    askTab(tab?.id, url),
    getSettings(),
    url ? siteStatus(url).catch((): SiteStatus => 'unsupported') : Promise.resolve<SiteStatus>('unsupported'),
  ]);
  const pref = settings.erPreference;
  let error: string | null = null;
  const keys = page?.keys ?? [];
  // Read before the posts (readDeleteMarks says why); without the marks, none is told deleted.
  const deletedOf = await readDeleteMarks(keys).catch(() => (): string[] => []);
  const [posts, author] = await Promise.all([
    keys.length ? loadRowsForKeys(keys, pref) : Promise.resolve([]),
    page?.profileKey ? loadAuthorView(page.profileKey, pref) : Promise.resolve(null),
  ]).catch((e: unknown): [PopupPost[], null] => {
    error = databaseFailed(e);
    return [[], null];
  });
  const listed = new Set(posts.map((p) => p.row.key));
  const missing = keys.filter((k) => !listed.has(k));
  const refused = missing.filter(refusedKey);
  // The background's own verdict on the rest: an id it refuses is told above, by the same rule.
  const told = new Set(page?.refused ?? []);
  const badLink = missing.filter((k) => !refusedKey(k) && told.has(k));
  // After a database error nothing is listed, and nothing is said of the posts missing from it.
  const deleted = error === null ? deletedOf(missing.filter((k) => !refusedKey(k) && !told.has(k))) : [];
  return {
    tabUrl: url,
    tabId: tab?.id ?? null,
    reachable: page !== null,
    platform: page ? asPlatform(page.platform) : platformOfSite(url, site),
    site,
    settings,
    posts,
    readCount: keys.length,
    waitingCount: missing.length - refused.length - badLink.length - deleted.length,
    deletedCount: deleted.length,
    refusedCount: refused.length,
    refusedLinkCount: badLink.length,
    author,
    error,
  };
}

export function usePopupData(): [PopupState, () => void] {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  // Each read numbered: only the latest may show. Two quick switches read twice, and the first
  // read answering last would put the older settings and posts back as if they were current.
  const latest = useRef(0);
  const reload = useCallback(() => {
    const id = ++latest.current;
    loadPopupData()
      .then((d) => {
        if (id === latest.current) setState({ status: 'ready', ...d });
      })
      .catch((e: unknown) => {
        if (id === latest.current)
          setState({
            status: 'failed',
            // Said what failed, in the user's language: the browser's error alone is neither. Its
            // words (often English) are folded after the sentence (FoldedMessage).
            message: withRawError(t('popup.loadFailed'), rawError(e)),
          });
      });
  }, []);
  useEffect(reload, [reload]);
  return [state, reload];
}
