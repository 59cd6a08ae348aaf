// The service worker stopped while a write is provably in flight (19.9): in the test build
// (`npm run build:probe`, lib/store/hold-for-test.ts) the worker holds its write transaction open,
// every request issued and nothing committed, for as long as the test asks. The test stops the
// worker through the DevTools protocol in that state; the transaction dies with it. Then every
// reading of the page must be in IndexedDB, once: the content script still holds the batch (no
// answer came) and so does storage.local, and a new worker stores it.
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_TIMEOUT_MS } from '../../lib/content/send-timing';
import { waitForBadges } from '../harness/badges';
import { type DbDump, type DbReader, openDbReader } from '../harness/extension-db';
import { newXIds, xTimeline } from '../harness/journeys-pages';
import { PROBE_CHROME_DIR } from '../harness/probe';
import { workerControl } from '../harness/service-worker';
import { type E2ESession, startSession } from '../harness/session';

/** What lib/store/hold-for-test.ts reads and writes in the worker. */
type Flags = typeof globalThis & { __postlensHoldWrites?: boolean; __postlensWriteHeld?: number };

const POSTS = 5;
let session: E2ESession;
let reader: DbReader;

beforeAll(async () => {
  session = await startSession({
    launch: { extensionDir: PROBE_CHROME_DIR, buildCommand: 'npm run build:probe' },
  });
  const control = await workerControl(session.browser.context, session.browser.extensionId);
  await control.activated().finally(() => control.close());
  reader = await openDbReader(session.browser.context, session.browser.extensionId);
});

afterAll(async () => {
  await reader?.close().catch(() => {});
  await session?.close();
});

/** How many turns the worker's write has been held open (0: none held). */
const heldTurns = (worker: Worker) => worker.evaluate(() => (globalThis as Flags).__postlensWriteHeld ?? 0);

describe('the service worker stopped in the middle of a write', () => {
  it('stores every reading once after the worker that held the write open was stopped', async () => {
    const worker = await session.browser.serviceWorker();
    await worker.evaluate(() => {
      (globalThis as Flags).__postlensHoldWrites = true;
    });
    const { html, keys } = xTimeline(newXIds(700, POSTS));
    const url = 'https://x.com/home?held-write';
    session.server.setPage(url, html);
    const page = await session.browser.context.newPage();
    await page.goto(url);
    expect((await waitForBadges(page, POSTS)).sort()).toEqual([...keys].sort());

    // The write is in flight: its transaction is open, and it has stayed open for many turns. The
    // flag stays set, so that worker never lets it commit: what is stored later, a new worker wrote.
    let turns = 0;
    for (let i = 0; i < 80 && turns < 50; i++) {
      await page.waitForTimeout(100);
      turns = await heldTurns(worker);
    }
    expect(turns, 'the worker did not hold a write open').toBeGreaterThanOrEqual(50);
    // (The database is not read now: a read would wait for the held transaction.)

    const control = await workerControl(session.browser.context, session.browser.extensionId);
    let dump: DbDump;
    let after = '';
    let took = 0;
    try {
      // Only the worker that holds the write is stopped: the page's retry may start a new one at
      // once (one CI run saw it running again before the next question), and that one is left be.
      await control.stopCurrent();

      // Nothing else is done: the page's own retries (and the batch kept in storage.local) wake a
      // new worker, which holds nothing. Seconds, as a rule; the wait outlasts the sender's answer
      // timeout, after which a page sends again a batch whose message Chrome never answered.
      const started = Date.now();
      dump = await reader.waitFor(
        (d) => keys.every((k) => d.snapshots.some((s) => s.postKey === k)),
        ANSWER_TIMEOUT_MS + 20_000,
        500,
      );
      took = Math.round((Date.now() - started) / 1000);
      // What a failure needs to tell apart: no worker started again, or one ran and stored nothing.
      if (!keys.every((k) => dump.snapshots.some((s) => s.postKey === k))) {
        after = (await control.running()) ? ': a worker is running' : ': no worker is running';
      }
    } finally {
      await control.close();
    }
    const snapshots = keys.map((k) => dump.snapshots.filter((s) => s.postKey === k).length);
    expect(snapshots, `snapshots per post, ${took} s after the stop${after}`).toEqual(keys.map(() => 1));
    expect(keys.filter((k) => !dump.posts.some((p) => p.key === k))).toEqual([]);
    await page.close();
  });
});
