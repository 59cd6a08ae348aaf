// Instagram: home feed articles, post and reel pages, profile headers and profile grid tiles. Class
// names are generated and change with every deploy, so this reads links and attributes: /p/<code>/
// permalinks, /liked_by/ and /comments/ links, <time datetime>, and the followers link's title.

import { parseCount } from '../../parse-count';
import type { AdapterContext, Count, PageReader, PostReading, ProfileReading } from '../../types';
import { excerpt, isoDate, queryAllFirst, queryFirst, textOf } from '../dom';
import { pathOf } from './path';

const POSTS = [
  // <article class="…" role="presentation"> per post in the home feed and around a post page's
  // content (feed-en.html, feed-de.html, post-ja.html)
  'article',
];

// The likes link's href: ends with this, else holds it (LIKED_BY); scanLinks matches the same
// hrefs in its one pass over the post's links, the badge anchor queries LIKED_BY.
const LIKED_BY_PATH = '/liked_by/';
// The comments link's href ends with this: <a href="/p/<code>/comments/"><span>View all 8 comments
// </span></a> (feed-en.html, feed-de.html); scanLinks finds it as a[href$="/comments/"] would.
const COMMENTS_PATH = '/comments/';

const LIKED_BY = [
  // <a href="/p/<code>/liked_by/"><span>1,234</span> likes</a>, or "Liked by x and <a>N others</a>"
  // (feed-en.html, feed-de.html, post-ja.html)
  `a[href$="${LIKED_BY_PATH}"]`,
  // the same link with something after the path (a query); scrapers match a[href*="/liked_by/"]
  // (code index file 2832206854; no fixture holds such an href)
  `a[href*="${LIKED_BY_PATH}"]`,
];

const TILES = [
  // Profile grid tile: <a href="/p/<code>/" role="link"><div class="_aagu"><div class="_aagv">
  // <img …></div></div>…</a>, one per div in a row div._ac7v; reels link to /reel/<code>/
  // (profile-grid-en.html, profile-pt-BR.html). Both alternatives are read together.
  'a[href*="/p/"]',
  'a[href*="/reel/"]',
];

const TILE_COUNTS = [
  // Shown on hover only: <div class="_ac2d"><ul class="_abpo"><li class="_abpm"><span><span>1,234
  // </span></span><span class="_abpn _9-j_"></span></li>… (profile-grid-en.html)
  'ul > li',
];
// The icon beside each hover count: a heart sprite for likes, a bubble for comments
// (profile-grid-en.html); no aria-label or text says which is which.
const TILE_LIKE_ICON = ['._9-j_'];
const TILE_COMMENT_ICON = ['._9-k0'];

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
// Lower case, without white space: promoted() relies on both.
const SPONSORED_WORDS = ['sponsored', 'gesponsert', '広告', 'patrocinado', 'sponsorisé', 'publicidad'];
const SPONSORED = new Set(SPONSORED_WORDS);
// Any of the words in any case. Every character whose lower case is a word's letter (A-Z, É, the
// letters themselves) matches it here, so a text with a leaf that reads as a word always matches.
const SPONSORED_ANYWHERE = new RegExp(SPONSORED_WORDS.join('|'), 'i');
const PERMALINK = /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\/([A-Za-z0-9_-]{5,})\/?$/;
const COUNTER_LINK =
  /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\/([A-Za-z0-9_-]{5,})\/(?:liked_by|comments)\/?$/;
const PROFILE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;

function profileHandle(path: string): string | null {
  const name = path.match(PROFILE_PATH)?.[1];
  return name && !RESERVED.has(name.toLowerCase()) ? name : null;
}

interface Permalink {
  code: string;
  kind: 'p' | 'reel';
  time: Element | null;
}

interface Author {
  handle: string | null;
  name: string | null;
}

function parsePermalink(path: string, time: Element | null, re = PERMALINK): Permalink | null {
  const m = path.match(re);
  if (!m?.[1] || !m[2]) return null;
  return { code: m[2], kind: m[1].startsWith('reel') ? 'reel' : 'p', time };
}

