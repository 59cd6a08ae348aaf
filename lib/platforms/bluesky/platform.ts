// Bluesky: what pages need to know of it, without the adapter (the web app's one host is also the
// only domain of its links).
import { definePlatformFacts } from '../platform-facts';

export const blueskyFacts = definePlatformFacts({
  id: 'bluesky',
  name: 'Bluesky', // i18n-ignore: brand name, never translated
  hosts: ['bsky.app'],
  bands: { typical: 0.005, strong: 0.02, viral: 0.05 },
});
