// Reads PostLens's IndexedDB from inside the extension (an extension page shares the service
// worker's or background page's origin, so it sees the same database), with the raw indexedDB
// API: the same code in Chromium and Firefox, on whichever browser's page is given.
import type { BrowserContext } from 'playwright-core';
import { DB_NAME, type PostLensDB } from '../../lib/store/schema';
import { type Evaluates, evaluateInPage } from './in-page';
import { pollUntil } from './wait';

export type DbDump = { [S in keyof PostLensDB]: PostLensDB[S]['value'][] } & { exists: boolean };

export const STORES = ['posts', 'snapshots', 'authors', 'followerSnapshots', 'batches', 'campaigns'] as const;

/** Runs in the extension page (Chromium and Firefox): every record of every store, after emptying
 * them all first when `clearFirst` (a test's fresh start). Never creates the database: that is
 * the extension's job. */
export async function dumpDatabase(args: { name: string; stores: readonly string[]; clearFirst?: boolean }) {
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
    if (args.clearFirst) {
      const tx = db.transaction(present, 'readwrite');
      for (const s of present) tx.objectStore(s).clear();
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('emptying the database was aborted'));
      });
    }
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
  /** Empties every store (a test's fresh start inside one browser session). */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** A reader on an extension page already open (dashboard.html, in either browser). */
export function dbReaderOn(page: Evaluates & { close(): Promise<void> }): DbReader {
  const dump = async (clearFirst: boolean) =>
    (await evaluateInPage(page, dumpDatabase, {
      name: DB_NAME,
      stores: STORES,
      clearFirst,
    })) as unknown as DbDump;
  const read = () => dump(false);
  return {
    read,
    waitFor: (done, timeoutMs = 20_000, intervalMs = 250) => pollUntil(read, done, timeoutMs, intervalMs),
    async clear() {
      await dump(true);
    },
    close: () => page.close(),
  };
}

/** A post's snapshots, oldest first, once there are at least `atLeast` of them (or the wait ends). */
export async function snapshotsOf(reader: DbReader, key: string, atLeast: number) {
  const dump = await reader.waitFor((d) => d.snapshots.filter((s) => s.postKey === key).length >= atLeast);
  return dump.snapshots.filter((s) => s.postKey === key).sort((a, b) => a.capturedAt - b.capturedAt);
}

/** Keeps chrome-extension://<id>/dashboard.html open to read the database from, as often as needed. */
export async function openDbReader(context: BrowserContext, extensionId: string): Promise<DbReader> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  return dbReaderOn(page);
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

/**
 * Runs in the extension page: sets `capturedAt` of every record of `store` whose `field` is one of
 * `values` to `at`, as if it had been read then. The browser's clock cannot be moved for the
 * extension's background, so a journey that needs a reading from days ago moves one made now.
 * Returns how many it moved. Only that store moves: each post's summary (posts store) keeps the
 * times it was read, so use this only for what reads these records by time (a campaign's period
 * figures, a follower change), not for the tables.
 */
export async function moveRecords(args: {
  name: string;
  store: 'snapshots' | 'followerSnapshots';
  field: 'postKey' | 'authorKey';
  values: string[];
  at: number;
}): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(args.name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error(`opening ${args.name} was blocked`));
  });
  try {
    const tx = db.transaction(args.store, 'readwrite');
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error(`moving the ${args.store} was aborted`));
    });
    let moved = 0;
    await new Promise<void>((resolve, reject) => {
      const req = tx.objectStore(args.store).openCursor();
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return resolve();
        const rec = cursor.value as Record<string, unknown>;
        if (args.values.includes(rec[args.field] as string)) {
          cursor.update({ ...rec, capturedAt: args.at });
          moved++;
        }
        cursor.continue();
      };
    });
    await done;
    return moved;
  } finally {
    db.close();
  }
}

async function backdate(
  context: BrowserContext,
  extensionId: string,
  what: Omit<Parameters<typeof moveRecords>[0], 'name'>,
): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    return await evaluateInPage(page, moveRecords, { name: DB_NAME, ...what });
  } finally {
    await page.close();
  }
}

/** Moves every follower reading of the author `authorKey` to the time `at`, through an extension page. */
export const backdateFollowerReadings = (
  context: BrowserContext,
  extensionId: string,
  authorKey: string,
  at: number,
): Promise<number> =>
  backdate(context, extensionId, { store: 'followerSnapshots', field: 'authorKey', values: [authorKey], at });

/** Moves every snapshot of the posts `keys` to the time `at`, through an extension page. */
export const backdateSnapshots = (
  context: BrowserContext,
  extensionId: string,
  keys: readonly string[],
  at: number,
): Promise<number> =>
  backdate(context, extensionId, { store: 'snapshots', field: 'postKey', values: [...keys], at });

/**
 * Runs in the extension page: moves the one reading of each post of `keys` that has exactly one
 * `by` ms back, as if it had been read then: its snapshot, the post's first and last seen, and
 * its summary's reading. Velocity compares readings at least 5 minutes apart, and the extension's
 * clock cannot be moved, so a journey reads a page, moves that reading back, then reads it again.
 * Returns how many posts moved (a post with another count of snapshots is left as it is).
 */
export async function moveOnlyReadings(args: { name: string; keys: string[]; by: number }): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(args.name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error(`opening ${args.name} was blocked`));
  });
  const ask = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  try {
    const tx = db.transaction(['posts', 'snapshots'], 'readwrite');
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('moving the readings was aborted'));
    });
    const snapshots = await ask(tx.objectStore('snapshots').getAll());
    let moved = 0;
    for (const key of args.keys) {
      const mine = snapshots.filter((s) => s.postKey === key);
      const post = await ask(tx.objectStore('posts').get(key));
      if (mine.length !== 1 || !post?.summary?.latest) continue;
      const at = mine[0].capturedAt - args.by;
      tx.objectStore('snapshots').put({ ...mine[0], capturedAt: at });
      tx.objectStore('posts').put({
        ...post,
        firstSeen: Math.min(post.firstSeen, at),
        lastSeen: at,
        summary: { ...post.summary, latest: { ...post.summary.latest, capturedAt: at } },
      });
      moved++;
    }
    await done;
    return moved;
  } finally {
    db.close();
  }
}

/** Moves the one reading of each post of `keys` `by` ms back (moveOnlyReadings), through an extension page. */
export async function moveOnlyReadingsBack(
  context: BrowserContext,
  extensionId: string,
  keys: readonly string[],
  by: number,
): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    return await evaluateInPage(page, moveOnlyReadings, { name: DB_NAME, keys: [...keys], by });
  } finally {
    await page.close();
  }
}
