// Facebook: news feed, page timelines and groups (posts inside div[role="feed"]), and page or
// profile headers (profile.ts). Class names are obfuscated, so this reads roles, aria attributes
// and link patterns only. Fixtures: tests/fixtures/facebook (see SOURCES.md there).

import { parseRelativeTime } from '../../read';
import type { AdapterContext, PageReader, PostReading } from '../../types';
import { excerpt, httpsUrl, postTextOf, textOf } from '../dom';
import { facebookCounts, footerOf, owned } from './counts';
import { type FacebookPermalink, facebookPermalink, handleFromUrl } from './links';
import { readFacebookProfile, visibleName } from './profile';

const HOST = /(^|\.)facebook\.com$/i;

const POSTS = [
  // <div aria-posinset="N" aria-labelledby="…" aria-describedby="…"> (feed-en.html, group-es.html)
  'div[role="feed"] div[aria-posinset]',
  // <div role="article" aria-labelledby="…"> children of the feed (page-de.html)
  'div[role="feed"] div[role="article"]',
];

const MESSAGE = [
  // (feed-en.html, page-de.html, group-es.html)
  '[data-ad-rendering-role="story_message"]',
  '[data-ad-comet-preview="message"]', // (feed-en.html: an older post without the newer attribute)
];

// Used when aria-labelledby does not lead to the author (covered in facebook.test.ts).
const AUTHOR_HEADING = [
  'h4 a[href]', // feed-en.html, group-es.html
  'h3 a[href]', // page-de.html
];

const SPONSORED_LINK = [
  // <a aria-label="Sponsored" href="/ads/about/?…" role="link"> (feed-en.html, group-es.html)
  'a[href*="/ads/about"]',
];
const SPONSORED = new Set([
  'sponsored',
  'gesponsert',
  'anzeige',
  'publicidad',
  'patrocinado',
  'sponsorisé',
  'sponsorizzato',
  'gesponsord',
  'sponsorowane',
  '広告',
  'реклама',
]);

function ownedAll(post: Element, selector: string): Element[] {
  return Array.from(post.querySelectorAll(selector)).filter((el) => owned(post, el));
}

/** The post's own links, outside its text: a caption's link to another post (written by the post's
 * author) is not this post's permalink, nor its timestamp. */
function ownLinks(post: Element): Element[] {
  const message = MESSAGE.join(',');
  return ownedAll(post, 'a[href]').filter((a) => !a.closest(message));
}

/** A link Facebook has not given its address yet: the timestamp link is href="#" until hovered.
 * Tested as text: "#" resolved against a post's own page would read as that page's permalink. */
const unfilled = (href: string | null): boolean => !href || href.startsWith('#');

/**
 * The post's own timestamp link: the first of its own links that is a permalink or not yet filled
 * in. The header comes before the attachments, so a shared post's time link is never it.
 */
function timeLink(post: Element, ctx: AdapterContext): Element | null {
  return (
    ownLinks(post).find((a) => {
      const href = a.getAttribute('href');
      return unfilled(href) || facebookPermalink(href, ctx.url);
    }) ?? null
  );
}

/**
 * The post's permalink: its own timestamp link's. None while that link has no address, and never
 * another link's: a photo's or a shared post's link would name another item (a reel sharing a
 * /posts/ link is the reel, not the shared post).
 */
function permalink(post: Element, ctx: AdapterContext): FacebookPermalink | null {
  const href = timeLink(post, ctx)?.getAttribute('href') ?? null;
  return unfilled(href) ? null : facebookPermalink(href, ctx.url);
}

const UTIME = 'abbr[data-utime]';

/**
 * When the post was published: an old-style `abbr[data-utime]` (Unix seconds) in the post's own
 * timestamp link (timeLink; Facebook nests it `a > abbr[data-utime]`, code index file 29189719027)
 * or in none of its links, else that link's aria-label (or text), a time, "2h", "3 Std.", "1 d",
 * "5. März" (feed-en.html, page-de.html, group-es.html). A shared post's abbr sits in the shared
 * post's own time link, another link: never read. Relative labels resolve against ctx.now, else the
 * clock. Labels parseRelativeTime cannot read exactly ("Just now", "Sponsored") give null, never
 * the time of a post shared inside this one.
 */
