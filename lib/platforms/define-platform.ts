// One descriptor per platform: everything PostLens knows about a platform, in one place (its
// lib/platforms/<id>/index.ts). The registry (registry.ts) derives the platform-wide facts from
// the descriptors: names, host permissions, permalink checks, default bands, adapter lookup.
// A content script imports its own platform's descriptor only, never the registry.

import { guardReader } from '../read';
import type { Bands } from '../settings';
import type { PageReader, Platform, PlatformAdapter } from '../types';

export interface PlatformSpec<P extends Platform> {
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
  /** How to read the platform's pages (adapter.ts). definePlatform guards every call. */
  adapter: PageReader;
}

export interface PlatformDescriptor<P extends Platform = Platform> {
  readonly id: P;
  readonly name: string;
  readonly hosts: readonly string[];
  readonly domains: readonly string[] | 'any';
  readonly isPermalink?: (url: URL) => boolean;
  readonly bands: Bands;
  /** Content script match patterns: https://<host>/* for each host. */
  readonly matches: string[];
  /** The adapter under the error guard: it never throws. */
  readonly adapter: PlatformAdapter;
}

export function definePlatform<P extends Platform>(spec: PlatformSpec<P>): PlatformDescriptor<P> {
  const { id, name, hosts, domains = hosts, isPermalink, bands, adapter } = spec;
  return {
    id,
    name,
    hosts,
    domains,
    isPermalink,
    bands,
    matches: hosts.map((host) => `https://${host}/*`),
    adapter: guardReader(id, name, adapter),
  };
}

/** Is `host` one of the platform's own (a domain, or a subdomain of one)? Lower-case hosts. */
export function ownsHost(platform: PlatformDescriptor, host: string): boolean {
  const { domains } = platform;
  if (domains === 'any') return host.length > 0;
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
