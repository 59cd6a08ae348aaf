// The parts of a YouTube list item that grid.ts reads: its video link, title, metadata spans and
// channel links, found in one pass over the item's links and spans.
//
// Why one pass: each group below used to be one querySelector(All) per alternative, a walk of the
// whole item matching every element against it. Worse, Chromium answers a lone selector with a
// combinator or an id ("#metadata-line span", "a#video-title") through its id and class shortcuts,
// and a YouTube page repeats the same ids in every item: about 10 µs a call on a 1,000-video page.
// Every selector here but two tag names ends in `a` or `span`, so the item's <a> and <span> elements
// are the only candidates: each is matched (Element.matches, the same selector semantics) against
// the groups it can belong to, and the first match of each alternative is kept in document order.
// That finds exactly what querying each alternative in turn finds (youtube-item-parts.test.ts holds
// it to those queries). A selector added here must end in `a` or `span`, or itemParts must also look
// at the elements it ends in.

// Items that link to a video but are something else: reading them would badge an ad or a playlist as
// the video it opens with.
export const NOT_A_VIDEO_TAGS = [
  // <ytd-ad-slot-renderer> > <ytd-in-feed-ad-layout-renderer>: in-feed ads, video ads included
  // (home-shelves-en.html; home-en.html's display ad)
  'ytd-ad-slot-renderer',
  // 2025 playlist and mix lockups: <yt-collection-thumbnail-view-model> thumbnail, a "View full playlist"
  // link to /playlist?list=…, the first video's /watch?v=…&list=… on the rest (home-shelves-en.html)
  'yt-collection-thumbnail-view-model',
];
export const NOT_A_VIDEO_LINK = 'a[href^="/playlist?list="]';

export const VIDEO_LINK = [
  // the thumbnail or title link: /watch?v=<id> or /shorts/<id> (every youtube fixture)
  'a[href*="/watch?v="]',
  'a[href^="/shorts/"]',
];

export const TITLE_LINK = [
  // <a id="video-title-link" aria-label="<title> by <channel> 17,458 views …" title="<title>">
  // (home-en.html, ytd-rich-grid-media)
  'a#video-title-link',
  // <a id="video-title" aria-label="…" title="…"> search results and channel shelves (search-ja.html,
  // channel-pt-BR.html)
  'a#video-title',
  // <span id="video-title" aria-label="<title> 8.9万 回視聴 - …" title="…"> ytd-reel-item-renderer (search-ja.html)
  'span#video-title',
  // <a class="ytLockupMetadataViewModelTitle"> 2025 lockups in camelCase classes; the title is on its
  // h3 (home-camel-en.html)
  'a.ytLockupMetadataViewModelTitle',
  // <a class="yt-lockup-metadata-view-model__title"> 2025 lockups; the title is on its h3 (home-en.html)
  'a.yt-lockup-metadata-view-model__title',
  // Shorts lockups: <h3 class="shortsLockupViewModelHostMetadataTitle"><a title="…"> (home-en.html, search-ja.html)
  'h3 a[title]',
];

export const METADATA = [
  // <div id="metadata-line"><span class="inline-metadata-item style-scope ytd-video-meta-block">17K views</span>
  // (home-en.html, search-ja.html, channel-pt-BR.html)
  '#metadata-line span',
  // <div class="ytContentMetadataViewModelMetadataRow"><span class="… ytContentMetadataViewModelMetadataText …">
  // 648K views</span> (home-camel-en.html)
  '.ytContentMetadataViewModelMetadataRow span', // i18n-ignore: CSS selector
  // <div class="yt-content-metadata-view-model__metadata-row"><span …>1.2M views</span> (home-en.html)
  '.yt-content-metadata-view-model__metadata-row span',
  // <div class="shortsLockupViewModelHostOutsideMetadataSubhead …"><span>34M views</span> (home-en.html, search-ja.html)
  '.shortsLockupViewModelHostMetadataSubhead span', // i18n-ignore: CSS selector
];

export const CHANNEL_LINK = [
  // <ytd-channel-name><…><a class="yt-simple-endpoint style-scope yt-formatted-string" href="/@handle">
  // (home-en.html, search-ja.html) and lockup rows' <a class="yt-core-attributed-string__link" href="/@handle">
  // or <a class="ytAttributedStringLink" href="/@handle"> (home-camel-en.html)
  'a[href^="/@"]',
  // channels without a handle link by id (search-ja.html)
  'a[href^="/channel/"]',
].join(', ');

const VIDEO_LIST = VIDEO_LINK.join(', ');
const TITLE_LIST = TITLE_LINK.join(', ');
const METADATA_LIST = METADATA.join(', ');

export interface ItemParts {
  /** The first /watch?v= link, else the first /shorts/ link (VIDEO_LINK's order). */
  videoLink: Element | null;
  /** The first match of the first TITLE_LINK alternative that matches anything. */
  title: Element | null;
  /** The spans of METADATA's first alternative, then its second's, …: each span once, at the first
   *  alternative it matches (a search for the first readable one gets the same answer). */
  metadata: Element[];
  /** Channel links in document order. */
  channelLinks: Element[];
}

/** The index of the first selector in `each` that el matches (-1 when it matches none of `list`). */
function alternativeOf(el: Element, list: string, each: readonly string[]): number {
  if (!el.matches(list)) return -1;
  return each.findIndex((sel) => el.matches(sel));
}

/** The item's parts, or null when it is not a video (an ad, a playlist). */
export function itemParts(item: Element): ItemParts | null {
  for (const tag of NOT_A_VIDEO_TAGS) if (item.getElementsByTagName(tag).length > 0) return null;
  let videoLink: Element | null = null;
  let shortLink: Element | null = null;
  // The title so far and its alternative: only an earlier alternative can replace it, and the
  // elements come in document order (links, then spans: no alternative matches both).
  let title: Element | null = null;
  let titleAlt = TITLE_LINK.length;
  const channelLinks: Element[] = [];
  const links = item.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    if (a.matches(NOT_A_VIDEO_LINK)) return null;
    if (!videoLink) {
      const v = alternativeOf(a, VIDEO_LIST, VIDEO_LINK);
      if (v === 0) videoLink = a;
      else if (v === 1) shortLink ??= a;
    }
    if (titleAlt > 0) {
      const t = alternativeOf(a, TITLE_LIST, TITLE_LINK);
      if (t >= 0 && t < titleAlt) [title, titleAlt] = [a, t];
    }
    if (a.matches(CHANNEL_LINK)) channelLinks.push(a);
  }
  const buckets: Element[][] = METADATA.map(() => []);
  const spans = item.getElementsByTagName('span');
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (titleAlt > 0) {
      const t = alternativeOf(span, TITLE_LIST, TITLE_LINK);
      if (t >= 0 && t < titleAlt) [title, titleAlt] = [span, t];
    }
    const m = alternativeOf(span, METADATA_LIST, METADATA);
    if (m >= 0) buckets[m]!.push(span);
  }
  return { videoLink: videoLink ?? shortLink, title, metadata: buckets.flat(), channelLinks };
}
