// One end-to-end session in Chromium: the fixture server plus Chromium with PostLens, closed
// together, behind the browser-neutral interface (e2e-session.ts). `browser` is Playwright's
// side of it, for the Chromium-only tests.
import type { Page } from 'playwright-core';
import { type LaunchedBrowser, type LaunchOptions, launchWithExtension } from './browser';
import { type BrowserSession, e2eBrowser, FETCH_OUTCOME } from './e2e-session';
import { openDbReader } from './extension-db';
import { downloadBy, openPopupOn } from './journeys-extension';
import { watchContentScripts } from './network-guard';
import { DEFAULT_EXTENSION_DIR } from './paths';
import { PROBE_CHROME_DIR } from './probe';
import { type FixtureServer, type ServerOptions, startFixtureServer } from './server';

export interface E2ESession extends BrowserSession {
  server: FixtureServer;
  browser: LaunchedBrowser;
  /** A new tab whose requests made by content scripts go into the guard as theirs. */
  newPage(): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
}

export async function startSession(
  options: { launch?: Omit<LaunchOptions, 'serverPort'>; server?: ServerOptions } = {},
): Promise<E2ESession> {
  const server = await startFixtureServer(options.server);
  // Every host the route table names reaches the server, Mastodon servers outside the default list too.
  const extraHosts = [
    ...new Set([...server.routes.map((r) => r.host), ...(options.launch?.extraHosts ?? [])]),
  ];
  let browser: LaunchedBrowser;
  try {
    browser = await launchWithExtension({ ...options.launch, extraHosts, serverPort: server.port });
  } catch (err) {
    await server.close();
    throw err;
  }
  const { context, extensionId, guard } = browser;
  const base = `chrome-extension://${extensionId}/`;
  const session: E2ESession = {
    browserName: 'chromium',
    server,
    browser,
    guard,
    extensionDir: browser.extensionDir,
    async newPage() {
      const page = await context.newPage();
      await watchContentScripts(context, page, guard, extensionId);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(new URL(path, base).href);
      return page;
    },
    async backgroundFetch(urls) {
      const worker = await browser.serviceWorker();
      return (await worker.evaluate(
        `(async () => { const go = ${FETCH_OUTCOME}; const out = [];
          for (const u of ${JSON.stringify(urls)}) out.push(await go(u)); return out; })()`,
      )) as string[];
    },
    openDbReader: () => openDbReader(context, extensionId),
    download: (page, name) => downloadBy(page as Page, name),
    errors: null,
    contentScriptWatch: { watching: true },
    async openPopupOn(tab) {
      const popup = await openPopupOn(session, tab as Page);
      return { text: async () => (await popup.read()).text, close: () => popup.close() };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
  return session;
}

/** Chromium for the shared suites (tests/harness/suites/). Its harness collects no PostLens errors. */
export const CHROMIUM = e2eBrowser(
  'chromium',
  startSession,
  { real: DEFAULT_EXTENSION_DIR, probe: PROBE_CHROME_DIR },
  false,
);
