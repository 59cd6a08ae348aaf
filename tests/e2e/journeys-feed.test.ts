// A reader going through a feed with PostLens in real Chromium: every post gets a badge and
// reaches the database; posts the feed appends while scrolling get theirs; a single-page
// navigation to another page of the site is followed (its posts are badged, and the popup lists
// that page's posts, not the previous page's); the popup opened on a tab lists exactly its posts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeKeys, waitForBadges } from '../harness/badges';
import { type DbReader, openDbReader } from '../harness/extension-db';
import { openPopupOn } from '../harness/journeys-extension';
import { appendTweets, fixtureHtml, spaNavigate } from '../harness/journeys-pages';
import { ROUTES, routeUrl } from '../harness/routes';
import { type E2ESession, startSession } from '../harness/session';

const TIMELINE = ROUTES.find((r) => r.path === '/home?fixture=zeros')!;
const TIMELINE_KEYS = ['x:1570000000000000001', 'x:1981398750557065646'];
const QUOTE = ROUTES.find((r) => r.file === 'x/x-tweet-quote.html')!;
const QUOTE_KEY = 'x:1983130065320780162';
const OLD_REDDIT = ROUTES.find((r) => r.host === 'old.reddit.com' && r.path === '/')!;

let session: E2ESession;
let reader: DbReader;
const pages: Page[] = [];

async function open(url: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  pages.push(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

beforeAll(async () => {
  session = await startSession();
  reader = await openDbReader(session.browser.context, session.browser.extensionId);
});

afterAll(async () => {
  for (const p of pages) await p.close().catch(() => {});
  await reader?.close().catch(() => {});
  await session?.close();
});

const sorted = (xs: readonly string[]) => [...xs].sort();

describe('scrolling a feed', () => {
  it('badges the posts the feed appends, and stores them', async () => {
    const page = await open(routeUrl(TIMELINE));
    expect(sorted(await waitForBadges(page, TIMELINE.posts))).toEqual(TIMELINE_KEYS);
    const before = await reader.waitFor((d) =>
      TIMELINE_KEYS.every((k) => d.snapshots.some((s) => s.postKey === k)),
    );
    const source = before.snapshots.find((s) => s.postKey === TIMELINE_KEYS[0])!;

    const newIds = ['1570000000000000101', '1570000000000000102', '1570000000000000103'];
    expect(await appendTweets(page, '1570000000000000001', newIds)).toBe(newIds.length);
    const all = [...TIMELINE_KEYS, ...newIds.map((id) => `x:${id}`)];
    const keys = await waitForBadges(page, all.length);
    // Each post once: the old ones were not badged twice, the new ones each got one.
    expect(sorted(keys)).toEqual(sorted(all));

    const dump = await reader.waitFor((d) => all.every((k) => d.snapshots.some((s) => s.postKey === k)));
    for (const id of newIds) {
      const post = dump.posts.find((p) => p.key === `x:${id}`);
      expect(post?.url).toBe(`https://x.com/TestUser123/status/${id}`);
      const snap = dump.snapshots.find((s) => s.postKey === `x:${id}`);
      // A copy of the first post: the same counts, read again from the appended markup.
      expect(snap).toMatchObject({
        likes: source.likes,
        comments: source.comments,
        reposts: source.reposts,
        saves: source.saves,
        views: source.views,
      });
    }
  });
});

describe('single-page navigation', () => {
  it('follows the app to another page: badges its posts, and the popup lists only them', async () => {
    const page = await open(routeUrl(TIMELINE));
    expect(sorted(await waitForBadges(page, TIMELINE.posts))).toEqual(TIMELINE_KEYS);

    const href = await spaNavigate(page, QUOTE.path, fixtureHtml(QUOTE.file));
    expect(href).toBe(routeUrl(QUOTE));
    await expect.poll(() => badgeKeys(page), { timeout: 20_000 }).toEqual([QUOTE_KEY]);
    await reader.waitFor((d) => d.snapshots.some((s) => s.postKey === QUOTE_KEY));

    const popup = await openPopupOn(session, page);
    try {
      await expect
        .poll(async () => (await popup.read()).text, { timeout: 15_000 })
        .toContain('1 post on this page');
      const seen = await popup.read();
      expect(seen.rows.map((r) => r.href)).toEqual(['https://x.com/TestQuoter/status/1983130065320780162']);
    } finally {
      await popup.close();
    }
  });
});

describe('the popup on a tab', () => {
  it('lists every post of the page, with its author, text and permalink', async () => {
    const page = await open(routeUrl(OLD_REDDIT));
    const keys = await waitForBadges(page, OLD_REDDIT.posts);
    expect(new Set(keys).size).toBe(OLD_REDDIT.posts);
    const dump = await reader.waitFor((d) => keys.every((k) => d.posts.some((p) => p.key === k)));
    const urls = keys.map((k) => dump.posts.find((p) => p.key === k)?.url);

    const popup = await openPopupOn(session, page);
    try {
      await expect
        .poll(async () => (await popup.read()).text, { timeout: 15_000 })
        .toContain(`${OLD_REDDIT.posts} posts on this page`);
      const seen = await popup.read();
      expect(seen.rows).toHaveLength(OLD_REDDIT.posts);
      expect(sorted(seen.rows.map((r) => r.href ?? ''))).toEqual(sorted(urls.map(String)));
      // The first submission of the saved front page, counted by hand.
      const first = seen.rows.find((r) =>
        r.text.includes('Using H3 as a Character Reference Sheet Generator'),
      );
      expect(first?.author).toContain('bstr3k');
      // The popup window shows a few posts at a time: those far below are laid out and painted
      // only when scrolled near (their text is there all along, as read above). The first one is
      // drawn from the first frame on: polled, as the read may come before that frame.
      await expect.poll(async () => (await popup.read()).rows[0]?.drawn, { timeout: 5_000 }).toBe(true);
      expect((await popup.read()).rows.at(-1)?.drawn).toBe(false);
      await popup.scrollToLastPost();
      expect((await popup.read()).rows.at(-1)?.drawn).toBe(true);
    } finally {
      await popup.close();
    }
  });
});

describe('the whole session', () => {
  it('made no request off this machine', async () => {
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
