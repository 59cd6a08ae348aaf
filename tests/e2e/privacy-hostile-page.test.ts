// A hostile X page (tests/fixtures/hostile/x-hostile.html: X's real markup with script payloads
// in the author name, the post text and its links) in real Chromium with PostLens. The page is
// served with a policy that lets inline scripts and handlers run, and a script of its own proves
// they do: so had PostLens turned any of the page's text into markup, its payload would have run.
// None does, in the page, the badges, their cards, the popup or the dashboard, and PostLens shows
// no element, handler or link the page made; its only links are x.com permalinks and its own pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadges } from '../harness/badges';
import { openDbReader } from '../harness/extension-db';
import { FIXTURES_DIR } from '../harness/paths';
import { type E2ESession, startSession } from '../harness/session';

/** The extension APIs these tests call inside the browser (no @types/chrome in the project). */
declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
  action: { openPopup(): Promise<void> };
  extension: { getViews(o: { type: 'popup' }): Window[] };
};

const URL_ = 'https://x.com/TestUser123/status/1981398750557065646';
const KEYS = ['x:1981398750557065646', 'x:1981398750557065647'];
const NAME_PAYLOAD = `<img src=x onerror="window.__pwned='name'">Test User Account`;
const TEXT_PAYLOAD = `"><svg onload="window.__pwned='text'"> <script>window.__pwned='script'</script>`;
// Inline scripts and handlers may run; nothing may load from elsewhere.
const PERMISSIVE_CSP =
  "script-src 'unsafe-inline'; default-src 'self' data: blob:; style-src 'self' 'unsafe-inline' data:; object-src 'none'";

/**
 * Runs in a page: what in the document (and every open shadow root) could only have come from
 * page text turned into markup, and every link's href. Self-contained for page.evaluate.
 */
function inspectDom(args: { roots: 'badges' | 'app' | 'popup' }) {
  // The popup is not a tab: an extension page reaches its window through chrome.extension.getViews.
  const view =
    args.roots === 'popup'
      ? (chrome.extension.getViews({ type: 'popup' })[0] as (Window & typeof globalThis) | undefined)
      : window;
  if (!view) return { problems: ['no popup open'], hrefs: [], pwned: null, pageScriptsRun: null, text: '' };
  const doc = view.document;
  const problems: string[] = [];
  const hrefs: string[] = [];
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'];
  const visit = (root: Document | ShadowRoot | Element) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'img', 'frame', 'foreignobject', 'base'].includes(tag)) {
        problems.push(`<${tag}>`);
      }
      for (const name of el.getAttributeNames()) {
        const value = el.getAttribute(name) ?? '';
        if (/^on/i.test(name)) problems.push(`${tag}[${name}="${value}"]`);
        if (urlAttrs.includes(name) && /^\s*(javascript|data|vbscript):/i.test(value)) {
          problems.push(`${tag}[${name}="${value}"]`);
        }
      }
      if (tag === 'a' && el.getAttribute('href') !== null) hrefs.push((el as HTMLAnchorElement).href);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  // Extension pages: what Preact rendered into #app (the page's own module script is outside it).
  const app = doc.getElementById('app');
  if (args.roots === 'badges') {
    for (const host of doc.querySelectorAll('postlens-badge')) if (host.shadowRoot) visit(host.shadowRoot);
  } else if (app) visit(app);
  else problems.push('no #app');
  const w = view as unknown as { __pwned?: unknown; __pageScriptsRun?: unknown };
  const text = (args.roots === 'badges' ? '' : app?.textContent) ?? '';
  return { problems, hrefs, pwned: w.__pwned ?? null, pageScriptsRun: w.__pageScriptsRun ?? null, text };
}

const inspect = (page: Page, roots: 'badges' | 'app' | 'popup' = 'app') =>
  page.evaluate(inspectDom, { roots });

let session: E2ESession;
let ours: string;

