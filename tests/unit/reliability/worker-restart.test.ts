// @vitest-environment node

// The content script's sender talking to a service worker that Chrome stops at any moment: before
// a message arrives, in the middle of its database write (the connection is torn down and the
// transaction aborted), and after the write committed but before the answer got back. The real
// Sender, the real background handlers (a fresh set after every restart, as a new worker has)
// and one IndexedDB. Every reading must be stored exactly once: none lost, none twice.
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type Handlers } from '@/lib/background/handlers';
import { Sender } from '@/lib/content/sender';
import type { ReadingBatch, RecordResult } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { closeDb, getDb } from '@/lib/store/db';
import { freshIndexedDb, reading, T0 } from '../recorder-helpers';
import { pick, prng } from './mutate-dom';

beforeEach(async () => {
  await freshIndexedDb();
  // A snapshot for every reading, however close in time: a batch stored twice would show.
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, snapshotIntervalMinutes: 0 });
});
afterEach(closeDb);

const ID = fakeBrowser.runtime.id;
const CONTENT = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };
type Fate = 'fine' | 'stopped' | 'killed-mid-write' | 'answer-lost';

/** A service worker that can be stopped; a message to a stopped one starts a new one. */
function worker(rand: () => number) {
  let clock = T0;
  let current: Handlers | null = null;
  const fates: Record<Fate, number> = { fine: 0, stopped: 0, 'killed-mid-write': 0, 'answer-lost': 0 };
  /** Kills that caught a write in flight: its transaction was aborted, nothing of it stored. */
  const aborted = { writes: 0 };
  const start = () =>
    createHandlers({
      db: getDb,
      settings: getSettings,
      now: () => ++clock,
      warn: () => {},
      runtimeId: ID,
      extensionUrl: fakeBrowser.runtime.getURL('/'),
    });
  const kill = async () => {
    current = null;
    // The connection goes with the worker: an open transaction is aborted.
    forceCloseDatabase(unwrap(await getDb()) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await new Promise((r) => setTimeout(r, 0));
  };
  const send = async (batch: ReadingBatch): Promise<RecordResult> => {
    const fate: Fate = pick(rand, ['fine', 'fine', 'fine', 'stopped', 'killed-mid-write', 'answer-lost']);
    fates[fate]++;
    if (fate === 'stopped') throw new Error('Could not establish connection. Receiving end does not exist.');
    current ??= start();
    // Structured clone, as runtime messaging copies the batch.
    const answer = current.recordReadings(structuredClone(batch), CONTENT);
    if (fate === 'killed-mid-write') {
      // Some microtasks into the write: the transaction has started and not committed.
      for (let i = Math.floor(rand() * 4); i > 0; i--) await Promise.resolve();
      await kill();
      const r = await answer.catch(() => null);
      if (r && !r.ok) aborted.writes++;
      throw new Error('The message port closed before a response was received.');
    }
    const result = await answer;
    if (fate === 'answer-lost') {
      await kill();
      throw new Error('The message port closed before a response was received.');
    }
    return result;
  };
  return { send, fates, aborted };
}

describe('readings sent while the service worker stops and restarts', () => {
  it.each([1, 2, 3])('seed %i: 150 batches of changing counts are each stored exactly once', async (seed) => {
    const rand = prng(seed * 7919);
    const w = worker(rand);
    let ids = 0;
    const acked = new Set<string>();
    const sender = new Sender({
      send: w.send,
      onAck: (b) => acked.add(b.batchId),
      // Backoff delays are the Sender's business; here a retry comes on the next turn.
      setTimeout: (cb) => setTimeout(cb, 0),
      newId: () => `batch-${seed}-${++ids}`,
      maxPosts: 3,
    });

    // A page that keeps changing: each flush reads a few of 12 posts with new like counts.
    const expected: string[] = [];
    for (let flush = 0; flush < 150; flush++) {
      const chosen = [
        ...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => Math.floor(rand() * 12))),
      ];
      const posts = chosen.map((n) => reading({ postId: `${n}`, likes: flush * 100 + n }));
      for (const p of posts) expected.push(`x:${p.postId}@${p.likes}`);
      sender.enqueue('https://x.com/home', posts, null);
      if (rand() < 0.3) await new Promise((r) => setTimeout(r, 0));
    }
    for (let i = 0; i < 2000 && sender.pending > 0; i++) await new Promise((r) => setTimeout(r, 0));

    expect(sender.pending).toBe(0);
    expect(acked.size).toBe(150);
    // Every fate happened, several times: the test did stop the worker mid-write.
    expect(Object.values(w.fates).every((n) => n >= 5)).toBe(true);
    expect(w.aborted.writes).toBeGreaterThan(0);

    const db = await getDb();
    const stored = (await db.getAll('snapshots')).map((s) => `${s.postKey}@${s.likes}`);
    expect(stored.sort()).toEqual(expected.sort());
    expect(await db.count('batches')).toBe(150);
  });
});
