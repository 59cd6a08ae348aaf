// Reads PostLens's IndexedDB from inside the extension (an extension page shares the service
// worker's origin, so it sees the same database), with the raw indexedDB API.
import type { BrowserContext } from 'playwright-core';
import { DB_NAME, type PostLensDB } from '../../lib/store/schema';
import { evaluateInPage } from './in-page';

export type DbDump = { [S in keyof PostLensDB]: PostLensDB[S]['value'][] } & { exists: boolean };

export const STORES = ['posts', 'snapshots', 'authors', 'followerSnapshots', 'batches', 'campaigns'] as const;

/** Runs in the extension page (Chromium and Firefox). Never creates the database: that is the
 * extension's job. */
export async function dumpDatabase(args: { name: string; stores: readonly string[] }) {
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

export interface DbReader {
  read(): Promise<DbDump>;
  /** Reads every `intervalMs` until `done(dump)` holds or `timeoutMs` passes; returns the last dump. */
  waitFor(done: (dump: DbDump) => boolean, timeoutMs?: number, intervalMs?: number): Promise<DbDump>;
  close(): Promise<void>;
}

/** Keeps chrome-extension://<id>/dashboard.html open to read the database from, as often as needed. */
export async function openDbReader(context: BrowserContext, extensionId: string): Promise<DbReader> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const read = async () =>
    (await evaluateInPage(page, dumpDatabase, { name: DB_NAME, stores: STORES })) as unknown as DbDump;
  return {
    read,
    async waitFor(done, timeoutMs = 20_000, intervalMs = 250) {
      const deadline = Date.now() + timeoutMs;
      let dump = await read();
      while (!done(dump) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, intervalMs));
        dump = await read();
      }
      return dump;
    },
    close: () => page.close(),
  };
}

/** Every record of every PostLens store, read through chrome-extension://<id>/dashboard.html. */
export async function readDbViaExtensionPage(context: BrowserContext, extensionId: string): Promise<DbDump> {
  const reader = await openDbReader(context, extensionId);
  try {
    return await reader.read();
  } finally {
    await reader.close();
  }
}
