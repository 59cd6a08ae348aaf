// Storage that fails under a running PostLens: the disk fills up mid-write, and an older PostLens
// page holds the database open so the current version cannot open it. Each time the failed write
// stores nothing of itself, loses nothing stored before (byte for byte), the popup says what is
// wrong, and the content script's retry of the same batch succeeds once the cause is gone:
// pruning the user allowed frees room; closing the old page unblocks the upgrade.

import { browser } from 'wxt/browser';
import { App as PopupApp } from '@/entrypoints/popup/App';
import { lastPruneItem } from '@/lib/background/prune-schedule';
import { KEEPS_EVERYTHING } from '@/lib/background/retention';
import type { ReadingBatch } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { closeDb, DB_VERSION, getDb } from '@/lib/store/db';
import { NOTHING_PRUNED } from '@/lib/store/prune-select';
import { DB_NAME } from '@/lib/store/schema';
import { backend, clock, DAY, reading, record, resetAll, tab } from '../components/helpers';
import { v1Schema } from '../fixtures/shipped-schema';
import { render, screen, waitFor } from '../testing-library';
import { fullDump } from './full-dump';
import { quotaOnSnapshots } from './storage-fault';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async () => 'builtin'),
}));

const CONTENT = { id: 'test-extension', url: 'https://x.com/home', tab: { id: 1 } };
const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/options.html' };

beforeEach(async () => {
  await resetAll();
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
  tab.answer = { keys: [], profileKey: null, platform: 'x' };
});
afterEach(async () => {
  await backend().queue.idle();
  await closeDb();
});

const POSTS = Array.from({ length: 10 }, (_, i) => `p${i}`);
/** "Prune now" as options does it: the preview, then the user's confirmation of it. */
async function confirmPrune() {
  const asked = await backend().previewPrune(undefined, PAGE);
  if (!asked.ok) throw new Error(asked.error);
  return backend().pruneNow(asked.preview, PAGE);
}

const fresh = (likes: number): ReadingBatch => ({
  batchId: 'the-batch-that-did-not-fit',
  pageUrl: 'https://x.com/home',
  posts: POSTS.map((postId) => reading({ postId, likes })),
  profile: null,
});

/** What the popup says about storage, once it has asked the background. */
async function popupWarning(): Promise<string | null> {
  const view = render(<PopupApp />);
  await screen.findByText(/posts on this page|No posts read/);
  const alerts = screen.queryAllByRole('alert').map((a) => a.textContent ?? '');
  view.unmount();
  return alerts.find((t) => t.startsWith('Storage problem')) ?? null;
}

describe('a full disk', () => {
  it('refuses a write without losing anything, shows why, and recovers once allowed pruning frees room', async () => {
    // Four snapshots of each post: 50, 40, 20 and 10 days old.
    const now = clock.now;
    for (const [age, likes] of [
      [50, 0],
      [40, 1],
      [20, 2],
      [10, 3],
    ] as const) {
      await record(
        POSTS.map((postId) => reading({ postId, likes })),
        null,
        now - age * DAY,
      );
    }
    clock.now = now;
    // Any prune forgets batch ids past their 7 days (write bookkeeping, not the user's data, so
    // even without a confirmed retention); the automatic one after each write may or may not have
    // run yet, or have run at this time (then it is not due for an hour), so forget them now, once.
    await backend().settled();
    await lastPruneItem.setValue(0);
    expect(await backend().autoPrune()).toEqual(NOTHING_PRUNED);
    const quota = quotaOnSnapshots(await getDb(), 40);
    const before = await fullDump();

    const failed = await backend().recordReadings(fresh(4), CONTENT);
    expect(failed).toEqual({
      ok: false,
      error: expect.stringMatching(/Storage is full.*QuotaExceededError/),
    });
    expect(quota.refused).toBe(1);
    expect(await fullDump()).toBe(before);
    expect(await popupWarning()).toMatch(/Storage problem.*Storage is full.*Data already stored is kept/);

    // Keeping everything is the default: pruning removes nothing the user did not allow.
    expect(await confirmPrune()).toEqual({ ok: false, error: KEEPS_EVERYTHING });
    expect(await backend().recordReadings(fresh(4), CONTENT)).toMatchObject({ ok: false });
    expect(await fullDump()).toBe(before);

    // The user allows 30 days and confirms its preview: the 40-day-old snapshots go; each post's
    // first (50 days old) and the newer ones stay.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    expect(await confirmPrune()).toEqual({
      ok: true,
      removed: {
        ...NOTHING_PRUNED,
        snapshots: POSTS.length,
        posts: POSTS.length,
        oldest: now - 40 * DAY,
        newest: now - 40 * DAY,
      },
    });

    // The content script's retry of the same batch now fits, and the warning clears.
    expect(await backend().recordReadings(fresh(4), CONTENT)).toEqual({
      ok: true,
      stored: POSTS.length,
      duplicate: false,
      dropped: 0,
      nulled: 0,
      cut: 0,
      reasons: [],
    });
    await backend().queue.idle();
    expect(await popupWarning()).toBeNull();
    const db = await getDb();
    for (const postId of POSTS) {
      const likes = (
        await db.getAllFromIndex(
          'snapshots',
          'by-post-time',
          IDBKeyRange.bound([`x:${postId}`, 0], [`x:${postId}`, Infinity]),
        )
      ).map((s) => s.likes);
      expect(likes).toEqual([0, 2, 3, 4]);
    }
    quota.remove();
  });
});

/** An older PostLens's database, left open by its page, which ignores requests to close. */
function oldVersionHeldOpen(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, version);
    req.onupgradeneeded = () => {
      const db = req.result;
      v1Schema(db);
      const tx = req.transaction!;
      tx.objectStore('posts').put({
        key: 'x:old',
        platform: 'x',
        postId: 'old',
        url: 'https://x.com/a/status/1',
        authorKey: null,
        authorHandle: null,
        authorName: null,
        publishedAt: null,
        text: 'kept',
        promoted: false,
        firstSeen: 1,
        lastSeen: 2,
      });
      tx.objectStore('snapshots').add({
        postKey: 'x:old',
        capturedAt: 2,
        likes: 7,
        comments: null,
        reposts: null,
        saves: null,
        views: null,
        followers: null,
      });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('a database held open by an older PostLens page', () => {
  it('refuses the write with a message saying what to close, then stores it once the page is gone', async () => {
    await closeDb();
    const old = await oldVersionHeldOpen(1);
    expect(DB_VERSION).toBeGreaterThan(1);

    const failed = await backend().recordReadings(fresh(9), CONTENT);
    expect(failed).toEqual({
      ok: false,
      error: expect.stringMatching(/held open by another PostLens page.*Close other PostLens tabs/),
    });
    expect(await popupWarning()).toMatch(/Storage problem.*held open by another PostLens page/);

    old.close();
    await new Promise((r) => setTimeout(r, 20));
    await waitFor(async () =>
      expect(await backend().recordReadings(fresh(9), CONTENT)).toMatchObject({
        ok: true,
        stored: POSTS.length,
      }),
    );
    await backend().queue.idle();
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('posts', 'x:old')).toMatchObject({ text: 'kept' });
    expect((await db.getAll('snapshots')).map((s) => s.likes).sort()).toEqual([7, ...POSTS.map(() => 9)]);
    expect(await popupWarning()).toBeNull();
  });
});
