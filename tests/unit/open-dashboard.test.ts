// @vitest-environment node

import { dashboardPostUrl } from '@/lib/background/open-dashboard';

const BASE = 'chrome-extension://abc/';

describe('dashboardPostUrl', () => {
  it.each([
    ['x:123', `${BASE}dashboard.html#/post/x%3A123`],
    ['mastodon:1@social.example.org', `${BASE}dashboard.html#/post/mastodon%3A1%40social.example.org`],
    ['reddit:t3_a/../b"><script>', `${BASE}dashboard.html#/post/reddit%3At3_a%2F..%2Fb%22%3E%3Cscript%3E`],
  ])('opens %s as a post view', (key, url) => {
    expect(dashboardPostUrl(BASE, key)).toBe(url);
  });

  it.each([['x:'], [':1'], ['evil:1'], ['x'], [42], [null], [`x:${'1'.repeat(300)}`]])(
    'refuses %s',
    (key) => {
      expect(dashboardPostUrl(BASE, key)).toBeNull();
    },
  );
});
