// TikTok: the For You / Following feeds, video and photo pages and profile grids. Counts come from the
// data-e2e hooks, which are the same in every UI language; on a video page the rehydration JSON
// gives the exact numbers behind "12.3K". Fixtures: tests/fixtures/tiktok (see SOURCES.md there).

import { parseCount } from '../../parse-count';
import { parseRelativeTime } from '../../read';
import {
  type AdapterContext,
  dayText,
  type PageReader,
  type PostReading,
  type ProfileReading,
} from '../../types';
import { excerpt, httpsUrl, outermost, postTextOf, queryAllFirst, queryFirst, textOf } from '../dom';
import { rehydrationData, userDetailFollowers, videoDetailItem } from './embedded-json';

const HOST = /(^|\.)tiktok\.com$/i;
// A post's address: a video's /video/<id>, a photo post's ("photo mode", carousels) /photo/<id>. Both
// kinds share one id space (the same item is served at /@i/video/<photo id>; Desiders/ytdl_tg_bot#98),
// so a photo post is keyed by its id as a video is (tests/unit/platforms/tiktok-photo-posts.test.ts).
const POST_PATH = /^\/@([\w.-]+)\/(video|photo)\/(\d{6,25})(?:[/?#]|$)/;
const HANDLE_PATH = /^\/@([\w.-]+)/;

// Containers, newest first within each kind.
const DETAIL = [
  '#main-content-video_detail', // video-de.html
];
const FEED_ITEM = [
  '[data-e2e="recommend-list-item-container"]', // foryou-en.html (article, and the older div)
];
const GRID_TILE = [
  'div[data-e2e="user-post-item"]', // profile-ja.html
];
// The older layout's video page and its browse overlay have no container hook of their own: the
// post is the nearest ancestor of this handle that holds the video's own counters (postContainer).
const BROWSE_HANDLE = ['[data-e2e="browse-username"]']; // video-legacy-en.html, foryou-legacy-en.html

// Counters. The collect ("favourites") counter really is named "undefined-count".
const LIKES = [
  'strong[data-e2e="like-count"]', // foryou-en.html, video-de.html, video-legacy-en.html
  'strong[data-e2e="browse-like-count"]', // foryou-legacy-en.html (browse overlay)
];
const COMMENTS = [
  'strong[data-e2e="comment-count"]', // foryou-en.html, video-de.html, video-legacy-en.html
  'strong[data-e2e="browse-comment-count"]', // foryou-legacy-en.html (browse overlay)
];
const SHARES = ['strong[data-e2e="share-count"]']; // foryou-en.html, video-de.html, video-legacy-en.html
const SAVES = ['strong[data-e2e="undefined-count"]']; // foryou-en.html, video-de.html
const VIEWS = ['strong[data-e2e="video-views"]']; // profile-ja.html
// An in-feed ad's label: public ad skippers and filters read `[data-e2e="ad-tag"]` inside the feed
// item (tests/unit/platforms/tiktok-ads.test.ts).
const AD_TAG = ['[data-e2e="ad-tag"]'];

// Grid tiles link to /video/<id> or /photo/<id> (Dinoosauro/tiktok-to-ytdlp, script.js). One selector,
// not two alternatives: queryAllFirst would stop at the first one that matches anything.
const POST_LINK = ['a[href*="/video/"], a[href*="/photo/"]']; // profile-ja.html
const PLAYER = ['[id^="xgwrapper-"]']; // foryou-en.html, video-de.html, video-legacy-en.html: id="xgwrapper-0-<videoId>"
// The browse overlay's "Copy link" text: the post's address (foryou-legacy-en.html).
const COPY_LINK = ['[data-e2e="browse-video-link"]'];
const HANDLE_TEXT = [
  '[data-e2e="video-author-uniqueid"]', // foryou-en.html
  '[data-e2e="browse-username"]', // video-de.html, video-legacy-en.html, foryou-legacy-en.html
];
const AUTHOR_LINK = ['a[data-e2e="video-author-avatar"]']; // foryou-en.html
// "Name · date": the name is a span (video-de.html) or bare text (video-legacy-en.html); cut at " · ".
const NAME_TEXT = [
  '[data-e2e="video-author-nickname"]', // foryou-en.html
  '[data-e2e="browser-nickname"]', // video-de.html, video-legacy-en.html, foryou-legacy-en.html
];
const DESC = [
  '[data-e2e="video-desc"]', // foryou-en.html
  '[data-e2e="browse-video-desc"]', // video-de.html, video-legacy-en.html, foryou-legacy-en.html
];
// The date beside the name on a video page: "Backstube Berlin · 2024-3-14" (video-de.html), "3-2"
// in the current year (foryou-legacy-en.html), "6d ago" for recent videos (video-legacy-en.html).
const SHOWN_DATE = ['[data-e2e="browser-nickname"] > span:last-child']; // the same three
const FOLLOWERS = ['strong[data-e2e="followers-count"]']; // profile-ja.html
const PROFILE_HANDLE = ['[data-e2e="user-title"]']; // profile-ja.html
const PROFILE_NAME = ['[data-e2e="user-subtitle"]']; // profile-ja.html

// TikTok web writes counts alike in every UI language: plain digits below 10,000, then "41.3K",
// "1.2M", "1.2B" (SOURCES.md, "Number formats"). Read in the page's language, "1.2M" would be
// 1.2 billion in Indonesian (M = miliar) and "1.2B" 1,200 in Turkish (B = bin).
const COUNT_LOCALE = 'en';
const SHOWN = /^(\d+)(?:\.(\d+))?([KMB])?$/i;
const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** A visible counter: null when absent or when it shows a word ("Share") instead of a number. */
function visibleCount(el: Element, selectors: readonly string[]): number | null {
  const node = queryFirst(el, selectors);
  if (!node) return null;
  return parseCount(textOf(node), COUNT_LOCALE);
}

/**
 * The page data's exact count when the page shows that number ("12.3K" for 12,345), else the
 * shown one: the rehydration JSON is written once per page load, so after in-app navigation back
 * to the same video or profile it still holds the first load's counts while the page shows new
 * ones. The exact count alone when the page shows none.
 */
function freshest(exact: number | null, node: Element | null): number | null {
  const text = textOf(node);
  const shown = node ? parseCount(text, COUNT_LOCALE) : null;
  if (exact === null || shown === null) return exact ?? shown;
  const m = SHOWN.exec(text.replace(/\s+/g, ''));
  const unit = m ? (SUFFIX[(m[3] ?? '').toLowerCase()] ?? 1) / 10 ** (m[2]?.length ?? 0) : 1;
  return Math.abs(exact - shown) < unit ? exact : shown;
}

function cleanHandle(text: string | null | undefined): string | null {
  const h = (text ?? '').trim().replace(/^@/, '');
  return /^[\w.-]{1,64}$/.test(h) ? h : null;
}

function handleFromHref(href: string | null | undefined): string | null {
  const u = httpsUrl(href, 'https://www.tiktok.com/');
  const m = u && HOST.test(u.hostname) ? HANDLE_PATH.exec(u.pathname) : null;
  return m?.[1] ?? null;
}

interface PostRef {
  id: string;
  kind: 'video' | 'photo';
}

function postRef(path: string | null | undefined): PostRef | null {
  const m = path ? POST_PATH.exec(path) : null;
  return m?.[3] ? { id: m[3], kind: m[2] === 'photo' ? 'photo' : 'video' } : null;
}

function linkRef(href: string | null | undefined, base: URL): PostRef | null {
  const u = httpsUrl(href, base);
  return u && HOST.test(u.hostname) ? postRef(u.pathname) : null;
}

function postId(el: Element, ctx: AdapterContext): PostRef | null {
  const player = queryFirst(el, PLAYER);
  const playing = /^xgwrapper-\d+-(\d{6,25})$/.exec(player?.id ?? '')?.[1];
  // Only a video has a player: a photo post shows its slides in a swiper.
  const fromPlayer: PostRef | null = playing ? { id: playing, kind: 'video' } : null;
  // A post page's own container is the video its player plays, else the address bar's post: the
  // links in it can be other videos' (the creator's videos listed beside the comments).
  if (el.matches(DETAIL.join(','))) return fromPlayer ?? postRef(ctx.url.pathname);
  for (const a of queryAllFirst(el, POST_LINK)) {
    const ref = linkRef(a.getAttribute('href'), ctx.url);
    if (ref) return ref;
  }
  return fromPlayer ?? linkRef(textOf(queryFirst(el, COPY_LINK)), ctx.url);
}

const postUrl = (handle: string, ref: PostRef) => `https://www.tiktok.com/@${handle}/${ref.kind}/${ref.id}`;

function authorHandle(el: Element, ctx: AdapterContext): string | null {
  const fromText = cleanHandle(textOf(queryFirst(el, HANDLE_TEXT)));
  if (fromText) return fromText;
  const fromAvatar = handleFromHref(queryFirst(el, AUTHOR_LINK)?.getAttribute('href'));
  if (fromAvatar) return fromAvatar;
  const fromLink = handleFromHref(queryFirst(el, POST_LINK)?.getAttribute('href'));
  if (fromLink) return fromLink;
  if (el.matches(DETAIL.join(','))) return POST_PATH.exec(ctx.url.pathname)?.[1] ?? null;
  return null;
}

// TikTok ids are snowflakes: the top 32 of their 64 bits are the Unix second the video was
// created. Only ids of that shape whose time falls between TikTok's launch and the page's now
// (an hour of clock skew allowed) count; anything else reads null.
const TIKTOK_LAUNCH = Date.UTC(2016, 8, 1);

export function timeFromVideoId(id: string, now: number = Date.now()): string | null {
  if (!/^\d{15,20}$/.test(id)) return null;
  const big = BigInt(id);
  if (big >= 1n << 64n) return null;
  const ms = Number(big >> 32n) * 1000;
  if (ms < TIKTOK_LAUNCH || ms > now + 3_600_000) return null;
  return new Date(ms).toISOString();
}

/**
 * The date the video page shows beside the name, as that day alone ("2025-03-02": the page shows
 * no time of day), or "3d ago" read against now.
 */
function shownDate(el: Element, ctx: AdapterContext): string | null {
  const text = textOf(queryFirst(el, SHOWN_DATE));
  const now = ctx.now ?? Date.now();
  const ymd = /^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})$/.exec(text);
  if (ymd) {
    // "3-2" (no year) is this year's, or last year's when that day is still ahead.
    const thisYear = new Date(now).getFullYear();
    const [m, d] = [Number(ymd[2]) - 1, Number(ymd[3])];
    let y = ymd[1] ? Number(ymd[1]) : thisYear;
    if (!ymd[1] && new Date(y, m, d).getTime() > now) y -= 1;
    const day = new Date(y, m, d);
    const real = day.getFullYear() === y && day.getMonth() === m && day.getDate() === d;
    return real && y >= 1000 ? dayText(y, m, d) : null;
  }
  return text ? parseRelativeTime(text, ctx.locale, now) : null;
}

