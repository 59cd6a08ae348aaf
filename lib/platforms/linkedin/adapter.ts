// LinkedIn: home feed, company pages and a person's activity pages. A post is the card carrying
// its activity URN; its id also encodes when it was posted (the top 41 bits are Unix ms).
import type { AdapterContext, PageReader, PostReading } from '../../types';
import { excerpt, postTextOf, queryFirst } from '../dom';
import { firstActor, isPromoted, readActor } from './actor';
import { countsBar, readLinkedInCounts } from './counts';
import { readProfile } from './profile';

const POSTS = [
  // <div class="feed-shared-update-v2 …" role="region" data-urn="urn:li:activity:…">
  // (feed-en.html, company-ja.html, activity-pt-BR.html; feed-de.html inside its data-id wrapper)
  '[data-urn^="urn:li:activity:"]',
  // <div data-id="urn:li:activity:…" class="relative ember-view"> wrapper of the newer feed, and
  // cards that carry data-id only (feed-de.html)
  '[data-id^="urn:li:activity:"]',
];

const COMMENTARY = '.update-components-update-v2__commentary';

const TEXT = [
  // <div class="update-components-text relative update-components-update-v2__commentary">
  // (all linkedin fixtures; the first one is the post's, a reshared post's text comes later)
  COMMENTARY,
  '.update-components-text',
];

const HIDDEN = '.visually-hidden';

const ACTION_BAR = [
  // <div class="feed-shared-social-action-bar …"> (feed-en.html: post without counts)
  '.feed-shared-social-action-bar',
];

function activityId(el: Element): string | null {
  const urn = el.getAttribute('data-urn') ?? el.getAttribute('data-id') ?? '';
  return urn.match(/^urn:li:activity:(\d{6,25})$/)?.[1] ?? null;
}

const LINKEDIN_BEGAN = Date.UTC(2003, 0, 1);

/**
 * An activity id shifted right by 22 bits, exactly, as BigInt would give it: ids of up to 24
 * digits in two exact double halves (BigInt parsing is the slow part of reading a date), longer
 * ones through BigInt.
 */
export function snowflakeMs(id: string): number {
  if (id.length > 24) return Number(BigInt(id) >> 22n);
  if (id.length <= 15) return Math.floor(Number(id) / 4_194_304);
  const hi = Number(id.slice(0, -9)); // at most 15 digits: exact
  const lo = Number(id.slice(-9));
  const q = Math.floor(hi / 4_194_304);
  // (hi mod 2^22) * 1e9 + lo stays below 2^53, so this floor is exact too.
  return q * 1e9 + Math.floor(((hi - q * 4_194_304) * 1e9 + lo) / 4_194_304);
}

/** Activity ids are snowflakes: the time of posting is in their top bits. */
function activityDate(id: string): string | null {
  const ms = snowflakeMs(id);
  // Anything before LinkedIn existed or in the future is not a timestamp id.
  if (ms < LINKEDIN_BEGAN || ms > Date.now() + 86_400_000) return null;
  return new Date(ms).toISOString();
}

// A link in a post's text (hashtags, mentions) names the post it sits in: <a href="…/feed/hashtag/
// ?keywords=javascript&highlightedUpdateUrns=urn%3Ali%3Aactivity%3A7241680825530896384"> (code
// index file 69480552631; azntaiji/web-scraper group_post.html, where it equals the card's URN).
const HIGHLIGHTED = 'a[href*="highlightedUpdateUrns="]';
const RESHARED = '.update-components-mini-update-v2';

/**
 * The post's own id where the card's URN is another activity's: a card of someone's "commented on
 * this" carries the comment's activity URN (posted days later), while the links in the post's own
 * text still name the post (code index file 69480552631: card 7242285086220460033, links and image
 * upload time of 7241680825530896384). The card's id when its text names no other one, or names
 * more than one. `text` is the element TEXT finds, as postText reads it.
 */