function publishedAt(post: Element, ctx: AdapterContext): string | null {
  const a = timeLink(post, ctx);
  const abbr = a?.querySelector(UTIME) ?? ownedAll(post, UTIME).find((el) => !el.closest('a'));
  const secs = Number(abbr?.getAttribute('data-utime'));
  if (Number.isSafeInteger(secs) && secs > 0) return new Date(secs * 1000).toISOString();
  const label = a && ((a.getAttribute('aria-label') ?? '').trim() || textOf(a));
  return label ? parseRelativeTime(label, ctx.locale, ctx.now ?? Date.now()) : null;
}

/** A group's own address, /groups/<group>/, and a member's link inside it, /groups/<group>/user/<id>/. */
const GROUP_PAGE = /^\/groups\/[^/]+\/?$/;
const MEMBER_LINK = 'a[href*="/groups/"][href*="/user/"]';

/**
 * The author's link. In the main feed a group's post is headed by the group: its h4 links to
 * /groups/<group>/, with a "Join" button beside it when the reader is no member (a public feed
 * filter, facebook-clean-my-feeds, reads it so), and the member who wrote it has a
 * /groups/<group>/user/<id>/ link (tests/unit/platforms/facebook-group-post-author.test.ts). That member's link,
 * the named one first (the avatar's has no text), or none: never the group.
 */
function authorLink(post: Element, ctx: AdapterContext): Element | null {
  const link = headingLink(post);
  if (!link || !GROUP_PAGE.test(httpsUrl(link.getAttribute('href'), ctx.url)?.pathname ?? '')) return link;
  const message = MESSAGE.join(',');
  const members = ownedAll(post, MEMBER_LINK).filter((a) => !a.closest(message) && authorHandle(a, ctx));
  return members.find((a) => textOf(a)) ?? members[0] ?? null;
}

/** The first link of the post's heading: the one aria-labelledby names, else AUTHOR_HEADING's. */
function headingLink(post: Element): Element | null {
  const ids = (post.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const label = post.ownerDocument.getElementById(id);
    if (label && post.contains(label)) {
      const link = label.querySelector('a[href]') ?? label.closest('a[href]');
      if (link) return link;
    }
  }
  for (const sel of AUTHOR_HEADING) {
    const link = ownedAll(post, sel)[0];
    if (link) return link;
  }
  return null;
}

function authorHandle(link: Element | null, ctx: AdapterContext): string | null {
  const href = link?.getAttribute('href');
  if (!href) return null;
  try {
    const u = new URL(href, ctx.url);
    return HOST.test(u.hostname) ? handleFromUrl(u) : null;
  } catch {
    return null;
  }
}

function isSponsored(post: Element): boolean {
  return ownedAll(post, SPONSORED_LINK.join(',')).some((a) => {
    const name = (a.getAttribute('aria-label') ?? textOf(a)).trim().toLowerCase();
    return SPONSORED.has(name);
  });
}

function readPost(post: Element, ctx: AdapterContext): PostReading | null {
  const link = permalink(post, ctx);
  if (!link) return null;
  const author = authorLink(post, ctx);
  const message = ownedAll(post, MESSAGE.join(','))[0];
  const counts = facebookCounts(post, ctx.locale);
  const reading: PostReading = {
    platform: 'facebook',
    postId: link.id,
    url: link.url,
    author: { handle: authorHandle(author, ctx) ?? link.handle, name: visibleName(author) },
    publishedAt: publishedAt(post, ctx),
    text: excerpt(postTextOf(message)),
    ...counts,
    saves: null,
    views: null,
  };
  if (isSponsored(post)) reading.promoted = true;
  return reading;
}

/** What any POSTS pattern matches: an element inside one is its comment or shared post. */
const ANY_POST = 'div[aria-posinset], div[role="article"]';

/**
 * The elements no other of them, nor any post element around them, contains. The scanner hands
 * the reader only added nodes (comments loaded into a post), where the post around them is not
 * among `els`: a comment is a div[role="article"] in the feed too.
 */
function outermost(els: Element[]): Element[] {
  return els.filter(
    (el) => !el.parentElement?.closest(ANY_POST) && !els.some((other) => other !== el && other.contains(el)),
  );
}

export const facebookReader: PageReader = {
  matches(url) {
    return HOST.test(url.hostname);
  },

  findPosts(root) {
    for (const sel of POSTS) {
      const found = outermost(Array.from(root.querySelectorAll(sel)));
      if (found.length > 0) return found;
    }
    return [];
  },

  readPost,

  readProfile: readFacebookProfile,

  badgeAnchor(el) {
    return footerOf(el);
  },
};
