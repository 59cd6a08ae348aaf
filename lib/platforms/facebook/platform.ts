// Facebook: what pages need to know of it, without the adapter.
import { definePlatformFacts } from '../platform-facts';

export const facebookFacts = definePlatformFacts({
  id: 'facebook',
  name: 'Facebook', // i18n-ignore: brand name, never translated
  hosts: ['www.facebook.com', 'web.facebook.com'],
  domains: ['facebook.com'],
  bands: { typical: 0.001, strong: 0.005, viral: 0.02 },
});
