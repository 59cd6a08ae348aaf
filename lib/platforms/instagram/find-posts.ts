// Which elements of a page are Instagram posts: feed and post-page articles, and profile grid
// tiles outside them (older profile pages wrap the grid in an <article>, which is no post).

import { COUNTER_LINK, PERMALINK } from './links';
import { pathOf } from './path';
import { isTile, isTileShaped, onlyLink } from './tiles';

const POSTS = [
  // <article class="…" role="presentation"> per post in the home feed and around a post page's
  // content (feed-en.html, feed-de.html, post-ja.html)
  'article',
];

// Profile grid tile: <a href="/p/<code>/" role="link"><div class="_aagu"><div class="_aagv">
// <img …></div></div>…</a>, one per div in a row div._ac7v; reels link to /reel/<code>/
// (profile-grid-en.html, profile-pt-BR.html), and on the Reels tab to /<user>/reel/<code>/ (code
// index file 8828034213). Both hrefs are read together, as one selector:
// `a:is(…)` finds what the list `a[href*="/p/"], a[href*="/reel/"]` finds, in the same order, at
// about a third of its cost in Chromium (a list of selectors is matched element by element; one
// selector ending in a tag name walks that tag's elements only).
const TILE_HREFS = ['[href*="/p/"]', '[href*="/reel/"]'];
const TILES = `a:is(${TILE_HREFS.join(', ')})`;

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

/** Posts first, then tiles: each tile as its box when the box holds only it. */
export function findPosts(root: ParentNode): Element[] {
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
  // Whether a link sits in a post is asked first: in a feed nearly every permalink does, and
  // that is one ancestor walk where isTile queries the link's subtree twice.
  const tiles = Array.from(root.querySelectorAll(TILES))
    .filter((a) => !inPost(a) && isTile(a))
    // The tile's box (its only link) carries the badge beside the link, not inside it.
    // (As tileLink finds it from the box: a box that is a link itself is its own tile.)
    .map((a) => {
      const box = a.parentElement;
      return box && box.tagName !== 'A' && onlyLink(box) === a ? box : a;
    });
  return [...posts, ...tiles];
}
