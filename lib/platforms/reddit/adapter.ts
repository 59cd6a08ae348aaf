// Reddit: the current UI (www.reddit.com, reddit-new.ts) and old.reddit.com (reddit-old.ts).
// Posts only: comments (`shreddit-comment`, `div.thing.comment`) are never read. Community pages
// give the community's member count as a profile reading with handle "r/<name>".

import type { PageReader, ProfileReading } from '../../types';
import { NEW_AD_POST, NEW_POST, readNewCommunity, readNewPost } from './new-reddit';
import { OLD_POST, oldBadgeAnchor, readOldCommunity, readOldPost } from './old-reddit';

const HOST = /(^|\.)reddit\.com$/i;

/**
 * A post selector list's one alternative. findPosts asks for every kind of post in one query,
 * which gives what a query per kind would only while each kind has a single alternative (with
 * several, the first that matches anything would have to be chosen per page): a second one added
 * to a list fails to compile here instead of silently changing what is found.
 */
const only = (list: readonly [string]): string => list[0];
const NEW_ANY = [only(NEW_POST), only(NEW_AD_POST)].join(',');
const OLD_ANY = only(OLD_POST);
const ANY_POST = [NEW_ANY, OLD_ANY].join(',');

/**
 * Whether a post under root may sit inside a post above root: never under a document or a
 * fragment (nothing above them), all or none under an element (the same ancestors above root for
 * every post), and per post under anything else (the scanner's view of an element and what it
 * holds, which is no node).
 */
function enclosedAbove(root: ParentNode): boolean | 'each' {
  const type = (root as Partial<Node>).nodeType;
  if (type === 9 || type === 11) return false; // DOCUMENT_NODE, DOCUMENT_FRAGMENT_NODE
  if (type === 1) return (root as Element).closest(ANY_POST) !== null; // ELEMENT_NODE
  return 'each';
}

export const redditReader: PageReader = {
  matches(url) {
    return HOST.test(url.hostname);
  },

  findPosts(root) {
    // One query for every kind of post, already in page order with feed ads among the posts
    // (three queries and a sort by document position cost more than all the reading after).
    const above = enclosedAbove(root);
    if (above === true) return [];
    const posts: Element[] = [];
    // A post shown inside another (a crosspost's embed) belongs to the outer one. In page order
    // a post's enclosing posts under root come before it, and the last post kept holds it if any
    // of them does (posts kept never hold each other).
    let outer: Element | null = null;
    for (const el of root.querySelectorAll(ANY_POST)) {
      if (outer?.contains(el)) continue;
      if (above === 'each' && el.parentElement?.closest(ANY_POST)) continue;
      posts.push(el);
      outer = el;
    }
    return posts;
  },

  readPost(el, ctx) {
    if (el.matches(NEW_ANY)) return readNewPost(el, ctx);
    if (el.matches(OLD_ANY)) return readOldPost(el, ctx);
    return null;
  },

  readProfile(root, ctx): ProfileReading | null {
    return readNewCommunity(root) ?? readOldCommunity(root, ctx);
  },

  badgeAnchor(el) {
    return el.matches(OLD_ANY) ? oldBadgeAnchor(el) : el;
  },
};
