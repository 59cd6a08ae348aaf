// One video in a YouTube list: home and channel grids, search results, Shorts shelves. These show
// views only; the title link's aria-label has them exactly ("… 17,458 views 10 years ago …"), the
// metadata line rounds them ("17K views").
import { parseRelativeTime } from '../../read';
import type { AdapterContext, Count, PostReading } from '../../types';
import { excerpt, queryFirst, textOf } from '../dom';
import { allOf, alternatives, firstOf } from './alternatives';
import { channelHandle, videoLink, viewsIn } from './text';

export const GRID_ITEMS = [
  // <ytd-rich-item-renderer class="style-scope ytd-rich-grid-renderer"> home and channel grids, with
  // ytd-rich-grid-media, yt-lockup-view-model or a Shorts lockup inside (home-en.html)
  'ytd-rich-item-renderer',
  // <ytd-video-renderer class="style-scope ytd-item-section-renderer"> search results (search-ja.html)
  'ytd-video-renderer',
  // <ytd-grid-video-renderer class="style-scope yt-horizontal-list-renderer"> channel shelves (channel-pt-BR.html)
  'ytd-grid-video-renderer',
  // <ytd-reel-item-renderer class="style-scope yt-horizontal-list-renderer"> older Shorts shelves (search-ja.html)
  'ytd-reel-item-renderer',
  // <ytm-shorts-lockup-view-model-v2> Shorts shelf outside a grid item (search-ja.html)
  'ytm-shorts-lockup-view-model-v2',
];

// Items that link to a video but are something else: reading them would badge an ad or a playlist as
// the video it opens with.
const NOT_A_VIDEO = [
  // <ytd-ad-slot-renderer> > <ytd-in-feed-ad-layout-renderer>: in-feed ads, video ads included
  // (home-shelves-en.html; home-en.html's display ad)
  'ytd-ad-slot-renderer',
  // 2025 playlist and mix lockups: <yt-collection-thumbnail-view-model> thumbnail, a "View full playlist"
  // link to /playlist?list=…, the first video's /watch?v=…&list=… on the rest (home-shelves-en.html)
  'yt-collection-thumbnail-view-model',
  'a[href^="/playlist?list="]',
].join(', ');

// What the page has but does not show yet, by the attribute it sets on the item or a container
// (no layout read).
export const NOT_SHOWN = [
  // a Shorts shelf's items past its first row are <ytd-rich-item-renderer … hidden=""> until
  // "Show more" (home-shelves-en.html); a page left for another keeps its <ytd-browse hidden>
  '[hidden]',
].join(', ');

const VIDEO_LINK = [
  // the thumbnail or title link: /watch?v=<id> or /shorts/<id> (every youtube fixture)
  'a[href*="/watch?v="]',
  'a[href^="/shorts/"]',
];

const TITLE_LINK = alternatives([
  // <a id="video-title-link" aria-label="<title> by <channel> 17,458 views …" title="<title>">
  // (home-en.html, ytd-rich-grid-media)
  'a#video-title-link',
  // <a id="video-title" aria-label="…" title="…"> search results and channel shelves (search-ja.html,
  // channel-pt-BR.html)
  'a#video-title',
  // <span id="video-title" aria-label="<title> 8.9万 回視聴 - …" title="…"> ytd-reel-item-renderer (search-ja.html)
  'span#video-title',
  // <a class="yt-lockup-metadata-view-model__title"> 2025 lockups; the title is on its h3 (home-en.html)
  'a.yt-lockup-metadata-view-model__title',
  // Shorts lockups: <h3 class="shortsLockupViewModelHostMetadataTitle"><a title="…"> (home-en.html, search-ja.html)
  'h3 a[title]',
]);

