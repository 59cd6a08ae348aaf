// @vitest-environment node

// pathOf reads plain root-relative hrefs without building a URL (the cost of a read was mostly
// URLs); it must give what URL gives, for the plain hrefs it reads itself and for all the others.
import { describe, expect, it } from 'vitest';
import { pathOf } from '@/lib/platforms/instagram/path';

const viaUrl = (href: string) => new URL(href, 'https://www.instagram.com').pathname;

describe('instagram: pathOf gives the path URL gives', () => {
  it.each([
    '/',
    '/maya.bakes/',
    '/p/C4xYz12AbCd/',
    '/p/C4xYz12AbCd/liked_by/',
    '/reel/C4tRe3lTrAi/?utm_source=ig',
    '/p/C4xYz12AbCd/#comments',
    '/a-b_c.d~e/',
    '/a//b/',
    '/...',
    '/..x/',
    '/A/B',
  ])('a plain path, read as it stands: %s', (href) => {
    expect(pathOf(href)).toBe(viaUrl(href));
  });

  it.each([
    // dot segments, which URL resolves
    '/p/./C4xYz12AbCd/',
    '/x/../p/C4xYz12AbCd/',
    '/..',
    '/.',
    '/a/.?q',
    '/a/%2e%2e/b',
    // a host, a scheme, no leading slash
    '//evil.example/p/C4xYz12AbCd/',
    'https://www.instagram.com/p/C4xYz12AbCd/',
    'p/C4xYz12AbCd/',
    '?x=1',
    // characters URL escapes, unescapes or drops
    '/p/a b/',
    ' /maya.bakes/',
    '/maya.bakes/ ',
    '/p/a\t/',
    '/p\\C4xYz12AbCd/',
    '/explore/tags/café/',
  ])('anything else, through URL: %j', (href) => {
    expect(pathOf(href)).toBe(viaUrl(href));
  });

  it('reads an empty, missing or unparsable href as no path', () => {
    expect(pathOf(null)).toBe('');
    expect(pathOf('')).toBe('');
    expect(pathOf('http://[')).toBe('');
  });
});
