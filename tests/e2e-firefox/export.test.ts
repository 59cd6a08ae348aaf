// The dashboard's "Export JSON" in Firefox: a click saves a real file (through Firefox's own
// download of the page's <a download>), and the file is a PostLens export that PostLens's import
// check accepts, holding the posts read and their exact counts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/transfer/format';
import { readImport } from '../../lib/transfer/json-import';
import { skipUnlessWatched } from '../harness/firefox-console';
import { openFirefoxDbReader } from '../harness/firefox-db';
import { openExtensionPage, pollUntil, waitForApp, waitForBadges } from '../harness/firefox-pages';
import { type FirefoxSession, startFirefoxSession } from '../harness/firefox-session';
import { ROUTES, routeUrl } from '../harness/routes';

const X_ROUTE = ROUTES.find((r) => r.file === 'x/x-tweet-sample.html')!;
const X_KEY = 'x:1981398750557065646';
/** A second platform with many posts, so the export is more than one record. */
const MANY = ROUTES.find((r) => r.platform !== 'x' && !r.needsGrant && r.posts > 1)!;

let session: FirefoxSession;
let badged: string[] = [];

beforeAll(async () => {
  session = await startFirefoxSession();
  for (const route of [X_ROUTE, MANY]) {
    const page = await session.firefox.browser.newPage();
    try {
      await page.goto(routeUrl(route), { waitUntil: 'domcontentloaded' });
      badged.push(...(await waitForBadges(page, route.posts, 20_000)));
    } finally {
      await page.close();
    }
  }
  badged = [...new Set(badged)];
  // The export reads the database: wait until every badged post is in it.
  const reader = await openFirefoxDbReader(session.firefox.browser, session.firefox.extensionBase);
  try {
    await reader.waitFor((d) => badged.every((k) => d.posts.some((p) => p.key === k)), 30_000);
  } finally {
    await reader.close();
  }
});

afterAll(async () => {
  await session?.close();
});

async function buttonNamed(page: Page, text: string): Promise<ElementHandle<HTMLButtonElement>> {
  const found = await pollUntil(
    async () => {
      for (const b of await page.$$('button')) {
        if ((await b.evaluate((el) => el.textContent?.trim())) === text) return b;
        await b.dispose();
      }
      return null;
    },
    (b) => b !== null,
    15_000,
  );
  if (!found) throw new Error(`no "${text}" button on ${page.url()}`);
  return found;
}

const EXPORT_NAME = /^postlens-\d{4}-\d{2}-\d{2}\.json$/;
const listDir = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describe('Export JSON in Firefox', () => {
  it('saves a PostLens export with the posts read and their exact counts', async () => {
    expect(badged.length, 'no badges were shown before the export').toBeGreaterThan(1);
    const { downloadDir } = session.firefox;
    expect(listDir(downloadDir)).toEqual([]);
    const page = await openExtensionPage(
      session.firefox.browser,
      session.firefox.extensionBase,
      'dashboard.html',
    );
    try {
      expect(await waitForApp(page)).toBe(true);
      const button = await buttonNamed(page, 'Export JSON');
      await button.click();
      // Firefox writes to a temporary name (random.json.part) beside an empty placeholder with the
      // final name, then moves the finished file there: done when the final name alone is left.
      const done = (f: string[]) =>
        f.length === 1 && EXPORT_NAME.test(f[0]!) && statSync(join(downloadDir, f[0]!)).size > 0;
      const files = await pollUntil(async () => listDir(downloadDir), done, 20_000);
      expect(files, `the download folder ${downloadDir} after the click`).toHaveLength(1);
      expect(files[0]).toMatch(EXPORT_NAME);

      const text = readFileSync(join(downloadDir, files[0]!), 'utf8');
      // The file as written says the current version; the import check reads it back.
      expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION });
      const checked = readImport(text);
      if (!checked.ok) throw new Error(`the export does not pass PostLens's import check: ${checked.error}`);
      const data = checked.data;
      const keys = data.posts.map((p) => `${p.platform}:${p.postId}`);
      expect(keys.sort()).toEqual([...badged].sort());
      const tweet = data.posts.find((p) => `${p.platform}:${p.postId}` === X_KEY);
      expect(tweet?.snapshots[0]).toMatchObject({
        likes: 553,
        comments: 48,
        reposts: 152,
        saves: 9,
        views: 30142,
      });

      const status = await page.evaluate(
        () => document.querySelector('.export [role="status"]')?.textContent,
      );
      // The dashboard tells the user which file it saved, with how many posts.
      expect(status).toContain(files[0]);
      expect(status).toContain(`${data.posts.length} posts`);
    } finally {
      await page.close();
    }
  });

  it('raised no error in PostLens', async (ctx) => {
    skipUnlessWatched(ctx, session.firefox.errorWatch);
    const errors = await session.firefox.extensionErrors();
    expect(errors, errors.map((e) => `${e.kind}: ${e.message} (${e.source})`).join('\n')).toEqual([]);
  });

  it('made no request off this machine', async () => {
    await session.firefox.settle();
    expect(session.firefox.guard.outside(), session.firefox.guard.report()).toEqual([]);
  });
});
