// Chrome stops an idle MV3 service worker whenever it likes. Here it is stopped on purpose, again
// and again, in the middle of a burst of readings: an X timeline that keeps receiving new posts.
// The content script retries every batch until the background acknowledges it, and the background
// stores each batch once, so every post ends up with exactly one snapshot: none lost, none twice
// (the snapshot interval is set to 0, so a batch stored twice would show as a second snapshot).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbReader, openDbReader } from '../harness/extension-db';
import { FIXTURES_DIR } from '../harness/paths';
import { workerControl } from '../harness/service-worker';
import { type E2ESession, startSession } from '../harness/session';

/** The extension APIs these tests call inside the browser (no @types/chrome in the project). */
declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
  action: { openPopup(): Promise<void> };
  extension: { getViews(o: { type: 'popup' }): Window[] };
};

const TEMPLATE_ID = '1981398750557065646';
const URL_ = 'https://x.com/home';
const POSTS = 48;
const STOP_EVERY = 6;

let session: E2ESession;
let reader: DbReader;

const cell = (article: string, id: string) =>
  `<div class="css-175oi2r" data-testid="cellInnerDiv">${article.replaceAll(TEMPLATE_ID, id)}</div>`;

beforeAll(async () => {
  session = await startSession();
  const worker = await session.browser.serviceWorker();
  // A snapshot for every reading however close in time (the default is one per 30 minutes).
  await worker.evaluate(() => chrome.storage.local.set({ settings: { snapshotIntervalMinutes: 0 } }));
  expect(await worker.evaluate(() => chrome.storage.local.get('settings'))).toEqual({
    settings: { snapshotIntervalMinutes: 0 },
  });
  const article = readFileSync(join(FIXTURES_DIR, 'x/x-tweet-sample.html'), 'utf8');
  session.server.setPage(
    URL_,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head><body>` +
      `<main role="main"><div data-testid="primaryColumn"><section role="region" id="feed">${cell(article, TEMPLATE_ID)}` +
      `</section></div></main><template id="post">${article}</template></body></html>`,
  );
  reader = await openDbReader(session.browser.context, session.browser.extensionId);
  // Never stopped before Chrome has activated it (tests/harness/service-worker.ts says why).
  const control = await workerControl(session.browser.context, session.browser.extensionId);
  await control.activated().finally(() => control.close());
});

afterAll(async () => {
  await reader?.close().catch(() => {});
  await session?.close();
});

/** Stops PostLens's service worker by closing its target, as Chrome does to an idle worker. */
async function stopWorker(cdp: CDPSession): Promise<boolean> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find(
    (t) =>
      t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.browser.extensionId}/`),
  );
  if (!sw) return false;
  return (await cdp.send('Target.closeTarget', { targetId: sw.targetId })).success;
}

/** Runs in the page: appends one post, made from the template with a new id. */
function appendPost(args: { templateId: string; id: string }) {
  const html = (document.getElementById('post') as HTMLTemplateElement).innerHTML.replaceAll(
    args.templateId,
    args.id,
  );
  const div = document.createElement('div');
  div.className = 'css-175oi2r';
  div.setAttribute('data-testid', 'cellInnerDiv');
  div.innerHTML = html;
  document.getElementById('feed')!.append(div);
}

describe('service worker stopped during a burst of readings', () => {
  let page: Page;

  it(`stores each of ${POSTS} posts exactly once while the worker is stopped every ${STOP_EVERY} posts`, async () => {
    page = await session.browser.context.newPage();
    await page.goto(URL_);
    const cdp = await session.browser.context.newCDPSession(page);
    const ids = [TEMPLATE_ID];
    let stops = 0;
    for (let i = 1; i <= POSTS - 1; i++) {
      const id = String(BigInt(TEMPLATE_ID) + BigInt(i));
      ids.push(id);
      await page.evaluate(appendPost, { templateId: TEMPLATE_ID, id });
      if (i % STOP_EVERY === 0 && (await stopWorker(cdp))) stops++;
      await page.waitForTimeout(60 + (i % 5) * 40);
    }
    // Chrome did stop the worker, several times, while readings were on their way.
    expect(stops).toBeGreaterThanOrEqual(Math.floor((POSTS - 1) / STOP_EVERY) - 2);

    const keys = ids.map((id) => `x:${id}`);
    // The sender backs off up to 10 s between tries: give it time to deliver everything.
    const dump = await reader.waitFor(
      (d) => keys.every((k) => d.snapshots.some((s) => s.postKey === k)),
      90_000,
      500,
    );
    const perPost = new Map(keys.map((k) => [k, 0]));
    for (const s of dump.snapshots) perPost.set(s.postKey, (perPost.get(s.postKey) ?? 0) + 1);
    const wrong = [...perPost].filter(([, n]) => n !== 1);
    expect(wrong, 'posts without exactly one snapshot').toEqual([]);
    expect(dump.posts.map((p) => p.key).sort()).toEqual([...keys].sort());
    expect(dump.snapshots.every((s) => s.likes === 553 && s.views === 30142)).toBe(true);
  }, 180_000);

  it('made no request off this machine', async () => {
    await page.close();
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
