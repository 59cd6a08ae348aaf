// @vitest-environment node

// The background's half of the durable hand-off: a batch is acknowledged only once its IndexedDB
// transaction has committed; batches content scripts kept in storage.local are stored from there
// (at start-up, and as soon as one is written), once each, and their keys removed only after the
// commit; what the database refuses stays and is counted; lost readings reported by content
// scripts are counted for the popup.
import type { IDBPDatabase } from 'idb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lostReadingsItem } from '@/lib/background/handoff';
import { type HandedOffBatch, handoffKey } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import { CONTENT, POPUP, testHandlers } from './fixtures/handlers';
import { batch, freshIndexedDb, HOUR, reading, T0 } from './recorder-helpers';

beforeEach(async () => {
  await freshIndexedDb();
  // A snapshot for every reading, however close in time: a batch stored twice would show.
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, snapshotIntervalMinutes: 0 });
});
afterEach(closeDb);

const handlers = testHandlers;

const tick = () => new Promise((r) => setTimeout(r, 0));

/** What a content script keeps in storage.local before it sends a batch. */
async function keep(b: ReturnType<typeof batch>, at = T0): Promise<string> {
  const entry: HandedOffBatch = { batch: b, at };
  await fakeBrowser.storage.local.set({ [handoffKey(b.batchId)]: entry });
  return handoffKey(b.batchId);
}

const handoffKeys = async () =>
  Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('handoff:'));

async function snapshotsPerPost(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of await (await getDb()).getAll('snapshots')) out[s.postKey] = (out[s.postKey] ?? 0) + 1;
  return out;
}

/** The real database, but every write transaction's `done` (its commit) waits for `gate`. */
function commitsHeldBy(gate: Promise<void>, onDone?: (tx: { abort(): void }) => void) {
  return async (): Promise<PostLensDb> => {
    const db = await getDb();
    return new Proxy(db, {
      get(target, prop) {
        if (prop !== 'transaction') {
          const v = Reflect.get(target, prop, target);
          return typeof v === 'function' ? v.bind(target) : v;
        }
        return (...args: Parameters<IDBPDatabase['transaction']>) => {
          const tx = (target.transaction as (...a: typeof args) => { done: Promise<void>; abort(): void })(
            ...args,
          );
          const held = gate.then(() => {
            onDone?.(tx);
            return tx.done;
          });
          return new Proxy(tx, {
            get(t, p) {
              if (p === 'done') return held;
              const v = Reflect.get(t, p, t);
              return typeof v === 'function' ? v.bind(t) : v;
            },
          });
        };
      },
    });
  };
}

describe('acknowledgement after commit', () => {
  it('answers recordReadings only once the transaction has committed', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const { h } = handlers({ db: commitsHeldBy(gate) });
    let answered = false;
    const answer = h.recordReadings(batch([reading()]), CONTENT).then((r) => {
      answered = true;
      return r;
    });
    for (let i = 0; i < 20; i++) await tick();
    expect(answered).toBe(false);
    open();
    expect(await answer).toMatchObject({ ok: true, stored: 1 });
  });

  it('a transaction that aborts at commit is answered as a failure, and the kept copy stays', async () => {
    const b = batch([reading()]);
    const key = await keep(b);
    const { h } = handlers({ db: commitsHeldBy(Promise.resolve(), (tx) => tx.abort()) });
    const r = await h.recordReadings(b, CONTENT);
    expect(r.ok).toBe(false);
    await tick();
    expect(await (await getDb()).getAllKeys('posts')).toEqual([]);
    expect(await handoffKeys()).toEqual([key]);
  });

  it('removes the kept copy of a batch once the message that carried it is stored', async () => {
    const b = batch([reading()]);
    await keep(b);
    const { h } = handlers();
    expect(await h.recordReadings(b, CONTENT)).toMatchObject({ ok: true, stored: 1 });
    await tick();
    expect(await handoffKeys()).toEqual([]);
  });
});

