// The built extension loads into real Chromium: its service worker runs, its manifest is the one
// built, and its pages open without errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchWithExtension } from '../harness/browser';
import { REPO_ROOT } from '../harness/paths';

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens an extension page and collects console errors and uncaught exceptions until it settles. */
async function openExtensionPage(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  const response = await page.goto(`chrome-extension://${browser.extensionId}/${file}`, {
    waitUntil: 'load',
  });
  expect(response?.ok() ?? true, `${file} did not load`).toBe(true);
  // Preact renders into #app; wait for it to have drawn something (bounded).
  await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, null, {
    timeout: 15_000,
  });
  // Let effects that run right after the first render (database reads, messages) report errors.
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  return { page, errors };
}

describe('PostLens in Chromium', () => {
  it('registers its service worker under a chrome-extension:// id', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await browser.serviceWorker();
    expect(worker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
  });

  it('runs the manifest that was built, named PostLens, version from package.json', async () => {
    const worker = await browser.serviceWorker();
    const manifest = (await worker.evaluate('chrome.runtime.getManifest()')) as {
      name: string;
      version: string;
      manifest_version: number;
    };
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(manifest).toMatchObject({ name: 'PostLens', manifest_version: 3, version: pkg.version });
  });

  it.each(['popup.html', 'dashboard.html'])('opens %s without console errors', async (file) => {
    const { page, errors } = await openExtensionPage(file);
    try {
      expect(errors).toEqual([]);
      expect(await page.title()).toMatch(/PostLens/);
    } finally {
      await page.close();
    }
  });

  it('made no request off this machine while starting and opening its pages', async () => {
    await browser.guard.settle();
    expect(browser.guard.outside(), browser.guard.report()).toEqual([]);
  });
});
