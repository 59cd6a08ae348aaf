// Everything stays on the user's machine: a full session (every platform's saved pages read and
// badged, the popup, the dashboard's views, both exports downloaded, the options page) in which
// PostLens makes no network request at all: not its background, not its pages, not its content
// scripts, to no host (the platforms' own included). Then the positive control: the probe build
// (tests/harness/probe.ts), which makes requests on purpose, run through the very same check,
// which must flag them; and the real build must carry no trace of the probe. Written once for
// Chromium and Firefox.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForBadges } from '../badges';
import {
  describeFindings,
  type E2EBrowser,
  type ZeroRequestFindings,
  zeroRequestFindings,
} from '../e2e-session';
import { evaluateInPage } from '../in-page';
import { textOf, waitForApp } from '../pages';
import { PROBE_HOST, PROBE_URLS } from '../probe';
import { ROUTES, routeUrl } from '../routes';
import { pollUntil, sleep } from '../wait';
import { useSession } from './lifecycle';

const routes = ROUTES.filter((r) => !r.needsGrant);

/** Runs in the page: down the page and back, as a reader scrolls. */
function scrollThrough(_: null): void {
  window.scrollBy(0, 2000);
}

/** Runs in the page: ticks up to `n` checkboxes (the authors to compare). */
function tickBoxes(n: number): number {
  const boxes = Array.from(document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).slice(0, n);
  for (const b of boxes) if (!b.checked) b.click();
  return boxes.length;
}

/** Runs in the page: whether a button with exactly this text is there. */
const hasButton = (name: string) =>
  Array.from(document.querySelectorAll('button')).some((b) => b.textContent?.trim() === name);

/** Every file of a build whose text names the probe (its host or its content script) or holds the
 * test build's write hold (lib/store/hold-for-test.ts). */
function probeTraces(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return files
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => {
      const text = readFileSync(f, 'latin1');
      return ['__postlensHoldWrites', PROBE_HOST, 'postlens-probe'].some((t) => text.includes(t));
    });
}

export function describeZeroRequests(browser: E2EBrowser): void {
  describe('a full session', () => {
    const { session } = useSession(browser);

    // In Chromium several tabs at a time (vitest's maxConcurrency, 5), as a user keeps them: the
    // check below runs after all of them, and one page after another took a minute on CI. Firefox
    // reads one at a time: its WebDriver BiDi once refused to open a tab while others loaded and
    // closed (browsingContext.create: DiscardedBrowsingContextError), a failure of its automation.
    const test = browser.name === 'chromium' ? it.concurrent : it;
    test.each(routes.map((r) => [routeUrl(r), r] as const))('reads %s', async (url, route) => {
      const page = await session().newPage();
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        if (route.posts > 0)
          expect((await waitForBadges(page, route.posts, 20_000)).length).toBeGreaterThan(0);
        // A profile page with no post of its own (its header is read): nothing to badge, so give
        // the content script the time it takes to read a page before looking for requests.
        else await sleep(1_500);
        await evaluateInPage(page, scrollThrough, null);
        await sleep(300);
      } finally {
        await page.close();
      }
    });

    it('opens the popup on a platform tab', async () => {
      const tab = await session().newPage();
      try {
        await tab.goto(routeUrl(routes[0]!), { waitUntil: 'domcontentloaded' });
        expect(await waitForBadges(tab, 1)).not.toEqual([]);
        const { openPopupOn } = session();
        if (openPopupOn) {
          const popup = await openPopupOn(tab);
          try {
            const text = await pollUntil(
              () => popup.text(),
              (t) => /posts? on this page/.test(t),
              15_000,
            );
            expect(text).toMatch(/posts? on this page/);
          } finally {
            await popup.close();
          }
        } else {
          const popup = await session().openExtensionPage('popup.html');
          try {
            expect(await waitForApp(popup), 'the popup did not render').toBe(true);
          } finally {
            await popup.close();
          }
        }
      } finally {
        await tab.close();
      }
    });

    it('browses the dashboard, downloads both exports, opens the options', async () => {
      const posts = await session().openExtensionPage('dashboard.html#/posts');
      try {
        expect(await waitForApp(posts)).toBe(true);
        const json = await session().download(posts, 'Export JSON');
        expect(JSON.parse(json.text).format).toBe('postlens-export');
        const csv = await session().download(posts, 'Export CSV');
        expect(csv.text.replace(/^\uFEFF/, '').startsWith('platform,postId,url')).toBe(true);
      } finally {
        await posts.close();
      }
      const authors = await session().openExtensionPage('dashboard.html#/authors');
      try {
        const ticked = await pollUntil(
          () => evaluateInPage(authors, tickBoxes, 5),
          (n) => n > 0,
          15_000,
        );
        expect(ticked, 'no author to compare on the dashboard').toBeGreaterThan(0);
        expect(await pollUntil(() => textOf(authors, 'table'), Boolean, 15_000)).toBeTruthy();
      } finally {
        await authors.close();
      }
      const data = await session().openExtensionPage('dashboard.html#/data');
      try {
        expect(
          await pollUntil(() => evaluateInPage(data, hasButton, 'Delete all data'), Boolean, 15_000),
        ).toBe(true);
      } finally {
        await data.close();
      }
      const options = await session().openExtensionPage('options.html');
      try {
        expect(await waitForApp(options)).toBe(true);
      } finally {
        await options.close();
      }
    });

    it('made no request off this machine, and PostLens itself made none at all', async () => {
      const findings = await zeroRequestFindings(session());
      expect(findings, describeFindings(findings, session().guard)).toEqual({
        outside: [],
        byPostLens: [],
        blind: null,
      });
      // The recording worked: it saw the pages' own requests.
      expect(session().guard.records.filter((r) => r.source === 'page').length).toBeGreaterThan(
        routes.length,
      );
    });
  });

  describe('positive control: the probe build, which makes requests on purpose', () => {
    it('the real build carries no trace of the probe; the probe build does', () => {
      expect(probeTraces(browser.builds.real)).toEqual([]);
      expect(probeTraces(browser.builds.probe).length).toBeGreaterThanOrEqual(2);
    });

    it("the same check flags the probe's requests: its background's and its content script's", async () => {
      const probe = await browser.start({
        extensionDir: browser.builds.probe,
        buildCommand: 'npm run build:probe',
      });
      try {
        const route = ROUTES.find((r) => r.file === 'x/x-tweet-sample.html')!;
        const page = await probe.newPage();
        try {
          await page.goto(routeUrl(route), { waitUntil: 'domcontentloaded' });
          // The probe is PostLens with one more content script: the real one still badges the post.
          expect(await waitForBadges(page, 1)).toEqual(['x:1981398750557065646']);
          const wanted = [PROBE_URLS.background, PROBE_URLS.contentScriptToPlatform];
          const urls = (f: ZeroRequestFindings) => f.byPostLens.map((r) => r.url);
          const findings = await pollUntil(
            () => zeroRequestFindings(probe),
            (f) => wanted.every((u) => urls(f).includes(u)),
            15_000,
          );
          expect(findings.blind).toBeNull();
          expect(urls(findings)).toEqual(expect.arrayContaining(wanted));
          // Each request is put down to who made it, the one to the platform's own host included.
          expect(
            findings.byPostLens.filter((r) => r.source === 'content-script').map((r) => r.url),
          ).toContain(PROBE_URLS.contentScriptToPlatform);
          expect(findings.outside.map((r) => r.url)).toEqual(expect.arrayContaining(wanted));
        } finally {
          await page.close();
        }
      } finally {
        await probe.close();
      }
    });
  });
}
