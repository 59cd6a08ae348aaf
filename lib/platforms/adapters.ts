// Every platform's descriptor with its adapter, in registry order, and the adapter for a page.
// Only the whole-page reader (lib/read/read-page.ts: the inspect command) and tests import this,
// by path: it is kept out of index.ts, the face the pages and the background import, so that they
// never load the ten adapters. The registry (registry.ts) stays the one ordered list; this map by
// id does not compile while a platform lacks its descriptor.
import type { Platform, PlatformAdapter } from '../types';
import { blueskyPlatform } from './bluesky';
import type { PlatformDescriptor } from './define-platform';
import { facebookPlatform } from './facebook';
import { instagramPlatform } from './instagram';
import { linkedinPlatform } from './linkedin';
import { mastodonPlatform } from './mastodon';
import { redditPlatform } from './reddit';
import { PLATFORM_FACTS } from './registry';
import { threadsPlatform } from './threads';
import { tiktokPlatform } from './tiktok';
import { xPlatform } from './x';
import { youtubePlatform } from './youtube';

const DESCRIPTORS: { [P in Platform]: PlatformDescriptor<P> } = {
  x: xPlatform,
  reddit: redditPlatform,
  linkedin: linkedinPlatform,
  instagram: instagramPlatform,
  youtube: youtubePlatform,
  tiktok: tiktokPlatform,
  facebook: facebookPlatform,
  threads: threadsPlatform,
  bluesky: blueskyPlatform,
  mastodon: mastodonPlatform,
};

/** Every descriptor, in registry order. */
export const PLATFORM_DESCRIPTORS: readonly PlatformDescriptor[] = PLATFORM_FACTS.map(
  (p) => DESCRIPTORS[p.id],
);

/** Every adapter, each under its error guard, in registry order. */
export const ADAPTERS: readonly PlatformAdapter[] = PLATFORM_DESCRIPTORS.map((p) => p.adapter);

/** The adapter for a page, or null when PostLens does not read it. Never throws. */
export function adapterFor(url: URL, root: ParentNode): PlatformAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(url, root)) ?? null;
}
