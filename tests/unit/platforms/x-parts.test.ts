// The shortcuts the X adapter takes on a full read (lib/platforms/x/parts.ts) give what the long
// way gives: the permalink, author and text taken past a quoted post, a nested link or a refused
// address. (Its dates' shortcut is isoDate's: tests/unit/platforms/iso-date.test.ts.)

import { readdirSync, readFileSync } from 'node:fs';
import { xAdapter as adapter } from '@/lib/platforms/x';

const HOME = { url: new URL('https://x.com/home'), locale: 'en' };

function post(inner: string): Element {
  const doc = new DOMParser().parseFromString(
    `<div data-testid="cellInnerDiv"><article data-testid="tweet">${inner}</article></div>`,
    'text/html',
  );
  return doc.querySelector('article')!;
}

const name = (n: string) => `<div data-testid="User-Name"><div dir="ltr">${n}</div></div>`;
const link = (href: string) =>
  `<a href="${href}"><time datetime="2025-10-28T11:13:47.000Z">Oct 28</time></a>`;
const text = (t: string) => `<div data-testid="tweetText">${t}</div>`;

describe('x: own parts past the first match', () => {
  it('skips a quote that comes first for the author, text and permalink', () => {
    const el = post(
      `<div role="link">${name('Quoted')}${link('/quoted/status/1')}${text('quoted text')}</div>` +
        `${name('Own')}${link('/own/status/2')}${text('own text')}`,
    );
    const r = adapter.readPost(el, HOME);
    expect(r).toMatchObject({ postId: '2', author: { handle: 'own', name: 'Own' }, text: 'own text' });
  });

  it('takes a status link refused by its address, or nested in another, the long way', () => {
    const refused = post(`${name('A')}${link('javascript:void(0)/status/1')}${link('/own/status/3')}`);
    expect(adapter.readPost(refused, HOME)?.postId).toBe('3');
    const outer = post(`${name('A')}<span></span>`);
    const a = outer.ownerDocument.createElement('a');
    a.setAttribute('href', '/outer/status/4');
    a.innerHTML = link('/inner/status/5');
    outer.querySelector('span')!.append(a);
    expect(adapter.readPost(outer, HOME)).toMatchObject({ postId: '4', author: { handle: 'outer' } });
  });

  it('passes over a status link around the post (which holds its times too) for its own', () => {
    const el = post(
      `${name('A')}<time datetime="2020-01-01T00:00:00.000Z">Jan 1</time>${link('/own/status/6')}`,
    );
    const around = el.ownerDocument.createElement('a');
    around.setAttribute('href', '/around/status/7');
    const cell = el.parentElement!;
    cell.replaceWith(around);
    around.append(cell);
    expect(adapter.readPost(el, HOME)).toMatchObject({ postId: '6', author: { handle: 'own' } });
  });

  it('passes over a <time> that sits in no status link for the first one that does', () => {
    const el = post(
      `${name('A')}<time datetime="2020-01-01T00:00:00.000Z">Jan 1</time>` +
        `<a href="/a"><time datetime="2021-01-01T00:00:00.000Z">profile</time></a>${link('/own/status/8')}` +
        link('/own/status/9'),
    );
    expect(adapter.readPost(el, HOME)).toMatchObject({
      postId: '8',
      author: { handle: 'own' },
      publishedAt: '2025-10-28T11:13:47.000Z',
    });
  });

  it('resolves a status href with dot segments through the URL parser', () => {
    const el = post(`${name('A')}${link('/a/b/../../b/status/6')}`);
    expect(adapter.readPost(el, HOME)).toMatchObject({ postId: '6', author: { handle: 'b' } });
    // "/a/status/1/../../b/status/7" is "/a/b/status/7": not a status path, so not this post's.
    expect(adapter.readPost(post(`${name('A')}${link('/a/status/1/../../b/status/7')}`), HOME)).toBeNull();
  });
});

// findPosts keeps an article unless it sits in another post: the long way asks each article's
// ancestors up to the document; the short way (lib/platforms/dom.ts outermost) asks the root's
// own post, or each post when the root is the scanner's view of an element, and the last post kept.
describe('x: findPosts', () => {
  const POST = 'article[data-testid="tweet"]';
  const selfAndBelow = (el: Element) =>
    ({
      querySelectorAll: (sel: string) => [...(el.matches(sel) ? [el] : []), ...el.querySelectorAll(sel)],
      querySelector: (sel: string) => (el.matches(sel) ? el : el.querySelector(sel)),
    }) as unknown as ParentNode;
  const longWay = (root: ParentNode) =>
    Array.from(root.querySelectorAll(POST)).filter((el) => !el.parentElement?.closest(POST));
  /** The document, and every element on the way from it to a post or a post's first children. */
  function roots(doc: Document): ParentNode[] {
    const out = new Set<ParentNode>([doc]);
    for (const a of doc.querySelectorAll(POST)) {
      for (let at: Element | null = a; at; at = at.parentElement) out.add(at);
      for (const c of Array.from(a.children).slice(0, 3)) out.add(c);
    }
    return [...out];
  }
  const nested = `<div id="feed"><article data-testid="tweet" id="a"><div><article data-testid="tweet" id="a1"><article data-testid="tweet" id="a2"></article></article></div></article>
    <article data-testid="tweet" id="b"></article><div><article data-testid="tweet" id="c"><article data-testid="tweet" id="c1"></article></article></div></div>`;

  it('keeps what the long way keeps, from every root, in every X fixture and with nested articles', () => {
    let checked = 0;
    const docs = readdirSync('tests/fixtures/x')
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(`tests/fixtures/x/${f}`, 'utf8'))
      .concat(nested);
    for (const html of docs) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      for (const root of roots(doc)) {
        expect(adapter.findPosts(root)).toEqual(longWay(root));
        // As the scanner hands it a changed element: the element and what it holds, no node.
        if (root instanceof Element)
          expect(adapter.findPosts(selfAndBelow(root))).toEqual(longWay(selfAndBelow(root)));
        checked++;
      }
    }
    const doc = new DOMParser().parseFromString(nested, 'text/html');
    expect(adapter.findPosts(doc).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(adapter.findPosts(doc.getElementById('a1')!)).toEqual([]);
    // A change inside a post, holding an article nested in it: nothing of its own.
    const inA = doc.querySelector('#a > div')!;
    expect(adapter.findPosts(selfAndBelow(inA))).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
