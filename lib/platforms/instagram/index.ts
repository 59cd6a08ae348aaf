// Instagram: its descriptor.
import { definePlatform } from '../define-platform';
import { instagramReader } from './adapter';

export const instagramPlatform = definePlatform({
  id: 'instagram',
  name: 'Instagram', // i18n-ignore: brand name, never translated
  hosts: ['www.instagram.com'],
  domains: ['instagram.com'],
  bands: { typical: 0.01, strong: 0.02, viral: 0.03 },
  adapter: instagramReader,
});

export const instagramAdapter = instagramPlatform.adapter;
