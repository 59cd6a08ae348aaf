// Which site a page is on, for a Mastodon instance enabled at run time (site-access.ts): its host,
// the pattern its access and its script are registered under, and whether it is one PostLens
// knows at install (CONTENT_MATCHES). Pure and apart from site-access.ts, which asks the browser:
// the background checks a page's site against the access held (lib/background/site-granted.ts),
// and tests that replace site-access.ts's browser calls keep these.

import { CONTENT_MATCHES } from '../registry';

export const SCRIPT_ID_PREFIX = 'postlens-site-';

// Stores where browsers forbid extensions to run scripts.
const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
]);

const BUILTIN = new Set(
  CONTENT_MATCHES.map((p) => /^https:\/\/([^/*]+)\/\*$/.exec(p)?.[1]?.toLowerCase()).filter(Boolean),
);

export interface Site {
  host: string;
  /** Match pattern for the permission and the registration: https://host/* */
  pattern: string;
  scriptId: string;
}

/** The site of an origin or page URL, or null when PostLens cannot run there (not https, an
 * extension or browser page, a store). Pure. */
export function siteOf(origin: string): Site | null {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  if (u.protocol !== 'https:' || !host || STORE_HOSTS.has(host)) return null;
  return { host, pattern: `https://${host}/*`, scriptId: `${SCRIPT_ID_PREFIX}${host}` };
}

export const isBuiltin = (site: Site) => BUILTIN.has(site.host);
