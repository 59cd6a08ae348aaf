// Facebook page and profile headers: the name (h1) and the followers link ("12.487 Follower"),
// read only when the link names the page or profile the address names.

import { parseCount } from '../../parse-count';
import type { AdapterContext, ProfileReading } from '../../types';
import { httpsUrl, textOf } from '../dom';
import { handleFromUrl } from './links';

const HOST = /(^|\.)facebook\.com$/i;

const FOLLOWERS_LINK = [
  'a[href*="/followers/"]', // page-de.html header: <a href="https://www.facebook.com/<page>/followers/">
  'a[href*="sk=followers"]', // profile.php?id=…&sk=followers (covered by a test on page-de.html)
];

/** A heading's text without the titles of icons inside it (the verified badge's "Verified account"). */
export function visibleName(el: Element | null): string | null {
  if (!el) return null;
  const copy = el.cloneNode(true) as Element;
  for (const svg of Array.from(copy.querySelectorAll('svg'))) svg.remove();
  return textOf(copy) || null;
}

/**
 * The followers link of this page or profile: its href names the account (/<page>/followers/,
 * profile.php?id=<id>&sk=followers; page-de.html). After single-page navigation the address names
 * the new account while the old header is still shown: its link names the old one and is not read.
 */
function ownFollowersLink(root: ParentNode, handle: string, base: URL): Element | null {
  for (const a of Array.from(root.querySelectorAll(FOLLOWERS_LINK.join(',')))) {
    const u = httpsUrl(a.getAttribute('href'), base);
    const owner = u && HOST.test(u.hostname) ? handleFromUrl(u) : null;
    if (owner?.toLowerCase() === handle.toLowerCase()) return a;
  }
  return null;
}

/** The h1 of the header holding the link (page-de.html: name and counts share a block), never one
 * found past the feed, whose posts are other people's. */
function headingNear(link: Element): Element | null {
  for (let up = link.parentElement; up && !up.querySelector('div[role="feed"]'); up = up.parentElement) {
    const h1 = up.querySelector('h1');
    if (h1) return h1;
  }
  return null;
}

export function readFacebookProfile(root: ParentNode, ctx: AdapterContext): ProfileReading | null {
  const handle = handleFromUrl(ctx.url);
  const link = handle ? ownFollowersLink(root, handle, ctx.url) : null;
  if (!handle || !link) return null;
  return {
    platform: 'facebook',
    handle,
    name: visibleName(headingNear(link)),
    followers: parseCount(textOf(link), ctx.locale),
  };
}