const METADATA = alternatives([
  // <div id="metadata-line"><span class="inline-metadata-item style-scope ytd-video-meta-block">17K views</span>
  // (home-en.html, search-ja.html, channel-pt-BR.html)
  '#metadata-line span',
  // <div class="yt-content-metadata-view-model__metadata-row"><span …>1.2M views</span> (home-en.html)
  '.yt-content-metadata-view-model__metadata-row span',
  // <div class="shortsLockupViewModelHostOutsideMetadataSubhead …"><span>34M views</span> (home-en.html, search-ja.html)
  '.shortsLockupViewModelHostMetadataSubhead span', // i18n-ignore: CSS selector
]);

const CHANNEL_LINK = [
  // <ytd-channel-name><…><a class="yt-simple-endpoint style-scope yt-formatted-string" href="/@handle">
  // (home-en.html, search-ja.html) and lockup rows' <a class="yt-core-attributed-string__link" href="/@handle">
  'a[href^="/@"]',
  // channels without a handle link by id (search-ja.html)
  'a[href^="/channel/"]',
];

const CHANNEL_LINKS = CHANNEL_LINK.join(', ');

export const GRID_ANCHOR = [
  // the line with views and age (home-en.html, search-ja.html, channel-pt-BR.html)
  '#metadata-line',
  // 2025 lockups and Shorts (home-en.html)
  '.yt-content-metadata-view-model__metadata-row:last-child',
  '.shortsLockupViewModelHostMetadataSubhead',
];

function gridViews(title: Element | null, metadata: readonly Element[], locale: string): Count {
  const exact = viewsIn(title?.getAttribute('aria-label'), locale);
  if (exact !== null) return exact;
  for (const el of metadata) {
    const n = viewsIn(textOf(el), locale);
    if (n !== null) return n;
  }
  return null;
}

/**
 * The age the metadata line shows ("10 years ago", "3 日前", "há 2 semanas"; home-en.html,
 * search-ja.html, channel-pt-BR.html) against ctx.now, else the clock. YouTube floors it, so a
 * video "3 days ago" is 3 to 4 days old: the time read is its latest possible moment. Live
 * ("1.2K watching"), "Streamed …" and Shorts tiles (no age shown) read null.
 */
function gridPublished(metadata: readonly Element[], ctx: AdapterContext): string | null {
  const now = ctx.now ?? Date.now();
  for (const el of metadata) {
    const at = parseRelativeTime(textOf(el), ctx.locale, now);
    if (at) return at;
  }
  return null;
}

function gridAuthor(item: Element): { handle: string | null; name: string | null } {
  let handle: string | null = null;
  for (const a of item.querySelectorAll(CHANNEL_LINKS)) {
    const h = channelHandle(a.getAttribute('href'));
    if (!h) continue;
    handle ??= h;
    // The avatar link comes first and has no text; the name link follows.
    const name = h === handle ? textOf(a) : '';
    if (name) return { handle, name };
  }
  return { handle, name: null };
}

export function readGridItem(item: Element, ctx: AdapterContext): PostReading | null {
  if (item.querySelector(NOT_A_VIDEO)) return null;
  const link = videoLink(queryFirst(item, VIDEO_LINK)?.getAttribute('href'));
  // Shelves without a video link are not videos.
  if (!link) return null;
  const title = firstOf(item, TITLE_LINK);
  // The metadata line's spans, in METADATA's order: read for the age and, failing the title, views.
  const metadata = allOf(item, METADATA);
  const author = gridAuthor(item);
  // A channel's own shelves name no channel: it is the page's.
  if (!author.handle) author.handle = channelHandle(ctx.url.href);
  const heading =
    title?.getAttribute('title') || title?.closest('h3')?.getAttribute('title') || textOf(title);
  return {
    platform: 'youtube',
    postId: link.id,
    url: link.short
      ? `https://www.youtube.com/shorts/${link.id}`
      : `https://www.youtube.com/watch?v=${link.id}`,
    author,
    publishedAt: gridPublished(metadata, ctx),
    text: excerpt(heading),
    likes: null,
    comments: null,
    reposts: null,
    saves: null,
    views: gridViews(title, metadata, ctx.locale),
    promoted: false,
  };
}
