// TikTok: its descriptor.
import { definePlatform } from '../define-platform';
import { tiktokReader } from './adapter';

export const tiktokPlatform = definePlatform({
  id: 'tiktok',
  name: 'TikTok', // i18n-ignore: brand name, never translated
  hosts: ['www.tiktok.com'],
  domains: ['tiktok.com'],
  bands: { typical: 0.03, strong: 0.06, viral: 0.12 },
  adapter: tiktokReader,
});

export const tiktokAdapter = tiktokPlatform.adapter;
