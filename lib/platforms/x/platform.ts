// X (and its old twitter.com and mobile hosts): what pages need to know of it, without the adapter.
import { definePlatformFacts } from '../platform-facts';

export const xFacts = definePlatformFacts({
  id: 'x',
  name: 'X', // i18n-ignore: brand name, never translated
  hosts: ['x.com', 'twitter.com', 'mobile.x.com'],
  domains: ['x.com', 'twitter.com'],
  bands: { typical: 0.005, strong: 0.02, viral: 0.05 },
});
