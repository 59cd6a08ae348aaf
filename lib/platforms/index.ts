// Every platform adapter, listed explicitly: one file per platform, the way refined-github keeps
// one feature per file. Order matters only for Mastodon, which is detected by markup on any host
// and so comes last.
import type { PlatformAdapter } from '../types';
import { blueskyAdapter } from './bluesky';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { mastodonAdapter } from './mastodon';
import { redditAdapter } from './reddit';
import { threadsAdapter } from './threads';
import { tiktokAdapter } from './tiktok';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

export const ADAPTERS: readonly PlatformAdapter[] = [
  xAdapter,
  redditAdapter,
  linkedinAdapter,
  instagramAdapter,
  youtubeAdapter,
  tiktokAdapter,
  facebookAdapter,
  threadsAdapter,
  blueskyAdapter,
  mastodonAdapter,
];

/** The adapter for a page, or null when PostLens does not read it. Never throws. */
export function adapterFor(url: URL, root: ParentNode): PlatformAdapter | null {
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.matches(url, root)) return adapter;
    } catch {
      // An adapter that cannot decide does not claim the page.
    }
  }
  return null;
}
