// Hosts the content script runs on out of the box. Other Mastodon instances are added at run
// time by the user (optional host permissions), never by default.
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

export const CONTENT_MATCHES: string[] = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://www.reddit.com/*',
  'https://old.reddit.com/*',
  'https://www.linkedin.com/*',
  'https://www.instagram.com/*',
  'https://www.youtube.com/*',
  'https://www.tiktok.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://www.threads.net/*',
  'https://www.threads.com/*',
  'https://bsky.app/*',
  ...MASTODON_DEFAULT_HOSTS.map((h) => `https://${h}/*`),
];
