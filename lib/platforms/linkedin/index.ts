// LinkedIn: its descriptor.
import { definePlatform } from '../define-platform';
import { linkedinReader } from './adapter';

export const linkedinPlatform = definePlatform({
  id: 'linkedin',
  name: 'LinkedIn', // i18n-ignore: brand name, never translated
  hosts: ['www.linkedin.com'],
  domains: ['linkedin.com'],
  bands: { typical: 0.01, strong: 0.03, viral: 0.06 },
  adapter: linkedinReader,
});

export const linkedinAdapter = linkedinPlatform.adapter;