describe('hand-offs kept in storage.local', () => {
  it('are stored at start-up, each key removed once stored', async () => {
    const a = batch([reading({ postId: '1' }), reading({ postId: '2' })]);
    const b = batch([reading({ postId: '3' })]);
    await keep(a);
    await keep(b);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    const { h } = handlers();
    await h.drainHandoffs();
    await tick();
    expect(await snapshotsPerPost()).toEqual({ 'x:1': 1, 'x:2': 1, 'x:3': 1 });
    expect(await handoffKeys()).toEqual([]);
    expect(await fakeBrowser.storage.local.get('unrelated')).toEqual({ unrelated: 1 });
  });

  it('are stored as soon as one is written (storage.onChanged)', async () => {
    const { h } = handlers();
    fakeBrowser.storage.local.onChanged.addListener((changes) => void h.handoffChanged(changes));
    await keep(batch([reading({ postId: '9' })]));
    await h.queue.idle();
    await tick();
    expect(await snapshotsPerPost()).toEqual({ 'x:9': 1 });
    expect(await handoffKeys()).toEqual([]);
  });

  it('a batch both kept and sent is stored once, whichever comes first', async () => {
    const { h } = handlers();
    const b = batch([reading({ postId: '5' })]);
    await keep(b);
    const [fromMessage] = await Promise.all([h.recordReadings(b, CONTENT), h.drainHandoffs()]);
    expect(fromMessage.ok).toBe(true);
    // And again, as after a worker restart that found the key left behind.
    await keep(b);
    await h.drainHandoffs();
    await tick();
    expect(await snapshotsPerPost()).toEqual({ 'x:5': 1 });
    expect(await handoffKeys()).toEqual([]);
  });

  it('a batch keeps the time it was read, however long ago', async () => {
    const { h } = handlers();
    await keep(batch([reading({ postId: 'old' })]), T0 - 5 * HOUR);
    await keep(batch([reading({ postId: 'new' })]), T0 - 2_000);
    await h.drainHandoffs();
    const snaps = await (await getDb()).getAll('snapshots');
    const at = Object.fromEntries(snaps.map((s) => [s.postKey, s.capturedAt]));
    expect(at).toEqual({ 'x:old': T0 - 5 * HOUR, 'x:new': T0 - 2_000 });
  });

  it('what the database refuses stays in storage, is counted as waiting, and is stored once it accepts', async () => {
    let broken = true;
    const { h } = handlers({
      db: async () => {
        if (broken) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return getDb();
      },
    });
    const a = batch([reading({ postId: '1' }), reading({ postId: '2' })], {
      profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers: 10 },
    });
    await keep(a);
    await h.drainHandoffs();
    expect(await handoffKeys()).toEqual([handoffKey(a.batchId)]);
    // Two posts and a profile: three readings not in the database.
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ waiting: 3 });
    expect((await h.storageStatus(undefined, POPUP)).lastError).toContain('Storage is full');

    broken = false;
    // Opening the popup tries them again.
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ waiting: 0 });
    await tick();
    expect(await snapshotsPerPost()).toEqual({ 'x:1': 1, 'x:2': 1 });
    expect(await handoffKeys()).toEqual([]);
  });

  it('a waiting hand-off is tried again after the next stored message', async () => {
    let broken = true;
    const { h } = handlers({
      db: async () => {
        if (broken) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return getDb();
      },
    });
    await keep(batch([reading({ postId: '1' })]));
    await h.drainHandoffs();
    expect(h.handoff.hasWaiting).toBe(true);
    broken = false;
    await h.recordReadings(batch([reading({ postId: '2' })]), CONTENT);
    await h.handoff.drainAll();
    await tick();
    expect(await snapshotsPerPost()).toEqual({ 'x:1': 1, 'x:2': 1 });
    expect(h.handoff.hasWaiting).toBe(false);
  });

  it('readings of a platform switched off are removed, not stored, as from a message', async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      platforms: { ...DEFAULT_SETTINGS.platforms, x: false },
    });
    const { h } = handlers();
    await keep(batch([reading()]));
    await h.drainHandoffs();
    await tick();
    expect(await snapshotsPerPost()).toEqual({});
    expect(await handoffKeys()).toEqual([]);
  });

  it('an unreadable entry is removed with a warning', async () => {
    const { h, warnings } = handlers();
    await fakeBrowser.storage.local.set({ 'handoff:junk': { batch: 'no', at: 'never' } });
    await h.drainHandoffs();
    await tick();
    expect(await handoffKeys()).toEqual([]);
    expect(warnings.join('\n')).toContain('unreadable hand-off handoff:junk');
  });
});

describe('lost readings', () => {
  it('counts what content scripts report, for the popup, until dismissed', async () => {
    const { h } = handlers();
    expect(await h.reportUnsaved({ readings: 3, reason: 'storage refused' }, CONTENT)).toBe(true);
    expect(await h.reportUnsaved({ readings: 2, reason: 'the page closed' }, CONTENT)).toBe(true);
    expect(await h.unsavedReadings(undefined, POPUP)).toEqual({
      waiting: 0,
      lost: 5,
      reason: 'the page closed',
      at: T0,
    });
    // It survives the worker: a new one reads the same.
    expect(await handlers().h.unsavedReadings(undefined, POPUP)).toMatchObject({ lost: 5 });
    expect(await h.dismissUnsaved({ lost: 5 }, POPUP)).toBe(true);
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ lost: 0, reason: null });
  });

  it.each([
    [{ readings: 0, reason: 'x' }],
    [{ readings: -2, reason: 'x' }],
    [{ readings: 1.5, reason: 'x' }],
    [{ readings: 2 }],
    ['lots'],
    [null],
  ])('refuses a malformed report %j', async (report) => {
    const { h } = handlers();
    expect(await h.reportUnsaved(report, CONTENT)).toBe(false);
    expect(await lostReadingsItem.getValue()).toMatchObject({ lost: 0 });
  });

  it('takes reports only from content scripts, and counts or dismisses only for its own pages', async () => {
    const { h, warnings } = handlers();
    expect(await h.reportUnsaved({ readings: 3, reason: 'x' }, POPUP)).toBe(false);
    await h.reportUnsaved({ readings: 3, reason: 'x' }, CONTENT);
    expect(await h.unsavedReadings(undefined, CONTENT)).toMatchObject({ lost: 0 });
    expect(await h.dismissUnsaved({ lost: 3 }, CONTENT)).toBe(false);
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ lost: 3 });
    expect(warnings.filter((w) => w.includes('refused'))).toHaveLength(3);
  });
});
