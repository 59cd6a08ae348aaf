// @vitest-environment node

import { PLATFORMS, postKey } from '@/lib/types';

it('keys posts by platform and id', () => {
  expect(postKey({ platform: 'x', postId: '1' })).toBe('x:1');
  expect(PLATFORMS).toHaveLength(10);
});
