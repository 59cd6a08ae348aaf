// YouTube: the watch page (views, likes, comments, channel subscribers), the lists of videos on
// home, search and channel pages and the watch page's sidebar, Shorts shelves, and channel headers.

import { parseCount } from '../../parse-count';
import type { AdapterContext, Count, PageReader, PostReading, ProfileReading } from '../../types';
import { excerpt, queryAllFirst, queryFirst, textOf } from '../dom';
import { playerFacts } from './embedded-json';
import { GRID_ITEMS, gridAnchor, NOT_SHOWN, readGridItem } from './grid';
import { channelHandle, isSubscriberText, viewsIn } from './text';

const WATCH = [
  // <ytd-watch-flexy video-id="<id>"> holds the metadata and the comments (watch-en.html, watch-de.html)
  'ytd-watch-flexy',
];

const VIEW_COUNT = [
  // <div id="view-count" aria-label="1,234,567 views"> in ytd-watch-info-text (watch-en.html)
  'ytd-watch-info-text #view-count[aria-label]',
];

const VIEW_TEXT = [
  // <yt-formatted-string id="info"><span>1,2 Mio. Aufrufe</span><span>vor 3 Tagen</span>: rounded while
  // the description is collapsed (watch-de.html, watch-en.html)
  'ytd-watch-info-text #info',
];

const LIKE_BUTTON = [
  // <like-button-view-model><button aria-label="like this video along with 12,345 other people">
  // (watch-en.html)
  'like-button-view-model button[aria-label]',
  // <ytd-segmented-like-dislike-button-renderer><div id="segmented-like-button"><ytd-toggle-button-renderer>
  // …<button aria-label="…"> of 2023 (watch-de.html)
  '#segmented-like-button button[aria-label]',
];

const COMMENT_COUNT = [
  // <ytd-comments-header-renderer><h2 id="count"><yt-formatted-string>842 Comments</…> (watch-en.html)
  'ytd-comments-header-renderer #count',
];

const OWNER = [
  // <ytd-video-owner-renderer> with ytd-channel-name and #owner-sub-count (watch-en.html, watch-de.html)
  'ytd-video-owner-renderer',
];

const TITLE = [
  // <ytd-watch-metadata><div id="title"><h1><yt-formatted-string>title</…> (watch-en.html, watch-de.html)
  'ytd-watch-metadata h1',
];

const WATCH_ANCHOR = [
  // <div id="top-level-buttons-computed"> beside the like button (watch-en.html, watch-de.html)
  '#top-level-buttons-computed',
];

const CHANNEL_HEADER = [
  // <yt-page-header-renderer> of the 2024 channel page: name, "@handle", subscribers (channel-pt-BR.html)
  'yt-page-header-renderer',
];

const CHANNEL_SUBS = [
  // <yt-content-metadata-view-model> rows of the 2024 <yt-page-header-renderer>: "@handle",
  // "1,23 mi de inscritos", "456 vídeos" (channel-pt-BR.html)
  'yt-page-header-renderer yt-content-metadata-view-model span',
];

const CHANNEL_NAME = [
  // <yt-dynamic-text-view-model><h1 class="dynamic-text-view-model-wiz__h1"><span>Name</span></h1>
  // (channel-pt-BR.html)
  'yt-page-header-renderer h1',
];

function ownerOf(watch: Element, locale: string) {
  const owner = queryFirst(watch, OWNER);
  const link = owner?.querySelector('ytd-channel-name a[href]') ?? null;
  const sub = owner?.querySelector('#owner-sub-count') ?? null;
  // "1.5M subscribers"; the aria-label spells the same rounding out in words.
  const followers: Count = sub
    ? (parseCount(textOf(sub), locale) ?? parseCount(sub.getAttribute('aria-label') ?? '', locale))
    : null;
  const author = { handle: channelHandle(link?.getAttribute('href')), name: textOf(link) || null };
  return sub ? { ...author, followers } : author;
}

