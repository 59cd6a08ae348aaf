// Reddit: the current UI (www.reddit.com, reddit-new.ts) and old.reddit.com (reddit-old.ts).
// Posts only: comments (`shreddit-comment`, `div.thing.comment`) are never read. Community pages
// give the community's member count as a profile reading with handle "r/<name>".

import type { PageReader, ProfileReading } from '../../types';
import { queryAllFirst } from '../dom';
import { NEW_AD_POST, NEW_POST, readNewCommunity, readNewPost } from './new-reddit';
import { OLD_POST, oldBadgeAnchor, readOldCommunity, readOldPost } from './old-reddit';

const HOST = /(^|\.)reddit\.com$/i;
const ANY_POST = [...NEW_POST, ...NEW_AD_POST, ...OLD_POST].join(',');

export const redditReader: PageReader = {
  matches(url) {
    return HOST.test(url.hostname);
  },

  findPosts(root) {
    const found = [
      ...queryAllFirst(root, NEW_POST),
      ...queryAllFirst(root, NEW_AD_POST),
      ...queryAllFirst(root, OLD_POST),
    ];
    // A post shown inside another (a crosspost's embed) belongs to the outer one. Feed ads are
    // a separate element kind, so put everything back in page order.
    return found
      .filter((el) => !el.parentElement?.closest(ANY_POST))
      .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  },

  readPost(el, ctx) {
    if (el.matches(OLD_POST.join(','))) return readOldPost(el, ctx);
    if (el.matches([...NEW_POST, ...NEW_AD_POST].join(','))) return readNewPost(el, ctx);
    return null;
  },

  readProfile(root, ctx): ProfileReading | null {
    return readNewCommunity(root) ?? readOldCommunity(root, ctx);
  },

  badgeAnchor(el) {
    return el.matches(OLD_POST.join(',')) ? oldBadgeAnchor(el) : el;
  },
};
