// Each saved page of the route table (tests/harness/routes.ts, shared with the Chromium suite),
// served at its platform's real hostname in Firefox: PostLens puts one badge beside every post,
// stores what it read, raises no error, and nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessWatched } from '../harness/firefox-console';
import { type DbDump, openFirefoxDbReader } from '../harness/firefox-db';
import { waitForBadges } from '../harness/firefox-pages';
import { type FirefoxSession, startFirefoxSession } from '../harness/firefox-session';
import { ROUTES, routeUrl } from '../harness/routes';

/** Long enough for a 2-core CI machine to scan a large saved page; short enough to fail soon. */
const BADGE_WAIT_MS = 20_000;

let session: FirefoxSession;
/** Badge keys seen per route, for the storage check. */
const seen = new Map<string, string[]>();

beforeAll(async () => {
  session = await startFirefoxSession();
});

afterAll(async () => {
  await session?.close();
});

describe.each(ROUTES.filter((r) => !r.needsGrant).map((r) => [routeUrl(r), r] as const))(
  '%s',
  (url, route) => {
    it(`shows ${route.posts} ${route.platform} badge(s), one per post`, async () => {
      const page = await session.firefox.browser.newPage();
      try {
        const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
        expect(response?.status(), `the fixture server's answer for ${url}`).toBe(200);
        const keys = await waitForBadges(page, route.posts, BADGE_WAIT_MS);
        seen.set(url, keys);
        expect(keys.length, `badges on ${url} (${route.counted})`).toBe(route.posts);
        expect(new Set(keys).size, 'one badge per post, no duplicates').toBe(keys.length);
        for (const key of keys) expect(key).toMatch(new RegExp(`^${route.platform}:\\S+$`));
      } finally {
        await page.close();
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
      const page = await session.firefox.browser.newPage();
      try {
        const started = Date.now();
        await page.goto(routeUrl(builtin!), { waitUntil: 'domcontentloaded' });
        expect(await waitForBadges(page, builtin!.posts, BADGE_WAIT_MS)).toHaveLength(builtin!.posts);
        const took = Date.now() - started;

        const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
        expect(response?.status(), `the fixture server's answer for ${url}`).toBe(200);
        // Twice the time the built-in host needed, and at least 3 s: long enough to see a badge appear.
        expect(await waitForBadges(page, 1, Math.max(3_000, 2 * took))).toEqual([]);
      } finally {
        await page.close();
      }
    });
  },
);

describe('after every page', () => {
  it('stored a post with at least one snapshot for every badge shown', async () => {
    const keys = [...new Set([...seen.values()].flat())];
    expect(keys.length, 'no badges were shown on any page').toBeGreaterThan(0);
    const reader = await openFirefoxDbReader(session.firefox.browser, session.firefox.extensionBase);
    try {
      const missing = (dump: DbDump) => {
        const posts = new Set(dump.posts.map((p) => p.key));
        const snapped = new Set(dump.snapshots.map((s) => s.postKey));
        return keys.filter((k) => !posts.has(k) || !snapped.has(k));
      };
      const dump = await reader.waitFor((d) => missing(d).length === 0, 30_000);
      expect(missing(dump), 'badged posts missing from the database').toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it('raised no error in the content script, the background page or the extension pages', async (ctx) => {
    skipUnlessWatched(ctx, session.firefox.errorWatch);
    const errors = await session.firefox.extensionErrors();
    expect(errors, errors.map((e) => `${e.kind}: ${e.message} (${e.source})`).join('\n')).toEqual([]);
  });

  it('made no request off this machine', async () => {
    await session.firefox.settle();
    expect(session.firefox.guard.outside(), session.firefox.guard.report()).toEqual([]);
  });
});
