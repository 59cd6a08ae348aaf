// The platform registry: every platform's descriptor (lib/platforms/<id>/index.ts), listed
// explicitly, and every platform-wide fact derived from them. The order is the order pages list
// platforms in and the order adapterFor tries them: Mastodon last, as it is recognised by markup
// on any host. Only pages, the background and tools import this; a content script imports its own
// platform's descriptor, so it carries one adapter, not ten.
import { uiLocale } from '../i18n';
import type { Bands } from '../settings';
import type { Platform, PlatformAdapter } from '../types';
import { blueskyPlatform } from './bluesky';
import type { PlatformDescriptor } from './define-platform';
import { facebookPlatform } from './facebook';
import { instagramPlatform } from './instagram';
import { linkedinPlatform } from './linkedin';
import { mastodonPlatform } from './mastodon';
import { redditPlatform } from './reddit';
import { threadsPlatform } from './threads';
import { tiktokPlatform } from './tiktok';
import { xPlatform } from './x';
import { youtubePlatform } from './youtube';

export const PLATFORM_DESCRIPTORS = [
  xPlatform,
  redditPlatform,
  linkedinPlatform,
  instagramPlatform,
  youtubePlatform,
  tiktokPlatform,
  facebookPlatform,
  threadsPlatform,
  blueskyPlatform,
  mastodonPlatform,
] as const;

// Every id of PLATFORMS (lib/types.ts) has a descriptor above, or this does not compile.
type Listed = (typeof PLATFORM_DESCRIPTORS)[number]['id'];
type Holds<T extends true> = T;
export type EveryPlatformHasADescriptor = Holds<[Exclude<Platform, Listed>] extends [never] ? true : false>;

const byId = <T>(value: (p: PlatformDescriptor) => T) =>
  Object.fromEntries(PLATFORM_DESCRIPTORS.map((p) => [p.id, value(p)])) as Record<Platform, T>;

const DESCRIPTORS: Record<Platform, PlatformDescriptor> = byId((p) => p);

/** The descriptor of a platform id; undefined for a string that is no platform's id. */
export const descriptorOf = (id: Platform): PlatformDescriptor | undefined =>
  Object.hasOwn(DESCRIPTORS, id) ? DESCRIPTORS[id] : undefined;

/** Display names, as each platform spells its own. */
export const PLATFORM_NAMES: Record<Platform, string> = byId((p) => p.name);

/**
 * Every platform's name in one phrase, in registry order, in the user's language:
 * "A, B, … and Z" (or "… or Z"; "… und Z" in German). The locale is a parameter for tests.
 */
export function platformNames(conjunction: 'and' | 'or', locale: string = uiLocale()): string {
  const names = PLATFORM_DESCRIPTORS.map((p) => p.name);
  const type = conjunction === 'and' ? 'conjunction' : 'disjunction';
  return new Intl.ListFormat(locale, { style: 'long', type }).format(names);
}

/** Benchmark bands until the user edits them (options); settings hold only the user's own. */
export const DEFAULT_BANDS: Record<Platform, Bands> = byId((p) => p.bands);

/** Each platform's content script matches. */
export const PLATFORM_MATCHES: Record<Platform, string[]> = byId((p) => p.matches);

/** Every built-in match pattern: the manifest's host permissions. */
export const CONTENT_MATCHES: string[] = PLATFORM_DESCRIPTORS.flatMap((p) => p.matches);

/** Every adapter, each under its error guard, in registry order. */
export const ADAPTERS: readonly PlatformAdapter[] = PLATFORM_DESCRIPTORS.map((p) => p.adapter);

/** The adapter for a page, or null when PostLens does not read it. Never throws. */
export function adapterFor(url: URL, root: ParentNode): PlatformAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(url, root)) ?? null;
}
