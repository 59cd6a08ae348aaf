// Threads (threads.net and threads.com): feed, post pages and profiles. Posts are
// div[data-pressable-container="true"]; the permalink /@user/post/<code> wraps the post's
// <time datetime>. Fixtures: tests/fixtures/threads (see SOURCES.md there).

import { parseCount } from '../../parse-count';
import type { AdapterContext, PageReader, PostReading, ProfileReading } from '../../types';
import { excerpt, httpsUrl, isoDate, textOf } from '../dom';
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
    const t = textOf(span);
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

function followers(root: ParentNode, locale: string): number | null {
  for (const el of Array.from(root.querySelectorAll('span, a'))) {
    if (el.closest(POST)) continue;
    const text = textOf(el);
    if (!text || text.length > 40 || !/\d/.test(text) || !FOLLOWER_WORDS.test(text)) continue;
    // The abbreviated number carries the exact one in its title ("12,345" behind "12.3K").
    const title = el.querySelector('[title]')?.getAttribute('title') ?? '';
    const exact = /^[\d\s.,\u00a0\u202f]+$/.test(title) ? parseCount(title, locale) : null;
    // Read the element that holds the number alone: "フォロワー1.2万人" run together misleads.
    const numberEl = Array.from(el.querySelectorAll('span')).find(
      (s) => s.children.length === 0 && /\d/.test(textOf(s)),
    );
    return exact ?? parseCount(textOf(numberEl ?? el), locale);
  }
  return null;
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
    const count = followers(root, ctx.locale);
    const heading = root.querySelector('h1');
    if (count === null && !heading) return null;
    return { platform: 'threads', handle, name: textOf(heading) || null, followers: count };
  },

  badgeAnchor(el) {
    return threadsCounts(el, 'en').bar;
  },
};
