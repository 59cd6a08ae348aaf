// What an Instagram post's links say: its permalink (/p/<code>/, /reel/<code>/), its author (the
// profile links), and its likes and comments links. Class names change with every deploy; these
// hrefs do not.

import { textOf } from '../dom';
import { pathOf } from './path';

// The likes link's href: ends with this, else holds it (LIKED_BY); scanLinks matches the same
// hrefs in its one pass over the post's links, the badge anchor (adapter.ts) queries LIKED_BY.
const LIKED_BY_PATH = '/liked_by/';
// The comments link's href ends with this: <a href="/p/<code>/comments/"><span>View all 8 comments
// </span></a> (feed-en.html, feed-de.html); scanLinks finds it as a[href$="/comments/"] would.
const COMMENTS_PATH = '/comments/';
// A user tag on the photo: <div class="_aa1y"><a href="/<user>/"></a></div> in the media, in the page
// before any click (code index files 11116992156, 71011045977). A post page puts the media before
// the header, so a tag is the post's first profile link; the author is never read from one.
const USER_TAG = '._aa1y';
// Nor from a comment: a post page's caption and comments are one list, ul._a9z6 > li (the caption,
// the author's name in an h2) then a ul._a9ym per comment (its avatar link, the name in an h3), so
// without a header link the first profile link is a commenter's (post-ja.html; code index files
// 12376620828, 34332850314, 69572125915). A link nearer an h2 than a <ul> is the caption's author.
// Nor from the likes line: "Liked by <a href="/<user>/">user</a> and <a href="/p/<code>/liked_by/">
// 1,233 others</a>" names a liker by a profile link, in the <section> that holds the /liked_by/ link
// (feed-en.html; scrapers read `section a[href$="/liked_by/"]`, code index file 55733069612). On a
// post page it follows the comments, in the feed it precedes the caption: without a header link it
// held the first profile link left. A section without a /liked_by/ link says nothing of its links.
const NOT_AUTHOR = `${USER_TAG}, ul, h2, section`;
const LIKES_LINK = `a[href*="${LIKED_BY_PATH}"]`;

export const LIKED_BY = [
  // <a href="/p/<code>/liked_by/"><span>1,234</span> likes</a>, or "Liked by x and <a>N others</a>"
  // (feed-en.html, feed-de.html, post-ja.html)
  `a[href$="${LIKED_BY_PATH}"]`,
  // the same link with something after the path (a query); scrapers match a[href*="/liked_by/"]
  // (code index file 2832206854; no fixture holds such an href)
  `a[href*="${LIKED_BY_PATH}"]`,
];

const RESERVED = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'stories', 'accounts', 'direct', 'about']);
export const PERMALINK = /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\/([A-Za-z0-9_-]{5,})\/?$/;
export const COUNTER_LINK =
  /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\/([A-Za-z0-9_-]{5,})\/(?:liked_by|comments)\/?$/;
const PROFILE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;

export function profileHandle(path: string): string | null {
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

export function parsePermalink(path: string, time: Element | null, re = PERMALINK): Permalink | null {
  const m = path.match(re);
  if (!m?.[1] || !m[2]) return null;
  return { code: m[2], kind: m[1].startsWith('reel') ? 'reel' : 'p', time };
}

interface PostLinks {
  link: Permalink | null;
  author: Author;
  /**
   * The first link each of LIKED_BY's alternatives matches, in its order, that shows a number; else
   * the first of them; else null.
   */
  likedBy: Element | null;
  /** The first link whose href ends with COMMENTS_PATH, else null. */
  comments: Element | null;
}

/**
 * Whether a profile link may name the author, by `near`, the nearest of its NOT_AUTHOR ancestors.
 * One around the whole post says nothing (a feed's wrapper section holds every post's likes links).
 */
function mayBeAuthor(post: Element, near: Element | null): boolean {
  if (!near || near.tagName === 'H2' || near === post || !post.contains(near)) return true;
  // The section queried only for a link nearest a section: a liker's, or a header's in one.
  return near.tagName === 'SECTION' && !near.querySelector(LIKES_LINK);
}

/** Whether a link shows a number: the likers' avatars link to /liked_by/ too, without one. */
const numbered = (a: Element | null) => a !== null && /\d/.test(textOf(a));

/** The likes link kept so far, or `a` when there is none or `a` is the first to show a number. */
const pick = (kept: Element | null, a: Element) => (!kept || (!numbered(kept) && numbered(a)) ? a : kept);

/**
 * What the post's links say, from one pass over them (a post holds a dozen; each href is read
 * once, where querying the post again for each link it wants walked the whole post each time).
 * The permalink: the link around its timestamp, else the first /p/ or /reel/ link (comment
 * permalinks, /p/<code>/c/<id>/, do not match), else the likes or comments link of an ad, which has
 * no timestamp. The author: the first profile link's handle (a user tag on the photo, a comment's
 * link or a liker's in the likes line is none; no header link and no caption: null),
 * named by the first link to that handle with text (the avatar link comes first and has none; the
 * name link follows with the same href). The likes link: the first each selector of LIKED_BY would
 * give that shows a number, else the first; the comments link: the first its selector would give.
 */
export function scanLinks(post: Element): PostLinks {
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
    // Likers' avatars (<a href="/p/<code>/liked_by/"><img></a>) may come before the count's link.
    if (href.includes(LIKED_BY_PATH)) {
      if (href.endsWith(LIKED_BY_PATH)) likedByEnd = pick(likedByEnd, a);
      else likedByIn = pick(likedByIn, a);
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
      // closest() only for the profile links read before the author is named: the header's one or
      // two; with no header, one walk up per profile link of the post
      if (h && (!handle || h === handle)) {
        if (mayBeAuthor(post, a.closest(NOT_AUTHOR))) {
          handle = h;
          name = textOf(a) || null;
        }
      }
    }
  }
  return {
    link: timed ?? first ?? counter,
    author: { handle, name },
    likedBy: !numbered(likedByEnd) && numbered(likedByIn) ? likedByIn : (likedByEnd ?? likedByIn),
    comments,
  };
}