const TWO_DAYS = 2 * 86_400_000;

/**
 * When the video was published: the page data's createTime, else the time in its id, else the
 * date the page shows. The id's time is dropped when the page shows a date more than two days
 * away from it (never on a real page; the hand-written fixtures' invented ids do that).
 */
function publishedAt(el: Element, ctx: AdapterContext, id: string, exact: string | null): string | null {
  if (exact) return exact;
  const fromId = timeFromVideoId(id, ctx.now);
  const shown = shownDate(el, ctx);
  if (fromId && shown && Math.abs(Date.parse(fromId) - Date.parse(shown)) > TWO_DAYS) return shown;
  return fromId ?? shown;
}

const COUNTERS = [...LIKES, ...COMMENTS, ...SHARES];
// A video page's container or a feed item: one drawn inside another (a video page re-rendered in
// place draws its new container inside the old one) is part of it, not a second post.
const CONTAINERS = [...DETAIL, ...FEED_ITEM].join(',');

/** The nearest ancestor (at most six levels up) of a video page's handle that holds a counter; null
 * when the walk would first take in a feed item, whose counters are not this video's. */
function postContainer(handle: Element): Element | null {
  let el = handle.parentElement;
  for (let depth = 0; el && depth < 6; depth++, el = el.parentElement) {
    if (queryFirst(el, FEED_ITEM)) return null;
    if (queryFirst(el, COUNTERS)) return el;
  }
  return null;
}

