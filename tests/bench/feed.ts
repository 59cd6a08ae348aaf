// Feed pages of any length built from real saved posts: the posts of the fixture pages, repeated
// in turn, each copy given an id of its own (in every attribute and link that carries it), so
// PostLens sees N distinct posts exactly as the platform marks them up.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR } from '../harness/paths';
import { FEED_SOURCES, type FeedSource } from './feed-sources';
import type { Template } from './lab/entry';
import type { BenchPlatform } from './lab/platforms';
import { lab } from './lab-page';

export { FEED_SOURCES, type FeedSource };

export interface Feed {
  platform: BenchPlatform;
  source: FeedSource;
  templates: Template[];
  styles: string;
}

/** Reads the saved pages' posts, in a page that has the lab bundle (lab-page.ts). */
export async function loadFeed(page: Page, platform: BenchPlatform): Promise<Feed> {
  const source = FEED_SOURCES[platform];
  const templates: Template[] = [];
  const styles: string[] = [];
  for (const file of source.files) {
    const html = await readFile(join(FIXTURES_DIR, file), 'utf8');
    const got = await lab(page, 'templates', html, platform, {
      url: source.url,
      locale: source.lang,
      itemSelector: source.itemSelector,
    });
    if (got.items.length === 0) throw new Error(`no ${platform} post read in tests/fixtures/${file}`);
    templates.push(...got.items);
    styles.push(got.styles);
  }
  return { platform, source, templates, styles: styles.join('\n') };
}

/** The id copy `n` of a post gets: distinct for every n, in the platform's own id format. */
export function copyId(platform: BenchPlatform, postId: string, n: number): string {
  if (platform === 'reddit') return `${postId}${n.toString(36)}`; // t3_ + base 36, ≤ 12 chars
  // Instagram shortcodes and YouTube video ids have a fixed length (YouTube's 11 characters):
  // the last four become n in base 36 (distinct up to 36⁴ copies).
  if (platform === 'instagram' || platform === 'youtube') {
    return `${postId.slice(0, -4)}${n.toString(36).padStart(4, '0')}`;
  }
  return (BigInt(postId) + BigInt(n)).toString(); // X and LinkedIn ids are decimal snowflakes
}

/** Copy `n` of a post: every occurrence of its id (attributes, permalinks) replaced, and of its
 * author's handle when the feed spreads posts over more authors. */
function copyOf(feed: Feed, t: Template, n: number): string {
  const { platform } = feed;
  const html =
    platform === 'reddit'
      ? t.html.replaceAll(t.postId.slice('t3_'.length), copyId(platform, t.postId, n).slice('t3_'.length))
      : t.html.replaceAll(t.postId, copyId(platform, t.postId, n));
  const spread = feed.source.authorsPerHandle;
  return spread && t.handle ? html.replaceAll(t.handle, `${t.handle}${n % spread}`) : html;
}

/** Posts number `from` to `from + count - 1` of the feed, as HTML. */
export function feedItems(feed: Feed, from: number, count: number): string {
  const out: string[] = [];
  for (let n = from; n < from + count; n++) {
    out.push(copyOf(feed, feed.templates[n % feed.templates.length]!, n));
  }
  return out.join('\n');
}

/**
 * The fixture server's CSP, plus: no images, media or fonts. Nothing would answer them, and a
 * 5,000-post page would otherwise send 15,000 requests to the local server while it loads.
 */
export const FEED_CSP =
  "script-src 'none'; img-src 'none'; media-src 'none'; font-src 'none'; default-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'";

export const FEED_ID = 'postlens-bench-feed';

/**
 * The saved pages keep no platform stylesheet, so icons would lay out page-wide and images would
 * change size when their (never answered) loads fail. Icon and media boxes get a fixed size, as
 * the platforms' own CSS gives them, so the page renders like a feed and stays still once laid out.
 */
const FEED_CSS = `<style id="postlens-bench-css">
body { margin: 0 auto; max-width: 600px; font: 15px/1.3 sans-serif; }
svg { width: 20px; height: 20px; }
img, video, picture { width: 48px; height: 48px; object-fit: cover; display: inline-block; }
#postlens-bench-feed > * { content-visibility: auto; contain-intrinsic-size: auto 400px; }
</style>`;

/** A whole page holding `count` posts in one feed container (#postlens-bench-feed). */
export function feedPage(feed: Feed, count: number): string {
  return `<!doctype html>
<html lang="${feed.source.lang}"><head><meta charset="utf-8"><title>PostLens bench: ${count} ${feed.platform} posts</title>
${feed.styles}
${FEED_CSS}</head>
<body><main><div id="${FEED_ID}">
${feedItems(feed, 0, count)}
</div></main></body></html>`;
}
