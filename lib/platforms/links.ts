// Which links belong to a platform, from its facts' domains: the check on every stored url
// (lib/check.ts) and on every link the pages show. Pure, never throws.
import type { Platform } from '../types';
import { ownsHost } from './platform-facts';
import { factsOf } from './registry';

/** Is `host` (lower case) one of the platform's own? Any host for a platform on any host. */
export function hostBelongs(platform: Platform, host: string): boolean {
  const facts = factsOf(platform);
  return facts ? ownsHost(facts, host) : false;
}

/**
 * The url when it is an https permalink on the post's own platform, else null (the page shows
 * it as plain text). Stored urls come from pages and imports, so nothing else may become a link.
 * A platform on any host also needs the link's path to look like a post (its isPermalink).
 */
export function safePermalink(platform: Platform, url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password) return null;
  const facts = factsOf(platform);
  if (!facts || facts.isPermalink?.(u) === false) return null;
  return ownsHost(facts, u.hostname.toLowerCase()) ? u.href : null;
}
