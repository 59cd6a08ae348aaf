// Readings handed from a page to a sleeping service worker must not die with the page. Chrome
// stops an idle MV3 worker after 30 seconds; here it is stopped on purpose before each page opens,
// so the first readings of the page have to wake it. At the first badge (the soonest a page can
// go, so no answer can have come back yet) the page closes its tab or navigates away. Then the
// worker is woken and every reading of that page must be in IndexedDB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_NAME } from '../../lib/store/schema';
import { BADGE_TAG, waitForBadges } from '../harness/badges';
import { type DbDump, dumpDatabase, openDbReader, STORES } from '../harness/extension-db';
import { evaluateInPage, inPageSource } from '../harness/in-page';
import { openPopupOn } from '../harness/journeys-extension';
import { EXTRA_MASTODON_HOST } from '../harness/mapped-hosts';
import { FIXTURES_DIR } from '../harness/paths';
import { workerControl } from '../harness/service-worker';
import { type E2ESession, startSession } from '../harness/session';

/** The extension APIs these tests call inside the browser (no @types/chrome in the project). */
declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; get(k: null): Promise<Record<string, unknown>> } };
  extension: { getViews(o: { type: 'popup' }): Window[] };
};

/** A post reading as the content script sends it (lib/types.ts PostReading). */
const readingShape = {
  platform: 'x',
  author: { handle: 'NASA', name: 'NASA' },
  publishedAt: null,
  text: 'Kept while the worker slept',
  likes: 1,
  comments: 2,
  reposts: 3,
  saves: null,
  views: 400,
};

const TEMPLATE_ID = '1981398750557065646';
const POSTS_PER_PAGE = 6;
const ELSEWHERE = 'https://x.com/i/elsewhere';
/** A page on a site PostLens does not read, to open the timelines from. */
const OPENER = `https://${EXTRA_MASTODON_HOST}/opener`;
/** What a page calls when the test is to close its tab: a binding, not a console message, which
 * Playwright drops when it comes before its subscription to the page's console does. */
const CLOSE_NOW = 'postlensTestCloseThisTab';
const PLAIN_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head><body><p>Nothing here.</p></body></html>';

/**
 * What the page does at its first PostLens badge: close its tab (by script, so the page gets no
 * pagehide: nothing but what PostLens did before can save its readings), navigate away, add one
 * more post and have its tab closed (as a user closes it: the page gets pagehide, and only that
 * makes PostLens read the new post in time), or nothing.
 */
type AtFirstBadge = 'close' | 'navigate' | 'add-and-close' | 'stay';

let session: E2ESession;
let article: string;
let run = 0;

/**
 * Runs in every page's main world before the page's own scripts. On a timeline whose URL says
 * `act=…`, it acts at the first PostLens badge, in the same turn of the event loop the badge went
 * in: the soonest a page can go.
 */
function actAtFirstBadge(args: { tag: string; elsewhere: string; templateId: string; closeNow: string }) {
  const params = new URL(location.href).searchParams;
  const act = params.get('act');
  if (act !== 'close' && act !== 'navigate' && act !== 'add-and-close') return;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(args.tag)) return;
    observer.disconnect();
    if (act === 'add-and-close') {
      const cell = document.createElement('div');
      cell.className = 'css-175oi2r';
      cell.setAttribute('data-testid', 'cellInnerDiv');
      cell.innerHTML = (document.getElementById('post') as HTMLTemplateElement).innerHTML.replaceAll(
        args.templateId,
        params.get('added') ?? '',
      );
      document.querySelector('section')?.append(cell);
      // A busy page, as a feed is: idle callbacks wait for their 250 ms timeout, so the new post
      // is not read before the tab closes unless the page going makes PostLens read it.
      setInterval(() => {
        const until = performance.now() + 40;
        while (performance.now() < until) {}
      }, 0);
      // The test closes the tab as its user would (a script-closed tab gets no pagehide).
      void (window as unknown as Record<string, () => Promise<void>>)[args.closeNow]?.();
      return;
    }
    if (act === 'navigate') location.href = args.elsewhere;
    else window.close();
  });
  observer.observe(document, { childList: true, subtree: true });
}

