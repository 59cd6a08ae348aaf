// An update from the last released schemas, in a real browser with the built extension, written
// once for Chromium and Firefox: the database version 5's, 6's, 7's or 8's own code wrote
// (tests/unit/fixtures/versions/v5.json to v8.json, in that version's schema as it shipped,
// tests/unit/fixtures/shipped-schema.ts) is put in the extension's origin, and the dashboard opens
// it. The browser's own IndexedDB runs the upgrade (fake-indexeddb runs it in the unit tests):
// every record is kept, the two post indexes version 6 dropped are gone, the others still find
// the old posts, each summary changes in its `recent` alone, which is one Float64Array of the
// readings the current rule keeps from the post's snapshots (version 9; the unit test
// db-upgrade-from-old-code works that rule out by hand), and the dashboard lists every post.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../lib/store/db';
import { DB_NAME } from '../../../lib/store/schema';
import { summarize } from '../../../lib/store/summary';
import { openShipped, type StoreShape, schemaShape } from '../../unit/fixtures/shipped-schema';
import type { E2EBrowser } from '../e2e-session';
import { dumpDatabase, STORES } from '../extension-db';
import { evaluateInPage } from '../in-page';
import { pollUntil } from '../wait';
import { itLeftNoTrace, useSession } from './lifecycle';

type Entry = [IDBValidKey, Record<string, unknown>];
type Fixture = { version: number; stores: Record<string, Entry[]> };
const fixture = (v: number) =>
  JSON.parse(readFileSync(join(process.cwd(), `tests/unit/fixtures/versions/v${v}.json`), 'utf8')) as Fixture;
/** The form a fixture's summaries keep `recent` in, by version: none, reading objects, packed. */
const RECENT_FORM: Record<number, 'none' | 'objects' | 'packed'> = {
  5: 'none',
  6: 'none',
  7: 'objects',
  8: 'packed',
};
/** The form of a stored `recent`: reading objects (version 7), packed as the fixture writes it. */
const formOf = (recent: unknown) =>
  recent === undefined ? 'none' : Array.isArray(recent) ? 'objects' : 'packed';
/**
 * Each post's `recent` as the current code keeps it after the upgrade (version 9 sets it from the
 * post's snapshots), its numbers with NaN written out; posts without one left out.
 */
function expectedRecents(fx: Fixture): { key: string; nums: (number | string)[] }[] {
  type Snap = Parameters<typeof summarize>[0][number];
  const snaps = (fx.stores.snapshots ?? []).map(([, s]) => s as unknown as Snap);
  return (fx.stores.posts ?? []).flatMap(([key]) => {
    const mine = snaps
      .filter((s) => s.postKey === key)
      .sort((a, b) => a.capturedAt - b.capturedAt || a.id! - b.id!);
    const { recent } = summarize(mine, null);
    return recent
      ? [{ key: key as string, nums: Array.from(recent, (v) => (Number.isNaN(v) ? 'NaN' : v)) }]
      : [];
  });
}
/** A post record without its summary's `recent` (the one field the upgrade may change). */
function withoutRecent(p: Record<string, unknown>): Record<string, unknown> {
  const summary = p.summary as Record<string, unknown> | undefined;
  if (!summary) return p;
  const { recent, ...rest } = summary;
  return { ...p, summary: rest };
}
/** Version `v`'s stores and indexes as it shipped, built in fake-indexeddb from SHIPPED_STEPS. */
async function shippedShape(v: number): Promise<StoreShape[]> {
  const db = await openShipped(new IDBFactory(), 'shape', v);
  try {
    return schemaShape(db);
  } finally {
    db.close();
  }
}

/** In the extension page: replaces the database with version `version` of `shape`, holding the records in `json`. */
async function seed(arg: { name: string; version: number; shape: StoreShape[]; json: string }) {
  const request = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  // The background's connection steps aside on versionchange (lib/store/db.ts, blocking()).
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(arg.name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    // Blocked only until that connection has closed (after its transaction, if one runs): the
    // delete then goes on, so this waits for success rather than failing on "blocked".
    req.onblocked = () => {};
  });
  const open = indexedDB.open(arg.name, arg.version);
  open.onupgradeneeded = () => {
    for (const s of arg.shape) {
      const store = open.result.createObjectStore(s.name, {
        keyPath: s.keyPath,
        autoIncrement: s.autoIncrement,
      });
      for (const i of s.indexes)
        store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    }
  };
  const db = await request(open);
  // The records go over as JSON text: exactly what the file holds (and no deep argument type). A
  // packed `recent` (version 8 on), written `{ "Float64Array": [...] }` (NaN as "NaN"), is put
  // back as the Float64Array that version stored.
  const stores = JSON.parse(arg.json, (_k, v) =>
    v && typeof v === 'object' && Array.isArray(v.Float64Array)
      ? Float64Array.from(v.Float64Array as (number | string)[], Number)
      : v,
  ) as Record<string, [IDBValidKey, unknown][]>;
  const names = Object.keys(stores);
  const tx = db.transaction(names, 'readwrite');
  for (const n of names) for (const [, value] of stores[n]!) tx.objectStore(n).put(value);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('seeding was aborted'));
  });
  db.close();
}

/** In the extension page: the database's version, its posts store's indexes, and the posts the
 * by-author index finds for x:nasa. */