interface PostLinks {
  link: Permalink | null;
  author: Author;
  /** The first link each of LIKED_BY's alternatives matches, in its order; else null. */
  likedBy: Element | null;
  /** The first link whose href ends with COMMENTS_PATH, else null. */
  comments: Element | null;
}

/**
 * What the post's links say, from one pass over them (a post holds a dozen; each href is read
 * once, where querying the post again for each link it wants walked the whole post each time).
 * The permalink: the link around its timestamp, else the first /p/ or /reel/ link (comment
 * permalinks, /p/<code>/c/<id>/, do not match), else the likes or comments link of an ad, which has
 * no timestamp. The author: the first profile link's handle, named by the first link to that
 * handle with text (the avatar link comes first and has none; the name link follows with the
 * same href). The likes and comments links: the first each selector of theirs would give.
 */
function scanLinks(post: Element): PostLinks {
  let timed: Permalink | null = null;
  let first: Permalink | null = null;
  let counter: Permalink | null = null;
  let handle: string | null = null;
  let name: string | null = null;
  let likedByEnd: Element | null = null;
  let likedByIn: Element | null = null;
  let comments: Element | null = null;
  // The <a> with an href, as a[href] gives them; a live collection is cheaper to walk than a list.
  const links = post.getElementsByTagName('a');
  for (let i = 0; ; i++) {
    const a = links[i];
    if (!a) break;
    const href = a.getAttribute('href');
    if (href === null) continue;
    if (!likedByEnd && href.includes(LIKED_BY_PATH)) {
      likedByIn ??= a;
      if (href.endsWith(LIKED_BY_PATH)) likedByEnd = a;
    }
    if (!comments && href.endsWith(COMMENTS_PATH)) comments = a;
    if (timed && name !== null) continue;
    const path = pathOf(href);
    if (!timed) {
      const found = parsePermalink(path, null);
      if (found) {
        found.time = a.querySelector('time[datetime]');
        if (found.time) timed = found;
        first ??= found;
      } else counter ??= parsePermalink(path, null, COUNTER_LINK);
    }
    if (name === null) {
      const h = profileHandle(path);
      if (h && (!handle || h === handle)) {
        handle = h;
        name = textOf(a) || null;
      }
    }
  }
  return {
    link: timed ?? first ?? counter,
    author: { handle, name },
    likedBy: likedByEnd ?? likedByIn,
    comments,
  };
}

/**
 * Is this article a post, not a grid of tiles (older profile pages wrap the grid in <article>)?
 * It is when it has a post's permalink (scanLinks) and a link a grid does not hold: a likes or
 * comments link, or a link to a post that is not a tile. One pass that stops at the first.
 */
function isPostArticle(article: Element): boolean {
  // The <a> with an href, as a[href] gives them: a live collection finds only as many as are read.
  const links = article.getElementsByTagName('a');
  for (let i = 0; ; i++) {
    const a = links[i];
    if (!a) break;
    const href = a.getAttribute('href');
    if (href === null) continue;
    const path = pathOf(href);
    if (COUNTER_LINK.test(path)) return true;
    if (PERMALINK.test(path) && !isTileShaped(a)) return true;
  }
  return false;
}

/**
 * Likes from the likes line. "1,234 likes": the /liked_by/ link holds the whole line and its number
 * is the count. "Liked by x and 1,233 others": the line says more than the link, and the link's
 * number leaves out the one liker named before it, so the count is N + 1, but only when the line
 * names exactly one account by a profile link; a line naming none (a liker written as plain text)
 * or several does not say for certain how many it names, and reads null. "Liked by x and others"
 * (no number): the owner hid the count, null.
 */
