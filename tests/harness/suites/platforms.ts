// Each saved page of the route table (tests/harness/routes.ts), served at its platform's real
// hostname: PostLens puts one badge beside every post, stores every post and count exactly as
// `npm run inspect` reads the same file, raises no error, and nothing leaves the machine; on a
// page whose policy forbids inline styles, the badges keep theirs. The same session then goes on
// to the popup, the dashboard and the exports, and ends with the check that PostLens made no
// request at all (suites/zero-requests.ts). Written once, run by tests/e2e/platforms.test.ts
// (Chromium) and tests/e2e-firefox/platforms.test.ts.
import { describe, expect, it } from 'vitest';
import { authorKey } from '../../../lib/types';
import { BADGE_TAG, waitForBadges } from '../badges';
import type { E2EBrowser, SessionPage } from '../e2e-session';
import { evaluateInPage } from '../in-page';
import { fixtureHtml } from '../journeys-pages';
import { ROUTES, routeUrl } from '../routes';
import { allStored, expectedView, inspectRoute, keyOf, storedView } from '../stored-values';
import { sleep } from '../wait';
import { itLeftNoTrace, useSession } from './lifecycle';
import { describeRestOfSession, scrollThrough } from './zero-requests';

/** Long enough for a 2-core CI machine to scan a large saved page; short enough to fail soon. */
const BADGE_WAIT_MS = 20_000;

/** The fixture server's policy without 'unsafe-inline' for styles. */
const STRICT_STYLE_CSP =
  "script-src 'none'; default-src 'self' data: blob:; style-src 'self'; object-src 'none'";

const PAGE_INLINE_COLOR = 'rgb(1, 2, 3)';

/** Runs in the page: its body's outline (which only its own inline style sets), and how the first badge is drawn. */
function badgeLook(tag: string) {
  const host = document.querySelector(tag);
  const chip = host?.shadowRoot?.querySelector('button.chip');
  if (!host || !chip) return null;
  return {
    pageOutline: getComputedStyle(document.body).outlineColor,
    host: getComputedStyle(host).display,
    chipRadius: getComputedStyle(chip).borderTopLeftRadius,
    chipDisplay: getComputedStyle(chip).display,
  };
}

