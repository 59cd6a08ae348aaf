// Threads (threads.net and threads.com): feed, post pages and profiles. Posts are
// div[data-pressable-container="true"]; the permalink /@user/post/<code> wraps the post's
// <time datetime>. Fixtures: tests/fixtures/threads (see SOURCES.md there).

import { isBareCount, parseCount } from '../../parse-count';
import type { AdapterContext, PageReader, PostReading, ProfileReading } from '../../types';
import { excerpt, httpsUrl, isoDate, postTextOf, textOf } from '../dom';
import { ownedBy, POST, threadsCounts } from './counts';

const HOST = /(^|\.)threads\.(net|com)$/i;
const POST_PATH = /^\/@([\w.]{1,30})\/post\/([A-Za-z0-9_-]{5,40})(?:\/|$)/;
const PROFILE_PATH = /^\/@([\w.]{1,30})\/?$/;

const POSTS = [
  // <div data-pressable-container="true"> (feed-en.html, thread-de.html, profile-ja.html)
  POST,
];
const TIME_LINK = [
  // <a href="/@user/post/CODE"><time datetime="…">2h</time></a> (all threads fixtures)
  'a[href*="/post/"] time[datetime]',
];
const POST_LINK = ['a[href*="/post/"]']; // when the time is missing (covered in threads.test.ts)
// i18n-ignore: page text to match (words the platform's page shows, not PostLens's UI)
const FOLLOWER_WORDS = /followers?|フォロワー|seguidores|abonnés|follower|seguaci|volgers|takipçi|팔로워/i;

function postLink(
  post: Element,
  ctx: AdapterContext,
): { handle: string; code: string; time: Element | null } | null {
  const times = Array.from(post.querySelectorAll(TIME_LINK.join(','))).filter((t) => ownedBy(post, t));
  const candidates = [
    ...times.map((t) => ({ a: t.closest(POST_LINK.join(',')), time: t as Element | null })),
    ...Array.from(post.querySelectorAll(POST_LINK.join(',')))
      .filter((a) => ownedBy(post, a))
      .map((a) => ({ a: a as Element | null, time: null as Element | null })),
  ];
  for (const { a, time } of candidates) {
    const u = httpsUrl(a?.getAttribute('href'), ctx.url);
    const m = u && HOST.test(u.hostname) ? POST_PATH.exec(u.pathname) : null;
    if (m?.[1] && m[2]) return { handle: m[1], code: m[2], time };
  }
  return null;
}

/** The post's own words: dir=auto text outside links and buttons (names, times, counts). */
function postText(post: Element): string {
  const parts: string[] = [];
  for (const span of Array.from(post.querySelectorAll('span[dir="auto"]'))) {
    if (!ownedBy(post, span) || span.closest('a[href], [role="button"]')) continue;
    if (span.parentElement?.closest('span[dir="auto"]')) continue;
    const t = postTextOf(span);
    if (t) parts.push(t);
  }
  return parts.join(' ');
}

function readPost(post: Element, ctx: AdapterContext): PostReading | null {
  const link = postLink(post, ctx);
  if (!link) return null;
  const { bar: _bar, ...counts } = threadsCounts(post, ctx.locale);
  const host = /threads\.com$/i.test(ctx.url.hostname) ? 'www.threads.com' : 'www.threads.net';
  return {
    platform: 'threads',
    postId: link.code,
    url: `https://${host}/@${link.handle}/post/${link.code}`,
    author: { handle: link.handle, name: null },
    publishedAt: isoDate(link.time?.getAttribute('datetime')),
    text: excerpt(postText(post)),
    ...counts,
    saves: null,
    views: null,
  };
}

// A follower line is a number and the follower word, nothing more ("12.3K followers",
// "フォロワー1.2万人"; profile-ja.html): a bio that mentions followers ("Road to 1M followers",
// "Top 5 followers of the week") is not one.
function isFollowerLine(text: string): boolean {
  const word = FOLLOWER_WORDS.exec(text);
  if (!word) return false;
  return isBareCount(`${text.slice(0, word.index)} ${text.slice(word.index + word[0].length)}`);
}