function readTile(el: Element, ctx: AdapterContext, ref: PostRef, handle: string): PostReading {
  const img = el.querySelector('img[alt]');
  return {
    platform: 'tiktok',
    postId: ref.id,
    url: postUrl(handle, ref),
    author: { handle, name: null },
    publishedAt: timeFromVideoId(ref.id, ctx.now),
    text: excerpt(img?.getAttribute('alt') ?? ''),
    likes: null,
    comments: null,
    reposts: null,
    saves: null,
    views: visibleCount(el, VIEWS),
  };
}

function readVideo(el: Element, ctx: AdapterContext): PostReading | null {
  const ref = postId(el, ctx);
  if (!ref) return null;
  const { id } = ref;
  const exact = videoDetailItem(rehydrationData(el.ownerDocument), id);
  const handle = authorHandle(el, ctx) ?? exact?.handle ?? null;
  if (!handle) return null;
  if (el.matches(GRID_TILE.join(','))) return readTile(el, ctx, ref, handle);
  const name = textOf(queryFirst(el, NAME_TEXT)).split(' · ')[0] || exact?.name || null;
  // A counter shown that is not the page data's count proves the data is an earlier load's
  // (freshest): then its play count, which the page does not show, is that load's too.
  let stale = false;
  const count = (data: number | null | undefined, selectors: readonly string[]) => {
    const n = freshest(data ?? null, queryFirst(el, selectors));
    if (data != null && n !== null && n !== data) stale = true;
    return n;
  };
  const likes = count(exact?.likes, LIKES);
  const comments = count(exact?.comments, COMMENTS);
  const reposts = count(exact?.reposts, SHARES);
  const saves = count(exact?.saves, SAVES);
  return {
    platform: 'tiktok',
    postId: id,
    url: postUrl(handle, ref),
    author: { handle, name },
    publishedAt: publishedAt(el, ctx, id, exact?.publishedAt ?? null),
    text: excerpt(postTextOf(queryFirst(el, DESC)) || exact?.text || ''),
    likes,
    comments,
    reposts,
    saves,
    // Feeds show no play count; only the video page's data does, unless it is an earlier load's. A
    // photo post is not played: its data's playCount is no view count the page shows.
    views: stale || ref.kind === 'photo' ? null : (exact?.views ?? null),
    ...(queryFirst(el, AD_TAG) ? { promoted: true } : {}),
  };
}

