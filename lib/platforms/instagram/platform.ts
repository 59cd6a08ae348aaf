// Instagram: what pages need to know of it, without the adapter.
import { definePlatformFacts } from '../platform-facts';

export const instagramFacts = definePlatformFacts({
  id: 'instagram',
  name: 'Instagram', // i18n-ignore: brand name, never translated
  hosts: ['www.instagram.com'],
  domains: ['instagram.com'],
  bands: { typical: 0.01, strong: 0.02, viral: 0.03 },
});