function likes(link: Element | null, locale: string): Count {
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

function comments(link: Element | null, locale: string): Count {
  const text = textOf(link);
  return /\d/.test(text) ? parseCount(text, locale) : null;
}

function promoted(post: Element): boolean {
  // A label is a leaf's whole text, so the post's text holds it too: a post that says none of the
  // words anywhere (nearly every post) is done with one read of its text.
  if (!SPONSORED_ANYWHERE.test(post.textContent ?? '')) return false;
  for (const el of Array.from(post.querySelectorAll('span, div, a'))) {
    if (el.childElementCount === 0 && SPONSORED.has(textOf(el).toLowerCase())) return true;
  }
  return false;
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
    text: excerpt(textOf(queryFirst(el, CAPTION))),
    likes: likes(scan.likedBy, ctx.locale),
    comments: comments(scan.comments, ctx.locale),
    reposts: null,
    saves: null,
    views: null,
    promoted: promoted(el),
  };
}

/** A grid tile: a link to a post that holds its thumbnail and no time (feed permalinks hold the time). */
function isTile(a: Element): boolean {
  return PERMALINK.test(pathOf(a.getAttribute('href'))) && isTileShaped(a);
}

/** A link (to a post) shaped like a tile: an <a> with a thumbnail and no time. */
function isTileShaped(a: Element): boolean {
  return a.tagName === 'A' && a.querySelector('img') !== null && a.querySelector('time') === null;
}

/** The box's one link with an href; null when it holds none or several. */
function onlyLink(box: Element): Element | null {
  const links = box.querySelectorAll('a[href]');
  return links.length === 1 ? (links[0] ?? null) : null;
}

/** The tile link of a post element found as a tile (its box, or the link itself), else null. */
function tileLink(el: Element): Element | null {
  const link = el.tagName === 'A' ? el : onlyLink(el);
  return link && isTile(link) ? link : null;
}

/**
 * Hover counts of a tile: each li is read by its icon (heart: likes, bubble: comments); two li
 * without icons are read in the order every scraper of the overlay reads them (likes, comments). A
 * single li without an icon could be either and reads nothing. No overlay (no hover): null.
 */
function tileCounts(link: Element, locale: string): { likes: Count; comments: Count } {
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

/** A grid tile shows no author, time or text of its own: those stay empty, never guessed. */
function readTile(link: Element, ctx: AdapterContext): PostReading | null {
  const found = parsePermalink(pathOf(link.getAttribute('href')), null);
  if (!found) return null;
  return {
    platform: 'instagram',
    postId: found.code,
    url: `https://www.instagram.com/${found.kind}/${found.code}/`,
    author: { handle: null, name: null },
    publishedAt: null,
    text: '',
    ...tileCounts(link, ctx.locale),
    reposts: null,
    saves: null,
    views: null,
    promoted: false,
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
    // Which articles are posts, kept for the tiles below: a link inside one is no tile.
    const postArticle = new Map<Element, boolean>();
    const posts: Element[] = [];
    for (const art of root.querySelectorAll(POSTS.join(', '))) {
      const isPost = isPostArticle(art);
      postArticle.set(art, isPost);
      if (isPost) posts.push(art);
    }
    // A tile inside a post (found here or above root, when root is part of a page) is not one.
    const inPost = (a: Element) => {
      const art = a.closest('article');
      if (!art) return false;
      let isPost = postArticle.get(art);
      if (isPost === undefined) {
        isPost = isPostArticle(art);
        postArticle.set(art, isPost);
      }
      return isPost;
    };
    const tiles = Array.from(root.querySelectorAll(TILES.join(', ')))
      .filter((a) => isTile(a) && !inPost(a))
      // The tile's box (its only link) carries the badge beside the link, not inside it.
      // (As tileLink finds it from the box: a box that is a link itself is its own tile.)
      .map((a) => {
        const box = a.parentElement;
        return box && box.tagName !== 'A' && onlyLink(box) === a ? box : a;
      });
    return [...posts, ...tiles];
  },
  readPost,
  readProfile,
  badgeAnchor(el) {
    const tile = el.tagName === 'ARTICLE' ? null : tileLink(el);
    if (tile) return tile;
    return queryFirst(el, ACTION_BAR) ?? queryFirst(el, LIKED_BY)?.parentElement ?? el;
  },
};
