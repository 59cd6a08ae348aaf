// X (x.com, twitter.com, mobile.x.com): timelines, profiles, post and thread pages. One post is an
// `article[data-testid="tweet"]`; a post it quotes sits inside it and is not a post of its own, so
// every lookup skips the quote. Counts: x-counts.ts. Fixtures: tests/fixtures/x (SOURCES.md).

import { parseCount } from '../../parse-count';
import type { AdapterContext, PageReader, PostReading, ProfileReading } from '../../types';
import { excerpt, httpsUrl, isoDate, queryAllFirst, queryFirst, textOf } from '../dom';
import { REPLY_CONTROL, readActionBar } from './counts';

const HOST = /(^|\.)(x|twitter)\.com$/i;
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})(?:[/?#]|$)/;
const HANDLE = /^([A-Za-z0-9_]{1,15})$/;
const AT_HANDLE = /^@([A-Za-z0-9_]{1,15})$/;

const POST = ['article[data-testid="tweet"]']; // x-tweet-sample.html
const USER_NAME = ['[data-testid="User-Name"]']; // x-tweet-sample.html, x-tweet-quote.html
const TEXT = ['[data-testid="tweetText"]']; // x-tweet-sample.html
const STATUS_LINK = ['a[href*="/status/"]']; // x-tweet-sample.html (the one holding <time>)
const BAR = ['div[role="group"]']; // x-tweet-sample.html
// A quoted post is a focusable `div[role="link"]` with its own author block (x-tweet-quote.html).
// The verified badge is a `div[role="link"]` too, but holds no author block.
const QUOTE_CANDIDATE = ['div[role="link"]']; // x-tweet-quote.html, x-tweet-quote-video.html
// Ads carry impression pixels beside the post, inside the post's timeline cell. The pixel ids
// come from X's own web bundle; "placementTracking" alone is not a sign (it wraps every video).
const CELL = ['[data-testid="cellInnerDiv"]']; // x-timeline-promoted.html
const AD_PIXEL = ['[data-testid$="-impression-pixel"]']; // x-timeline-promoted.html
const PROFILE_HEADER = ['[data-testid="UserName"]']; // x-profile-en.html
const FOLLOWERS_LINK = [
  'a[href$="/verified_followers"]', // x-profile-en.html
  'a[href$="/followers"]', // x-profile-ja.html
];

/** Quoted posts inside a post: containers whose author block is not the post's own. */
function quotesIn(post: Element): Element[] {
  return queryAllFirst(post, QUOTE_CANDIDATE).filter((el) => queryFirst(el, USER_NAME) !== null);
}

/** Elements matching selectors inside `post` but not inside a quoted post. */
function own(post: Element, selectors: readonly string[]): Element[] {
  const quotes = quotesIn(post);
  for (const sel of selectors) {
    const found = Array.from(post.querySelectorAll(sel)).filter((el) => !quotes.some((q) => q.contains(el)));
    if (found.length > 0) return found;
  }
  return [];
}

function permalinkOf(post: Element, base: URL): { handle: string; id: string; time: Element | null } | null {
  for (const a of own(post, STATUS_LINK)) {
    const time = a.querySelector('time');
    if (!time) continue;
    const u = httpsUrl(a.getAttribute('href'), base);
    const m = u && HOST.test(u.hostname) ? STATUS_PATH.exec(u.pathname) : null;
    if (m?.[1] && m[2]) return { handle: m[1], id: m[2], time };
  }
  return null;
}

/** The display name: the first line of an author block (the @handle is a later line). */
function displayName(block: Element | null): string | null {
  const first = block?.querySelector('[dir="ltr"]');
  return textOf(first) || null;
}

/**
 * The post's action bar. Quoted posts have none, so the bar is not looked up with `own`: in
 * x-tweet-quote-video.html the quote's markup is left open and the bar parses inside it (as it
 * would in a browser). The bar is the group holding the reply button, else the last group.
 */
function actionBar(post: Element): Element | null {
  const groups = queryAllFirst(post, BAR).filter((g) => g.closest(POST.join(',')) === post);
  return groups.find((g) => queryFirst(g, REPLY_CONTROL) !== null) ?? groups.at(-1) ?? null;
}

function isPromoted(post: Element): boolean {
  const cell = post.closest(CELL.join(','));
  if (!cell) return false;
  return queryAllFirst(cell, AD_PIXEL).some((px) => !post.contains(px));
}

function readTweet(post: Element, ctx: AdapterContext): PostReading | null {
  const link = permalinkOf(post, ctx.url);
  if (!link) return null;
  const author = own(post, USER_NAME)[0] ?? null;
  const bar = actionBar(post);
  return {
    platform: 'x',
    postId: link.id,
    url: `https://x.com/${link.handle}/status/${link.id}`,
    author: { handle: link.handle, name: displayName(author) },
    publishedAt: isoDate(link.time?.getAttribute('datetime')),
    text: excerpt(textOf(own(post, TEXT)[0])),
    ...readActionBar(bar, ctx.locale),
    promoted: isPromoted(post),
  };
}

function profileHandle(header: Element, ctx: AdapterContext): string | null {
  // The header prints "@handle" on its own line; the address is the fallback (/handle/…).
  for (const span of Array.from(header.querySelectorAll('span'))) {
    const m = AT_HANDLE.exec(textOf(span));
    if (m?.[1]) return m[1];
  }
  return HANDLE.exec(ctx.url.pathname.split('/')[1] ?? '')?.[1] ?? null;
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
    return queryAllFirst(root, POST).filter((el) => !el.parentElement?.closest(POST.join(',')));
  },

  readPost: readTweet,

  readProfile(root, ctx): ProfileReading | null {
    const header = queryFirst(root, PROFILE_HEADER);
    if (!header) return null;
    const handle = profileHandle(header, ctx);
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
