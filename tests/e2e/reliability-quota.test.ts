// A full disk, in real Chromium: the DevTools protocol sets the extension origin's quota to what it
// already uses (Storage.overrideQuotaForOrigin), so Chromium's own IndexedDB refuses every write
// with QuotaExceededError. While it is full: live readings are refused, the user is told why, and
// the readings wait in storage.local; an import is refused with the same message and leaves the
// database as it was. When space returns, recording resumes and the waiting readings are stored.
//
// The build loaded here is the real one with one permission taken out of its manifest:
// `unlimitedStorage`, which the shipped extension asks for and which makes Chromium ignore the
// quota (an override is reported active and a 200 KB write still commits), so that only a full
// disk can fill it. Every line of code is the shipped build's.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportV2 } from '../../lib/transfer/format';
import { waitForBadges } from '../harness/badges';
import { type DbDump, type DbReader, dbReaderOn } from '../harness/extension-db';
import { openDashboard } from '../harness/journeys-extension';
import { newXIds, X_SAMPLE_ID, xTimeline } from '../harness/journeys-pages';
import { DEFAULT_EXTENSION_DIR } from '../harness/paths';
import { type E2ESession, startSession } from '../harness/session';
import { exportJson } from '../harness/suites/export';

/** The extension APIs these tests call inside the browser (no @types/chrome in the project). */
declare const chrome: {
  storage: { local: { get(k: null): Promise<Record<string, unknown>> } };
};

const POSTS = 3;
const dir = mkdtempSync(join(tmpdir(), 'postlens-quota-'));
let session: E2ESession;
let reader: DbReader;
let cdp: CDPSession;
let lookout: Page;
let origin: string;
let run = 0;