/** PostLens's own pages, and x.com over https: the only places a PostLens link may go. */
const foreign = (hrefs: string[]) =>
  hrefs.filter((h) => !h.startsWith(ours) && !/^https:\/\/(([a-z0-9-]+\.)*)x\.com\//.test(h));

beforeAll(async () => {
  session = await startSession();
  ours = `chrome-extension://${session.browser.extensionId}/`;
  const html = readFileSync(join(FIXTURES_DIR, 'hostile/x-hostile.html'), 'utf8').replace(
    '</head>',
    '<script>window.__pageScriptsRun = true</script></head>',
  );
  session.server.setPage(URL_, { html, csp: PERMISSIVE_CSP });
});

afterAll(async () => {
  await session?.close();
});

describe('a hostile page', () => {
  let page: Page;

  it('gets its badges, their cards show its payloads as text, and no payload runs', async () => {
    page = await session.browser.context.newPage();
    await page.goto(URL_, { waitUntil: 'domcontentloaded' });
    expect((await waitForBadges(page, 2)).sort()).toEqual(KEYS);
    // Open each card (hover, and focus as a keyboard user would) and read it while it is open.
    const cards: string[] = [];
    for (const key of KEYS) {
      const chip = page.locator(`postlens-badge[data-postlens-key="${key}"] button.chip`);
      await chip.hover();
      await chip.focus();
      const card = page.locator(`postlens-badge[data-postlens-key="${key}"] .card`);
      await card.waitFor({ timeout: 10_000 });
      cards.push((await card.textContent()) ?? '');
      const open = await inspect(page, 'badges');
      expect(open.problems).toEqual([]);
      expect(open.hrefs).toEqual([]);
    }
    expect(cards[0]).toContain(NAME_PAYLOAD);

    const inPage = await inspect(page, 'badges');
    expect(inPage.pageScriptsRun, 'the page’s own inline script ran: payloads could have').toBe(true);
    expect(inPage.problems).toEqual([]);
    expect(inPage.hrefs).toEqual([]);
    expect(inPage.pwned).toBeNull();
  });

  it('stores the payloads as text, verbatim, with x.com permalinks only', async () => {
    const reader = await openDbReader(session.browser.context, session.browser.extensionId);
    try {
      const dump = await reader.waitFor((d) => KEYS.every((k) => d.posts.some((p) => p.key === k)));
      const first = dump.posts.find((p) => p.key === KEYS[0])!;
      expect(first.authorName).toBe(NAME_PAYLOAD);
      expect(first.text.startsWith(TEXT_PAYLOAD)).toBe(true);
      expect(dump.posts.map((p) => new URL(p.url).origin)).toEqual(['https://x.com', 'https://x.com']);
    } finally {
      await reader.close();
    }
  });

  it('shows them as text in the popup opened on that tab', async () => {
    // An extension page to look into the popup from, opened before it: a new tab would close it.
    const lookout = await session.browser.context.newPage();
    await lookout.goto(`${ours}dashboard.html#/data`);
    await page.bringToFront();
    const worker = await session.browser.serviceWorker();
    await worker.evaluate(() => chrome.action.openPopup());
    try {
      await expect
        .poll(async () => (await inspect(lookout, 'popup')).text, { timeout: 15_000 })
        .toContain('2 posts on this page');
      const seen = await inspect(lookout, 'popup');
      expect(seen.text).toContain(NAME_PAYLOAD);
      expect(seen.text).toContain(TEXT_PAYLOAD);
      expect(seen.problems).toEqual([]);
      expect(foreign(seen.hrefs)).toEqual([]);
      // Its Open links are the posts' own permalinks.
      expect(seen.hrefs.filter((h) => h.startsWith('https://')).sort()).toEqual(
        KEYS.map((k) => `https://x.com/TestUser123/status/${k.slice(2)}`),
      );
      expect(seen.pwned).toBeNull();
    } finally {
      await lookout.close();
    }
  });

  it.each([
    ['the posts table', '#/posts'],
    ['the post’s page', `#/post/${encodeURIComponent(KEYS[0]!)}`],
    ['the author comparison', '#/authors'],
  ])('shows them as text in the dashboard: %s', async (_what, hash) => {
    const dash = await session.browser.context.newPage();
    try {
      await dash.goto(`${ours}dashboard.html${hash}`);
      if (hash === '#/authors') {
        const boxes = dash.getByRole('checkbox');
        await boxes.first().waitFor({ timeout: 15_000 });
        for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
      }
      await expect
        .poll(async () => (await inspect(dash)).text, { timeout: 15_000 })
        .toContain(TEXT_PAYLOAD.slice(0, 30));
      const seen = await inspect(dash);
      expect(seen.problems).toEqual([]);
      expect(foreign(seen.hrefs)).toEqual([]);
      expect(seen.pwned).toBeNull();
    } finally {
      await dash.close();
    }
  });

  it('lets no page script press a card’s buttons: its click() opens nothing, the user’s click opens the post', async () => {
    const context = session.browser.context;
    const dashboards = () =>
      context.pages().filter((p) => p.url().startsWith(`${ours}dashboard.html`)).length;
    await page.bringToFront();
    const selector = `postlens-badge[data-postlens-key="${KEYS[0]}"]`;
    await page.locator(`${selector} button.chip`).hover();
    const button = page.locator(`${selector} .card button.open`).first();
    await button.waitFor({ timeout: 10_000 });
    const before = dashboards();
    // The page's own script, in its main world, as a hostile page would do it.
    const pressed = await page.evaluate((sel) => {
      const b = document
        .querySelector(sel)
        ?.shadowRoot?.querySelector<HTMLButtonElement>('.card button.open');
      b?.click();
      b?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return b?.textContent ?? null;
    }, selector);
    expect(pressed).toBe('History and campaigns…');
    // The user's click, on the same button: it opens the post in the dashboard. Had the page's
    // clicks gone through, their tabs would be there too (each message opens one).
    const opened = context.waitForEvent('page', { timeout: 15_000 });
    await button.click();
    const dashboard = await opened;
    await dashboard.waitForLoadState('domcontentloaded');
    expect(dashboard.url()).toContain(encodeURIComponent(KEYS[0]!));
    await new Promise((r) => setTimeout(r, 1000));
    expect(dashboards()).toBe(before + 1);
    await dashboard.close();
  });

  it('ran no payload in the page at any point, and made no request off this machine', async () => {
    expect((await inspect(page, 'badges')).pwned).toBeNull();
    await page.close();
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