async function postIndexes(name: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const posts = db.transaction('posts', 'readonly').objectStore('posts');
    const nasa = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const req = posts.index('by-author').getAllKeys('x:nasa');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    // Each summary's `recent` as the browser's IndexedDB holds it: whether it is a Float64Array,
    // and its numbers (NaN written out, as no serializer keeps it).
    const all = await new Promise<{ key: string; summary?: { recent?: unknown } }[]>((resolve, reject) => {
      const req = posts.getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const recents = all.flatMap(({ key, summary }) => {
      const r = summary?.recent;
      if (r === undefined) return [];
      const packed = r instanceof Float64Array;
      const nums = packed ? Array.from(r, (v) => (Number.isNaN(v) ? 'NaN' : v)) : null;
      return [{ key, packed, nums }];
    });
    return { version: db.version, indexes: [...posts.indexNames].sort(), nasa, recents };
  } finally {
    db.close();
  }
}

/** In the extension page: whether the database exists yet. */
async function exists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

/** In the extension page: how many rows the posts table shows. */
const rowCount = (): number => document.querySelectorAll('table.posts-table tbody tr').length;

export function describeUpgrade(browser: E2EBrowser): void {
  const { session } = useSession(browser);

  describe.each([5, 6, 7, 8])('an update from schema version %i', (v) => {
    const FIXTURE = fixture(v);
    it('upgrades a database that version wrote: every record kept, the unread indexes gone', async () => {
      // popup.html in a tab of its own reads no database (its tab is no platform page), so this
      // page holds no connection while it replaces the database.
      const lookout = await session().openExtensionPage('popup.html');
      try {
        // The background opens the database soon after it starts (the chunk build's first check);
        // wait for that, so it does not create version 6 between the delete and the seeding below.
        const opened = await pollUntil(
          () => evaluateInPage(lookout, exists, DB_NAME),
          (e) => e,
          20_000,
          200,
        );
        expect(opened).toBe(true);

        expect(FIXTURE.version).toBe(v);
        const shape = await shippedShape(v);
        const posts = shape.find((s) => s.name === 'posts')!;
        // The shape really is that version's: both indexes version 6 drops are in version 5's.
        const dropped = ['by-lastSeen', 'by-platform'];
        if (v === 5) expect(posts.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(dropped));
        else expect(posts.indexes.map((i) => i.name)).not.toEqual(expect.arrayContaining(dropped));
        const json = JSON.stringify(FIXTURE.stores);
        await evaluateInPage(lookout, seed, { name: DB_NAME, version: v, shape, json });
        const before = await evaluateInPage(lookout, postIndexes, DB_NAME);
        expect(before.version).toBe(v);
        // Version 8's summaries hold `recent` as Float64Arrays in the seeded database, as it wrote them.
        const packedBefore = FIXTURE.stores.posts!.filter(
          ([, p]) => formOf((p.summary as { recent?: unknown }).recent) === 'packed',
        );
        expect(before.recents.filter((r) => r.packed)).toHaveLength(packedBefore.length);

        // The dashboard opens the database (its code upgrades it) and lists every stored post.
        const dash = await session().openExtensionPage('dashboard.html#/posts');
        try {
          const shown = await pollUntil(
            () => evaluateInPage(dash, rowCount, null),
            (n) => n === FIXTURE.stores.posts!.length,
            20_000,
          );
          expect(shown).toBe(FIXTURE.stores.posts!.length);
        } finally {
          await dash.close();
        }

        const after = await evaluateInPage(lookout, postIndexes, DB_NAME);
        expect(after.version).toBe(DB_VERSION);
        // Every store of the user's records (the chunked copy and its change notes are rebuilt at
        // will), record for record in key order; each record holds its key (every store's keyPath).
        const records = await evaluateInPage(lookout, dumpDatabase, { name: DB_NAME, stores: STORES });
        // The fixture's summaries keep `recent` in that version's form (so version 8's seeding
        // really put Float64Arrays back: checked before the upgrade, below).
        const forms = FIXTURE.stores.posts!.map(([, p]) =>
          formOf((p.summary as { recent?: unknown }).recent),
        );
        expect(forms).toContain(RECENT_FORM[v]);
        expect(forms.every((f) => f === 'none' || f === RECENT_FORM[v])).toBe(true);
        // Every `recent` is a Float64Array now, of the readings the current rule keeps (read from
        // `after.recents`: a typed array does not come out of every browser's evaluate).
        expect(after.recents.every((r) => r.packed)).toBe(true);
        expect(after.recents.map(({ key, nums }) => ({ key, nums }))).toEqual(expectedRecents(FIXTURE));
        // Nothing else of the user's records changed.
        for (const name of STORES)
          expect(
            name === 'posts'
              ? (records.posts as Record<string, unknown>[]).map(withoutRecent)
              : records[name],
            name,
          ).toEqual(
            (FIXTURE.stores[name] ?? []).map(([, record]) =>
              name === 'posts' ? withoutRecent(record) : record,
            ),
          );
        expect(after.indexes).toEqual(['by-author', 'by-er-followers-first', 'by-er-views-first']);
        const nasaPosts = FIXTURE.stores.posts!.filter(([, p]) => p.authorKey === 'x:nasa').map(([k]) => k);
        expect(nasaPosts.length).toBeGreaterThan(0);
        expect(after.nasa).toEqual(nasaPosts);
      } finally {
        await lookout.close();
      }
    });

    itLeftNoTrace(browser, session);
  });
}
