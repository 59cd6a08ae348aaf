// Bluesky (bsky.app): feed items, thread items and profile headers. The web app is React Native
// Web, so hooks are data-testid attributes. Exact like and reply counts sit in the buttons'
// labels; reposts and saves only as compact text. Fixtures: tests/fixtures/bluesky (SOURCES.md).

import type { AdapterContext, Count, PageReader, PostReading, ProfileReading } from '../../types';
import { excerpt, httpsUrl, queryAllFirst, queryFirst, textOf } from '../dom';
import { labelCount, tidDate, wholeCount } from './counts';

const HOST = /^bsky\.app$/i;
const ORIGIN = 'https://bsky.app/';
const POST_PATH = /^\/profile\/([^/]+)\/post\/([^/?#]+)(\/[^?#]*)?/;
const PROFILE_PATH = /^\/profile\/([^/]+)(?:\/(?!post\/)[^?#]*)?\/?$/;
const TESTID_ACTOR = /^(?:feedItem|postThreadItem)-by-(.+)$/;
// Links that only the thread's focused post has: its likes, reposts and quotes lists.
const STATS_SUFFIX = /^\/(liked-by|reposted-by|quotes)\/?$/;

// Posts (selectors newest first; the fixture that proves each is named beside it).
const FEED_ITEM = ['[data-testid^="feedItem-by-"]']; // home-en.html, profile-de.html
const THREAD_ITEM = ['[data-testid^="postThreadItem-by-"]']; // thread-ja.html
const LIKE_BTN = ['[data-testid="likeBtn"]']; // home-en.html, profile-de.html, thread-ja.html
const REPLY_BTN = ['[data-testid="replyBtn"]']; // home-en.html, profile-de.html, thread-ja.html
const REPOST_BTN = ['[data-testid="repostBtn"]']; // home-en.html, thread-ja.html
const REPOST_COUNT = ['[data-testid="repostCount"]']; // home-en.html, profile-de.html, thread-ja.html
const LIKE_COUNT = ['[data-testid="likeCount"]']; // home-en.html (CountWheel; a leaving value may sit beside it)
const LIKES_EXPANDED = ['[data-testid="likeCount-expanded"]']; // thread-ja.html
const SAVES_EXPANDED = ['[data-testid="bookmarkCount-expanded"]']; // thread-ja.html
const ACTION_BAR = [...LIKE_BTN, ...REPLY_BTN];
const POST_TEXT = [
  '[data-testid="postText"]', // home-en.html, profile-de.html (feed items)
  '[data-word-wrap="1"]', // thread-ja.html (thread items' RichText has no testID)
];
// Profile header
const FOLLOWERS = ['[data-testid="profileHeaderFollowersButton"]']; // profile-de.html
const DISPLAY_NAME = ['[data-testid="profileHeaderDisplayName"]']; // profile-de.html

// Names are wrapped in directional embeddings (social-app forceLTR) that are not text.
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const sameActor = (a: string, b: string) =>
  a.toLowerCase() === b.toLowerCase() || (b === 'handle.invalid' && a.startsWith('did:'));

function postLink(href: string | null): { actor: string; rkey: string; rest: string } | null {
  const u = httpsUrl(href, ORIGIN);
  const m = u && HOST.test(u.hostname) ? POST_PATH.exec(u.pathname) : null;
  if (!m?.[1] || !m[2]) return null;
  try {
    return { actor: decodeURIComponent(m[1]), rkey: m[2], rest: m[3] ?? '' };
  } catch {
    return null;
  }
}

/** The post's own record key. Embeds (quotes) link to other posts, so a link counts as the post's
 * own only if it is the item itself, a stats list of the focused post, or a header link placed
 * before the post's text; a focused post with neither is the post in the address bar. */
// Node.DOCUMENT_POSITION_FOLLOWING, spelt out: adapters use no DOM globals, so the inspect command
// (happy-dom in plain Node, no global Node) reads pages exactly as the browser does.
const DOCUMENT_POSITION_FOLLOWING = 4;

/** Whether a post link is a quote embed's header: a text after it shares with it a container that
 * does not hold the item's action bar. The item's own header shares with any text only the item's
 * content column, which holds the action bar. A self-quote without text of its own, whose quoted
 * text is the first text, is otherwise read as the quoted post. */
function inQuote(a: Element, el: Element): boolean {
  const bar = queryFirst(el, ACTION_BAR);
  if (!bar) return false;
  for (let up = a.parentElement; up && up !== el && !up.contains(bar); up = up.parentElement) {
    for (const sel of POST_TEXT) {
      for (const t of Array.from(up.querySelectorAll(sel))) {
        if ((a.compareDocumentPosition(t) & DOCUMENT_POSITION_FOLLOWING) !== 0) return true;
      }
    }
  }
  return false;
}

function ownPost(el: Element, handle: string, ctx: AdapterContext): { actor: string; rkey: string } | null {
  const self = postLink(el.getAttribute('href'));
  if (self && sameActor(self.actor, handle)) return self;
  const text = queryFirst(el, POST_TEXT);
  let before: { actor: string; rkey: string } | null = null;
  for (const a of Array.from(el.querySelectorAll('a[href*="/post/"]'))) {
    const link = postLink(a.getAttribute('href'));
    if (!link || !sameActor(link.actor, handle)) continue;
    if (STATS_SUFFIX.test(link.rest)) return link;
    const precedes = !text || (a.compareDocumentPosition(text) & DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (!before && precedes && !link.rest && !inQuote(a, el)) before = link;
  }
  if (before) return before;
  const here = el.matches(THREAD_ITEM.join(',')) ? POST_PATH.exec(ctx.url.pathname) : null;
  if (here?.[1] && here[2] && HOST.test(ctx.url.hostname)) {
    const actor = decodeURIComponent(here[1]);
    // A DID in the address bar cannot be matched to the item's handle: then no key beats a guess.
    if (sameActor(actor, handle)) return { actor, rkey: here[2] };
  }
  return null;
}

const lineText = (el: Element) => textOf(el).replace(BIDI_MARKS, '');

/** Display name: the text of the author's name, which always comes with the "@handle": a PostMeta
 * name link with the "@handle" link beside it (a verified badge may sit between them), or the
 * focused post's author link wrapping a name line and a "@handle" line. Another link to the same
 * profile, such as the "Reposted by you" row above a post the viewer (or its author) reposted, has
 * no handle beside it and is not the name. */
function authorName(el: Element, actor: string): string | null {
  const profile = `/profile/${actor}`.toLowerCase();
  const links = Array.from(el.querySelectorAll('a[href^="/profile/"]')).filter(
    (a) => (a.getAttribute('href') ?? '').toLowerCase() === profile,
  );
  for (const a of links) {
    const lines = Array.from(a.querySelectorAll('[dir="auto"]')).map(lineText);
    if (lines.length > 0) {
      const name = lines.find((t) => t && !t.startsWith('@'));
      if (name && lines.some((t) => t.startsWith('@'))) return name;
      continue;
    }
    const t = lineText(a);
    const handleBeside = links.some(
      (b) => b !== a && b.parentElement === a.parentElement && lineText(b).startsWith('@'),
    );
    if (t && !t.startsWith('@') && handleBeside) return t;
  }
  return null;
}

/** The post's own text: the first text not preceded by a link to another post (a quote embed's
 * header). A quote post without text of its own has none; the quoted post's text is not its. */
function ownText(el: Element, rkey: string): string {
  const others = Array.from(el.querySelectorAll('a[href*="/post/"]')).filter((a) => {
    const link = postLink(a.getAttribute('href'));
    return link !== null && link.rkey !== rkey;
  });
  for (const sel of POST_TEXT) {
    for (const text of Array.from(el.querySelectorAll(sel))) {
      const quoted = others.some(
        (a) => (a.compareDocumentPosition(text) & DOCUMENT_POSITION_FOLLOWING) !== 0,
      );
      if (!quoted) return textOf(text);
    }
  }
  return '';
}

function buttonCount(el: Element, selectors: readonly string[], locale: string): Count {
  const btn = queryFirst(el, selectors);
  if (!btn) return null;
  return labelCount(btn.getAttribute('aria-label'), locale) ?? wholeCount(textOf(btn), locale);
}

function repostCount(el: Element, locale: string, likesExact: boolean): Count {
  const exact = labelCount(queryFirst(el, REPOST_BTN)?.getAttribute('aria-label'), locale);
  if (exact !== null) return exact;
  const shown = queryFirst(el, REPOST_COUNT);
  if (shown) return wholeCount(textOf(shown), locale);
  // RepostButton prints the count only when it is above 0. Trust that only in the markup whose
  // like label carries an exact count, i.e. the version whose rule we read.
  return likesExact && queryFirst(el, REPOST_BTN) ? 0 : null;
}

function readItem(el: Element, ctx: AdapterContext): PostReading | null {
  const fromTestId = TESTID_ACTOR.exec(el.getAttribute('data-testid') ?? '')?.[1];
  if (!fromTestId) return null;
  const post = ownPost(el, fromTestId, ctx);
  if (!post) return null;
  const handle = fromTestId === 'handle.invalid' ? post.actor : fromTestId;
  const { locale } = ctx;
  const likeLabel = labelCount(queryFirst(el, LIKE_BTN)?.getAttribute('aria-label'), locale);
  const expandedLikes = wholeCount(textOf(queryFirst(el, LIKES_EXPANDED)), locale);
  return {
    platform: 'bluesky',
    postId: post.rkey,
    url: `https://bsky.app/profile/${handle}/post/${post.rkey}`,
    author: { handle, name: authorName(el, post.actor) },
    publishedAt: tidDate(post.rkey),
    text: excerpt(ownText(el, post.rkey)),
    likes: likeLabel ?? wholeCount(textOf(queryFirst(el, LIKE_COUNT)), locale) ?? expandedLikes,
    comments: buttonCount(el, REPLY_BTN, locale),
    reposts: repostCount(el, locale, likeLabel !== null),
    // Only the focused post of a thread shows how often it was saved.
    saves: wholeCount(textOf(queryFirst(el, SAVES_EXPANDED)), locale),
    views: null,
  };
}

/** The display name of the header holding the followers button: the nearest ancestor with one,
 * short of an ancestor that also holds another header's button. */
function displayName(btn: Element): string | null {
  for (let up = btn.parentElement; up; up = up.parentElement) {
    if (queryAllFirst(up, FOLLOWERS).length > 1) return null;
    const el = queryFirst(up, DISPLAY_NAME);
    if (el) return textOf(el) || null;
  }
  return null;
}

export const blueskyReader: PageReader = {
  matches(url) {
    return HOST.test(url.hostname);
  },

  findPosts(root) {
    return [...new Set([...queryAllFirst(root, FEED_ITEM), ...queryAllFirst(root, THREAD_ITEM)])];
  },

  readPost: readItem,

  readProfile(root, ctx): ProfileReading | null {
    const page = HOST.test(ctx.url.hostname) ? PROFILE_PATH.exec(ctx.url.pathname) : null;
    if (!page?.[1]) return null;
    // A malformed escape in the address throws here: no profile then (the guard's null).
    const pageActor = decodeURIComponent(page[1]);
    // Each header's followers button links to its own account (/profile/<handle>/followers,
    // profile-de.html). After single-page navigation the address names the new profile while the
    // old header may still be shown (or kept, hidden, beside the new one): only the button linking
    // to the address's account is read, or, behind a DID address (not comparable to a handle),
    // the first button, under the handle it links to. A button without its link names no one.
    for (const btn of queryAllFirst(root, FOLLOWERS)) {
      const u = httpsUrl(btn.getAttribute('href'), ORIGIN);
      const linked = u ? /^\/profile\/([^/]+)\/followers\/?$/.exec(u.pathname)?.[1] : undefined;
      const handle = linked ? decodeURIComponent(linked) : null;
      if (!handle || (!sameActor(handle, pageActor) && !pageActor.startsWith('did:'))) continue;
      // Profile counts are compact on the web ("12.3K followers"); no exact figure is on the page.
      const followers =
        wholeCount(btn.getAttribute('aria-label'), ctx.locale) ?? wholeCount(textOf(btn), ctx.locale);
      return { platform: 'bluesky', handle, name: displayName(btn), followers };
    }
    return null;
  },

  badgeAnchor(el) {
    return queryFirst(el, LIKE_BTN)?.parentElement?.parentElement ?? null;
  },
};
