// The Instagram reader finds a post's permalink, author, likes and comments links in one pass over
// its links, and skips the search for a "Sponsored" label in a post whose text holds none of the
// words: these pin what the selectors they replace gave.
import { describe, expect, it } from 'vitest';
import { instagramAdapter as adapter } from '@/lib/platforms/instagram';

const parse = (body: string) => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
const ctx = { url: new URL('https://www.instagram.com/'), locale: 'en' };
const TIME = '<a href="/p/C4xYz12AbCd/"><time datetime="2024-03-01T10:00:00.000Z">1d</time></a>';
const read = (body: string) => {
  const posts = adapter.findPosts(parse(body));
  expect(posts).toHaveLength(1);
  return adapter.readPost(posts[0]!, ctx);
};

describe('instagram: the likes and comments links', () => {
  it('takes the first link ending in /liked_by/ over an earlier one with a query', () => {
    const r = read(
      `<article>${TIME}<div><a href="/p/C4xYz12AbCd/liked_by/?x=1">5 likes</a></div><a>3</a>` +
        '<div><a href="/p/C4xYz12AbCd/liked_by/">7 likes</a></div></article>',
    );
    expect(r?.likes).toBe(7);
  });

  it('falls back to a /liked_by/ link with a query, and to null without one', () => {
    expect(
      read(`<article>${TIME}<div><a href="/p/C4xYz12AbCd/liked_by/?x=1">5 likes</a></div></article>`)?.likes,
    ).toBe(5);
    expect(
      read(`<article>${TIME}<div><a href="/p/C4xYz12AbCd/">5 likes</a></div></article>`)?.likes,
    ).toBeNull();
  });

  it('reads comments from a link ending in /comments/ only', () => {
    const body = (href: string) => `<article>${TIME}<a href="${href}">View all 8 comments</a></article>`;
    expect(read(body('/p/C4xYz12AbCd/comments/'))?.comments).toBe(8);
    expect(read(body('/p/C4xYz12AbCd/comments/?x=1'))?.comments).toBeNull();
  });

  it('names the author by the first link to the first handle that has text', () => {
    const r = read(
      `<article><a href="/maya.bakes/"><img alt=""></a><a href="/other/">other</a>${TIME}` +
        '<a href="/maya.bakes/">Maya</a></article>',
    );
    expect(r?.author).toEqual({ handle: 'maya.bakes', name: 'Maya' });
  });
});

describe('instagram: a "Sponsored" label', () => {
  const post = (label: string) =>
    `<article>${TIME}<div><span>maya.bakes</span><span>${label}</span></div></article>`;

  it.each(['Sponsored', ' SPONSORED ', 'Gesponsert', 'SPONSORISÉ', '広告'])(
    '%j alone in a leaf: promoted',
    (label) => {
      expect(read(post(label))?.promoted).toBe(true);
    },
  );

  it('the word inside a longer text is no label', () => {
    expect(read(post('Not sponsored, just love it'))?.promoted).toBe(false);
    expect(read(post('<b>Sponsored</b>'))?.promoted).toBe(false);
  });
});
