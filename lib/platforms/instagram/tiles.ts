// Profile grid tiles, of the posts tab and the Reels tab: a link to a post holding its thumbnail and
// no time. What makes a link a tile, the tile a post element stands for, and the little a tile
// tells (its id, hover counts and, on the Reels tab, views and owner).

import type { AdapterContext, PostReading } from '../../types';
import { tileCounts, tileViews } from './counts';
import { PERMALINK, parsePermalink, profileHandle } from './links';
import { pathOf } from './path';

/** A grid tile: a link to a post that holds its thumbnail and no time (feed permalinks hold the time). */
export function isTile(a: Element): boolean {
  return PERMALINK.test(pathOf(a.getAttribute('href'))) && isTileShaped(a);
}

// A tile's thumbnail: an <img> on the posts tab (profile-grid-en.html); on the Reels tab a div
// with the picture as its background-image and no <img> (code index file 8828034213).
const THUMBNAIL = 'img, div[style*="background-image"]';

/** A link (to a post) shaped like a tile: an <a> with a thumbnail and no time. */
export function isTileShaped(a: Element): boolean {
  return a.tagName === 'A' && a.querySelector(THUMBNAIL) !== null && a.querySelector('time') === null;
}

/** The box's one link with an href; null when it holds none or several. */
export function onlyLink(box: Element): Element | null {
  const links = box.querySelectorAll('a[href]');
  return links.length === 1 ? (links[0] ?? null) : null;
}

/** The tile link of a post element found as a tile (its box, or the link itself), else null. */
export function tileLink(el: Element): Element | null {
  const link = el.tagName === 'A' ? el : onlyLink(el);
  return link && isTile(link) ? link : null;
}

// A Reels tab tile's link names its owner: /<user>/reel/<code>/ (code index file 8828034213).
const OWNER = /^(\/[^/]+\/)reel\//;

/**
 * A grid tile shows no author, time or text of its own: those stay empty, never guessed. The one
 * exception is a link that names the owner (/<user>/reel/<code>/, Reels tab): its handle, no name.
 * Not the page's address: a profile's tabs list others' posts too (Tagged).
 */
export function readTile(link: Element, ctx: AdapterContext): PostReading | null {
  const path = pathOf(link.getAttribute('href'));
  const found = parsePermalink(path, null);
  if (!found) return null;
  const owner = OWNER.exec(path)?.[1];
  return {
    platform: 'instagram',
    postId: found.code,
    url: `https://www.instagram.com/${found.kind}/${found.code}/`,
    author: { handle: owner ? profileHandle(owner) : null, name: null },
    publishedAt: null,
    text: '',
    ...tileCounts(link, ctx.locale),
    reposts: null,
    saves: null,
    views: tileViews(link, ctx.locale),
    promoted: false,
  };
}
