// Instagram: a commenter is never a post's author.
//
// A post page lists its caption and comments in one list: `ul._a9z6._a9za`, whose first entry
// (`li._a9zj._a9zl._a9z5`) holds the caption with the author's name in `h2._a9zc` (code index file
// 12376620828: "li._a9zj._a9zl._a9z5 … h2._a9zc" read as the post's author; file 33244744211 checks
// a post's author with `h2._a9zc:has(a[href="/3danmark/"])`), and each comment its own `ul._a9ym`
// inside it with the commenter's name in `h3._a9zc span a` (code index files 34332850314:
// "ul._a9z6._a9za ul._a9ym" then "h3._a9zc span a"; 12376620828: `ul._a9ym` > `div._a9zr` >
// `h3._a9zc`); the first link of a `ul._a9ym` is the commenter's profile (code index file
// 32465284695: `ul.find("a", …)["href"]` as the comment's username). An extension reading a post's
// author skips every link in that list for the same reason: "// Ignore comments
// if (link.closest('ul._a9z6') …) continue;" (code index file 69572125915). post-ja.html holds that
// list (the caption entry, then aya.tanaka's and ken_photo's comments, each avatar link first).
//
// Each case takes post-ja.html's header away (the box with the author's avatar and name links, as a
// layout without them or a header not yet rendered shows) or only its links, with or without the
// caption entry (a post published without a caption has none: instagram-no-caption.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instagramAdapter as adapter } from '@/lib/platforms/instagram';
import type { AdapterContext } from '@/lib/types';

const source = readFileSync(join(process.cwd(), 'tests/fixtures/instagram/post-ja.html'), 'utf8');
const c: AdapterContext = { url: new URL('https://www.instagram.com/p/C4jaPo5tKyo/'), locale: 'ja' };

/** The header: the box around the author's avatar link, outside the comment list. */
function header(doc: Document): Element {
  const box = doc.querySelector('article a[href="/kyoto.kissa/"]')!.closest('div.x1lliihq.x1n2onr6')!;
  expect(box.querySelector('ul')).toBeNull();
  expect(box.querySelectorAll('a[href="/kyoto.kissa/"]')).toHaveLength(2);
  return box;
}

const HEADER = [
  ['taken away', (doc: Document) => header(doc).remove()],
  [
    'without its links',
    (doc: Document) => {
      for (const a of Array.from(header(doc).querySelectorAll('a'))) a.remove();
    },
  ],
] as const;

const CAPTION = [
  ['with the caption entry', true, { handle: 'kyoto.kissa', name: 'kyoto.kissa' }],
  ['without a caption', false, { handle: null, name: null }],
] as const;

const CASES = HEADER.flatMap(([h, strip]) =>
  CAPTION.map(([cap, keep, author]) => [h, cap, author, strip, keep] as const),
);

describe('instagram: a post page without the header author', () => {
  it.each(CASES)('header %s, %s: author %j, never a commenter', (_h, _cap, author, strip, keep) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    strip(doc);
    if (!keep) doc.querySelector('article h1')!.closest('li')!.remove();
    // The first profile link left is the caption's h2 name, or aya.tanaka's avatar in her comment.
    const first = doc.querySelector('article ul a[href]')!.getAttribute('href');
    expect(first).toBe(keep ? '/kyoto.kissa/' : '/aya.tanaka/');
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, c);
    expect(r?.author).toEqual(author);
    // the rest of the reading is as with the header
    expect(r).toMatchObject({ postId: 'C4jaPo5tKyo', likes: 1234, publishedAt: '2025-03-06T02:00:00.000Z' });
  });

  it('with the header: its author, before the caption and the comments', () => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    doc.querySelector('article h1')!.closest('li')!.remove();
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, c);
    expect(r?.author).toEqual({ handle: 'kyoto.kissa', name: 'kyoto.kissa' });
  });
});
