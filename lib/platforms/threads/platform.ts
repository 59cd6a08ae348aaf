// Threads (both of its domains): what pages need to know of it, without the adapter.
import { definePlatformFacts } from '../platform-facts';

export const threadsFacts = definePlatformFacts({
  id: 'threads',
  name: 'Threads', // i18n-ignore: brand name, never translated
  hosts: ['www.threads.net', 'www.threads.com'],
  domains: ['threads.net', 'threads.com'],
  bands: { typical: 0.005, strong: 0.02, viral: 0.05 },
});
