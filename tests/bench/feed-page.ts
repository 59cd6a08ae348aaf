// Opening a built feed page at its platform's real address (so PostLens's content script runs on
// it) or at a neutral one, and appending posts to it the way an infinite feed does.
import type { CDPSession, Page } from 'playwright-core';
import { APPEND_MARK } from './attribute';
import { mainFrameId, waitForBadgeCount, waitQuiet } from './cdp';
import type { BenchContext } from './context';
import { FEED_CSP, FEED_ID, type Feed, feedItems, feedPage } from './feed';

/** No script in the page for this long: PostLens has read, sent and redrawn everything. */
export const SETTLE_MS = 3000;

export interface OpenFeed {
  page: Page;
  cdp: CDPSession;
  frameId: string;
  feed: Feed;
  /** Posts on the page so far (the next copy number). */
  posts: number;
  close(): Promise<void>;
}

/** Opens a page of `posts` posts at `url` and waits until PostLens has badged them and gone quiet. */
export async function openFeed(
  bench: BenchContext,
  feed: Feed,
  posts: number,
  options: { url?: string; badges?: boolean } = {},
): Promise<OpenFeed> {
  const url = options.url ?? feed.source.url;
  bench.session.server.setPage(url, { html: feedPage(feed, posts), csp: FEED_CSP });
  const page = await bench.session.browser.context.newPage();
  const cdp = await bench.session.browser.context.newCDPSession(page);
  const close = async () => {
    await cdp.detach().catch(() => {});
    await page.close();
    bench.session.server.clearPages();
  };
  try {
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 240_000 });
    if (options.badges !== false) {
      const got = await waitForBadgeCount(page, posts);
      if (got < posts) throw new Error(`${url}: PostLens badged ${got} of ${posts} posts`);
    }
    // The background answers each batch of readings, and the badges are drawn again with what it
    // knows; on a big page that goes on for seconds after the last badge appears.
    await waitQuiet(cdp, SETTLE_MS, 180_000);
    return { page, cdp, frameId: await mainFrameId(cdp), feed, posts, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Scrolls to the end of the feed, as a reader does before the platform loads more. */
export async function scrollToEnd(open: OpenFeed): Promise<void> {
  await open.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/** Appends the next `count` posts at the end of the feed, in one task marked for the trace. */
export async function appendPosts(open: OpenFeed, count: number): Promise<void> {
  const html = feedItems(open.feed, open.posts, count);
  open.posts += count;
  await open.page.evaluate(
    ([id, mark, h]) => {
      console.timeStamp(mark);
      document.getElementById(id)?.insertAdjacentHTML('beforeend', h);
    },
    [FEED_ID, APPEND_MARK, html] as const,
  );
}
