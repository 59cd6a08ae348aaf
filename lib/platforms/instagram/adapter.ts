// Instagram: home feed articles, post and reel pages, profile headers. Class names are generated
// and change with every deploy, so this reads links and attributes: /p/<code>/ permalinks,
// /liked_by/ and /comments/ links, <time datetime>, and the followers link's title.

import { parseCount } from '../../parse-count';
import type { AdapterContext, Count, PageReader, PostReading, ProfileReading } from '../../types';
import { excerpt, isoDate, queryFirst, textOf } from '../dom';

const POSTS = [
  // <article class="…" role="presentation"> per post in the home feed and around a post page's
  // content (feed-en.html, feed-de.html, post-ja.html)
  'article',
];

const LIKED_BY = [
  // <a href="/p/<code>/liked_by/"><span>1,234</span> likes</a>, or "Liked by x and <a>N others</a>"
  // (feed-en.html, feed-de.html, post-ja.html)
  'a[href$="/liked_by/"]',
];

const COMMENTS = [
  // <a href="/p/<code>/comments/"><span>View all 8 comments</span></a> (feed-en.html, feed-de.html)
  'a[href$="/comments/"]',
];

const CAPTION = [
  // <h1 class="_ap3a _aaco _aacu _aacx _aad7 _aade" dir="auto">caption</h1> on post pages (post-ja.html)
  'h1',
  // <span class="_ap3a _aaco _aacu _aacx _aad7 _aade" dir="auto">caption</span> after the username in
  // the feed; the bold username span has _aacw instead of _aacu (feed-en.html, feed-de.html)
  'span._ap3a._aacu',
];

const ACTION_BAR = [
  // <section class="x6s0dn4 xrvj5dj …"> with the like / comment / share / save buttons (feed-en.html)
  'section',
];

const RESERVED = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'stories', 'accounts', 'direct', 'about']);
const SPONSORED = new Set(['sponsored', 'gesponsert', '広告', 'patrocinado', 'sponsorisé', 'publicidad']);
const PERMALINK = /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\/([A-Za-z0-9_-]{5,})\/?$/;
const COUNTER_LINK =
  /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\/([A-Za-z0-9_-]{5,})\/(?:liked_by|comments)\/?$/;
const PROFILE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;

function pathOf(href: string | null): string {
  if (!href) return '';
  try {
    return new URL(href, 'https://www.instagram.com').pathname;
  } catch {
    return '';
  }
}

function profileHandle(path: string): string | null {
  const name = path.match(PROFILE_PATH)?.[1];
  return name && !RESERVED.has(name.toLowerCase()) ? name : null;
}

interface Permalink {
  code: string;
  kind: 'p' | 'reel';
  time: Element | null;
}

function parsePermalink(path: string, time: Element | null, re = PERMALINK): Permalink | null {
  const m = path.match(re);
  if (!m?.[1] || !m[2]) return null;
  return { code: m[2], kind: m[1].startsWith('reel') ? 'reel' : 'p', time };
}

/** The post's own permalink: the link around its timestamp, else the first /p/ or /reel/ link
 * (comment permalinks, /p/<code>/c/<id>/, do not match), else the likes or comments link of an ad,
 * which has no timestamp. */
function permalink(post: Element): Permalink | null {
  let first: Permalink | null = null;
  let counter: Permalink | null = null;
  for (const a of Array.from(post.querySelectorAll('a[href]'))) {
    const path = pathOf(a.getAttribute('href'));
    const found = parsePermalink(path, a.querySelector('time[datetime]'));
    if (found?.time) return found;
    first ??= found;
    counter ??= parsePermalink(path, null, COUNTER_LINK);
  }
  return first ?? counter;
}

function author(post: Element): { handle: string | null; name: string | null } {
  let handle: string | null = null;
  for (const a of Array.from(post.querySelectorAll('a[href]'))) {
    const h = profileHandle(pathOf(a.getAttribute('href')));
    if (!h || (handle && h !== handle)) continue;
    handle = h;
    // The avatar link comes first and has no text; the name link follows with the same href.
    const name = textOf(a);
    if (name) return { handle, name };
  }
  return { handle, name: null };
}

function likes(post: Element, locale: string): Count {
  const link = queryFirst(post, LIKED_BY);
  const text = textOf(link);
  // "Liked by x and others": the owner hid the count.
  if (!link || !/\d/.test(text)) return null;
  const n = parseCount(text, locale);
  if (n === null) return null;
  // "Liked by x and N others" counts x beside the N.
  const named = Array.from(link.parentElement?.querySelectorAll('a[href]') ?? []).some((a) =>
    profileHandle(pathOf(a.getAttribute('href'))),
  );
  return named ? n + 1 : n;
}

function comments(post: Element, locale: string): Count {
  const text = textOf(queryFirst(post, COMMENTS));
  return /\d/.test(text) ? parseCount(text, locale) : null;
}

function promoted(post: Element): boolean {
  for (const el of Array.from(post.querySelectorAll('span, div, a'))) {
    if (el.childElementCount === 0 && SPONSORED.has(textOf(el).toLowerCase())) return true;
  }
  return false;
}

function readPost(el: Element, ctx: AdapterContext): PostReading | null {
  const link = permalink(el) ?? parsePermalink(ctx.url.pathname, null);
  if (!link) return null;
  const time = link.time ?? el.querySelector('time[datetime]');
  return {
    platform: 'instagram',
    postId: link.code,
    url: `https://www.instagram.com/${link.kind}/${link.code}/`,
    author: author(el),
    publishedAt: isoDate(time?.getAttribute('datetime')),
    text: excerpt(textOf(queryFirst(el, CAPTION))),
    likes: likes(el, ctx.locale),
    comments: comments(el, ctx.locale),
    reposts: null,
    saves: null,
    views: null,
    promoted: promoted(el),
  };
}

function readProfile(root: ParentNode, ctx: AdapterContext): ProfileReading | null {
  const handle = profileHandle(ctx.url.pathname.replace(/\/(reels|tagged)\/?$/, '/'));
  if (!handle) return null;
  const wanted = `/${handle.toLowerCase()}/followers`;
  const link = Array.from(root.querySelectorAll('a[href*="/followers"]')).find((a) =>
    pathOf(a.getAttribute('href')).toLowerCase().startsWith(wanted),
  );
  if (!link) return null;
  // <span title="2,230,586">2.2M</span>: the title holds the exact count.
  const title = link.querySelector('span[title]')?.getAttribute('title');
  const followers = (title ? parseCount(title, ctx.locale) : null) ?? parseCount(textOf(link), ctx.locale);
  return { platform: 'instagram', handle, name: null, followers };
}

export const instagramReader: PageReader = {
  matches(url) {
    return url.hostname === 'instagram.com' || url.hostname.endsWith('.instagram.com');
  },
  findPosts(root) {
    return Array.from(root.querySelectorAll(POSTS.join(', '))).filter((a) => permalink(a) !== null);
  },
  readPost,
  readProfile,
  badgeAnchor(el) {
    return queryFirst(el, ACTION_BAR) ?? queryFirst(el, LIKED_BY)?.parentElement ?? el;
  },
};
