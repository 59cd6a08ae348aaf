// Facebook: its descriptor.
import { definePlatform } from '../define-platform';
import { facebookReader } from './adapter';

export const facebookPlatform = definePlatform({
  id: 'facebook',
  name: 'Facebook', // i18n-ignore: brand name, never translated
  hosts: ['www.facebook.com', 'web.facebook.com'],
  domains: ['facebook.com'],
  bands: { typical: 0.001, strong: 0.005, viral: 0.02 },
  adapter: facebookReader,
});

export const facebookAdapter = facebookPlatform.adapter;
