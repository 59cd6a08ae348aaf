// itemParts finds a YouTube item's parts in one pass over its links and spans (item-parts.ts): it
// must find exactly what querying each selector alternative in turn finds, as grid.ts once did.
import { readdirSync, readFileSync } from 'node:fs';
import { queryFirst } from '@/lib/platforms/dom';
import { youtubeAdapter } from '@/lib/platforms/youtube';
import {
  CHANNEL_LINK,
  itemParts,
  METADATA,
  NOT_A_VIDEO_LINK,
  NOT_A_VIDEO_TAGS,
  TITLE_LINK,
  VIDEO_LINK,
} from '@/lib/platforms/youtube/item-parts';

/** The parts as one query per alternative finds them. */
function queried(item: Element) {
  if (item.querySelector([...NOT_A_VIDEO_TAGS, NOT_A_VIDEO_LINK].join(', '))) return null;
  const metadata = METADATA.flatMap((sel) => Array.from(item.querySelectorAll(sel)));
  return {
    videoLink: queryFirst(item, VIDEO_LINK),
    title: queryFirst(item, TITLE_LINK),
    // Each span once, at its first alternative: what a first-readable search visits.
    metadata: [...new Set(metadata)],
    channelLinks: Array.from(item.querySelectorAll(CHANNEL_LINK)),
  };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Parts as positions among the item's elements: the same elements, not just alike ones. */
function positions(item: Element, parts: ReturnType<typeof queried>) {
  if (!parts) return null;
  const all = Array.from(item.querySelectorAll('*'));
  const at = (el: Element | null) => (el ? all.indexOf(el) : null);
  return {
    videoLink: at(parts.videoLink),
    title: at(parts.title),
    metadata: parts.metadata.map(at),
    channelLinks: parts.channelLinks.map(at),
  };
}
const same = (item: Element) =>
  expect(positions(item, itemParts(item))).toEqual(positions(item, queried(item)));

describe('youtube: item parts in one pass', () => {
  it('finds what the per-alternative queries find on every item of every fixture', () => {
    let items = 0;
    for (const file of readdirSync('tests/fixtures/youtube').filter((f) => f.endsWith('.html'))) {
      const doc = parse(readFileSync(`tests/fixtures/youtube/${file}`, 'utf8'));
      for (const item of youtubeAdapter.findPosts(doc)) {
        same(item);
        items++;
      }
    }
    expect(items).toBeGreaterThan(20);
  });

  it.each([
    [
      'a Shorts link before the watch link: the watch link',
      '<a href="/shorts/aaaaaaaaaaa">s</a><a href="/watch?v=bbbbbbbbbbb">w</a>',
    ],
    ['a link matching both video alternatives', '<a href="/shorts/aaaaaaaaaaa/watch?v=x">s</a>'],
    [
      'span#video-title before a lockup title: the span',
      '<a class="yt-lockup-metadata-view-model__title" title="t">a</a><span id="video-title">s</span>',
    ],
    [
      'a#video-title after span#video-title: the link',
      '<span id="video-title">s</span><a id="video-title" href="/x">a</a>',
    ],
    [
      'an h3 title around a lockup title',
      '<h3><a class="yt-lockup-metadata-view-model__title" title="t">a</a></h3><h3><a title="u">b</a></h3>',
    ],
    [
      'a span in two metadata rows',
      '<div class="shortsLockupViewModelHostMetadataSubhead"><div class="yt-content-metadata-view-model__metadata-row"><span>1</span></div><span>2</span></div><div id="metadata-line"><span>3</span></div>',
    ],
    [
      'a playlist link last',
      '<a href="/watch?v=bbbbbbbbbbb">w</a><a href="/@c">c</a><a href="/playlist?list=PL">p</a>',
    ],
    ['an ad slot', '<a href="/watch?v=bbbbbbbbbbb">w</a><ytd-ad-slot-renderer></ytd-ad-slot-renderer>'],
    [
      'a playlist thumbnail',
      '<yt-collection-thumbnail-view-model></yt-collection-thumbnail-view-model><a href="/watch?v=b">w</a>',
    ],
    ['channel links by handle and id', '<a href="/channel/UC1">1</a><a href="/@h">2</a><a href="/c/x">3</a>'],
    ['nothing', '<div>text</div>'],
  ])('%s', (_name, inner) => {
    // (Not inside a "#metadata-line": happy-dom's scoped querySelectorAll, unlike browsers and
    // Element.matches, ignores ancestors outside the scope.)
    const doc = parse(`<div id="grid"><ytd-rich-item-renderer>${inner}</ytd-rich-item-renderer></div>`);
    const item = doc.querySelector('ytd-rich-item-renderer')!;
    same(item);
  });
});
