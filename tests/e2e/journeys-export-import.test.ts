// Moving PostLens data to another browser: after reading a few pages, the dashboard's Export JSON
// downloads a file in the documented format (README "Export format", lib/export-format.ts) holding
// the posts read with their exact counts; importing that file through the dashboard into a fresh
// profile restores the same posts, snapshots and authors, as a second export shows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportV2 } from '../../lib/transfer/format';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/transfer/format';
import { readImport } from '../../lib/transfer/json-import';
import { waitForBadges } from '../harness/badges';
import { openDbReader, readDbViaExtensionPage } from '../harness/extension-db';
import { downloadBy, openDashboard } from '../harness/journeys-extension';
import { ROUTES, routeUrl } from '../harness/routes';
import { type E2ESession, startSession } from '../harness/session';

const VISITED = [
  ROUTES.find((r) => r.file === 'x/x-tweet-sample.html')!,
  ROUTES.find((r) => r.file === 'x/x-profile-en.html')!,
  ROUTES.find((r) => r.file === 'linkedin/feed-en.html')!,
];
const X_KEY = 'x:1981398750557065646';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const COUNT_FIELDS = ['likes', 'comments', 'reposts', 'saves', 'views', 'followers'] as const;

const dir = mkdtempSync(join(tmpdir(), 'postlens-journey-export-'));
const sessions: E2ESession[] = [];
let badged: string[] = [];
let first: { fileName: string; text: string; path: string } | null = null;

afterAll(async () => {
  for (const s of sessions) await s.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

const isCount = (v: unknown) => v === null || (Number.isInteger(v) && (v as number) >= 0);
const keyOf = (p: { platform: string; postId: string }) => `${p.platform}:${p.postId}`;

/** What an import must bring back: everything but the time of the export, in a stable order. */
function content(data: ExportV2) {
  return {
    posts: [...data.posts].sort((a, b) => keyOf(a).localeCompare(keyOf(b))),
    authors: [...data.authors].sort((a, b) =>
      `${a.platform}:${a.handle}`.localeCompare(`${b.platform}:${b.handle}`),
    ),
    campaigns: data.campaigns,
  };
}

async function exportJson(session: E2ESession) {
  const dash = await openDashboard(session, '#/posts');
  try {
    const file = await downloadBy(dash, 'Export JSON');
    const status = dash.locator('.export [role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain(file.fileName);
    return { ...file, status: (await status.textContent()) ?? '' };
  } finally {
    await dash.close();
  }
}

describe('Export JSON, then import into a fresh profile', () => {
  it('exports the posts read, in the documented format, with their exact counts', async () => {
    const session = await startSession();
    sessions.push(session);
    for (const route of VISITED) {
      const page = await session.browser.context.newPage();
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
    const reader = await openDbReader(session.browser.context, session.browser.extensionId);
    try {
      await reader.waitFor(
        (d) =>
          badged.every((k) => d.snapshots.some((s) => s.postKey === k)) && d.followerSnapshots.length > 0,
        30_000,
      );
    } finally {
      await reader.close();
    }

    const file = await exportJson(session);
    expect(file.fileName).toMatch(/^postlens-\d{4}-\d{2}-\d{2}\.json$/);
    const raw = JSON.parse(file.text) as ExportV2;
    expect(raw).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, campaigns: [] });
    expect(raw.exportedAt).toMatch(ISO);
    expect(raw.posts.map(keyOf).sort()).toEqual(badged);
    expect(file.status).toContain(`${raw.posts.length} posts`);
    for (const post of raw.posts) {
      expect(post.url, keyOf(post)).toMatch(/^https:\/\//);
      expect(post.publishedAt === null || ISO.test(post.publishedAt), keyOf(post)).toBe(true);
      expect(typeof post.text).toBe('string');
      expect(isCount(post.author.followers)).toBe(true);
      expect(post.snapshots.length, `${keyOf(post)} has no snapshot`).toBeGreaterThan(0);
      for (const snap of post.snapshots) {
        expect(snap.capturedAt).toMatch(ISO);
        for (const f of COUNT_FIELDS) expect(isCount(snap[f]), `${keyOf(post)} ${f}=${snap[f]}`).toBe(true);
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
    const perceptnet = raw.authors.find((a) => a.platform === 'x' && a.handle.toLowerCase() === 'perceptnet');
    expect(perceptnet?.followerSnapshots.map((s) => s.followers)).toEqual([338]);
    for (const a of raw.authors) for (const s of a.followerSnapshots) expect(s.capturedAt).toMatch(ISO);

    // PostLens's own import check takes it.
    const checked = readImport(file.text);
    expect(checked.ok, checked.ok ? '' : checked.error).toBe(true);

    const path = join(dir, file.fileName);
    writeFileSync(path, file.text);
    first = { ...file, path };
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
    await session.close();
    sessions.pop();
  });

  it('imports that file into a fresh profile and exports the same data again', async () => {
    expect(first, 'the export step did not produce a file').not.toBeNull();
    const exported = JSON.parse(first!.text) as ExportV2;
    const session = await startSession();
    sessions.push(session);
    const before = await readDbViaExtensionPage(session.browser.context, session.browser.extensionId);
    expect(before.posts).toEqual([]);

    const dash = await openDashboard(session, '#/data');
    try {
      await dash.locator('input[type="file"]').setInputFiles(first!.path);
      const preview = dash.locator('.import-preview');
      await preview.waitFor({ timeout: 20_000 });
      expect(await preview.textContent()).toContain(`holds ${exported.posts.length} posts`);
      await dash.getByRole('button', { name: 'Import', exact: true }).click();
      const snapshots = exported.posts.reduce((n, p) => n + p.snapshots.length, 0);
      const followerReadings = exported.authors.reduce((n, a) => n + a.followerSnapshots.length, 0);
      await dash
        .getByText(
          `Imported: added ${exported.posts.length} posts, ${snapshots} snapshots, ${exported.authors.length} authors and ${followerReadings} follower readings.`,
        )
        .waitFor({ timeout: 20_000 });
    } finally {
      await dash.close();
    }

    const again = await exportJson(session);
    const reexported = JSON.parse(again.text) as ExportV2;
    expect(reexported).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION });
    expect(content(reexported)).toEqual(content(exported));
  });

  it('made no request off this machine while importing', async () => {
    // The first session was checked before it closed; this is the import's.
    const guard = sessions[0]?.browser.guard;
    expect(guard, 'no session left to check').toBeDefined();
    await guard!.settle();
    expect(guard!.outside(), guard!.report()).toEqual([]);
  });
});
