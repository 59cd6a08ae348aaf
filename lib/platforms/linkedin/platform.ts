// LinkedIn: what pages need to know of it, without the adapter.
import { definePlatformFacts } from '../platform-facts';

export const linkedinFacts = definePlatformFacts({
  id: 'linkedin',
  name: 'LinkedIn', // i18n-ignore: brand name, never translated
  hosts: ['www.linkedin.com'],
  domains: ['linkedin.com'],
  bands: { typical: 0.01, strong: 0.03, viral: 0.06 },
});
