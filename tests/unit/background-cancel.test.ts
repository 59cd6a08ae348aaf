// @vitest-environment node

// Cancel for the background's one-transaction writes (lib/background/cancels.ts): an import or a
// prune cancelled while its transaction runs, or before it starts, leaves the database exactly as
// it was (every store, ids and all); one cancelled after its commit answers "finished" and stays.
import { IDBDatabase as FakeDatabase } from 'fake-indexeddb';
import { IMPORT_CANCELLED, PRUNE_CANCELLED } from '@/lib/background/cancels';
import { createHandlers } from '@/lib/background/handlers';
import { retentionConsentItem } from '@/lib/background/prune-schedule';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import { inWriteTx } from '@/lib/store/delete';
import { batch, DAY, freshIndexedDb, reading, T0 } from './recorder-helpers';
import { fullDump } from './reliability/full-dump';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };
const CONTENT = { id: 'test-extension', url: 'https://x.com/home', tab: { id: 7 } };
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Handlers whose database calls can be awaited: once one is answered, a write can start. */
function setup() {
  let dbAsked = () => {};
  const h = createHandlers({
    db: async () => {
      const db = await getDb();
      dbAsked();
      return db;
    },
    settings: async () => ({ ...DEFAULT_SETTINGS, retentionDays: 30 }),
    now: () => T0,
    warn: () => {},
    runtimeId: 'test-extension',
    extensionUrl: 'chrome-extension://test-extension/',
  });
  /** Resolves a turn after the next database call: the write it was for has opened its transaction. */
  const writeStarted = () =>
    new Promise<void>((resolve) => {
      dbAsked = () => resolve();
    }).then(nextTurn);
  return { h, writeStarted };
}

/** `posts` posts of someone else, each read 100, 90 and 80 days before T0: one each is prunable. */
function oldHistory(posts: number, prefix = 'old') {
  return {
    format: 'postlens-export' as const,
    version: 1 as const,
    exportedAt: new Date(T0 - 80 * DAY).toISOString(),
    authors: [],
    posts: Array.from({ length: posts }, (_, i) => ({
      platform: 'x' as const,
      postId: `${prefix}${i}`,
      url: `https://x.com/other/status/${prefix}${i}`,
      author: { handle: 'other', name: 'Other', followers: null },
      publishedAt: null,
      text: `post ${i}`,
      snapshots: [100, 90, 80].map((d, n) => ({
        capturedAt: new Date(T0 - d * DAY).toISOString(),
        likes: n,
        comments: null,
        reposts: null,
        saves: null,
        views: null,
        followers: null,
      })),
    })),
  };
}

/** Read-write transactions opened from now on. */
function watchWrites() {
  const spy = vi.spyOn(FakeDatabase.prototype, 'transaction');
  return () => spy.mock.calls.filter((c) => c[1] === 'readwrite').length;
}

async function seeded() {
  const s = setup();
  expect(await s.h.recordReadings(batch([reading()]), CONTENT)).toMatchObject({ ok: true, stored: 1 });
  await s.h.settled();
  return s;
}

describe('an import', () => {
  it('cancelled while its transaction runs keeps nothing of the file', async () => {
    const { h, writeStarted } = await seeded();
    const before = await fullDump();
    const writes = watchWrites();
    const started = writeStarted();
    const importing = h.importData({ importId: 'i1', file: oldHistory(2000) }, PAGE);
    await started;
    expect(writes()).toBe(1);
    expect(await h.cancelImport({ importId: 'i1' }, PAGE)).toEqual({ ok: true, outcome: 'cancelled' });
    expect(await importing).toEqual({ ok: false, error: IMPORT_CANCELLED, cancelled: true });
    expect(await fullDump()).toBe(before);
    // The user's Cancel is no storage failure.
    expect(await h.storageStatus(undefined, PAGE)).toEqual({ lastError: null, at: null });
    // Asked again, the answer is the same.
    expect(await h.cancelImport({ importId: 'i1' }, PAGE)).toEqual({ ok: true, outcome: 'cancelled' });
  });

  it('cancelled before its message is handled never starts', async () => {
    const { h } = await seeded();
    const before = await fullDump();
    const writes = watchWrites();
    expect(await h.cancelImport({ importId: 'i2' }, PAGE)).toEqual({ ok: true, outcome: 'cancelled' });
    expect(await h.importData({ importId: 'i2', file: oldHistory(3) }, PAGE)).toEqual({
      ok: false,
      error: IMPORT_CANCELLED,
      cancelled: true,
    });
    expect(writes()).toBe(0);
    expect(await fullDump()).toBe(before);
  });

  it('cancelled once committed answers finished and is kept', async () => {
    const { h } = await seeded();
    expect(await h.importData({ importId: 'i3', file: oldHistory(3) }, PAGE)).toMatchObject({
      ok: true,
      added: { posts: 3, snapshots: 9 },
    });
    expect(await h.cancelImport({ importId: 'i3' }, PAGE)).toEqual({ ok: true, outcome: 'finished' });
    expect(await (await getDb()).count('snapshots')).toBe(1 + 9);
  });
});

