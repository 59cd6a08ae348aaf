// Reads the PostLens badges a page shows: `postlens-badge` elements (shadow-root hosts) with
// `data-postlens-key="platform:postId"`, looked for in the document and in open shadow roots.
// The same code for a Chromium (Playwright) and a Firefox (Puppeteer) page.
import { type Evaluates, evaluateInPage } from './in-page';
import { sleep } from './wait';

export const BADGE_TAG = 'postlens-badge';

/** Keys of every badge on the page, in document order (duplicates kept). Runs in the page. */
function collectBadgeKeys(tag: string): string[] {
  const keys: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll(tag)) keys.push(el.getAttribute('data-postlens-key') ?? '');
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  return keys;
}

export const badgeKeys = (page: Evaluates): Promise<string[]> =>
  evaluateInPage(page, collectBadgeKeys, BADGE_TAG);

/** Scrolls one step down the page (back to the top once at the bottom). Runs in the page. */
function scrollStep(_: null): void {
  const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
  window.scrollTo(0, atBottom ? 0 : window.scrollY + Math.round(window.innerHeight * 0.8));
}

/**
 * Waits until at least `expected` badges are on the page (or `timeoutMs` passes), then returns
 * the keys found. Scrolls through the page meanwhile, so posts badged only once they come into
 * view get their turn. Never throws on timeout: the caller compares what it got with what it wanted.
 */
export async function waitForBadges(
  page: Evaluates,
  expected: number,
  timeoutMs = 30_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let keys = await badgeKeys(page);
  while (keys.length < expected && Date.now() < deadline) {
    await evaluateInPage(page, scrollStep, null);
    await sleep(250);
    keys = await badgeKeys(page);
  }
  return keys;
}

/**
 * For pages whose post count is not known in advance (the demo): waits for a first badge, then
 * until no new badge appeared for `quietMs`, all within bounds. Returns the keys found.
 */
export async function waitForBadgesToSettle(
  page: Evaluates,
  { firstMs = 20_000, quietMs = 1_500, maxMs = 15_000 } = {},
): Promise<string[]> {
  let keys = await waitForBadges(page, 1, firstMs);
  if (keys.length === 0) return keys;
  const deadline = Date.now() + maxMs;
  let stableSince = Date.now();
  while (Date.now() < deadline && Date.now() - stableSince < quietMs) {
    await sleep(250);
    const now = await badgeKeys(page);
    if (now.length !== keys.length) stableSince = Date.now();
    keys = now;
  }
  return keys;
}
