// Instagram: home feed articles, post and reel pages, profile headers and profile grid tiles. Class
// names are generated and change with every deploy, so this reads links and attributes: /p/<code>/
// permalinks, /liked_by/ and /comments/ links, <time datetime>, and the followers link's title.
// Finding posts: find-posts.ts; their links: links.ts; counts: counts.ts; grid tiles: tiles.ts; the
// ad label: sponsored.ts.

import { parseCount } from '../../parse-count';
import type { AdapterContext, PageReader, PostReading, ProfileReading } from '../../types';
import { excerpt, isoDate, postTextOf, queryFirst, textOf } from '../dom';
import { comments, likes } from './counts';
import { findPosts } from './find-posts';
import { LIKED_BY, parsePermalink, profileHandle, scanLinks } from './links';
import { pathOf } from './path';
import { promoted } from './sponsored';
import { readTile, tileLink } from './tiles';

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

/**
 * The caption, in CAPTION's order. A post page's comments are spans of the feed caption's classes
 * in the comment list's <ul> (post-ja.html): a post without a caption has no text, not a comment's.
 */
function caption(el: Element): Element | null {
  const h1 = el.querySelector(CAPTION[0]!);
  if (h1) return h1;
  const inList = (span: Element) => {
    const list = span.closest('ul');
    return list !== null && el.contains(list);
  };
  // A feed's caption is the first such span: one query, as before, unless it is a comment's.
  const first = el.querySelector(CAPTION[1]!);
  if (!first || !inList(first)) return first;
  for (const span of Array.from(el.querySelectorAll(CAPTION[1]!))) if (!inList(span)) return span;
  return null;
}

function readPost(el: Element, ctx: AdapterContext): PostReading | null {
  const tile = el.tagName === 'ARTICLE' ? null : tileLink(el);
  if (tile) return readTile(tile, ctx);
  const scan = scanLinks(el);
  const link = scan.link ?? parsePermalink(ctx.url.pathname, null);
  if (!link) return null;
  const time = link.time ?? el.querySelector('time[datetime]');
  return {
    platform: 'instagram',
    postId: link.code,
    url: `https://www.instagram.com/${link.kind}/${link.code}/`,
    author: scan.author,
    publishedAt: isoDate(time?.getAttribute('datetime')),
    text: excerpt(postTextOf(caption(el))),
    likes: likes(scan.likedBy, ctx.locale),
    comments: comments(scan.comments, ctx.locale),
    reposts: null,
    saves: null,
    views: null,
    promoted: promoted(el),
  };
}

function readProfile(root: ParentNode, ctx: AdapterContext): ProfileReading | null {
  const handle = profileHandle(ctx.url.pathname.replace(/\/(reels|tagged)\/?$/, '/'));
  if (!handle) return null;
  // Exactly /<handle>/followers/: "Followed by a, b + 12 more" links to /<handle>/followers/mutualOnly,
  // the few followers the viewer shares, never the account's followers.
  const wanted = `/${handle.toLowerCase()}/followers`;
  const link = Array.from(root.querySelectorAll('a[href*="/followers"]')).find((a) => {
    const path = pathOf(a.getAttribute('href')).toLowerCase();
    return path === wanted || path === `${wanted}/`;
  });
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
  findPosts,
  readPost,
  readProfile,
  badgeAnchor(el) {
    const tile = el.tagName === 'ARTICLE' ? null : tileLink(el);
    if (tile) return tile;
    return queryFirst(el, ACTION_BAR) ?? queryFirst(el, LIKED_BY)?.parentElement ?? el;
  },
};
