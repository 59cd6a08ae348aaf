// Every platform adapter, listed explicitly: one file per platform, the way refined-github keeps
// one feature per file. Order matters only for Mastodon, which is detected by markup on any host
// and so comes last.
import type { PlatformAdapter } from '../types';
import { blueskyAdapter } from './bluesky/adapter';
import { facebookAdapter } from './facebook/adapter';
import { instagramAdapter } from './instagram/adapter';
import { linkedinAdapter } from './linkedin/adapter';
import { mastodonAdapter } from './mastodon/adapter';
import { redditAdapter } from './reddit/adapter';
import { threadsAdapter } from './threads/adapter';
import { tiktokAdapter } from './tiktok/adapter';
import { xAdapter } from './x/adapter';
import { youtubeAdapter } from './youtube/adapter';

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
