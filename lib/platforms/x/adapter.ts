// X (x.com, twitter.com, mobile.x.com): timelines, profiles, post and thread pages. One post is an
// `article[data-testid="tweet"]`; a post it quotes sits inside it and is not a post of its own, so
// every lookup skips the quote. Counts: x-counts.ts. Fixtures: tests/fixtures/x (SOURCES.md).

import { parseCount } from '../../parse-count';
import type { AdapterContext, PageReader, PostReading, ProfileReading } from '../../types';
import { excerpt, fold, httpsUrl, isoDate, outermost, queryFirst, textOf } from '../dom';
import { readActionBar } from './counts';
import { actionBar, authorBlock, POST_SELECTOR, postTextBlock, timedLink } from './parts';

const HOST = /(^|\.)(x|twitter)\.com$/i;
// "/i/status/<id>" and "/i/web/status/<id>" are X's handle-less forms of a post's address ("i" is
// X's reserved path, no one's handle): their group 1 is "i" or absent.
const STATUS_PATH = /^\/(?:i\/web|([A-Za-z0-9_]{1,15}))\/status\/(\d{1,25})(?:[/?#]|$)/;
const HANDLE = /^([A-Za-z0-9_]{1,15})$/;
// X's own routes (x.com/home, /i/…, /explore, …): no account's address, so never a profile's handle.
// The list public X tools skip when they take a handle from an address.
const ROUTE =
  /^(?:i|home|explore|notifications|messages|settings|search|compose|hashtag|intent|bookmarks|communities|jobs|premium|tos|privacy|login|logout|signup)$/i;
const AT_HANDLE = /^@([A-Za-z0-9_]{1,15})$/;

// Ads carry impression pixels beside the post, inside the post's timeline cell. The pixel ids
// come from X's own web bundle; "placementTracking" alone is not a sign (it wraps every video).
const CELL = '[data-testid="cellInnerDiv"]'; // x-timeline-promoted.html
const AD_PIXEL = '[data-testid$="-impression-pixel"]'; // x-timeline-promoted.html
const PROFILE_HEADER = ['[data-testid="UserName"]']; // x-profile-en.html
const FOLLOWERS_LINK = [
  'a[href$="/verified_followers"]', // x-profile-en.html
  'a[href$="/followers"]', // x-profile-ja.html
];

// A path-absolute status href in plain characters: no dot segments, escapes, backslashes or
// white space for the URL parser to resolve, so its path is exactly what is written before any
// "?" or "#". X writes its links so; anything else goes through the URL parser.
const PLAIN_STATUS_HREF =
  /^\/(?:i\/web|([A-Za-z0-9_]{1,15}))\/status\/(\d{1,25})(?:\/[A-Za-z0-9_/]*)?(?:[?#]|$)/;

/** The handle and id a status path names; the handle is null on X's handle-less "/i/…" forms. */
function statusOf(m: RegExpExecArray | null) {
  const h = m?.[1];
  return m?.[2] ? { handle: h && h.toLowerCase() !== 'i' ? h : null, id: m[2] } : null;
}

function permalinkOf(post: Element, base: URL) {
  // Against an https x.com page a path-absolute href keeps the page's scheme and host.
  const plainBase = base.protocol === 'https:' && HOST.test(base.hostname);
  return timedLink(post, (href) => {
    const plain = statusOf(plainBase && href ? PLAIN_STATUS_HREF.exec(href) : null);
    if (plain) return plain;
    const u = httpsUrl(href, base);
    return statusOf(u && HOST.test(u.hostname) ? STATUS_PATH.exec(u.pathname) : null);
  });
}

/**
 * The @handle an author block shows: its link to "/handle" that reads "@handle". The display name
 * is free text and may read "@someone", but it is not a link to that handle.
 */
function shownHandle(block: Element | null): string | null {
  for (const a of block?.querySelectorAll('a[href]') ?? []) {
    const h = AT_HANDLE.exec(textOf(a))?.[1];
    if (h && h.toLowerCase() !== 'i' && a.getAttribute('href')?.toLowerCase() === `/${h.toLowerCase()}`)
      return h;
  }
  return null;
}

/**
 * The text an element shows, emoji included: X draws each emoji as an `<img>` whose alt is the
 * emoji itself ("🚀"), which textContent leaves out. Without an image, its textContent.
 */
function shownText(el: Element | null | undefined): string {
  if (!el) return '';
  if (el.getElementsByTagName('img').length === 0) return el.textContent ?? '';
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1) {
        if ((c as Element).localName === 'img') out += (c as Element).getAttribute('alt') ?? '';
        else walk(c);
      }
    }
  };
  walk(el);
  return out;
}

/** The display name: the first line of an author block (the @handle is a later line). */
function displayName(block: Element | null): string | null {
  const first = block?.querySelector('[dir="ltr"]');
  return fold(shownText(first)) || null;
}

/**
 * An ad pixel in the post's cell but not in the post: only the cell's part outside the post is
 * looked at (the post's ancestors below the cell and their other children), not the post again.
 */
function isPromoted(post: Element): boolean {
  const cell = post.closest(CELL);
  if (!cell) return false;
  for (let el: Element = post; el !== cell; ) {
    const parent: Element | null = el.parentElement;
    if (!parent) return false;
    if (parent !== cell && parent.matches(AD_PIXEL)) return true;
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (s !== el && (s.matches(AD_PIXEL) || s.querySelector(AD_PIXEL))) return true;
    }
    el = parent;
  }
  return false;
}

