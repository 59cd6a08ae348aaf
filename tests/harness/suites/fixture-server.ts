// The fixture server as a browser meets it: saved pages at their real hostnames (inside the test
// browser only), whose own scripts cannot run, and pages a test can change between visits.
// Written once for Chromium and Firefox (which reaches the server through its guard proxy).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { E2EBrowser } from '../e2e-session';
import { evaluateInPage } from '../in-page';
import { textOf } from '../pages';
import { type FixtureRoute, routeUrl } from '../routes';
import { FIXTURE_CSP } from '../server';
import { itLeftNoTrace, useSession } from './lifecycle';

export const TEST_ROUTES: FixtureRoute[] = [
  {
    platform: 'x',
    host: 'x.com',
    path: '/TestUser123/status/1981398750557065646',
    file: 'x/saved.html',
    posts: 1,
    counted: 'test route',
  },
  {
    platform: 'mastodon',
    host: 'social.example.org',
    path: '/@nobody/1',
    file: 'mastodon/does-not-exist.html',
    posts: 0,
    counted: 'test route with a missing file',
  },
];

/** A folder of saved pages of the test's own (the server is under test here, not the saved pages). */
export function testFixturesDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'postlens-fixtures-'));
  mkdirSync(join(dir, 'x'));
  writeFileSync(
    join(dir, 'x/saved.html'),
    '<div><article role="article" data-testid="tweet"><div role="group" aria-label="3 likes"></div></article></div>',
  );
  return dir;
}

const countOf = (selector: string) => document.querySelectorAll(selector).length;

/**
 * Checks who answered: the local fixture server (its own log says so), and where the driver tells
 * the address (Playwright in Chromium), 127.0.0.1. Firefox only ever connects to the guard proxy,
 * and Puppeteer's BiDi response names no address.
 */
async function expectAnsweredLocally(browser: E2EBrowser, response: unknown): Promise<void> {
  if (browser.name !== 'chromium') return;
  const r = response as { serverAddr(): Promise<{ ipAddress: string } | null> };
  expect((await r.serverAddr())?.ipAddress).toBe('127.0.0.1');
}

export function describeFixtureServer(browser: E2EBrowser): void {
  const fixturesDir = testFixturesDir();
  const { session } = useSession(browser, { server: { routes: TEST_ROUTES, fixturesDir } });
  afterAll(() => rmSync(fixturesDir, { recursive: true, force: true }));

  describe('in the browser', () => {
    it('serves a saved page at its real hostname, from this machine, with a script-blocking CSP', async () => {
      const page = await session().newPage();
      try {
        const route = TEST_ROUTES[0]!;
        const response = await page.goto(routeUrl(route));
        expect(response?.status()).toBe(200);
        expect(response?.headers()['content-security-policy']).toBe(FIXTURE_CSP);
        await expectAnsweredLocally(browser, response);
        expect(page.url()).toBe(routeUrl(route));
        expect(await page.evaluate('location.origin')).toBe(`https://${route.host}`);
        expect(await evaluateInPage(page, countOf, 'article[data-testid="tweet"]')).toBe(1);
        expect(session().server.served).toContainEqual({
          host: 'x.com',
          path: route.path,
          status: 200,
          kind: 'fixture',
        });
      } finally {
        await page.close();
      }
    });

    it("keeps a saved page's own scripts from running", async () => {
      const url = 'https://www.youtube.com/watch?v=inert';
      const html = '<title>before</title><script>document.title = "ran"</script>';
      const page = await session().newPage();
      try {
        // Control: the same page under a permissive policy does run its script.
        session().server.setPage(url, { html, csp: "script-src 'unsafe-inline'" });
        await page.goto(url);
        expect(await page.title()).toBe('ran');
        session().server.setPage(url, html);
        await page.goto(url);
        expect(await page.title()).toBe('before');
      } finally {
        await page.close();
        session().server.clearPages();
      }
    });

    it('serves a changed page on the next visit', async () => {
      const url = 'https://bsky.app/profile/someone.bsky.social/post/3kabc';
      const page = await session().newPage();
      try {
        session().server.setPage(url, '<p id="n">12 likes</p>');
        await page.goto(url);
        expect(await textOf(page, '#n')).toBe('12 likes');
        session().server.setPage(url, '<p id="n">15 likes</p>');
        await page.reload();
        expect(await textOf(page, '#n')).toBe('15 likes');
      } finally {
        await page.close();
        session().server.clearPages();
      }
    });

    it('answers for a Mastodon host outside the default list too', async () => {
      session().server.setPage('https://social.example.org/@someone', '<p id="m">mastodon</p>');
      const page = await session().newPage();
      try {
        const response = await page.goto('https://social.example.org/@someone');
        expect(response?.status()).toBe(200);
        await expectAnsweredLocally(browser, response);
        expect(session().server.served).toContainEqual({
          host: 'social.example.org',
          path: '/@someone',
          status: 200,
          kind: 'dynamic',
        });
        expect(await textOf(page, '#m')).toBe('mastodon');
      } finally {
        await page.close();
        session().server.clearPages();
      }
    });

    itLeftNoTrace(browser, session);
  });
}
