// Reads PostLens's IndexedDB in Firefox from an extension page (moz-extension://<uuid>/dashboard.html
// shares the background page's origin, so it sees the same database), with the raw indexedDB API.
import type { Browser, Page } from 'puppeteer-core';
import { DB_NAME } from '../../lib/store/schema';
import { type DbDump, dumpDatabase, STORES } from './extension-db';
import { openExtensionPage, pollUntil } from './firefox-pages';

export type { DbDump };

export interface FirefoxDbReader {
  page: Page;
  read(): Promise<DbDump>;
  /** Reads every `intervalMs` until `done(dump)` holds or `timeoutMs` passes; returns the last dump. */
  waitFor(done: (dump: DbDump) => boolean, timeoutMs?: number, intervalMs?: number): Promise<DbDump>;
  close(): Promise<void>;
}

/** Keeps the dashboard open in a tab to read the database from, as often as needed. */
export async function openFirefoxDbReader(browser: Browser, extensionBase: string): Promise<FirefoxDbReader> {
  const page = await openExtensionPage(browser, extensionBase, 'dashboard.html');
  const read = async () =>
    (await page.evaluate(dumpDatabase, { name: DB_NAME, stores: STORES })) as unknown as DbDump;
  return {
    page,
    read,
    waitFor: (done, timeoutMs = 20_000, intervalMs = 250) => pollUntil(read, done, timeoutMs, intervalMs),
    close: () => page.close(),
  };
}
