// old.reddit.com: a post is a "link thing" (`div.thing.link`); comments are `div.thing.comment`
// and never read. The data attributes are exact; the visible score is rounded ("12.0k") with the
// exact value in its title. Fixtures: tests/fixtures/reddit.

import { parseCount } from '../../parse-count';
import type { AdapterContext, PostReading, ProfileReading, UpvoteRatio } from '../../types';
import { excerpt, isoDate, queryFirst, textOf } from '../dom';
import { intAttr, permalinkUrl, userHandle } from './new-reddit';

export const OLD_POST = ['div.thing.link'] as const; // old-reddit-front.html, old-reddit-thread.html
const TITLE = ['a.title']; // old-reddit-front.html
// The vote column: three scores (without the reader's vote, with an upvote, with a downvote), of
// which the one named by the midcol's own class ("unvoted", "likes", "dislikes") is shown
// (reddit-archive/reddit r2/r2/templates/printable.html). A hidden score prints "•" in all three
// (link.html, `hide_score`).
const MIDCOL = ['.midcol']; // old-reddit-front.html
const SCORE = ['.score.unvoted']; // old-reddit-front.html ("12.0k", title="11973")
const SCORE_LIKES = ['.score.likes'];
const SCORE_DISLIKES = ['.score.dislikes'];
const HIDDEN = '•'; // i18n-ignore: page text to match
const COMMENTS_LINK = ['a.comments']; // old-reddit-front.html ("1124 comments")
const BUTTONS = ['.entry .flat-list.buttons']; // old-reddit-front.html
const SUBSCRIBERS = ['.titlebox .subscribers .number']; // old-reddit-thread-members.html
const COMMUNITY_NAME = ['.titlebox h1.redditname a']; // old-reddit-thread.html
// A thread page's sidebar: "<span class="number">7,489</span> <span class="word">points</span>
// (97% upvoted)" and the post's shortlink (old-reddit-thread.html).
const LINKINFO_SCORE = ['.side .linkinfo .score']; // old-reddit-thread.html
const SHORTLINK = ['.side .linkinfo #shortlink-text']; // old-reddit-thread.html (value="https://redd.it/1vr826t")
const UPVOTED = /\((\d{1,3})% upvoted\)/; // i18n-ignore: page text to match
const T3 = /^t3_[a-z0-9]{1,12}$/i;
const SUBREDDIT = /^[A-Za-z0-9_]{2,32}$/;

/** The score the vote column shows, for the reader's own vote; null when there is none. */
function shownScore(el: Element): Element | null {
  const midcol = queryFirst(el, MIDCOL);
  if (!midcol) return null;
  const vote = midcol.classList.contains('likes')
    ? SCORE_LIKES
    : midcol.classList.contains('dislikes')
      ? SCORE_DISLIKES
      : SCORE;
  return queryFirst(midcol, vote);
}

/**
 * The score: data-score, else the shown number's exact title, else the shown number; null when
 * the page hides it ("•"), whatever data-score holds.
 */
function score(el: Element, locale: string): number | null {
  const shown = shownScore(el);
  const text = textOf(shown);
  if (text === HIDDEN) return null;
  // A net-downvoted post has a negative score; counts are never negative, and reading "-3" as 3
  // (or clamping to 0) would be a wrong number, so a negative score is not a likes count: null.
  const exact = intAttr(el, 'data-score');
  if (exact !== null) return exact < 0 ? null : exact;
  if (!shown) return null;
  const title = shown.getAttribute('title')?.trim() ?? '';
  if (/^-?\d{1,15}$/.test(title)) return Number(title) < 0 ? null : Number(title);
  return /^[-−]/.test(text) ? null : parseCount(text, locale);
}

function comments(el: Element, locale: string): number | null {
  const exact = intAttr(el, 'data-comments-count');
  if (exact !== null) return exact;
  const link = queryFirst(el, COMMENTS_LINK);
  return link ? parseCount(textOf(link), locale) : null;
}

/**
 * The sidebar's "(97% upvoted)", on the post's own comments page only: the page's URL and the
 * sidebar's shortlink (where present) must both name this post.
 */
function upvoteRatio(el: Element, id: string, ctx: AdapterContext): UpvoteRatio | null {
  const base36 = id.slice(3).toLowerCase();
  if (ctx.url.pathname.toLowerCase().match(/\/comments\/([a-z0-9]+)(\/|$)/)?.[1] !== base36) return null;
  const doc = el.ownerDocument;
  const short = queryFirst(doc, SHORTLINK)?.getAttribute('value')?.trim().toLowerCase();
  if (short && !short.endsWith(`/${base36}`)) return null;
  const pct = textOf(queryFirst(doc, LINKINFO_SCORE)).match(UPVOTED)?.[1];
  if (pct === undefined || Number(pct) > 100) return null;
  return { value: Number(pct) / 100, from: 'sidebar' };
}

export function readOldPost(el: Element, ctx: AdapterContext): PostReading | null {
  if (el.classList.contains('comment')) return null;
  const id = el.getAttribute('data-fullname');
  if (!id || !T3.test(id)) return null;
  const url = permalinkUrl(el.getAttribute('data-permalink'));
  if (!url) return null;
  const handle = userHandle(el.getAttribute('data-author'));
  const ms = intAttr(el, 'data-timestamp');
  return {
    platform: 'reddit',
    postId: id,
    url,
    author: { handle, name: handle },
    publishedAt: ms === null ? null : isoDate(ms / 1000),
    text: excerpt(textOf(queryFirst(el, TITLE))),
    likes: score(el, ctx.locale),
    comments: comments(el, ctx.locale),
    reposts: null,
    saves: null,
    views: null,
    promoted: el.getAttribute('data-promoted') === 'true' || el.classList.contains('promotedlink'),
    upvoteRatio: upvoteRatio(el, id, ctx),
  };
}

export function oldBadgeAnchor(el: Element): Element | null {
  return queryFirst(el, BUTTONS);
}

/**
 * The sidebar's member count. Old reddit stopped printing it (old-reddit-thread.html has a
 * titlebox without one); a page without it gives no profile reading.
 */
export function readOldCommunity(root: ParentNode, ctx: AdapterContext): ProfileReading | null {
  const number = queryFirst(root, SUBSCRIBERS);
  if (!number) return null;
  const name = textOf(queryFirst(root, COMMUNITY_NAME));
  if (!SUBREDDIT.test(name)) return null;
  const followers = parseCount(textOf(number), ctx.locale);
  if (followers === null) return null;
  return { platform: 'reddit', handle: `r/${name}`, name, followers };
}
