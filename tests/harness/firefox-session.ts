// One Firefox end-to-end session: the fixture server (the Chromium suite's, unchanged), the guard
// proxy in front of it, and Firefox with PostLens, closed together and always all three, behind
// the browser-neutral interface (e2e-session.ts). `firefox` and `proxy` are the Firefox side of
// it, for the Firefox-only tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { type BrowserSession, e2eBrowser, FETCH_OUTCOME, type SessionGuard } from './e2e-session';
import { dbReaderOn } from './extension-db';
import {
  FIREFOX_EXTENSION_DIR,
  type FirefoxLaunchOptions,
  type LaunchedFirefox,
  launchFirefoxWithExtension,
} from './firefox';
import { FirefoxGuard, type GuardProxy, startGuardProxy } from './firefox-guard';
import { openExtensionPage } from './firefox-pages';
import { mappedHosts } from './mapped-hosts';
import { PROBE_FIREFOX_DIR } from './probe';
import { type FixtureServer, type ServerOptions, startFixtureServer } from './server';
import { pollUntil } from './wait';

export interface FirefoxSession extends BrowserSession {
  server: FixtureServer;
  proxy: GuardProxy;
  firefox: LaunchedFirefox;
  newPage(): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
}

const listDir = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

/** The button named `name` on the page (bounded wait), for a real click. */
async function buttonNamed(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const found = await pollUntil(
    async () => {
      for (const b of await page.$$('button')) {
        if ((await b.evaluate((el) => el.textContent?.trim())) === name) return b;
        await b.dispose();
      }
      return null;
    },
    (b) => b !== null,
    15_000,
  );
  if (!found) throw new Error(`no "${name}" button on ${page.url()}`);
  return found;
}

/** A file's size, 0 when it is gone: Firefox renames its temporary files while we look. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Clicks the button and waits for the file Firefox saves into the download folder. Firefox writes
 * to a temporary name (random.json.part) beside an empty placeholder with the final name, then
 * moves the finished file there; a temporary name without ".part" (random.csv) can also stand
 * alone for a moment and vanish between two looks (a run once stat'ed one already gone: ENOENT).
 * Done when one new name alone is left, not empty, with the same name and size on two looks.
 */
async function downloadInto(downloadDir: string, page: Page, name: string) {
  const before = new Set(listDir(downloadDir));
  await (await buttonNamed(page, name)).click();
  const fresh = () => listDir(downloadDir).filter((f) => !before.has(f));
  let lastSeen = '';
  let settled: string | null = null;
  const done = (files: string[]) => {
    const file = files.length === 1 && !files[0]!.endsWith('.part') ? files[0]! : null;
    const size = file ? sizeOf(join(downloadDir, file)) : 0;
    const seen = size > 0 ? `${file}\n${size}` : '';
    if (seen !== '' && seen === lastSeen) settled = file;
    lastSeen = seen;
    return settled !== null;
  };
  const files = await pollUntil(async () => fresh(), done, 20_000);
  // The name the polls saw settle, not a look taken again (it could catch a rename).
  if (settled === null) {
    throw new Error(
      `"${name}" saved no file into ${downloadDir} (new there: ${files.join(', ') || 'nothing'})`,
    );
  }
  const fileName: string = settled;
  return { fileName, text: readFileSync(join(downloadDir, fileName), 'utf8') };
}

export async function startFirefoxSession(
  options: { launch?: Omit<FirefoxLaunchOptions, 'proxyPort' | 'guard'>; server?: ServerOptions } = {},
): Promise<FirefoxSession> {
  const server = await startFixtureServer(options.server);
  // Every host the route table names reaches the server, Mastodon servers outside the default list too.
  const extraHosts = [
    ...new Set([...server.routes.map((r) => r.host), ...(options.launch?.extraHosts ?? [])]),
  ];
  const guard = new FirefoxGuard(new Set(mappedHosts(extraHosts)));
  let proxy: GuardProxy | undefined;
  try {
    proxy = await startGuardProxy(guard, server.port);
    const firefox = await launchFirefoxWithExtension({
      ...options.launch,
      extraHosts,
      proxyPort: proxy.port,
      guard,
    });
    const started = proxy;
    const { browser, extensionBase } = firefox;
    const sessionGuard: SessionGuard = {
      get records() {
        return guard.records;
      },
      settle: () => firefox.settle(),
      outside: () => guard.outside(),
      report: (records) => guard.report(records as typeof guard.records | undefined),
      clear: () => guard.clear(),
    };
    return {
      browserName: 'firefox',
      server,
      proxy: started,
      firefox,
      guard: sessionGuard,
      extensionDir: firefox.extensionDir,
      newPage: () => browser.newPage(),
      openExtensionPage: (path) => openExtensionPage(browser, extensionBase, path),
      async backgroundFetch(urls) {
        // From an extension page, with the background page's own fetch: the background makes them.
        const page = await openExtensionPage(browser, extensionBase, 'popup.html');
        try {
          return (await page.evaluate(`(async () => {
            const bg = await browser.runtime.getBackgroundPage();
            const go = ${FETCH_OUTCOME.replace('fetch(u)', 'bg.fetch(u)')}; const out = [];
            for (const u of ${JSON.stringify(urls)}) out.push(await go(u)); return out;
          })()`)) as string[];
        } finally {
          await page.close();
        }
      },
      async openDbReader() {
        return dbReaderOn(await openExtensionPage(browser, extensionBase, 'dashboard.html'));
      },
      download: (page, name) => downloadInto(firefox.downloadDir, page as Page, name),
      errors: { watch: firefox.errorWatch, read: () => firefox.extensionErrors() },
      contentScriptWatch: firefox.channelWatch,
      async close() {
        await firefox.close();
        await started.close();
        await server.close();
      },
    };
  } catch (err) {
    await proxy?.close();
    await server.close();
    throw err;
  }
}

/** Firefox for the shared suites (tests/harness/suites/). */
export const FIREFOX = e2eBrowser(
  'firefox',
  startFirefoxSession,
  { real: FIREFOX_EXTENSION_DIR, probe: PROBE_FIREFOX_DIR },
  true,
);
