// Reddit: the current UI (www.reddit.com, reddit-new.ts) and old.reddit.com (reddit-old.ts).
// Posts only: comments (`shreddit-comment`, `div.thing.comment`) are never read. Community pages
// give the community's member count as a profile reading with handle "r/<name>".

import type { PageReader, ProfileReading } from '../../types';
import { outermost } from '../dom';
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

export const redditReader: PageReader = {
  matches(url) {
    return HOST.test(url.hostname);
  },

  findPosts(root) {
    // One query for every kind of post, already in page order with feed ads among the posts
    // (three queries and a sort by document position cost more than all the reading after). A
    // post shown inside another (a crosspost's embed) belongs to the outer one.
    return outermost(root, ANY_POST);
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