describe('a prune', () => {
  async function previewed() {
    const s = await seeded();
    expect(await s.h.importData(oldHistory(500), PAGE)).toMatchObject({ ok: true });
    const asked = await s.h.previewPrune(undefined, PAGE);
    if (!asked.ok) throw new Error(asked.error);
    expect(asked.preview.snapshots).toBe(500);
    return { ...s, preview: asked.preview };
  }

  it('cancelled while its transaction runs deletes nothing and gives no consent', async () => {
    const { h, writeStarted, preview } = await previewed();
    const before = await fullDump();
    const writes = watchWrites();
    const started = writeStarted();
    const pruning = h.pruneNow({ ...preview, pruneId: 'p1' }, PAGE);
    await started;
    expect(writes()).toBe(1);
    expect(await h.cancelPrune({ pruneId: 'p1' }, PAGE)).toEqual({ ok: true, outcome: 'cancelled' });
    expect(await pruning).toEqual({ ok: false, error: PRUNE_CANCELLED, cancelled: true });
    expect(await fullDump()).toBe(before);
    expect(await retentionConsentItem.getValue()).toBeNull();
    // The same preview confirmed again deletes what it counted.
    expect(await h.pruneNow({ ...preview, pruneId: 'p2' }, PAGE)).toMatchObject({
      ok: true,
      removed: { snapshots: 500 },
    });
  });

  it('cancelled once committed answers finished and stays pruned', async () => {
    const { h, preview } = await previewed();
    expect(await h.pruneNow({ ...preview, pruneId: 'p3' }, PAGE)).toMatchObject({
      ok: true,
      removed: { snapshots: 500 },
    });
    expect(await h.cancelPrune({ pruneId: 'p3' }, PAGE)).toEqual({ ok: true, outcome: 'finished' });
    expect(await (await getDb()).count('snapshots')).toBe(1 + 1000);
  });
});

describe('cancel messages', () => {
  it('need the id they cancel, and come only from our pages', async () => {
    const { h } = await seeded();
    expect(await h.cancelImport({}, PAGE)).toEqual({ ok: false, error: expect.stringContaining('importId') });
    expect(await h.cancelPrune({ pruneId: 7 }, PAGE)).toEqual({
      ok: false,
      error: expect.stringContaining('pruneId'),
    });
    expect(await h.cancelImport({ importId: 'i9' }, CONTENT)).toEqual({
      ok: false,
      error: expect.stringContaining('only accepted'),
      refused: true,
      reason: 'notPage',
    });
  });
});

describe('inWriteTx with a signal', () => {
  const post = { key: 'x:held', platform: 'x', postId: 'held' } as never;

  it('aborts a transaction still running: none of its writes are kept', async () => {
    const db = await getDb();
    const before = await fullDump();
    const controller = new AbortController();
    let held = 0;
    const result = await inWriteTx(
      db,
      async (tx) => {
        await tx.objectStore('posts').put(post);
        // Kept open by one read after another (an idle transaction commits), cancelled on the third.
        while (!controller.signal.aborted) {
          if (++held === 3) controller.abort();
          await tx.objectStore('batches').count();
        }
        return {};
      },
      controller.signal,
    );
    // The error is whatever the aborted transaction threw first; the registry words a cancel.
    expect(result).toMatchObject({ ok: false });
    expect(held).toBe(3);
    expect(await fullDump()).toBe(before);
  });

  it('keeps a transaction that committed before the signal aborted', async () => {
    const db = await getDb();
    const controller = new AbortController();
    const put = async (tx: Parameters<Parameters<typeof inWriteTx>[1]>[0]) => {
      await tx.objectStore('posts').put(post);
      return {};
    };
    expect(await inWriteTx(db, put, controller.signal)).toEqual({ ok: true });
    controller.abort();
    expect(await db.getKey('posts', 'x:held')).toBe('x:held');
  });
});
