// What a page needs to know about a platform, without the adapter: its name, hosts, link domains
// and permalink check, default bands and content script matches. Each platform's folder holds its
// own (lib/platforms/<id>/platform.ts); the registry (registry.ts) lists them and derives the
// platform-wide facts. The adapter is added on top (define-platform.ts) only where pages are read:
// the content scripts and tools. So the popup, the dashboard, options and the background, which
// need names and hosts but read no page, never load the ten adapters.

import type { Bands } from '../settings';
import type { Platform } from '../types';

export interface PlatformFactsSpec<P extends Platform> {
  id: P;
  /** Display name, as the platform spells it. */
  name: string;
  /** Hosts the content script runs on out of the box (host permissions granted at install). */
  hosts: readonly string[];
  /**
   * Domains a post's link may be on: the domain itself or any subdomain of it. 'any' for a
   * platform that lives on hosts PostLens cannot know in advance. Default: `hosts`.
   */
  domains?: readonly string[] | 'any';
  /** A further test a link must pass to be shown as one of this platform's post links. */
  isPermalink?(url: URL): boolean;
  /**
   * Default benchmark bands (ER fractions), until the user edits them in options. From public
   * benchmark reports (Rival IQ / Hootsuite-style medians), for the ER the badge leads with: by
   * views on platforms that show views on every post, by followers elsewhere.
   */
  bands: Bands;
  /**
   * Whether an author's profile shows a followers count that PostLens reads (default true), so
   * that opening it gives a post an ER by followers. Reddit's is false: a user's profile shows no
   * followers (a subreddit's members are read instead, and are no author's).
   */
  profileFollowers?: boolean;
}

export interface PlatformFacts<P extends Platform = Platform> {
  readonly id: P;
  readonly name: string;
  readonly hosts: readonly string[];
  readonly domains: readonly string[] | 'any';
  readonly isPermalink?: (url: URL) => boolean;
  readonly bands: Bands;
  readonly profileFollowers: boolean;
  /** Content script match patterns: https://<host>/* for each host. */
  readonly matches: string[];
}

export function definePlatformFacts<P extends Platform>(spec: PlatformFactsSpec<P>): PlatformFacts<P> {
  const { id, name, hosts, domains = hosts, isPermalink, bands, profileFollowers = true } = spec;
  return {
    id,
    name,
    hosts,
    domains,
    isPermalink,
    bands,
    profileFollowers,
    matches: hosts.map((host) => `https://${host}/*`),
  };
}

/** Is `host` one of the platform's own (a domain, or a subdomain of one)? Lower-case hosts. */
export function ownsHost(platform: PlatformFacts, host: string): boolean {
  const { domains } = platform;
  if (domains === 'any') return host.length > 0;
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
