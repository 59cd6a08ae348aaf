// Reddit (the current UI and old.reddit.com): its descriptor.
import { definePlatform } from '../define-platform';
import { redditReader } from './adapter';

export const redditPlatform = definePlatform({
  id: 'reddit',
  name: 'Reddit', // i18n-ignore: brand name, never translated
  hosts: ['www.reddit.com', 'old.reddit.com'],
  domains: ['reddit.com'],
  bands: { typical: 0.01, strong: 0.05, viral: 0.15 },
  adapter: redditReader,
});

export const redditAdapter = redditPlatform.adapter;
