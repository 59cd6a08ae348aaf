// What the dashboard-view journeys (tests/e2e/journeys-views-*.test.ts) need beside the shared
// helpers: X posts of their own (a copy of x/x-tweet-sample.html with its author, posting time,
// text and counts changed everywhere X shows them), PostLens's pages in a chosen time zone (what
// Playwright's `timezoneId` does, on a page of a context already launched), a follower reading
// moved back in time, and the popup's figures as its <dl>s show them.
import type { Page } from 'playwright-core';
import { evaluateInPage } from './in-page';
import { editOnce, fixtureHtml, X_SAMPLE_ID } from './journeys-pages';
import type { E2ESession } from './session';

export interface XPost {
  id: string;
  handle: string;
  name: string;
  /** ISO 8601, the <time datetime> X prints. */
  postedAt: string;
  text: string;
  comments: number;
  reposts: number;
  likes: number;
  saves: number;
  views: number;
}

/** x-tweet-sample.html as the post `p`: every count X shows (bar label, button labels, numbers). */
export function xTweet(p: XPost): string {
  // The id and the handle first, so that the text put in may name any handle.
  const sample = fixtureHtml('x/x-tweet-sample.html')
    .replaceAll(X_SAMPLE_ID, p.id)
    .replaceAll('TestUser123', p.handle);
  return editOnce(
    sample,
    [
      [
        '48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views',
        `${p.comments} replies, ${p.reposts} reposts, ${p.likes} likes, ${p.saves} bookmarks, ${p.views} views`,
      ],
      ['aria-label="48 Replies. Reply"', `aria-label="${p.comments} Replies. Reply"`],
      ['aria-label="152 reposts. Repost"', `aria-label="${p.reposts} reposts. Repost"`],
      ['aria-label="553 Likes. Like"', `aria-label="${p.likes} Likes. Like"`],
      ['aria-label="9 Bookmarks. Bookmark"', `aria-label="${p.saves} Bookmarks. Bookmark"`],
      ['>48<', `>${p.comments}<`],
      ['>152<', `>${p.reposts}<`],
      ['>553<', `>${p.likes}<`],
      ['>9<', `>${p.saves}<`],
      ['>29.9K<', `>${(p.views / 1000).toFixed(1)}K<`],
      ['datetime="2025-10-23T16:34:09.000Z"', `datetime="${p.postedAt}"`],
      [
        `r-poiln3">Democrat Shutdown Jeopardizes America's Skies</span></div></div></div><div class="css-175oi2r">`,
        `r-poiln3">${p.text}</span></div></div></div><div class="css-175oi2r">`,
      ],
      ['>Test User Account<', `>${p.name}<`],
    ],
    'x/x-tweet-sample.html',
  );
}

/**
 * One of PostLens's pages in the time zone `timeZone` (IANA), as Playwright's `timezoneId` sets
 * it (DevTools' Emulation.setTimezoneOverride), then loaded again so it starts in that zone.
 * Throws when the page does not report the zone.
 */
export async function openInZone(session: E2ESession, path: string, timeZone: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/${path}`);
  const cdp = await session.browser.context.newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: timeZone });
  await page.reload();
  const zone = await page.evaluate('Intl.DateTimeFormat().resolvedOptions().timeZone');
  if (zone !== timeZone) throw new Error(`the page is in ${String(zone)}, not ${timeZone}`);
  return page;
}

/** The extension APIs used inside the browser (no @types/chrome in the project). */
declare const chrome: { extension: { getViews(o: { type: 'popup' }): Window[] } };

export interface PopupFigures {
  open: boolean;
  /** The author summary's figures (dt → dd), when the tab shows a profile. */
  author: Record<string, string> | null;
  authorText: string;
  /** Each post row: its text and its figures (dt → dd). */
  posts: Array<{ text: string; figures: Record<string, string> }>;
}

/** Runs in an extension page: the popup's figures, read through getViews. */
function readPopupFigures(_: null): PopupFigures {
  const app = chrome.extension.getViews({ type: 'popup' })[0]?.document.getElementById('app');
  if (!app) return { open: false, author: null, authorText: '', posts: [] };
  const pairs = (root: Element) => {
    const out: Record<string, string> = {};
    for (const div of root.querySelectorAll('dl > div'))
      out[div.querySelector('dt')?.textContent ?? ''] = div.querySelector('dd')?.textContent ?? '';
    return out;
  };
  const author = app.querySelector('section.author');
  return {
    open: true,
    author: author ? pairs(author) : null,
    authorText: author?.textContent ?? '',
    posts: Array.from(app.querySelectorAll('li.post')).map((li) => ({
      text: li.querySelector('.post-text')?.textContent ?? '',
      figures: pairs(li),
    })),
  };
}

/**
 * Opens the real popup on `tab` (as a click on the toolbar button does) and reads its figures
 * from an extension page kept open beside it (openPopupOn in journeys-extension.ts, read deeper).
 */
export async function openPopupFigures(
  session: E2ESession,
  tab: Page,
): Promise<{ read(): Promise<PopupFigures>; close(): Promise<void> }> {
  const lookout = await session.browser.context.newPage();
  await lookout.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await tab.bringToFront();
  const worker = await session.browser.serviceWorker();
  await worker.evaluate('chrome.action.openPopup()');
  return { read: () => evaluateInPage(lookout, readPopupFigures, null), close: () => lookout.close() };
}
