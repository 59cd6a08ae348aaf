// Nothing leaves the machine, and the guard sees whoever tries: a page's request to an outside
// host, PostLens's background or one of its pages reaching for any web host (the platforms'
// included), while loads a saved page's own policy stops never count as leaks. Written once for
// Chromium (host-resolver rules, Playwright's request events, DevTools for content scripts) and
// Firefox (guard proxy, BiDi, the background's resource timing, Firefox's own request records).
import { describe, expect, it } from 'vitest';
import { type BrowserSession, type E2EBrowser, FETCH_OUTCOME } from '../e2e-session';
import { isPostLens } from '../network-guard';
import { useSession } from './lifecycle';

/** The distinct URLs PostLens's own code sent off the machine, sorted. */
const leakedByPostLens = (session: BrowserSession) =>
  [
    ...new Set(
      session.guard
        .outside()
        .filter((r) => isPostLens(r.source))
        .map((r) => r.url),
    ),
  ].sort();

const attempt = (url: string) => `(${FETCH_OUTCOME})(${JSON.stringify(url)})`;

/** `more` defines a browser's own tests on the same session, after the shared ones. */
export function describeNetworkGuard(
  browser: E2EBrowser,
  more?: (session: () => BrowserSession) => void,
): void {
  const { session } = useSession(browser);

  describe(`in ${browser.name}`, () => {
    it('the browser itself made no request off the machine while starting', async () => {
      await session().guard.settle();
      expect(session().guard.outside(), session().guard.report()).toEqual([]);
    });

    it('records and stops a page that fetches an outside host', async () => {
      const { guard } = session();
      guard.clear();
      // No connect-src restriction here, so the fetch gets as far as the browser lets it.
      session().server.setPage('https://x.com/leaky', { html: '<p>leaky</p>', csp: "script-src 'none'" });
      const page = await session().newPage();
      try {
        await page.goto('https://x.com/leaky');
        expect(await page.evaluate(attempt('https://example.com/track?x=1'))).toBe('failed');
        await guard.settle();
        const outside = guard.outside();
        expect(outside.filter((r) => r.source === 'page').map((r) => r.url)).toEqual([
          'https://example.com/track?x=1',
        ]);
        expect(outside.map((r) => new URL(r.url).hostname)).toEqual(outside.map(() => 'example.com'));
      } finally {
        await page.close();
        session().server.clearPages();
        guard.clear();
      }
    });

    it("records PostLens's background reaching for any web host, a platform's included", async () => {
      session().guard.clear();
      const outcomes = await session().backgroundFetch([
        'https://example.com/beacon',
        'https://x.com/i/api/bg.json',
      ]);
      // example.com cannot get out; x.com reaches the local server, but PostLens has no business there.
      expect(outcomes).toEqual(['failed', 'reached 204']);
      await session().guard.settle();
      expect(leakedByPostLens(session()), session().guard.report()).toEqual([
        'https://example.com/beacon',
        'https://x.com/i/api/bg.json',
      ]);
      session().guard.clear();
    });

    it("refuses, by the page's own policy, one of PostLens's pages reaching for any web host, a platform's included", async () => {
      // The pages carry `connect-src 'self' data: blob:` (wxt.config.ts): x.com, reachable here
      // and readable by PostLens, is refused before any request, as example.com is. (That the
      // guard catches what the extension's origin sends is the background case above.)
      session().guard.clear();
      const served = session().server.served.length;
      const page = await session().openExtensionPage('dashboard.html');
      try {
        const outcomes = [
          await page.evaluate(attempt('https://example.com/page-beacon')),
          await page.evaluate(attempt('https://x.com/i/api/page.json')),
        ];
        expect(outcomes).toEqual(['failed', 'failed']);
        await session().guard.settle();
        expect(leakedByPostLens(session()), session().guard.report()).toEqual([]);
        expect(
          session()
            .server.served.slice(served)
            .filter((r) => r.path.includes('page.json')),
        ).toEqual([]);
      } finally {
        await page.close();
        session().guard.clear();
      }
    });

    it("lets a saved page's loads from other hosts be stopped by its CSP, not counted as leaks", async () => {
      const { guard } = session();
      guard.clear();
      session().server.setPage(
        'https://x.com/with-images',
        '<img src="https://pbs.twimg.com/media/a.jpg"><img src="/local.png">',
      );
      const page = await session().newPage();
      try {
        await page.goto('https://x.com/with-images', { waitUntil: 'load' });
        await guard.settle();
        expect(guard.outside(), guard.report()).toEqual([]);
        // Stopped inside the browser: recorded as the page's policy's doing (Chromium), or never a request.
        const images = guard.records.filter((r) => r.url.startsWith('https://pbs.twimg.com/'));
        expect(images.every((r) => r.verdict === 'blocked-by-page')).toBe(true);
        expect(session().server.served).toContainEqual({
          host: 'x.com',
          path: '/local.png',
          status: 204,
          kind: 'asset',
        });
      } finally {
        await page.close();
        session().server.clearPages();
        guard.clear();
      }
    });

    more?.(session);
  });
}
