// Page helpers for the Firefox suite (puppeteer pages): open an extension page, and read what the
// background page fetched. Waiting, badges and PostLens's pages are the shared helpers' (wait.ts,
// badges.ts, pages.ts), re-exported here.
import type { Browser, Page } from 'puppeteer-core';
import { navigateAndWait } from './firefox-bidi';
import { isLocalScheme } from './firefox-guard';
import { evaluateInPage } from './in-page';

export { BADGE_TAG, badgeKeys, waitForBadges } from './badges';
export { waitForApp } from './pages';
export { pollUntil, sleep } from './wait';

/** Opens moz-extension://<uuid>/<file> in a new tab, once its document has loaded. `beforeLoad`
 * runs on the blank tab first (to attach console listeners). */
export async function openExtensionPage(
  browser: Browser,
  extensionBase: string,
  file: string,
  beforeLoad?: (page: Page) => void,
): Promise<Page> {
  const page = await browser.newPage();
  try {
    beforeLoad?.(page);
    await navigateAndWait(browser, page, new URL(file, extensionBase).href);
    return page;
  } catch (err) {
    await page.close().catch(() => {});
    throw new Error(`could not open ${file} of the extension: ${(err as Error).message}`);
  }
}

/** URLs the background page fetched (its resource timing), web ones only. Runs in an extension page. */
async function backgroundResources(_: null): Promise<string[]> {
  const ext = (
    globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }
  ).browser;
  const bg = await ext.runtime.getBackgroundPage();
  if (!bg) return [];
  // Room for every request of a test run: the default buffer keeps only 250.
  bg.performance.setResourceTimingBufferSize(100_000);
  return bg.performance.getEntriesByType('resource').map((e) => e.name);
}

export async function readBackgroundRequests(browser: Browser, extensionBase: string): Promise<string[]> {
  const page = await openExtensionPage(browser, extensionBase, 'popup.html');
  try {
    const urls = await evaluateInPage(page, backgroundResources, null);
    return urls.filter((u) => !isLocalScheme(u));
  } finally {
    await page.close();
  }
}
