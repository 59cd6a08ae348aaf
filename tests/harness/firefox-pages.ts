// Page helpers for the Firefox suite (puppeteer pages): open an extension page, wait for a
// condition within bounds, find PostLens badges, and read what the background page fetched.
import type { Browser, Page } from 'puppeteer-core';
import { navigateAndWait } from './firefox-bidi';
import { isLocalScheme } from './firefox-guard';

export const BADGE_TAG = 'postlens-badge';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Calls `probe` every `intervalMs` until `done` holds or `timeoutMs` passes; returns the last value. */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await sleep(intervalMs);
    value = await probe();
  }
  return value;
}

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

/** Waits (bounded) until Preact has rendered something into #app; false when it never did. */
export async function waitForApp(page: Page, timeoutMs = 15_000): Promise<boolean> {
  return pollUntil(
    () => page.evaluate(() => (document.getElementById('app')?.childElementCount ?? 0) > 0),
    Boolean,
    timeoutMs,
  );
}

/** Keys of every badge on the page, in document order, open shadow roots included. Runs in the page. */
function collectBadgeKeys(tag: string): string[] {
  const keys: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll(tag)) keys.push(el.getAttribute('data-postlens-key') ?? '');
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  return keys;
}

export const badgeKeys = (page: Page): Promise<string[]> => page.evaluate(collectBadgeKeys, BADGE_TAG);

/** One step down the page, back to the top at the bottom: posts badged on sight get their turn. */
function scrollStep(): void {
  const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
  window.scrollTo(0, atBottom ? 0 : window.scrollY + Math.round(window.innerHeight * 0.8));
}

/** Waits until at least `expected` badges show (or `timeoutMs` passes), scrolling meanwhile; never
 * throws on timeout: the caller compares what it got with what it wanted. */
export async function waitForBadges(page: Page, expected: number, timeoutMs = 30_000): Promise<string[]> {
  return pollUntil(
    async () => {
      const keys = await badgeKeys(page);
      if (keys.length < expected) await page.evaluate(scrollStep);
      return keys;
    },
    (keys) => keys.length >= expected,
    timeoutMs,
  );
}

/** URLs the background page fetched (its resource timing), web ones only. Runs in an extension page. */
async function backgroundResources(): Promise<string[]> {
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
    const urls = await page.evaluate(backgroundResources);
    return urls.filter((u) => !isLocalScheme(u));
  } finally {
    await page.close();
  }
}
