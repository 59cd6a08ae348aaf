// Reddit: the current UI (www.reddit.com, reddit-new.ts) and old.reddit.com (reddit-old.ts).
// Posts only: comments (`shreddit-comment`, `div.thing.comment`) are never read. Community pages
// give the community's member count as a profile reading with handle "r/<name>".

import type { PageReader, ProfileReading } from '../../types';
import { matcherOf, outermost } from '../dom';
import { NEW_AD_POST, NEW_POST, readNewCommunity, readNewPost } from './new-reddit';
import { OLD_POST, oldBadgeAnchor, readOldCommunity, readOldPost } from './old-reddit';

const HOST = /(^|\.)reddit\.com$/i;

/**
 * A post selector list's one alternative. findPosts asks for new Reddit's kinds of post in one
 * query, which gives what a query per kind would only while each kind has a single alternative
 * (with several, the first that matches anything would have to be chosen per page): a second one
 * added to a list fails to compile here instead of silently changing what is found.
 */
const only = (list: readonly [string]): string => list[0];
const NEW_ANY = [only(NEW_POST), only(NEW_AD_POST)].join(',');
const OLD_ANY = only(OLD_POST);
const isNew = matcherOf(NEW_ANY);
const isOld = matcherOf(OLD_ANY);

export const redditReader: PageReader = {
  matches(url) {
    return HOST.test(url.hostname);
  },

  findPosts(root) {
    // A page is new Reddit or old Reddit, never both. New Reddit's kinds come from one query,
    // already in page order with feed ads among the posts (a query per kind and a sort by document
    // position cost more than all the reading after); old Reddit's are asked for only when there
    // are none. Adding old Reddit's class selector to that one query made it a third slower on a
    // new Reddit feed. A post shown inside another (a crosspost's embed) belongs to the outer one.
    const posts = outermost(root, NEW_ANY);
    return posts.length > 0 ? posts : outermost(root, OLD_ANY);
  },

  readPost(el, ctx) {
    if (isNew(el)) return readNewPost(el, ctx);
    if (isOld(el)) return readOldPost(el, ctx);
    return null;
  },

  readProfile(root, ctx): ProfileReading | null {
    return readNewCommunity(root) ?? readOldCommunity(root, ctx);
  },

  badgeAnchor(el) {
    return isOld(el) ? oldBadgeAnchor(el) : el;
  },
};