export function describePlatforms(browser: E2EBrowser): void {
  const { session, reader } = useSession(browser, { reader: true });

  describe.each(ROUTES.filter((r) => !r.needsGrant).map((r) => [routeUrl(r), r] as const))(
    '%s',
    (url, route) => {
      // Open from the first test to the end of the second: closing the tab could cut the content
      // script off before it has handed over what it read.
      let page: SessionPage | null = null;
      let keys: string[] = [];
      let openedAt = Date.now();

      it(`shows ${route.posts} ${route.platform} badge(s), one per post`, async () => {
        // Each page starts from an empty database: several pages show the same posts.
        await reader().clear();
        openedAt = Date.now();
        page = await session().newPage();
        const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
        expect(response?.status(), `the fixture server's answer for ${url}`).toBe(200);
        keys = await waitForBadges(page, route.posts, BADGE_WAIT_MS);
        expect(keys.length, `badges on ${url} (${route.counted})`).toBe(route.posts);
        expect(new Set(keys).size, 'one badge per post, no duplicates').toBe(keys.length);
        for (const key of keys) expect(key).toMatch(new RegExp(`^${route.platform}:\\S+$`));
      });

      it('stores every post, count, author and date exactly as `npm run inspect` reads the page', async () => {
        try {
          expect(page, 'the page was not opened').not.toBeNull();
          // Relative dates ("3 h") are read against the clock: the browser read the page between
          // openedAt and now, so inspect reads it at both ends and the store must match one of them
          // (they differ only when an hour or a day turned over in between).
          const report = await inspectRoute(route, openedAt);
          // The badges are on the posts the command reads, no more, no fewer.
          expect([...keys].sort()).toEqual(report.posts.map(keyOf).sort());
          const expected = expectedView(report);
          const dump = await reader().waitFor((d) => allStored(d, expected), 30_000);
          const profileKey = report.profile
            ? authorKey(report.profile.platform, report.profile.handle)
            : null;
          const stored = storedView(dump, profileKey);
          const later = expectedView(await inspectRoute(route, Date.now()));
          expect(stored).toEqual(JSON.stringify(stored) === JSON.stringify(later) ? later : expected);
          if (report.profile?.followers != null) {
            expect(dump.followerSnapshots.map((f) => [f.authorKey, f.followers])).toContainEqual([
              profileKey,
              report.profile.followers,
            ]);
          }
          // Down the page, as a reader scrolls: what it loads lazily is asked for while the session's
          // requests are recorded (describeRestOfSession checks them).
          await evaluateInPage(page!, scrollThrough, null);
          await sleep(300);
        } finally {
          await page?.close();
          page = null;
        }
      });
    },
  );

  describe.each(ROUTES.filter((r) => r.needsGrant).map((r) => [routeUrl(r), r] as const))(
    '%s',
    (url, route) => {
      it(`shows no badge until the user enables PostLens on ${route.host}`, async () => {
        // First prove the same platform's script badges a built-in host, and time it.
        const builtin = ROUTES.find((r) => r.platform === route.platform && !r.needsGrant);
        expect(builtin, `no built-in-host route for ${route.platform} to compare with`).toBeDefined();
        const tab = await session().newPage();
        try {
          const started = Date.now();
          await tab.goto(routeUrl(builtin!), { waitUntil: 'domcontentloaded' });
          expect(await waitForBadges(tab, builtin!.posts, BADGE_WAIT_MS)).toHaveLength(builtin!.posts);
          const took = Date.now() - started;

          const response = await tab.goto(url, { waitUntil: 'domcontentloaded' });
          expect(response?.status(), `the fixture server's answer for ${url}`).toBe(200);
          // Twice the time the built-in host needed, and at least 3 s: long enough to see a badge appear.
          expect(await waitForBadges(tab, 1, Math.max(3_000, 2 * took))).toEqual([]);
        } finally {
          await tab.close();
        }
      });
    },
  );

  describe('a page whose policy allows no inline style', () => {
    // style-src 'self' without 'unsafe-inline' (X's own saved page): each badge's styles are a
    // <style> in its shadow root, which the page's policy must not keep from applying.
    it('still styles its badges', async () => {
      const route = ROUTES.find((r) => r.platform === 'x' && !r.needsGrant)!;
      const url = `${routeUrl(route)}?strict-style-policy`;
      // The page's own inline style, which the policy must block: proof that it is in force.
      const style = `<style>body{outline:3px solid ${PAGE_INLINE_COLOR}}</style>`;
      const html = style + fixtureHtml(route.file);
      session().server.setPage(url, { html, csp: STRICT_STYLE_CSP });
      const tab = await session().newPage();
      try {
        const response = await tab.goto(url, { waitUntil: 'domcontentloaded' });
        expect(response?.headers()['content-security-policy']).toBe(STRICT_STYLE_CSP);
        expect(await waitForBadges(tab, route.posts, BADGE_WAIT_MS)).toHaveLength(route.posts);
        // The chip's rounded border and the host's block box come only from badge.css.
        const look = await evaluateInPage(tab, badgeLook, BADGE_TAG);
        expect(look?.pageOutline, "the page's own inline style applied: the policy is not in force").not.toBe(
          PAGE_INLINE_COLOR,
        );
        expect(look).toMatchObject({
          host: 'block',
          chipRadius: '999px',
          chipDisplay: 'inline-flex',
        });
      } finally {
        await tab.close();
        session().server.clearPages();
      }
    });
  });

  describeRestOfSession(session, ROUTES.filter((r) => !r.needsGrant).length);

  describe('after every page', () => {
    itLeftNoTrace(browser, session, 'the content scripts, the background or the extension pages');
  });
}