beforeAll(async () => {
  // POSTLENS_EXTENSION_DIR runs the same tests against another build (the code before a change).
  session = await startSession({ launch: { extensionDir: process.env.POSTLENS_EXTENSION_DIR } });
  await session.browser.context.addInitScript(
    inPageSource(actAtFirstBadge, {
      tag: BADGE_TAG,
      elsewhere: ELSEWHERE,
      templateId: TEMPLATE_ID,
      closeNow: CLOSE_NOW,
    }),
  );
  await session.browser.context.exposeBinding(CLOSE_NOW, ({ page }) => {
    void page.close();
  });
  article = readFileSync(join(FIXTURES_DIR, 'x/x-tweet-sample.html'), 'utf8');
  session.server.setPage(OPENER, PLAIN_PAGE);
  session.server.setPage(ELSEWHERE, PLAIN_PAGE);
});

afterAll(async () => {
  await session?.close();
});

const idFor = (n: number) => String(BigInt(TEMPLATE_ID) + BigInt(n));

/**
 * A new X timeline of POSTS_PER_PAGE posts no earlier page had, served at its own URL; returns
 * the URL and the keys of every post PostLens will read on it (with 'add-and-close', the added one
 * too).
 */
function newTimeline(act: AtFirstBadge): { url: string; keys: string[] } {
  run++;
  const ids = Array.from({ length: POSTS_PER_PAGE }, (_, i) => idFor(run * 1000 + i));
  const added = idFor(run * 1000 + 999);
  const cells = ids
    .map(
      (id) =>
        `<div class="css-175oi2r" data-testid="cellInnerDiv">${article.replaceAll(TEMPLATE_ID, id)}</div>`,
    )
    .join('');
  const url = `https://x.com/home?run=${run}&act=${act}&added=${added}`;
  session.server.setPage(
    url,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head><body>` +
      `<main role="main"><div data-testid="primaryColumn"><section role="region">${cells}` +
      `</section></div></main><template id="post">${article}</template></body></html>`,
  );
  const keys = ids.map((id) => `x:${id}`);
  return { url, keys: act === 'add-and-close' ? [...keys, `x:${added}`] : keys };
}

/**
 * Stops the worker, then opens a new timeline in a new tab and waits for its first badge, by
 * which time the tab may be gone already (act). A script opens the tab (window.open), so a script
 * may close it, as its user would. The opener is on another site, so the timeline gets a window of
 * its own (the init script runs in it).
 */
async function openWithWorkerAsleep(act: AtFirstBadge): Promise<{ page: Page; keys: string[] }> {
  const control = await workerControl(session.browser.context, session.browser.extensionId);
  try {
    await control.stop();
    expect(await control.running()).toBe(false);
  } finally {
    await control.close();
  }
  const { url, keys } = newTimeline(act);
  const opener = await session.browser.context.newPage();
  await opener.goto(OPENER);
  const [page] = await Promise.all([
    session.browser.context.waitForEvent('page'),
    opener.evaluate((u) => void window.open(u, '_blank'), url),
  ]);
  await opener.close();
  if (act === 'navigate') await page.waitForURL(ELSEWHERE, { timeout: 20_000 });
  else if (act === 'stay')
    await page.locator(BADGE_TAG).first().waitFor({ state: 'attached', timeout: 20_000 });
  // A page closed by now has fired its close event already: it would not come again.
  else if (!page.isClosed()) await page.waitForEvent('close', { timeout: 20_000 });
  // The timeline made here was served (not a fixture of the same path).
  const { pathname, search } = new URL(url);
  expect(session.server.served.filter((r) => r.path === pathname + search).map((r) => r.kind)).toContain(
    'dynamic',
  );
  return { page, keys };
}

/** Wakes the worker (an extension page sends it a message, as the popup would) and waits until
 * every key has a post and a snapshot in IndexedDB, or 15 seconds pass. */
async function storedAfterWaking(keys: string[]): Promise<{ missing: string[]; dump: DbDump }> {
  const reader = await openDbReader(session.browser.context, session.browser.extensionId);
  try {
    await session.browser.serviceWorker();
    const has = (d: DbDump) => (k: string) =>
      d.posts.some((p) => p.key === k) && d.snapshots.some((s) => s.postKey === k);
    const dump = await reader.waitFor((d) => keys.every(has(d)), 15_000, 250);
    return { missing: keys.filter((k) => !has(dump)(k)), dump };
  } finally {
    await reader.close();
  }
}

describe('readings of a page that goes away while the service worker sleeps', () => {
  it('control: a page that stays shows a badge on every post, and every reading is stored', async () => {
    const { page, keys } = await openWithWorkerAsleep('stay');
    expect((await waitForBadges(page, POSTS_PER_PAGE)).sort()).toEqual([...keys].sort());
    const { missing } = await storedAfterWaking(keys);
    await page.close();
    expect(missing).toEqual([]);
  });

  it.each([1, 2, 3])('the tab is closed at the first badge (try %i): every reading is stored', async () => {
    const { keys } = await openWithWorkerAsleep('close');
    const { missing } = await storedAfterWaking(keys);
    expect(missing, 'readings lost with the closed tab').toEqual([]);
  });

  it.each([1, 2, 3])(
    'the tab navigates away at the first badge (try %i): every reading is stored',
    async () => {
      const { page, keys } = await openWithWorkerAsleep('navigate');
      const { missing } = await storedAfterWaking(keys);
      await page.close();
      expect(missing, 'readings lost with the page navigated away from').toEqual([]);
    },
  );

  it('a post added just as the tab closes is read when the page goes, and stored', async () => {
    const { keys } = await openWithWorkerAsleep('add-and-close');
    const { missing } = await storedAfterWaking(keys);
    expect(missing, 'readings lost with the closed tab').toEqual([]);
  });

  it('a batch kept in storage while the worker sleeps wakes it and is stored, with no message sent', async () => {
    const control = await workerControl(session.browser.context, session.browser.extensionId);
    // An extension page that sends no message (the dashboard would, and so wake the worker).
    const quiet = await session.browser.context.newPage();
    try {
      await quiet.goto(`chrome-extension://${session.browser.extensionId}/manifest.json`);
      await control.stop();
      const key = `x:${idFor(++run * 1000)}`;
      const id = key.slice(2);
      const handoff = {
        batch: {
          batchId: `kept-${id}`,
          pageUrl: 'https://x.com/home',
          posts: [{ ...readingShape, postId: id, url: `https://x.com/NASA/status/${id}` }],
          profile: null,
        },
        at: Date.now(),
      };
      expect(await control.running()).toBe(false);
      await quiet.evaluate((entry) => chrome.storage.local.set(entry), { [`handoff:kept-${id}`]: handoff });
      let stored = false;
      for (let i = 0; i < 40 && !stored; i++) {
        await quiet.waitForTimeout(250);
        const dump = (await evaluateInPage(quiet, dumpDatabase, { name: DB_NAME, stores: STORES })) as DbDump;
        stored = dump.snapshots.some((s) => s.postKey === key);
      }
      expect(stored, 'the kept batch was stored by a worker nothing but the storage change woke').toBe(true);
      expect(await quiet.evaluate(() => chrome.storage.local.get(null))).not.toHaveProperty(
        `handoff:kept-${id}`,
      );
    } finally {
      await quiet.close();
      await control.close();
    }
  });

  it('the popup says how many readings were lost and why, until dismissed', async () => {
    const tab = await session.browser.context.newPage();
    await tab.goto(ELSEWHERE);
    const quiet = await session.browser.context.newPage();
    await quiet.goto(`chrome-extension://${session.browser.extensionId}/manifest.json`);
    // What the background records when content scripts report readings they had to give up.
    const reason = 'browser storage refused to keep the readings meanwhile';
    await quiet.evaluate((v) => chrome.storage.local.set(v), {
      lostReadings: { lost: 7, reason, at: Date.now() },
    });
    const popup = await openPopupOn(session, tab);
    try {
      let text = '';
      for (let i = 0; i < 40 && !text.includes('Readings lost'); i++) {
        await tab.waitForTimeout(250);
        text = (await popup.read()).text;
      }
      expect(text).toContain(`Readings lost`);
      expect(text).toContain(`7 readings of pages you visited could not be saved: ${reason}.`);
      await quiet.evaluate(() =>
        (
          chrome.extension
            .getViews({ type: 'popup' })[0]
            ?.document.querySelector('.unsaved-lost button') as HTMLElement
        )?.click(),
      );
      let lost: unknown = 7;
      for (let i = 0; i < 40 && lost !== 0; i++) {
        await tab.waitForTimeout(250);
        lost = (
          (await quiet.evaluate(() => chrome.storage.local.get(null))).lostReadings as { lost?: number }
        )?.lost;
      }
      expect(lost, 'dismissed').toBe(0);
    } finally {
      await popup.close();
      await quiet.close();
      await tab.close();
    }
  });

  it('made no request off this machine', async () => {
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
