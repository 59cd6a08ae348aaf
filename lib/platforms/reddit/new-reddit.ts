// Reddit's current web UI ("shreddit"): every post is a custom element whose attributes carry the
// exact score and comment count (the vote number itself is drawn in shadow DOM, which a saved
// page and a content script's light-DOM queries both lack). Fixtures: tests/fixtures/reddit.

import type { AdapterContext, PostReading, ProfileReading, UpvoteRatio } from '../../types';
import { excerpt, isoDate, matcherOf, queryFirst } from '../dom';

export const NEW_POST = ['shreddit-post'] as const; // shreddit-listing.html, shreddit-comments.html
// Ads in the feed: same post attributes, plus `promoted`, but no score.
export const NEW_AD_POST = ['shreddit-ad-post'] as const; // shreddit-listing.html
const isAdPost = matcherOf(NEW_AD_POST.join(','));
const HEADER = ['shreddit-subreddit-header']; // shreddit-comments.html, shreddit-listing.html
const T3 = /^t3_[a-z0-9]{1,12}$/i;
const USER = /^[A-Za-z0-9_-]{1,32}$/;
const SUBREDDIT = /^r\/[A-Za-z0-9_]{2,32}$/;
// Built once here, not at each call (a literal in a function is a new RegExp per call).
const INTEGER = /^-?\d{1,15}$/;
const RATIO = /^(0(\.\d{1,20})?|1(\.0{1,20})?)$/;
const USER_PREFIX = /^u\//;

/** An exact integer attribute ("5039", "-3"), or null when absent or not an integer. */
export function intAttr(el: Element, name: string): number | null {
  const v = el.getAttribute(name)?.trim();
  return v && INTEGER.test(v) ? Number(v) : null;
}

/**
 * The `upvote-ratio` attribute ("0.9479495268138801"): Reddit's share of upvotes, which the new
 * design carries on every post (shreddit-listing.html, shreddit-comments.html) but does not print.
 * Ads have none.
 */
function upvoteRatio(el: Element): UpvoteRatio | null {
  const v = el.getAttribute('upvote-ratio')?.trim() ?? '';
  if (!RATIO.test(v)) return null;
  return { value: Number(v), from: 'attribute' };
}

/** A net-downvoted post's score is negative: not a likes count (counts are never negative). */
const count = (n: number | null) => (n === null || n < 0 ? null : n);

/**
 * The form every post carries (UTC, "2026-08-18T13:16:25.896000+0000") with fields no calendar
 * can roll over (days 29-31 can: "02-30" would be read as March 2), whose ISO form is its first
 * 23 characters and a Z: the same as parsing it, without building a Date per post.
 */
const PLAIN_UTC =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3,}\+0000$/;

/** Reddit's "2026-08-18T13:16:25.896000+0000": micro-seconds and a colon-less offset. */
export function redditDate(value: string | null): string | null {
  if (!value) return null;
  if (PLAIN_UTC.test(value)) return `${value.slice(0, 23)}Z`;
  const v = value
    .trim()
    .replace(/(\.\d{3})\d+/, '$1')
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return isoDate(v);
}

/** A user name as a handle; null for "[deleted]" and anything else that is not one. */
export function userHandle(name: string | null | undefined): string | null {
  const n = (name ?? '').trim().replace(USER_PREFIX, '');
  return USER.test(n) ? n : null;
}

/**
 * A path of plain segments ("/r/news/comments/1vr82w4/cdc_us/"): nothing in it that URL parsing
 * would encode, resolve (dot segments, "%2e") or read as a host ("//"), so the URL is the origin
 * and the path as written, without parsing one per post.
 */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9_-]+)+\/?$/;
/**
 * The same with letters beyond ASCII in it, as titles give their slugs ("…/ich_hab_da_was_schönes/"):
 * URL writes each such character as its UTF-8 bytes, percent-encoded in capitals, as encodeURI
 * does (which throws on a lone surrogate, which URL would write as U+FFFD: URL is asked then).
 */
const WIDE_PATH = /^(?:\/[A-Za-z0-9_\-\u0080-\uffff]+)+\/?$/;

export function permalinkUrl(permalink: string | null): string | null {
  if (!permalink?.startsWith('/')) return null;
  // Written with the host's own slash, so the address in the built script names its host (the
  // privacy test reads every address the extension carries).
  if (PLAIN_PATH.test(permalink)) return `https://www.reddit.com/${permalink.slice(1)}`;
  try {
    if (WIDE_PATH.test(permalink)) return `https://www.reddit.com/${encodeURI(permalink.slice(1))}`;
  } catch {
    // A lone surrogate: URL below says what it becomes.
  }
  try {
    return new URL(permalink, 'https://www.reddit.com/').href;
  } catch {
    return null;
  }
}

/**
 * The `comment-count` attribute, except on an ad whose comments are turned off: every feed ad of
 * shreddit-listing.html carries `locked=""` with `comment-count="0"` and no comment control, so
 * that 0 is the switch, not a count the page shows. A locked organic post keeps its comments
 * (locking stops new ones only), and its count is read.
 */
function commentCount(el: Element, promoted: boolean): number | null {
  const n = count(intAttr(el, 'comment-count'));
  return promoted && n === 0 && el.hasAttribute('locked') ? null : n;
}

export function readNewPost(el: Element, _ctx: AdapterContext): PostReading | null {
  const id = el.getAttribute('id') ?? el.getAttribute('post-id');
  if (!id || !T3.test(id)) return null;
  const url = permalinkUrl(el.getAttribute('permalink'));
  if (!url) return null;
  const handle = userHandle(el.getAttribute('author'));
  const promoted = isAdPost(el) || el.hasAttribute('promoted');
  return {
    platform: 'reddit',
    postId: id,
    url,
    author: { handle, name: handle },
    publishedAt: redditDate(el.getAttribute('created-timestamp')),
    text: excerpt(el.getAttribute('post-title') ?? ''),
    likes: count(intAttr(el, 'score')),
    comments: commentCount(el, promoted),
    reposts: null,
    saves: null,
    views: null,
    promoted,
    upvoteRatio: upvoteRatio(el),
  };
}

/**
 * The community header's member count. Reddit now shows weekly visitors on a community's own
 * page (shreddit-listing.html has `weekly-active-users` but no `subscribers`): that is not a
 * member count, so such a page gives no profile reading.
 */
export function readNewCommunity(root: ParentNode): ProfileReading | null {
  const header = queryFirst(root, HEADER);
  if (!header) return null;
  const handle = header.getAttribute('prefixed-name')?.trim() ?? '';
  const followers = count(intAttr(header, 'subscribers'));
  if (!SUBREDDIT.test(handle) || followers === null) return null;
  return {
    platform: 'reddit',
    handle,
    name: header.getAttribute('display-name')?.trim() || null,
    followers,
  };
}
