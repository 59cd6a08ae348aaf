// Each saved page, served at its platform's real hostname: PostLens puts one badge beside every
// post (tests/harness/routes.ts says how many each page has), stores what it read, and nothing
// leaves the machine.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/types';
import { waitForBadges } from '../harness/badges';
import { openDbReader } from '../harness/extension-db';
import { FIXTURES_DIR } from '../harness/paths';
import { ROUTES, routeUrl } from '../harness/routes';
import { type E2ESession, startSession } from '../harness/session';

/** Long enough for a 2-core CI machine to scan a large saved page; short enough to fail soon. */
const BADGE_WAIT_MS = 20_000;

let session: E2ESession;
/** Badge keys seen per route, for the storage check. */
const seen = new Map<string, string[]>();

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

describe('fixture pages', () => {
  it.each(PLATFORMS)('%s has at least one saved page in the route table', (platform) => {
    const routes = ROUTES.filter((r) => r.platform === platform);
    expect(routes.length, `no route for ${platform} in tests/harness/routes.ts`).toBeGreaterThan(0);
    expect(routes.filter((r) => r.demo).length, `${platform} needs exactly one demo route`).toBe(1);
  });

  it.each(ROUTES.map((r) => [routeUrl(r), r.file] as const))(
    '%s has its file tests/fixtures/%s',
    (_url, file) => {
      expect(existsSync(join(FIXTURES_DIR, file))).toBe(true);
    },
  );
});

describe.each(ROUTES.filter((r) => !r.needsGrant).map((r) => [routeUrl(r), r] as const))(
  '%s',
  (url, route) => {
    it(`shows ${route.posts} ${route.platform} badge(s), one per post`, async () => {
      const page = await session.browser.context.newPage();
      try {
        const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
        expect(response?.status(), await response?.text()).toBe(200);
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
      const page = await session.browser.context.newPage();
      try {
        const started = Date.now();
        await page.goto(routeUrl(builtin!), { waitUntil: 'domcontentloaded' });
        expect(await waitForBadges(page, builtin!.posts, BADGE_WAIT_MS)).toHaveLength(builtin!.posts);
        const took = Date.now() - started;

        const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
        expect(response?.status(), await response?.text()).toBe(200);
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
    const reader = await openDbReader(session.browser.context, session.browser.extensionId);
    try {
      const stored = (dump: Awaited<ReturnType<typeof reader.read>>) => {
        const posts = new Set(dump.posts.map((p) => p.key));
        const snapped = new Set(dump.snapshots.map((s) => s.postKey));
        return keys.filter((k) => !posts.has(k) || !snapped.has(k));
      };
      const dump = await reader.waitFor((d) => stored(d).length === 0, 30_000);
      expect(stored(dump), 'badged posts missing from the database').toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it('made no request off this machine', async () => {
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
