// "Enable on this site" for Mastodon instances PostLens does not know: the popup asks for the
// site's host permission at run time (optional_host_permissions https://*/*), then registers the
// Mastodon content script there for future visits and injects it into the open tab once (it
// reads the page only if the markup is Mastodon's). Built-in hosts
// (CONTENT_MATCHES) are granted at install and cannot be switched off here.

import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import { isBuiltin, SCRIPT_ID_PREFIX, type Site, siteOf } from './site-of';

export { isBuiltin, SCRIPT_ID_PREFIX, type Site, siteOf } from './site-of';

export type SiteStatus = 'builtin' | 'enabled' | 'available' | 'unsupported';

export type SiteResult =
  | { ok: true; status: SiteStatus; message: string }
  | {
      ok: false;
      status: SiteStatus;
      reason: 'unsupported' | 'builtin' | 'refused' | 'failed';
      message: string;
    };

/** What WXT builds for entrypoints/mastodon.content/index.ts: the Mastodon adapter's script, the
 * only platform that lives on hosts PostLens cannot know in advance. */
export const CONTENT_SCRIPT = 'content-scripts/mastodon.js';

async function isRegistered(site: Site): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [site.scriptId] });
  return scripts.some((s) => s.id === site.scriptId);
}

/** Where a page stands: built in, enabled by the user, available to enable, or out of reach. */
export async function siteStatus(url: string): Promise<SiteStatus> {
  const site = siteOf(url);
  if (!site) return 'unsupported';
  if (isBuiltin(site)) return 'builtin';
  try {
    const [registered, granted] = await Promise.all([
      isRegistered(site),
      browser.permissions.contains({ origins: [site.pattern] }),
    ]);
    return registered && granted ? 'enabled' : 'available';
  } catch {
    return 'available';
  }
}

const fail = (
  status: SiteStatus,
  reason: 'unsupported' | 'builtin' | 'refused' | 'failed',
  message: string,
) => ({ ok: false, status, reason, message }) as const;

function refusal(origin: string): SiteResult | null {
  const site = siteOf(origin);
  if (!site) return fail('unsupported', 'unsupported', t('platforms.siteAccess.httpsOnly'));
  if (isBuiltin(site)) return fail('builtin', 'builtin', t('platforms.siteAccess.builtin', site.host));
  return null;
}

async function tabOnSite(site: Site, tabId: number | undefined): Promise<number | null> {
  if (tabId !== undefined) return tabId;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined && tab.url && siteOf(tab.url)?.host === site.host ? tab.id : null;
}

/**
 * Enable PostLens on the site of `origin`. Call it straight from the click handler: the browser
 * only shows the permission prompt during a user gesture, so the request is the first thing done.
 * `tabId` is the tab to run in now; without it, the active tab if it is on the site.
 */
export async function enableSite(origin: string, tabId?: number): Promise<SiteResult> {
  const refused = refusal(origin);
  const site = siteOf(origin);
  if (refused || !site)
    return refused ?? fail('unsupported', 'unsupported', t('platforms.siteAccess.notWebPage'));
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: [site.pattern] });
  } catch (e) {
    return fail('available', 'failed', t('platforms.siteAccess.askFailed', site.host, String(e)));
  }
  if (!granted) return fail('available', 'refused', t('platforms.siteAccess.refused', site.host));
  let fresh = false;
  try {
    if (!(await isRegistered(site))) {
      await browser.scripting.registerContentScripts([
        {
          id: site.scriptId,
          matches: [site.pattern],
          js: [CONTENT_SCRIPT],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
      fresh = true;
    }
  } catch (e) {
    // Leave nothing half done: without the script the permission is of no use.
    await browser.permissions.remove({ origins: [site.pattern] }).catch(() => false);
    return fail('available', 'failed', t('platforms.siteAccess.setupFailed', site.host, String(e)));
  }
  // Run once in the open tab so the user need not reload. A script registered before is not run
  // again (it may be running already); it was registered without the access (the browser took it
  // back), so the open page loaded without it and must be reloaded.
  if (!fresh) return { ok: true, status: 'enabled', message: t('platforms.siteAccess.onReload', site.host) };
  const tab = await tabOnSite(site, tabId).catch(() => null);
  if (tab === null) return { ok: true, status: 'enabled', message: t('platforms.siteAccess.on', site.host) };
  try {
    await browser.scripting.executeScript({ target: { tabId: tab }, files: [`/${CONTENT_SCRIPT}`] });
    return { ok: true, status: 'enabled', message: t('platforms.siteAccess.on', site.host) };
  } catch {
    return {
      ok: true,
      status: 'enabled',
      message: t('platforms.siteAccess.onReload', site.host),
    };
  }
}

/** The ids of the site's open tabs; none when the browser cannot say. */
async function openTabs(site: Site): Promise<number[]> {
  try {
    const tabs = await browser.tabs.query({ url: site.pattern });
    return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  } catch {
    return [];
  }
}

/**
 * Switch PostLens off on the site of `origin`: unregister its script, `stop` the script in each of
 * the site's open tabs (lib/messaging's stopReadingIn; lib/platforms sends no message itself), and
 * give back the access.
 */
export async function disableSite(
  origin: string,
  stop: (tabId: number) => Promise<unknown> = async () => {},
): Promise<SiteResult> {
  const refused = refusal(origin);
  const site = siteOf(origin);
  if (refused || !site)
    return refused ?? fail('unsupported', 'unsupported', t('platforms.siteAccess.notWebPage'));
  // The site's pages open now keep their script, which would go on reading and storing until
  // each is reloaded: each is told to stop. The tabs are found while the access is still held
  // (a query by address needs it); a tab whose script is gone already answers nothing.
  const open = await openTabs(site);
  try {
    if (await isRegistered(site)) await browser.scripting.unregisterContentScripts({ ids: [site.scriptId] });
  } catch (e) {
    return fail('enabled', 'failed', t('platforms.siteAccess.offFailed', site.host, String(e)));
  }
  // Stopped as soon as the script is unregistered, before the access is given back: should the
  // browser then refuse to give it back, the background would still take these tabs' readings
  // (it refuses only a site whose access was taken back: lib/background/site-granted.ts).
  await Promise.allSettled(open.map(async (tabId) => stop(tabId)));
  try {
    await browser.permissions.remove({ origins: [site.pattern] });
  } catch (e) {
    // Off all the same (no script registered, the open tabs stopped: siteStatus says 'available'),
    // but the access the user gave is still held: said so, with where to take it back.
    return fail('available', 'failed', t('platforms.siteAccess.offAccessKept', site.host, String(e)));
  }
  return { ok: true, status: 'available', message: t('platforms.siteAccess.off', site.host) };
}

/** Hosts the user has enabled, for the options page. */
export async function enabledSites(): Promise<string[]> {
  try {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    return scripts
      .filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX))
      .map((s) => s.id.slice(SCRIPT_ID_PREFIX.length))
      .sort();
  } catch {
    return [];
  }
}
