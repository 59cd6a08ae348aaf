// Bluesky: its descriptor (the web app's one host is also the only domain of its links).
import { definePlatform } from '../define-platform';
import { blueskyReader } from './adapter';

export const blueskyPlatform = definePlatform({
  id: 'bluesky',
  name: 'Bluesky', // i18n-ignore: brand name, never translated
  hosts: ['bsky.app'],
  bands: { typical: 0.005, strong: 0.02, viral: 0.05 },
  adapter: blueskyReader,
});

export const blueskyAdapter = blueskyPlatform.adapter;
