// One video in a YouTube list: home and channel grids, search results, Shorts shelves, the watch
// page's sidebar. These show views only; the title link's aria-label has them exactly ("… 17,458
// views 10 years ago …"), the metadata line rounds them ("17K views").
import { parseRelativeTime } from '../../read';
import type { AdapterContext, Count, PostReading } from '../../types';
import { excerpt, queryFirst, textOf } from '../dom';
import { itemParts } from './item-parts';
import { channelHandle, lastViewsIn, videoLink, viewsIn } from './text';

// A sidebar lockup's first metadata row is its channel's name as plain text, with no link
// (watch-sidebar-en.html): no count, no age, and no author, which stays unknown rather than guessed.
const SIDEBAR_LOCKUP = 'ytd-watch-next-secondary-results-renderer yt-lockup-view-model';

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
  // the watch page's sidebar ("up next"): 2025 lockups, in an item section or straight in #items, in
  // either class spelling; then the compact renderer of before (watch-sidebar-en.html)
  SIDEBAR_LOCKUP,
  'ytd-compact-video-renderer',
];

// What the page has but does not show yet, by the attribute it sets on the item or a container
// (no layout read).
export const NOT_SHOWN = [
  // a Shorts shelf's items past its first row are <ytd-rich-item-renderer … hidden=""> until
  // "Show more" (home-shelves-en.html); a page left for another keeps its <ytd-browse hidden>
  '[hidden]',
].join(', ');

export const GRID_ANCHOR = [
  // the line with views and age (home-en.html, search-ja.html, channel-pt-BR.html)
  '#metadata-line',
  // 2025 lockups, in camelCase classes (home-camel-en.html) or BEM ones (home-en.html), and Shorts
  '.ytContentMetadataViewModelMetadataRow:last-child',
  '.yt-content-metadata-view-model__metadata-row:last-child',
  '.shortsLockupViewModelHostMetadataSubhead',
];

/** Where a list item's badge goes: GRID_ANCHOR's first match, or the item itself. */
export function gridAnchor(item: Element): Element {
  const row = queryFirst(item, GRID_ANCHOR);
  // A lockup's last row may be a "New" badge alone, with no text span (watch-sidebar-en.html): the
  // views and age are in the row before it. Only a lockup's row: an older #metadata-line read before
  // its spans arrive keeps the badge (placed once, when first shown) where the views will be.
  const badgeRow =
    row?.matches('.ytContentMetadataViewModelMetadataRow, .yt-content-metadata-view-model__metadata-row') &&
    !row.querySelector('span');
  return (badgeRow ? row?.previousElementSibling : row) ?? item;
}

// The title link's aria-label repeats the title and channel name before the counts ("<title> by
// <channel> 17,458 views …"; home-en.html), and either may say "no views" or "Top 5 views": the counts
// are read after them. A label that does not hold the title is not known to be this item's, and is
// not read (the metadata line is); a channel name it does not hold cuts nothing (a channel page's
// items name none), and lastViewsIn reads past it.
function countsPart(label: string | null, title: string, channel: string | null): string | null {
  if (!label) return null;
  let from = 0;
  if (title) {
    from = label.indexOf(title);
    if (from < 0) return null;
    from += title.length;
  }
  if (channel) {
    const at = label.indexOf(channel, from);
    if (at >= 0) from = at + channel.length;
  }
  return label.slice(from);
}

function gridViews(
  title: Element | null,
  names: { heading: string; channel: string | null },
  parts: { metadata: readonly Element[]; channelLinks: readonly Element[] },
  locale: string,
): Count {
  let line = false;
  let shown: Count = null;
  for (const el of parts.metadata) {
    // A 2025 lockup's first row is the channel's link (home-en.html): its name is no count.
    if (parts.channelLinks.some((a) => el.contains(a))) continue;
    line = true;
    // Unfolded, as on the watch page: its no-break spaces group a number ("1 234 vues").
    shown = viewsIn(el.textContent, locale);
    if (shown !== null) break;
  }
  // A line without views ("1.2K watching", "787 waiting") says the item has none: a views word in
  // its label is then the uncut channel name's ("Live by Top 5 Views" on a channel's own page).
  if (line && shown === null) return null;
  const label = title?.getAttribute('aria-label') ?? null;
  return lastViewsIn(countsPart(label, names.heading, names.channel), locale) ?? shown;
}

/**
 * The age the metadata line shows ("10 years ago", "3 日前", "há 2 semanas"; home-en.html,
 * search-ja.html, channel-pt-BR.html) against ctx.now, else the clock. YouTube floors it, so a
 * video "3 days ago" is 3 to 4 days old: the time read is its latest possible moment. Live
 * ("1.2K watching"), "Streamed …" and Shorts tiles (no age shown) read null.
 */
function gridPublished(
  parts: { metadata: readonly Element[]; channelLinks: readonly Element[] },
  ctx: AdapterContext,
): string | null {
  const now = ctx.now ?? Date.now();
  for (const el of parts.metadata) {
    // A 2025 lockup's first row is the channel's link: its name ("1 hour ago") is no age.
    if (parts.channelLinks.some((a) => el.contains(a))) continue;
    const at = parseRelativeTime(textOf(el), ctx.locale, now);
    if (at) return at;
  }
  return null;
}

function gridAuthor(links: readonly Element[]): { handle: string | null; name: string | null } {
  let handle: string | null = null;
  for (const a of links) {
    const h = channelHandle(a.getAttribute('href'));
    if (!h) continue;
    handle ??= h;
    // The avatar link comes first and has no text; the name link follows.
    const name = h === handle ? textOf(a) : '';
    if (name) return { handle, name };
  }
  return { handle, name: null };
}

// The page's own channel, for items that name none: the same page for every item of a read, so the
// last answer is kept rather than parsing the page's URL for each.
let lastPage: { href: string; handle: string | null } | null = null;

function pageChannel(href: string): string | null {
  if (lastPage?.href !== href) lastPage = { href, handle: channelHandle(href) };
  return lastPage.handle;
}

export function readGridItem(item: Element, ctx: AdapterContext): PostReading | null {
  let parts = itemParts(item);
  if (!parts) return null;
  const nameRow = item.matches(SIDEBAR_LOCKUP) ? parts.metadata[0]?.parentElement : null;
  if (nameRow) parts = { ...parts, metadata: parts.metadata.filter((el) => !nameRow.contains(el)) };
  const link = videoLink(parts.videoLink?.getAttribute('href'));
  // Shelves without a video link are not videos.
  if (!link) return null;
  const { title } = parts;
  const author = gridAuthor(parts.channelLinks);
  // A channel's own shelves name no channel: it is the page's.
  if (!author.handle) author.handle = pageChannel(ctx.url.href);
  const heading =
    title?.getAttribute('title') || title?.closest('h3')?.getAttribute('title') || textOf(title);
  return {
    platform: 'youtube',
    postId: link.id,
    url: link.short
      ? `https://www.youtube.com/shorts/${link.id}`
      : `https://www.youtube.com/watch?v=${link.id}`,
    author,
    publishedAt: gridPublished(parts, ctx),
    text: excerpt(heading),
    likes: null,
    comments: null,
    reposts: null,
    saves: null,
    views: gridViews(title, { heading, channel: author.name }, parts, ctx.locale),
    promoted: false,
  };
}
