// Instagram's counts: a post's likes line and comments link (found by scanLinks in links.ts), a
// grid tile's hover overlay and a Reels tab tile's views. Numbers are read as shown, in the page's
// locale.

import { parseCount } from '../../parse-count';
import type { Count } from '../../types';
import { queryAllFirst, queryFirst, textOf } from '../dom';
import { profileHandle } from './links';
import { pathOf } from './path';

const TILE_COUNTS = [
  // Shown on hover only: <div class="_ac2d"><ul class="_abpo"><li class="_abpm"><span><span>1,234
  // </span></span><span class="_abpn _9-j_"></span></li>… (profile-grid-en.html)
  'ul > li',
];
// The icon beside each hover count: a heart sprite for likes, a bubble for comments
// (profile-grid-en.html); no aria-label or text says which is which.
const TILE_LIKE_ICON = ['._9-j_'];
const TILE_COMMENT_ICON = ['._9-k0'];
const TILE_VIEWS = [
  // A Reels tab tile's views, shown without hover in the strip at its foot: <div class="_aaj_">…
  // <div class="_aajy">…<svg aria-label="View Count Icon">…</svg></div><span dir="auto"><span
  // class="html-span …">77.1K</span></span> (code index file 8828034213). The icon's label is in
  // the page's language; the strip's class is not, and the strip holds no other number.
  '._aaj_ span[dir="auto"]',
];

/**
 * Likes from the likes line. "1,234 likes": the /liked_by/ link holds the whole line and its number
 * is the count. "Liked by x and 1,233 others": the line says more than the link, and the link's
 * number leaves out the one liker named before it, so the count is N + 1, but only when the line
 * names exactly one account by a profile link; a line naming none (a liker written as plain text)
 * or several does not say for certain how many it names, and reads null. "Liked by x and others"
 * (no number): the owner hid the count, null.
 */
export function likes(link: Element | null, locale: string): Count {
  const text = textOf(link);
  if (!link || !/\d/.test(text)) return null;
  const n = parseCount(text, locale);
  const line = link.parentElement;
  if (n === null || !line || textOf(line) === text) return n;
  const named = new Set<string>();
  for (const a of Array.from(line.querySelectorAll('a[href]'))) {
    const h = profileHandle(pathOf(a.getAttribute('href')));
    if (h) named.add(h.toLowerCase());
  }
  return named.size === 1 ? n + 1 : null;
}

export function comments(link: Element | null, locale: string): Count {
  const text = textOf(link);
  return /\d/.test(text) ? parseCount(text, locale) : null;
}

/**
 * A Reels tab tile's views (its plays). A tile without the strip (a posts-tab tile, or a reel whose
 * views Instagram does not show) reads null.
 */
export function tileViews(link: Element, locale: string): Count {
  return comments(queryFirst(link, TILE_VIEWS), locale);
}

/**
 * Hover counts of a tile: each li is read by its icon (heart: likes, bubble: comments); two li
 * without icons are read in the order every scraper of the overlay reads them (likes, comments). A
 * single li without an icon could be either and reads nothing. No overlay (no hover): null.
 */
export function tileCounts(link: Element, locale: string): { likes: Count; comments: Count } {
  const items = queryAllFirst(link, TILE_COUNTS);
  const out = { likes: null as Count, comments: null as Count };
  const unmarked: Count[] = [];
  for (const li of items) {
    const text = textOf(li);
    const n = /\d/.test(text) ? parseCount(text, locale) : null;
    if (queryFirst(li, TILE_LIKE_ICON)) out.likes = n;
    else if (queryFirst(li, TILE_COMMENT_ICON)) out.comments = n;
    else unmarked.push(n);
  }
  if (items.length === 2 && unmarked.length === 2) [out.likes, out.comments] = unmarked as [Count, Count];
  return out;
}