export const tiktokReader: PageReader = {
  matches(url) {
    return HOST.test(url.hostname);
  },

  findPosts(root) {
    const found = [...outermost(root, CONTAINERS), ...queryAllFirst(root, GRID_TILE)];
    for (const handle of queryAllFirst(root, BROWSE_HANDLE)) {
      const post = postContainer(handle);
      // Inside a container (read as that container, maybe outside root) it is not a post of its own.
      if (!post || post.parentElement?.closest(CONTAINERS)) continue;
      if (!found.some((f) => f.contains(post) || post.contains(f))) found.push(post);
    }
    return [...new Set(found)];
  },

  readPost: readVideo,

  readProfile(root): ProfileReading | null {
    const followersEl = queryFirst(root, FOLLOWERS);
    if (!followersEl) return null;
    // The header's own handle, never the address's: after single-page navigation the address
    // names the new profile while the old header (its handle, name and count) is still shown.
    const handle = cleanHandle(textOf(queryFirst(root, PROFILE_HANDLE)));
    if (!handle) return null;
    const exact = userDetailFollowers(rehydrationData(followersEl.ownerDocument), handle);
    return {
      platform: 'tiktok',
      handle,
      name: textOf(queryFirst(root, PROFILE_NAME)) || null,
      followers: freshest(exact, followersEl),
    };
  },

  badgeAnchor(el) {
    const like = queryFirst(el, LIKES);
    if (like) return like.closest('button')?.parentElement ?? like.parentElement;
    return queryFirst(el, VIEWS)?.parentElement ?? null;
  },
};
