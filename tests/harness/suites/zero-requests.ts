// Everything stays on the user's machine, written once for Chromium and Firefox:
// - `describeRestOfSession` ends the platform suite's session (tests/harness/suites/platforms.ts,
//   which has just read and badged every saved page, each served at its platform's real host) with
//   what else a user does: the popup, the dashboard's views, both exports downloaded, the options
//   page; then checks that in the whole session PostLens made no network request at all: not its
//   background, not its pages, not its content scripts, to no host (the platforms' own included).
//   The pages are read once for both suites: reading them twice took about a minute of each CI run.
// - `describeProbeControl` is the positive control: the probe build (tests/harness/probe.ts), which
//   makes requests on purpose, run through the very same check, which must flag them; and the real
//   build must carry no trace of the probe.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForBadges } from '../badges';
import {
  type BrowserSession,
  describeFindings,
  type E2EBrowser,
  type ZeroRequestFindings,
  zeroRequestFindings,
} from '../e2e-session';
import { evaluateInPage } from '../in-page';
import { textOf, waitForApp } from '../pages';
import { PROBE_HOST, PROBE_URLS } from '../probe';
import { ROUTES, routeUrl } from '../routes';
import { pollUntil } from '../wait';

/** Runs in the page: down the page, as a reader scrolls (what loads lazily is then asked for). */
export function scrollThrough(_: null): void {
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

/** The popup, the dashboard, both exports and the options in `session`, then the check that the
 * whole session made no request. `pagesRead`: how many web pages the session read before, each of
 * which asks for something of its own (proof that the recording saw them). */
export function describeRestOfSession(session: () => BrowserSession, pagesRead: number): void {
  describe('the rest of a full session', () => {
    it('opens the popup on a platform tab', async () => {
      const tab = await session().newPage();
      try {
        await tab.goto(routeUrl(ROUTES.find((r) => !r.needsGrant)!), { waitUntil: 'domcontentloaded' });
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
      expect(session().guard.records.filter((r) => r.source === 'page').length).toBeGreaterThan(pagesRead);
    });
  });
}

/** The probe build through the same check, in a session of its own. */
export function describeProbeControl(browser: E2EBrowser): void {
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