function readTweet(post: Element, ctx: AdapterContext): PostReading | null {
  const link = permalinkOf(post, ctx.url);
  if (!link) return null;
  const { id } = link.found;
  const block = authorBlock(post);
  // A handle-less time link ("/i/status/<id>") leaves the handle to the author block, else unknown.
  const handle = link.found.handle ?? shownHandle(block);
  return {
    platform: 'x',
    postId: id,
    // "/i/status/<id>" is X's own address of a post whose author is not known.
    url: `https://x.com/${handle ?? 'i'}/status/${id}`,
    author: { handle, name: displayName(block) },
    publishedAt: isoDate(link.time.getAttribute('datetime')),
    // excerpt folds white space as textOf does
    text: excerpt(shownText(postTextBlock(post))),
    ...readActionBar(actionBar(post), ctx.locale),
    promoted: isPromoted(post),
  };
}

/**
 * The profile's handle. The header prints "@handle" on its own line, but the display name above it
 * is free text and may read "@someoneelse" too, so a printed handle counts first when the page holds
 * its followers link, and among those the one the address names (x.com/handle/…; X's casing kept).
 * Without such a link, the printed handle the address names. A header that prints none is the
 * address's, unless the address is one of X's own routes (then no profile).
 */
function profileHandle(header: Element, root: ParentNode, ctx: AdapterContext): string | null {
  const first = ctx.url.pathname.split('/')[1] ?? '';
  const address = ROUTE.test(first) ? undefined : HANDLE.exec(first)?.[1];
  const shown: string[] = [];
  for (const span of Array.from(header.querySelectorAll('span'))) {
    const m = AT_HANDLE.exec(textOf(span));
    if (m?.[1]) shown.push(m[1]);
  }
  if (!shown.length && address) shown.push(address);
  const isAddress = (h: string) => h.toLowerCase() === address?.toLowerCase();
  const linked = shown.filter((h) => followersLink(root, h));
  return linked.find(isAddress) ?? linked[0] ?? shown.find(isAddress) ?? null;
}

/** The header's followers link for this handle (a page also lists other people's links). */
function followersLink(root: ParentNode, handle: string): Element | null {
  for (const sel of FOLLOWERS_LINK) {
    for (const a of Array.from(root.querySelectorAll(sel))) {
      const owner = (a.getAttribute('href') ?? '').split('/').filter(Boolean)[0] ?? '';
      if (owner.toLowerCase() === handle.toLowerCase()) return a;
    }
  }
  return null;
}

export const xReader: PageReader = {
  matches(url) {
    return HOST.test(url.hostname);
  },

  findPosts(root) {
    // A post never contains another post; skip any article nested in one, should X nest them.
    return outermost(root, POST_SELECTOR);
  },

  readPost: readTweet,

  readProfile(root, ctx): ProfileReading | null {
    const header = queryFirst(root, PROFILE_HEADER);
    if (!header) return null;
    const handle = profileHandle(header, root, ctx);
    if (!handle) return null;
    const link = followersLink(root, handle);
    return {
      platform: 'x',
      handle,
      name: displayName(header),
      followers: link ? parseCount(textOf(link), ctx.locale) : null,
    };
  },

  badgeAnchor: actionBar,
};
