// Hosts each platform's content script runs on out of the box. Other Mastodon instances are
// added at run time by the user (optional host permissions), never by default.
import type { Platform } from '../types';

export const MASTODON_DEFAULT_HOSTS = [
  'mastodon.social',
  'mastodon.online',
  'mastodon.world',
  'mstdn.social',
  'mas.to',
  'fosstodon.org',
  'hachyderm.io',
  'infosec.exchange',
  'techhub.social',
  'mastodon.art',
] as const;

const https = (hosts: readonly string[]) => hosts.map((h) => `https://${h}/*`);

export const PLATFORM_MATCHES: Record<Platform, string[]> = {
  x: https(['x.com', 'twitter.com', 'mobile.x.com']),
  reddit: https(['www.reddit.com', 'old.reddit.com']),
  linkedin: https(['www.linkedin.com']),
  instagram: https(['www.instagram.com']),
  youtube: https(['www.youtube.com']),
  tiktok: https(['www.tiktok.com']),
  facebook: https(['www.facebook.com', 'web.facebook.com']),
  threads: https(['www.threads.net', 'www.threads.com']),
  bluesky: https(['bsky.app']),
  mastodon: https(MASTODON_DEFAULT_HOSTS),
};

export const CONTENT_MATCHES: string[] = Object.values(PLATFORM_MATCHES).flat();
