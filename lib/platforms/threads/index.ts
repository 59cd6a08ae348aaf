// Threads (both of its domains): its descriptor.
import { definePlatform } from '../define-platform';
import { threadsReader } from './adapter';

export const threadsPlatform = definePlatform({
  id: 'threads',
  name: 'Threads', // i18n-ignore: brand name, never translated
  hosts: ['www.threads.net', 'www.threads.com'],
  domains: ['threads.net', 'threads.com'],
  bands: { typical: 0.005, strong: 0.02, viral: 0.05 },
  adapter: threadsReader,
});

export const threadsAdapter = threadsPlatform.adapter;
