// The platform registry: every platform's facts (lib/platforms/<id>/platform.ts), listed
// explicitly, and every platform-wide fact derived from them. The order is the order pages list
// platforms in and the order adapterFor (adapters.ts) tries them: Mastodon last, as it is
// recognised by markup on any host. The facts carry no adapter, so the pages and the background,
// which import this, load no adapter; a content script imports its own platform's descriptor
// (lib/platforms/<id>/index.ts), so it carries one adapter, not ten.
import { uiLocale } from '../i18n';
import type { Bands } from '../settings';
import type { Platform } from '../types';
import { blueskyFacts } from './bluesky/platform';
import { facebookFacts } from './facebook/platform';
import { instagramFacts } from './instagram/platform';
import { linkedinFacts } from './linkedin/platform';
import { mastodonFacts } from './mastodon/platform';
import type { PlatformFacts } from './platform-facts';
import { redditFacts } from './reddit/platform';
import { threadsFacts } from './threads/platform';
import { tiktokFacts } from './tiktok/platform';
import { xFacts } from './x/platform';
import { youtubeFacts } from './youtube/platform';

export const PLATFORM_FACTS = [
  xFacts,
  redditFacts,
  linkedinFacts,
  instagramFacts,
  youtubeFacts,
  tiktokFacts,
  facebookFacts,
  threadsFacts,
  blueskyFacts,
  mastodonFacts,
] as const;

// Every id of PLATFORMS (lib/types.ts) has its facts above, or this does not compile.
type Listed = (typeof PLATFORM_FACTS)[number]['id'];
type Holds<T extends true> = T;
export type EveryPlatformIsListed = Holds<[Exclude<Platform, Listed>] extends [never] ? true : false>;

const byId = <T>(value: (p: PlatformFacts) => T) =>
  Object.fromEntries(PLATFORM_FACTS.map((p) => [p.id, value(p)])) as Record<Platform, T>;

const FACTS: Record<Platform, PlatformFacts> = byId((p) => p);

/** The facts of a platform id; undefined for a string that is no platform's id. */
export const factsOf = (id: Platform): PlatformFacts | undefined =>
  Object.hasOwn(FACTS, id) ? FACTS[id] : undefined;

/** Display names, as each platform spells its own. */
export const PLATFORM_NAMES: Record<Platform, string> = byId((p) => p.name);

/**
 * Every platform's name in one phrase, in registry order, in the user's language:
 * "A, B, … and Z" (or "… or Z"; "… und Z" in German). The locale is a parameter for tests.
 */
export function platformNames(conjunction: 'and' | 'or', locale: string = uiLocale()): string {
  const names = PLATFORM_FACTS.map((p) => p.name);
  const type = conjunction === 'and' ? 'conjunction' : 'disjunction';
  return new Intl.ListFormat(locale, { style: 'long', type }).format(names);
}

/** Benchmark bands until the user edits them (options); settings hold only the user's own. */
export const DEFAULT_BANDS: Record<Platform, Bands> = byId((p) => p.bands);

/** Each platform's content script matches. */
export const PLATFORM_MATCHES: Record<Platform, string[]> = byId((p) => p.matches);

/** Every built-in match pattern: the manifest's host permissions. */
export const CONTENT_MATCHES: string[] = PLATFORM_FACTS.flatMap((p) => p.matches);
