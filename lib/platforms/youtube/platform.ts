// YouTube: what pages need to know of it, without the adapter. Links may also be youtu.be short
// links.
import { definePlatformFacts } from '../platform-facts';

export const youtubeFacts = definePlatformFacts({
  id: 'youtube',
  name: 'YouTube', // i18n-ignore: brand name, never translated
  hosts: ['www.youtube.com'],
  domains: ['youtube.com', 'youtu.be'],
  bands: { typical: 0.02, strong: 0.04, viral: 0.08 },
});
