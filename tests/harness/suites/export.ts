// The dashboard's "Export JSON" after reading a few pages: a click saves a real file in the
// documented format (README "Export format", lib/transfer/format.ts) holding the posts read with
// their exact counts and the profile's followers, which PostLens's own import check accepts.
// Written once for Chromium and Firefox; Chromium's journey goes on to import the file
// (tests/e2e/journeys-export-import.test.ts).
import { describe, expect, it } from 'vitest';
import type { ExportV2 } from '../../../lib/transfer/format';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../../lib/transfer/format';
import { readImport } from '../../../lib/transfer/json-import';
import { COUNT_FIELDS } from '../../../lib/types';
import { waitForBadges } from '../badges';
import type { BrowserSession, Download, E2EBrowser } from '../e2e-session';
import { textOf, waitForApp } from '../pages';
import { ROUTES, routeUrl } from '../routes';
import { keyOf } from '../stored-values';
import { pollUntil } from '../wait';
import { itLeftNoTrace, useSession } from './lifecycle';

export const VISITED = [
  ROUTES.find((r) => r.file === 'x/x-tweet-sample.html')!,
  ROUTES.find((r) => r.file === 'x/x-profile-en.html')!,
  ROUTES.find((r) => r.file === 'linkedin/feed-en.html')!,
];
const X_KEY = 'x:1981398750557065646';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
export const EXPORT_NAME = /^postlens-\d{4}-\d{2}-\d{2}\.json$/;

const isCount = (v: unknown) => v === null || (Number.isInteger(v) && (v as number) >= 0);

/** Clicks the dashboard's Export JSON; the file saved and what the dashboard then says of it. */
export async function exportJson(session: BrowserSession): Promise<Download & { status: string }> {
  const dash = await session.openExtensionPage('dashboard.html#/posts');
  try {
    expect(await waitForApp(dash), 'the dashboard did not render').toBe(true);
    const file = await session.download(dash, 'Export JSON');
    const status = await pollUntil(
      async () => (await textOf(dash, '.export [role="status"]')) ?? '',
      (t) => t.includes(file.fileName),
      10_000,
    );
    return { ...file, status };
  } finally {
    await dash.close();
  }
}

/** Defines the export tests; the returned function gives the file once they have run. */
export function describeExport(browser: E2EBrowser): () => Download | null {
  const { session } = useSession(browser);
  let exported: Download | null = null;

  describe('Export JSON', () => {
    it('exports the posts read, in the documented format, with their exact counts', async () => {
      let badged: string[] = [];
      for (const route of VISITED) {
        const page = await session().newPage();
        try {
          await page.goto(routeUrl(route), { waitUntil: 'domcontentloaded' });
          const keys = await waitForBadges(page, route.posts, 20_000);
          expect(new Set(keys).size, routeUrl(route)).toBe(route.posts);
          badged.push(...keys);
        } finally {
          await page.close();
        }
      }
      badged = [...new Set(badged)].sort();
      // The export reads the database: wait until every badged post and the profile's followers are in.
      const reader = await session().openDbReader();
      try {
        await reader.waitFor(
          (d) =>
            badged.every((k) => d.snapshots.some((s) => s.postKey === k)) && d.followerSnapshots.length > 0,
          30_000,
        );
      } finally {
        await reader.close();
      }

      const file = await exportJson(session());
      expect(file.fileName).toMatch(EXPORT_NAME);
      const raw = JSON.parse(file.text) as ExportV2;
      expect(raw).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, campaigns: [] });
      expect(raw.exportedAt).toMatch(ISO);
      expect(raw.posts.map(keyOf).sort()).toEqual(badged);
      // The dashboard tells the user which file it saved, with how many posts.
      expect(file.status).toContain(`${raw.posts.length} posts`);
      for (const post of raw.posts) {
        expect(post.url, keyOf(post)).toMatch(/^https:\/\//);
        expect(post.publishedAt === null || ISO.test(post.publishedAt), keyOf(post)).toBe(true);
        expect(typeof post.text).toBe('string');
        expect(isCount(post.author.followers)).toBe(true);
        expect(post.snapshots.length, `${keyOf(post)} has no snapshot`).toBeGreaterThan(0);
        for (const snap of post.snapshots) {
          expect(snap.capturedAt).toMatch(ISO);
          for (const f of [...COUNT_FIELDS, 'followers'] as const) {
            expect(isCount(snap[f]), `${keyOf(post)} ${f}=${snap[f]}`).toBe(true);
          }
        }
      }
      // The numbers the saved page shows, exactly.
      expect(raw.posts.find((p) => keyOf(p) === X_KEY)?.snapshots[0]).toMatchObject({
        likes: 553,
        comments: 48,
        reposts: 152,
        saves: 9,
        views: 30142,
      });
      // The profile header's follower count (x-profile-en.html: "338 Followers").
      const perceptnet = raw.authors.find(
        (a) => a.platform === 'x' && a.handle.toLowerCase() === 'perceptnet',
      );
      expect(perceptnet?.followerSnapshots.map((s) => s.followers)).toEqual([338]);
      for (const a of raw.authors) for (const s of a.followerSnapshots) expect(s.capturedAt).toMatch(ISO);

      // PostLens's own import check takes it.
      const checked = readImport(file.text);
      expect(checked.ok, checked.ok ? '' : checked.error).toBe(true);
      exported = file;
    });

    itLeftNoTrace(browser, session);
  });

  return () => exported;
}
