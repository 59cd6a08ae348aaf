// TikTok: what pages need to know of it, without the adapter.
import { definePlatformFacts } from '../platform-facts';

export const tiktokFacts = definePlatformFacts({
  id: 'tiktok',
  name: 'TikTok', // i18n-ignore: brand name, never translated
  hosts: ['www.tiktok.com'],
  domains: ['tiktok.com'],
  bands: { typical: 0.03, strong: 0.06, viral: 0.12 },
});
