// Mastodon: what pages need to know of it, without the adapter. It runs on thousands of hosts, so
// its pages are recognised by markup (detect.ts) and it comes last in the registry. These few
// large instances are read out of the box; the user enables any other one at run time
// (site-access.ts), never by default.
import { definePlatformFacts } from '../platform-facts';

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

// A status link on any instance: /@user/123 or /users/user/statuses/123.
const STATUS_PATH = /^\/(@[^/]+|users\/[^/]+)\//;

export const mastodonFacts = definePlatformFacts({
  id: 'mastodon',
  name: 'Mastodon', // i18n-ignore: brand name, never translated
  hosts: MASTODON_DEFAULT_HOSTS,
  // A post's link is on its own instance, whichever that is: the path must look like a status.
  domains: 'any',
  isPermalink: (url) => url.hostname.includes('.') && STATUS_PATH.test(url.pathname),
  bands: { typical: 0.005, strong: 0.02, viral: 0.05 },
});