beforeAll(async () => {
  const extensionDir = join(dir, 'extension');
  cpSync(DEFAULT_EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { permissions: string[] };
  expect(manifest.permissions).toContain('unlimitedStorage');
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  session = await startSession({ launch: { extensionDir } });
  origin = `chrome-extension://${session.browser.extensionId}`;
  lookout = await session.openExtensionPage('/manifest.json');
  cdp = await session.browser.context.newCDPSession(lookout);
  // Read through a page that holds no connection between reads (dashboard.html keeps one open).
  reader = dbReaderOn(lookout);
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An X timeline of POSTS posts no other page had, at its own URL; its URL and post keys. */
function newTimeline(): { url: string; keys: string[] } {
  run++;
  const { html, keys } = xTimeline(newXIds(500 + run, POSTS));
  const url = `https://x.com/home?quota-run=${run}`;
  session.server.setPage(url, html);
  return { url, keys };
}

/** Opens a new timeline, waits for a badge on every post, and leaves the tab open. */
async function visit(): Promise<{ page: Page; keys: string[] }> {
  const { url, keys } = newTimeline();
  const page = await session.browser.context.newPage();
  await page.goto(url);
  expect((await waitForBadges(page, POSTS)).sort()).toEqual([...keys].sort());
  return { page, keys };
}

const stored = (d: DbDump, k: string) =>
  d.posts.some((p) => p.key === k) && d.snapshots.some((s) => s.postKey === k);
const handoffKeys = async () =>
  Object.keys(await lookout.evaluate(() => chrome.storage.local.get(null))).filter((k) =>
    k.startsWith('handoff:'),
  );

/** What the dashboard's storage warnings say (the popup and options show the same component). */
async function warnings(): Promise<string> {
  const dash = await openDashboard(session, '#/posts');
  try {
    await dash.locator('.dashboard').waitFor({ timeout: 15_000 });
    await dash.waitForTimeout(500);
    return (await dash.locator('.storage-warning').allTextContents()).join('\n');
  } finally {
    await dash.close();
  }
}

/** Runs in an extension page: writes 1 KB to a scratch database; how it ended. */
async function scratchWrite(): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('quota-probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('s');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  }).catch((e: DOMException) => e);
  if (!(db instanceof IDBDatabase)) return `${db.name}: could not open`;
  try {
    return await new Promise<string>((resolve) => {
      const tx = db.transaction('s', 'readwrite');
      tx.objectStore('s').put('x'.repeat(1000), 1);
      tx.oncomplete = () => resolve('committed');
      tx.onabort = () => resolve(`${tx.error?.name}: aborted`);
    });
  } finally {
    db.close();
  }
}

describe('the disk is full (quota reached), in real Chromium', () => {
  let first: string[] = [];
  let refused: string[] = [];
  let exported: ExportV2;
  let full: DbDump;

  it('stores a page while there is space (the control)', async () => {
    const { page, keys } = await visit();
    first = keys;
    const dump = await reader.waitFor((d) => keys.every((k) => stored(d, k)), 15_000, 250);
    await page.close();
    expect(keys.filter((k) => !stored(dump, k))).toEqual([]);
    exported = JSON.parse((await exportJson(session)).text) as ExportV2;
    expect(exported.posts.length).toBe(POSTS);
  });

  it('refuses live readings with a message that says why, and keeps them waiting', async () => {
    // Below what the origin uses already (its worker's script cache): no write fits.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    // Chromium's IndexedDB goes on using the free space it last asked the quota system for, for
    // about 30 seconds (measured: writes commit for 20 s, then fail): wait until a write of a
    // scratch database of the same origin is refused, so the disk is provably full.
    let probe = '';
    for (let i = 0; i < 90 && !probe.startsWith('QuotaExceededError'); i++) {
      await lookout.waitForTimeout(1000);
      probe = await lookout.evaluate(scratchWrite);
    }
    expect(probe, 'Chromium did not enforce the quota').toMatch(/^QuotaExceededError/);
    const { page, keys } = await visit();
    refused = keys;
    let status: { lastError?: string | null } | undefined;
    for (let i = 0; i < 60 && !status?.lastError; i++) {
      await lookout.waitForTimeout(250);
      status = (await lookout.evaluate(() => chrome.storage.local.get(null))).storageStatus as typeof status;
    }
    expect(status?.lastError).toMatch(/^Storage is full: .*QuotaExceededError/);
    await page.close();
    full = await reader.read();
    expect(
      keys.filter((k) => stored(full, k)),
      'stored although the disk is full',
    ).toEqual([]);
    expect(
      first.filter((k) => !stored(full, k)),
      'earlier readings lost',
    ).toEqual([]);
    // Every refused reading waits in storage.local, in the batches its page kept there.
    const waiting = await handoffKeys();
    expect(waiting.length).toBeGreaterThan(0);
    const text = await warnings();
    expect(text).toContain('Storage problem');
    expect(text).toContain('Storage is full: the browser refused to save more PostLens data');
    expect(text).toMatch(/Not saved yet: \d+ readings? from pages already closed are not in the/);
  });

  it('refuses an import with the same message and leaves the database as it was', async () => {
    // The earlier export, renumbered: new posts, so the import has something to write.
    const renumbered = JSON.stringify(exported).replaceAll(X_SAMPLE_ID.slice(0, 12), '199999999999');
    const path = join(dir, 'import.json');
    writeFileSync(path, renumbered);
    const dash = await openDashboard(session, '#/data');
    try {
      await dash.locator('input[type="file"]').setInputFiles(path);
      const preview = dash.locator('.import-preview');
      await preview.waitFor({ timeout: 20_000 });
      expect(await preview.textContent(), 'the file brings new posts').toContain(`adds ${POSTS} posts`);
      await dash.getByRole('button', { name: 'Import', exact: true }).click();
      // The import panel's own message (the page's storage warning says the same of live readings).
      const refusal = dash.locator('.import p.error[role="alert"]');
      await refusal.waitFor({ timeout: 20_000 });
      expect(await refusal.textContent()).toMatch(/Storage is full: .*QuotaExceededError/);
    } finally {
      await dash.close();
    }
    const after = await reader.read();
    expect(after.posts).toEqual(full.posts);
    expect(after.snapshots).toEqual(full.snapshots);
    expect(after.authors).toEqual(full.authors);
  });

  it('stores the waiting readings, and new ones, when space returns', async () => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    const { page, keys } = await visit();
    const all = [...first, ...refused, ...keys];
    const dump = await reader.waitFor((d) => all.every((k) => stored(d, k)), 20_000, 250);
    await page.close();
    expect(
      all.filter((k) => !stored(dump, k)),
      'readings lost',
    ).toEqual([]);
    for (const k of all) expect(dump.snapshots.filter((s) => s.postKey === k)).toHaveLength(1);
    let left = await handoffKeys();
    for (let i = 0; i < 40 && left.length > 0; i++) {
      await lookout.waitForTimeout(250);
      left = await handoffKeys();
    }
    expect(left, 'hand-offs kept after they were stored').toEqual([]);
    // The live readings' warning is over (they are stored); the refused import was not done and is
    // not tried again, so it stays told until the user dismisses it, and then is gone.
    expect(await warnings()).toMatch(/^An import was not done \(.+\): .*QuotaExceededError.*Dismiss$/s);
    const dash = await openDashboard(session, '#/posts');
    try {
      const notice = dash.locator('.storage-warning.not-done');
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await notice.waitFor({ state: 'detached', timeout: 10_000 });
    } finally {
      await dash.close();
    }
    expect(await warnings()).toBe('');
  });

  it('made no request off this machine', async () => {
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