function ownPostId(text: Element | null, cardId: string): string {
  // The commentary only: the fallback .update-components-text also marks comments' texts.
  const el = text?.matches(COMMENTARY) ? text : null;
  if (!el || el.closest(RESHARED)) return cardId;
  let named: string | null = null;
  for (const a of Array.from(el.querySelectorAll(HIGHLIGHTED))) {
    let urn: string | null = null;
    try {
      urn = new URL(a.getAttribute('href') ?? '', 'https://www.linkedin.com').searchParams.get(
        'highlightedUpdateUrns',
      );
    } catch {
      return cardId;
    }
    const id = urn?.match(/^urn:li:activity:(\d{6,25})$/)?.[1];
    if (!id || (named !== null && id !== named)) return cardId;
    named = id;
  }
  return named ?? cardId;
}

/** The text of the post's text element (TEXT, found once for this and ownPostId). */
function postText(el: Element | null): string {
  if (!el) return '';
  // Screen-reader prefixes ("hashtag") would otherwise be glued to the visible words; a text
  // without any is read as it is, without copying it. postTextOf reads each <br> as a space:
  // LinkedIn breaks its lines with them, and the hashtags often stand on a line of their own.
  if (!el.querySelector(HIDDEN)) return excerpt(postTextOf(el));
  const copy = el.cloneNode(true) as Element;
  for (const hidden of Array.from(copy.querySelectorAll(HIDDEN))) hidden.remove();
  return excerpt(postTextOf(copy));
}

/**
 * Whether el is the newer feed's wrapper around a card carrying the same URN: the card is the post
 * (findPosts keeps it), the wrapper none. The scanner reads a wrapper again when LinkedIn fills in
 * the one it drew empty (occludable-update): read as a post, it sent the card's post a second time,
 * drawn with a second badge. Asked of an element without data-urn only: cards carry it.
 */
function wrapsCard(el: Element, id: string): boolean {
  if (el.hasAttribute('data-urn')) return false;
  const urn = `urn:li:activity:${id}`;
  return el.querySelector(`[data-urn="${urn}"], [data-id="${urn}"]`) !== null;
}

function readPost(el: Element, ctx: AdapterContext): PostReading | null {
  const cardId = activityId(el);
  if (!cardId || wrapsCard(el, cardId)) return null;
  const textEl = queryFirst(el, TEXT);
  const id = ownPostId(textEl, cardId);
  const actor = firstActor(el);
  const counts = readLinkedInCounts(el, ctx.locale);
  const text = postText(textEl);
  // A wrapper LinkedIn has not rendered yet (occludable-update) holds nothing to read.
  if (!actor && !text && !counts.bar) return null;
  return {
    platform: 'linkedin',
    postId: id,
    url: `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`,
    author: readActor(actor, ctx.locale),
    publishedAt: activityDate(id),
    text,
    likes: counts.likes,
    comments: counts.comments,
    reposts: counts.reposts,
    saves: null,
    views: null,
    promoted: isPromoted(actor),
  };
}

/** Every element carrying an activity URN, in document order. */
function urnElements(root: ParentNode): Element[] {
  // One walk of the page for both attributes: each walk visits every element, and matching an
  // element against a second attribute costs far less than visiting it again.
  return Array.from(root.querySelectorAll(POSTS.join(', ')));
}

function findPosts(root: ParentNode): Element[] {
  const all = urnElements(root);
  // The newer feed puts the same URN on a wrapper and on the card inside it: keep the card. An
  // element's descendants with a URN are in `all` too, right after it (document order).
  return all.filter((el, i) => {
    const id = activityId(el);
    if (!id) return false;
    const urn = `urn:li:activity:${id}`;
    for (let j = i + 1; j < all.length && el.contains(all[j]!); j++) {
      if (all[j]!.getAttribute('data-urn') === urn || all[j]!.getAttribute('data-id') === urn) return false;
    }
    return true;
  });
}

export const linkedinReader: PageReader = {
  matches(url) {
    return url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com');
  },
  findPosts,
  readPost,
  readProfile,
  badgeAnchor(el) {
    return countsBar(el) ?? queryFirst(el, ACTION_BAR) ?? el;
  },
};