// The aria-label is exact and YouTube refreshes it while the page is open; the page's JSON is
// exact as of loading; the visible text is rounded while the description is collapsed.
function watchViews(watch: Element, id: string, locale: string): Count {
  return (
    viewsIn(queryFirst(watch, VIEW_COUNT)?.getAttribute('aria-label'), locale) ??
    playerFacts(watch.ownerDocument, id)?.views ??
    // Unfolded: folding turns the no-break spaces that group "1 234 567 vues" into plain ones,
    // which viewsIn does not take inside a number (a title's "Studio 54" before "123 views").
    viewsIn(queryFirst(watch, VIEW_TEXT)?.textContent, locale)
  );
}

function readWatch(watch: Element, ctx: AdapterContext): PostReading | null {
  const id = watch.getAttribute('video-id') || ctx.url.searchParams.get('v') || '';
  if (!/^[\w-]{11}$/.test(id)) return null;
  const like = queryFirst(watch, LIKE_BUTTON)?.getAttribute('aria-label');
  const comments = textOf(queryFirst(watch, COMMENT_COUNT));
  return {
    platform: 'youtube',
    postId: id,
    url: `https://www.youtube.com/watch?v=${id}`,
    author: ownerOf(watch, ctx.locale),
    publishedAt: playerFacts(watch.ownerDocument, id)?.publishedAt ?? null,
    text: excerpt(textOf(queryFirst(watch, TITLE))),
    // "like this video" without a number: the owner hid the count.
    likes: like ? parseCount(like, ctx.locale) : null,
    comments: comments ? parseCount(comments, ctx.locale) : null,
    reposts: null,
    saves: null,
    views: watchViews(watch, id, ctx.locale),
    promoted: false,
  };
}

/** The "@handle" the header prints in its metadata rows (channel-pt-BR.html), without the "@". */
function printedHandle(header: Element): string | null {
  for (const el of Array.from(header.querySelectorAll(CHANNEL_SUBS.join(', ')))) {
    const m = el.querySelector('span') ? null : /^@(\S+)$/.exec(textOf(el));
    if (m?.[1]) return m[1];
  }
  return null;
}

/**
 * The channel header's reading, only for the channel the header prints. After single-page
 * navigation the address names the new channel while the old header is still shown: a header
 * printing another @handle is not read under the address's. An address without a handle
 * (/channel/UC…) cannot be compared, so the header's own handle is the reading's then.
 */
function readProfile(root: ParentNode, ctx: AdapterContext): ProfileReading | null {
  const address = channelHandle(ctx.url.href);
  if (!address) return null;
  for (const header of queryAllFirst(root, CHANNEL_HEADER)) {
    const shown = printedHandle(header);
    const handle = address.includes('/')
      ? shown
      : shown?.toLowerCase() === address.toLowerCase()
        ? address
        : null;
    if (!handle) continue;
    let followers: Count = null;
    for (const el of Array.from(header.querySelectorAll(CHANNEL_SUBS.join(', ')))) {
      const text = textOf(el);
      // Only the span holding the count itself: a row's outer span also holds "@handle" and "N videos".
      if (el.querySelector('span') || !isSubscriberText(text)) continue;
      followers = parseCount(text, ctx.locale);
      if (followers !== null) break;
    }
    const name = textOf(queryFirst(header, CHANNEL_NAME)) || null;
    if (followers === null && name === null) continue;
    return { platform: 'youtube', handle, name, followers };
  }
  return null;
}

const ITEMS = [...WATCH, ...GRID_ITEMS].join(', ');
const GRID = GRID_ITEMS.join(', ');
const WATCH_LIST = WATCH.join(', ');

export const youtubeReader: PageReader = {
  matches(url) {
    return url.hostname === 'youtube.com' || url.hostname.endsWith('.youtube.com');
  },
  findPosts(root) {
    // A Shorts lockup inside a grid item is the same video as the item.
    return Array.from(root.querySelectorAll(ITEMS)).filter((el) => !el.parentElement?.closest(GRID));
  },
  readPost(el, ctx) {
    // Not shown (itself or a container hidden): read once the page shows it (the scanner watches `hidden`).
    if (el.closest(NOT_SHOWN)) return null;
    return el.matches(WATCH_LIST) ? readWatch(el, ctx) : readGridItem(el, ctx);
  },
  readProfile,
  badgeAnchor(el) {
    return el.matches(WATCH_LIST) ? (queryFirst(el, WATCH_ANCHOR) ?? el) : gridAnchor(el);
  },
};
