// Whether a page's readings may be kept by the access the user gave: a site enabled with "Enable
// on this site" (a Mastodon instance PostLens does not know: lib/platforms/mastodon/site-access.ts)
// whose access the user took back in the browser's own settings still runs the script injected
// into its open pages until each is reloaded (PostLens's own "Turn off" tells them to stop; the
// browser's does not). Its readings are then no longer the user's choice to keep.

import { browser } from 'wxt/browser';
import { isBuiltin, siteOf } from '../platforms';

/** Asks the browser whether the access of a match pattern is held. */
export type AccessCheck = (pattern: string) => Promise<boolean>;

export const browserAccess: AccessCheck = (pattern) => browser.permissions.contains({ origins: [pattern] });

/**
 * False only when `pageUrl` is a site PostLens was enabled on at run time and its access is no
 * longer held. A built-in host is granted at install and cannot be taken back alone; a URL that
 * names no site is left to the batch's check (lib/check.ts), which refuses it. When the browser
 * cannot answer, the readings are kept, as before the check: nothing says the user took it back.
 */
export async function siteStillGranted(pageUrl: unknown, access: AccessCheck): Promise<boolean> {
  const site = typeof pageUrl === 'string' ? siteOf(pageUrl) : null;
  if (!site || isBuiltin(site)) return true;
  try {
    return await access(site.pattern);
  } catch {
    // A browser (or a test's fake) may throw before answering rather than reject.
    return true;
  }
}
