// @vitest-environment node

// keyParts: the one split of a post key (postKey) or author key (authorKey) at its first ":", and
// what each option lets through for the callers that must read any stored key.
import { keyParts } from '@/lib/types';

const parts = (platform: string, rest: string) => ({ platform, rest });

describe('keyParts', () => {
  it.each([
    // key, today's shape only, { emptyRest }, { anyPlatform }, both
    ['x:1', parts('x', '1'), parts('x', '1'), parts('x', '1'), parts('x', '1')],
    ['x:a:b', parts('x', 'a:b'), parts('x', 'a:b'), parts('x', 'a:b'), parts('x', 'a:b')],
    [':1', null, null, parts('', '1'), parts('', '1')],
    ['x:', null, parts('x', ''), null, parts('x', '')],
    ['nocolon', null, null, null, null],
    ['foo:1', null, null, parts('foo', '1'), parts('foo', '1')],
    ['', null, null, null, null],
    [':', null, null, null, parts('', '')],
    ['x: ', parts('x', ' '), parts('x', ' '), parts('x', ' '), parts('x', ' ')],
    [
      'linkedin:company/acme',
      parts('linkedin', 'company/acme'),
      parts('linkedin', 'company/acme'),
      parts('linkedin', 'company/acme'),
      parts('linkedin', 'company/acme'),
    ],
  ])('splits "%s"', (key, known, emptyRest, anyPlatform, both) => {
    expect(keyParts(key)).toEqual(known);
    expect(keyParts(key, { emptyRest: true })).toEqual(emptyRest);
    expect(keyParts(key, { anyPlatform: true })).toEqual(anyPlatform);
    expect(keyParts(key, { anyPlatform: true, emptyRest: true })).toEqual(both);
  });

  it('is case-sensitive in the platform, as postKey and authorKey write it in lower case', () => {
    expect(keyParts('X:1')).toBeNull();
    expect(keyParts('X:1', { anyPlatform: true })).toEqual(parts('X', '1'));
  });
});
