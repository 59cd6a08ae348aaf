// The parts of one X post that are its own, not a quoted post's: author block, text, action bar
// and permalink. A full read looks at every post of a long timeline, so each lookup stops at its
// first match where it can, and whether that match sits in a quote is asked of its own ancestors
// (a few levels up to the post), not by finding every quote of the post first.
import { queryFirst } from '../dom';
import { REPLY_CONTROL } from './counts';

const POST = 'article[data-testid="tweet"]'; // x-tweet-sample.html
const USER_NAME = '[data-testid="User-Name"]'; // x-tweet-sample.html, x-tweet-quote.html
const TEXT = '[data-testid="tweetText"]'; // x-tweet-sample.html
const STATUS_LINK = 'a[href*="/status/"]'; // x-tweet-sample.html (the one holding <time>)
const BAR = 'div[role="group"]'; // x-tweet-sample.html
// A quoted post is a focusable `div[role="link"]` with its own author block (x-tweet-quote.html).
// The verified badge is a `div[role="link"]` too, but holds no author block.
const QUOTE_CANDIDATE = 'div[role="link"]'; // x-tweet-quote.html, x-tweet-quote-video.html

export const POST_SELECTOR = POST;

const hasReply = (group: Element) => queryFirst(group, REPLY_CONTROL) !== null;

/**
 * Whether `at` is a quoted post: a `div[role="link"]` that holds an author block. The role is read
 * first as a cheap filter: X is made of divs, and only a few carry a role at all.
 */
const isQuote = (at: Element) =>
  at.getAttribute('role') === 'link' && at.matches(QUOTE_CANDIDATE) && at.querySelector(USER_NAME) !== null;

/** Whether `el`, inside `post`, sits in a quoted post below the post (or is one). */
function inQuote(post: Element, el: Element): boolean {
  for (let at: Element | null = el; at && at !== post; at = at.parentElement) if (isQuote(at)) return true;
  return false;
}

/** The first element matching `selector` inside `post` but not inside a quoted post. */
function ownFirst(post: Element, selector: string): Element | null {
  const first = post.querySelector(selector);
  if (!first || !inQuote(post, first)) return first;
  for (const el of post.querySelectorAll(selector)) if (!inQuote(post, el)) return el;
  return null;
}

/** The post's own author block, or null. */
export const authorBlock = (post: Element) => ownFirst(post, USER_NAME);

/** The post's own text, or null. */
export const postTextBlock = (post: Element) => ownFirst(post, TEXT);

/**
 * The post's action bar. Quoted posts have none, so the bar is not looked up outside quotes: in
 * x-tweet-quote-video.html the quote's markup is left open and the bar parses inside it (as it
 * would in a browser). The bar is the group holding the reply button, else the last group whose
 * nearest post is this one.
 */
export function actionBar(post: Element): Element | null {
  // The first group, when it is the post's own and holds the reply button, is the answer.
  const first = post.querySelector(BAR);
  if (first && first.closest(POST) === post && hasReply(first)) return first;
  const groups = Array.from(post.querySelectorAll(BAR)).filter((g) => g.closest(POST) === post);
  return groups.find(hasReply) ?? groups.at(-1) ?? null;
}

/**
 * The first <time> inside a status link, as post.querySelector(`${STATUS_LINK} time`)
 * finds it, and that link.
 * The post's <time> elements are walked instead: the first one is nearly always in the permalink,
 * and finding it by tag costs less than matching that selector against every element before it.
 */
function firstTimedLink(post: Element): { time: Element | null; link: Element | null } {
  const times = post.getElementsByTagName('time');
  for (let i = 0; i < times.length; i++) {
    const time = times[i]!;
    // closest() may pass the post: a link around the post holds its time too, as for the selector.
    const link = time.closest(STATUS_LINK);
    if (link) return { time, link };
  }
  return { time: null, link: null };
}

// What can stand between a status link and its post: another status link around it, or a quote.
const ENCLOSING = `a[href*="/status/"], ${QUOTE_CANDIDATE}`;

/**
 * Whether `link` is inside `post`, in no quoted post and in no other status link below the post:
 * what `post.contains(link)`, `!inQuote(post, link)` and a `closest` for an enclosing link ask.
 * The enclosing candidates are found with the browser's own `closest`, which a walk in script
 * reading each ancestor's role cost about twice as much as (the link sits ten levels deep).
 */
function ownTopLink(post: Element, link: Element): boolean {
  if (link === post || !post.contains(link)) return false;
  for (let at = link.parentElement?.closest(ENCLOSING); at; at = at.parentElement?.closest(ENCLOSING)) {
    if (at === post || !post.contains(at)) return true; // past the post: nothing in between
    if (at.localName === 'a' || isQuote(at)) return false;
  }
  return true;
}

/**
 * The first status link of the post's own that holds a <time>, with that time, and whether it was
 * taken. `accept` checks the link's address; a link it refuses is passed over for the next one.
 */
export function timedLink<T>(
  post: Element,
  accept: (href: string | null) => T | null,
): { found: T; time: Element } | null {
  // Fast way: the first <time> inside a status link. It belongs to the first such link (links do
  // not nest), unless that link is nested in another status link, is a quote's, or is refused:
  // then every link is tried in order below.
  const { time, link } = firstTimedLink(post);
  if (time && link && ownTopLink(post, link)) {
    const found = accept(link.getAttribute('href'));
    if (found !== null) return { found, time };
  }
  for (const a of post.querySelectorAll(STATUS_LINK)) {
    if (inQuote(post, a)) continue;
    const t = a.querySelector('time');
    if (!t) continue;
    const found = accept(a.getAttribute('href'));
    if (found !== null) return { found, time: t };
  }
  return null;
}