/** The exact count in the line's title ("12,345" behind "1.2万"; profile-ja.html), else null. */
function titled(line: Element, locale: string): number | null {
  const title = line.querySelector('[title]')?.getAttribute('title') ?? '';
  return /^[\d\s.,\u00a0\u202f]+$/.test(title) ? parseCount(title, locale) : null;
}

/** A header's follower line: a short number-and-word text outside every post. */
function isFollowerEl(el: Element): boolean {
  const text = textOf(el);
  return !!text && text.length <= 40 && isFollowerLine(text) && !el.closest(POST);
}

/**
 * The follower count in a header: the first follower line with an exact count in a title, else
 * the last follower line's visible number. A bio (the owner's own text) sits above the header's
 * line: one reading just "1M followers" has no title, and without titles it is not the last.
 */
function followers(header: Element, locale: string): number | null {
  let shown: Element | null = null;
  for (const el of Array.from(header.querySelectorAll('span, a'))) {
    if (!isFollowerEl(el)) continue;
    const exact = titled(el, locale);
    if (exact !== null) return exact;
    shown = el;
  }
  if (!shown) return null;
  // Read the element that holds the number alone: "フォロワー1.2万人" run together misleads.
  const numberEl = Array.from(shown.querySelectorAll('span')).find(
    (s) => s.children.length === 0 && /\d/.test(textOf(s)),
  );
  return parseCount(textOf(numberEl ?? shown), locale);
}

/**
 * The profile header around el (a follower line or the name): its ancestors up to the first that
 * holds the h1 (the name), never one that holds a post, since the posts sit beside the header
 * (profile-ja.html: h1, handle and follower line share a block, the posts follow it).
 */
function headerOf(el: Element): Element {
  let header = el;
  for (
    let up = el.parentElement;
    up && up.tagName !== 'BODY' && !up.querySelector(POST);
    up = up.parentElement
  ) {
    header = up;
    if (el.tagName !== 'H1' && up.querySelector('h1')) break;
  }
  return header;
}

/**
 * Does the header print this handle? Threads shows the username as plain text beside the name
 * (<span dir="auto">kissa.nikki</span>, profile-ja.html). After single-page navigation the URL
 * names the new profile while the old header is still on screen: only a header printing the URL's
 * handle is that profile's. Links (a bio's @mention) name other people.
 */
function namesHandle(header: Element, handle: string): boolean {
  const want = handle.toLowerCase();
  return Array.from(header.querySelectorAll('h1, span')).some(
    (el) =>
      el.children.length === 0 && !el.closest('a') && textOf(el).replace(/^@/, '').toLowerCase() === want,
  );
}

/** The header's reading when it prints the handle, else null (another profile's header). */
function readHeader(header: Element, handle: string, locale: string): ProfileReading | null {
  if (!namesHandle(header, handle)) return null;
  const name = textOf(header.querySelector('h1')) || null;
  const count = followers(header, locale);
  return count === null && !name ? null : { platform: 'threads', handle, name, followers: count };
}

export const threadsReader: PageReader = {
  matches(url) {
    return HOST.test(url.hostname);
  },

  findPosts(root) {
    const all = Array.from(root.querySelectorAll(POSTS.join(',')));
    // A quoted post is a pressable container inside another: it is part of its host post.
    return all.filter((el) => !el.parentElement?.closest(POST));
  },

  readPost,

  readProfile(root, ctx): ProfileReading | null {
    const handle = PROFILE_PATH.exec(ctx.url.pathname)?.[1];
    if (!handle) return null;
    // Anchored on a follower line (the first in the document, in the header, is met early), else
    // (a count not drawn yet) on the name.
    let sawLine = false;
    for (const el of Array.from(root.querySelectorAll('span, a'))) {
      if (!isFollowerEl(el)) continue;
      sawLine = true;
      const reading = readHeader(headerOf(el), handle, ctx.locale);
      if (reading) return reading;
    }
    if (sawLine) return null;
    for (const h1 of Array.from(root.querySelectorAll('h1'))) {
      const reading = h1.closest(POST) ? null : readHeader(headerOf(h1), handle, ctx.locale);
      if (reading) return reading;
    }
    return null;
  },

  badgeAnchor(el) {
    return threadsCounts(el, 'en').bar;
  },
};
