// Everything stays on the user's machine: a full session (every platform's saved pages read and
// badged, the popup opened on a tab, the dashboard's views, both exports downloaded, the options
// page) in which PostLens makes no network request at all. The network guard records what the
// service worker and the extension pages ask for; a DevTools session on each web page records
// every request with its initiator. The saved pages run no script of their own (the fixture
// server's policy is script-src 'none'), so a request a script started on them can only be a
// content script's; so can one whose initiating code lives at chrome-extension://….
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadges } from '../harness/badges';
import { ROUTES, routeUrl } from '../harness/routes';
import { type E2ESession, startSession } from '../harness/session';

/** The extension APIs these tests call inside the browser (no @types/chrome in the project). */
declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
  action: { openPopup(): Promise<void> };
  extension: { getViews(o: { type: 'popup' }): Window[] };
};

interface Initiated {
  url: string;
  initiator: { type: string; url?: string; stack?: { callFrames: Array<{ url: string }> } };
}

let session: E2ESession;
let ours: string;
/** Requests on web pages that a script started: on the saved pages, only a content script can. */
const fromContentScripts: Initiated[] = [];
const sessions: CDPSession[] = [];

// A saved Reddit page's <link rel="stylesheet"> tags inside its components load with initiator
// "script" from "about:client" and no stack: the browser's own doing, the same without PostLens
// installed (checked in plain Chromium on the same page). Not a script's request.
const browsersOwn = (i: Initiated['initiator']) => i.url === 'about:client' && !i.stack?.callFrames.length;
const byScript = (i: Initiated['initiator']) =>
  (i.type === 'script' && !browsersOwn(i)) ||
  (i.url ?? '').startsWith('chrome-extension://') ||
  (i.stack?.callFrames ?? []).some((f) => f.url.startsWith('chrome-extension://'));

async function openWatched(url: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  const cdp = await session.browser.context.newCDPSession(page);
  sessions.push(cdp);
  cdp.on('Network.requestWillBeSent', (event) => {
    const e = event as unknown as Initiated & { request: { url: string } };
    if (byScript(e.initiator)) fromContentScripts.push({ url: e.request.url, initiator: e.initiator });
  });
  await cdp.send('Network.enable');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

beforeAll(async () => {
  session = await startSession();
  ours = `chrome-extension://${session.browser.extensionId}/`;
  session.browser.guard.clear();
});

afterAll(async () => {
  await session?.close();
});

describe('a full session', () => {
  const routes = ROUTES.filter((r) => !r.needsGrant);

  it.each(routes.map((r) => [routeUrl(r), r] as const))('reads %s', async (url, route) => {
    const page = await openWatched(url);
    try {
      expect((await waitForBadges(page, route.posts, 20_000)).length).toBeGreaterThan(0);
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(300);
    } finally {
      await page.close();
    }
  });

  it('opens the popup on a platform tab', async () => {
    const lookout = await session.browser.context.newPage();
    await lookout.goto(`${ours}options.html`);
    const page = await openWatched(routeUrl(routes[0]!));
    await waitForBadges(page, 1);
    await page.bringToFront();
    const worker = await session.browser.serviceWorker();
    await worker.evaluate(() => chrome.action.openPopup());
    await expect
      .poll(
        () =>
          lookout.evaluate(
            () =>
              chrome.extension.getViews({ type: 'popup' })[0]?.document.getElementById('app')?.textContent ??
              '',
          ),
        { timeout: 15_000 },
      )
      .toMatch(/posts? on this page/);
    await page.close();
    await lookout.close();
  });

  it('browses the dashboard and downloads both exports', async () => {
    const dash = await session.browser.context.newPage();
    try {
      await dash.goto(`${ours}dashboard.html#/posts`);
      for (const [name, check] of [
        ['Export JSON', (t: string) => expect(JSON.parse(t).format).toBe('postlens-export')],
        [
          'Export CSV',
          (t: string) => expect(t.replace(/^\uFEFF/, '').startsWith('platform,postId,url')).toBe(true),
        ],
      ] as const) {
        const [download] = await Promise.all([
          dash.waitForEvent('download'),
          dash.getByRole('button', { name }).first().click(),
        ]);
        check(readFileSync(await download.path(), 'utf8'));
      }
      await dash.goto(`${ours}dashboard.html#/authors`);
      const boxes = dash.getByRole('checkbox');
      await boxes.first().waitFor();
      for (let i = 0; i < Math.min(5, await boxes.count()); i++) await boxes.nth(i).check();
      await dash.getByRole('table').first().waitFor();
      await dash.goto(`${ours}dashboard.html#/data`);
      await dash.getByRole('button', { name: 'Delete all data' }).waitFor();
      await dash.goto(`${ours}options.html`);
      await dash.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
    } finally {
      await dash.close();
    }
  });

  it('made no request off this machine, and PostLens itself made none at all', async () => {
    for (const cdp of sessions) await cdp.detach().catch(() => {});
    const guard = session.browser.guard;
    await guard.settle();
    expect(guard.outside(), guard.report()).toEqual([]);
    // The service worker and PostLens's pages: their own files, blobs (the exports) and nothing else.
    const extensionRequests = guard.records.filter((r) => r.source === 'extension');
    expect(
      extensionRequests.filter((r) => !/^(chrome-extension|blob|data):/.test(r.url)).map((r) => r.url),
    ).toEqual([]);
    // The content scripts: no request at all on any page.
    expect(fromContentScripts.map((r) => r.url)).toEqual([]);
    // The recording worked: it saw the pages' own requests.
    expect(guard.records.filter((r) => r.source === 'page').length).toBeGreaterThan(routes.length);
  });
});
