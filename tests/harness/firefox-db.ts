// Reads PostLens's IndexedDB in Firefox from an extension page (moz-extension://<uuid>/dashboard.html
// shares the background page's origin, so it sees the same database), with the raw indexedDB API.
import type { Browser, Page } from 'puppeteer-core';
import { DB_NAME } from '../../lib/db-schema';
import type { DbDump } from './extension-db';
import { openExtensionPage, pollUntil } from './firefox-pages';

export type { DbDump };

const STORES = ['posts', 'snapshots', 'authors', 'followerSnapshots', 'batches'] as const;

/** Runs in the extension page. Never creates the database: that is the extension's job. */
async function dumpDatabase(args: { name: string; stores: readonly string[] }) {
  const empty = Object.fromEntries(args.stores.map((s) => [s, [] as unknown[]]));
  const known = await indexedDB.databases();
  if (!known.some((d) => d.name === args.name)) return { ...empty, exists: false };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(args.name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error(`opening ${args.name} was blocked`));
  });
  try {
    const present = args.stores.filter((s) => db.objectStoreNames.contains(s));
    const out: Record<string, unknown> = { ...empty, exists: true };
    if (present.length === 0) return out;
    const tx = db.transaction(present, 'readonly');
    await Promise.all(
      present.map(
        (s) =>
          new Promise<void>((resolve, reject) => {
            const req = tx.objectStore(s).getAll();
            req.onsuccess = () => {
              out[s] = req.result;
              resolve();
            };
            req.onerror = () => reject(req.error);
          }),
      ),
    );
    return out;
  } finally {
    db.close();
  }
}

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
