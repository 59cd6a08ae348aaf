// The Chromium suite's fixture server, reached from Firefox through the guard proxy: saved pages
// at their real hostnames, whose own scripts stay inert, and pages a test can change between visits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, startFirefoxSession } from '../harness/firefox-session';
import { ROUTES, routeUrl } from '../harness/routes';
import { FIXTURE_CSP } from '../harness/server';

let session: FirefoxSession;

beforeAll(async () => {
  session = await startFirefoxSession();
});

afterAll(async () => {
  await session?.close();
});

describe('fixture pages in Firefox', () => {
  it('serves a saved page at its real hostname, with the script-blocking CSP', async () => {
    const route = ROUTES[0]!;
    const page = await session.firefox.browser.newPage();
    try {
      const response = await page.goto(routeUrl(route));
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toBe(FIXTURE_CSP);
      expect(page.url()).toBe(routeUrl(route));
      expect(await page.evaluate(() => location.origin)).toBe(`https://${route.host}`);
      expect(session.server.served).toContainEqual({
        host: route.host,
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
    const page = await session.firefox.browser.newPage();
    try {
      // Control: the same page under a permissive policy does run its script.
      session.server.setPage(url, { html, csp: "script-src 'unsafe-inline'" });
      await page.goto(url);
      expect(await page.title()).toBe('ran');
      session.server.setPage(url, html);
      await page.goto(url);
      expect(await page.title()).toBe('before');
    } finally {
      await page.close();
      session.server.clearPages();
    }
  });

  it('serves a changed page on the next visit', async () => {
    const url = 'https://bsky.app/profile/someone.bsky.social/post/3kabc';
    const page = await session.firefox.browser.newPage();
    try {
      session.server.setPage(url, '<p id="n">12 likes</p>');
      await page.goto(url);
      expect(await page.$eval('#n', (el) => el.textContent)).toBe('12 likes');
      session.server.setPage(url, '<p id="n">15 likes</p>');
      await page.reload();
      expect(await page.$eval('#n', (el) => el.textContent)).toBe('15 likes');
    } finally {
      await page.close();
      session.server.clearPages();
    }
  });

  it('made no request off this machine', async () => {
    await session.firefox.settle();
    expect(session.firefox.guard.outside(), session.firefox.guard.report()).toEqual([]);
  });
});
