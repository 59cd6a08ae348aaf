// YouTube: its descriptor. Links may also be youtu.be short links.
import { definePlatform } from '../define-platform';
import { youtubeReader } from './adapter';

export const youtubePlatform = definePlatform({
  id: 'youtube',
  name: 'YouTube', // i18n-ignore: brand name, never translated
  hosts: ['www.youtube.com'],
  domains: ['youtube.com', 'youtu.be'],
  bands: { typical: 0.02, strong: 0.04, viral: 0.08 },
  adapter: youtubeReader,
});

export const youtubeAdapter = youtubePlatform.adapter;
