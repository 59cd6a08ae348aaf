// X (and its old twitter.com and mobile hosts): its descriptor.
import { definePlatform } from '../define-platform';
import { xReader } from './adapter';

export const xPlatform = definePlatform({
  id: 'x',
  name: 'X', // i18n-ignore: brand name, never translated
  hosts: ['x.com', 'twitter.com', 'mobile.x.com'],
  domains: ['x.com', 'twitter.com'],
  bands: { typical: 0.005, strong: 0.02, viral: 0.05 },
  adapter: xReader,
});

export const xAdapter = xPlatform.adapter;
