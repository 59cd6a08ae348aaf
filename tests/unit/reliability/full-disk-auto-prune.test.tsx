// A full disk with automatic pruning confirmed: the prune the user allowed is what frees room, so a
// write refused for the quota must not keep it from running (it ran after successful writes only,
// and on a full disk no write succeeds: the disk stayed full until the user pruned by hand).
import { browser } from 'wxt/browser';
import { lastPruneItem } from '@/lib/background/prune-schedule';
import type { ReadingBatch } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { closeDb, getDb } from '@/lib/store/db';
import { backend, clock, DAY, reading, record, resetAll, tab } from '../components/helpers';
import { quotaOnSnapshots } from './storage-fault';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

const CONTENT = { id: 'test-extension', url: 'https://x.com/home', tab: { id: 1 } };
const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/options.html' };
const POSTS = Array.from({ length: 10 }, (_, i) => `p${i}`);

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

const fresh = (likes: number): ReadingBatch => ({
  batchId: 'the-batch-that-did-not-fit',
  pageUrl: 'https://x.com/home',
  posts: POSTS.map((postId) => reading({ postId, likes })),
  profile: null,
});

const snapshotCount = async () => (await getDb()).count('snapshots');

it('runs the automatic prune the user confirmed after a write refused for a full disk, and the retry fits', async () => {
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
  await backend().settled();
  // The user keeps 30 days and confirms it with "Prune now": the 40-day-old snapshots go, and the
  // automatic prune may from now on remove what was stored before this confirmation.
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
  const asked = await backend().previewPrune(undefined, PAGE);
  if (!asked.ok) throw new Error(asked.error);
  expect(await backend().pruneNow(asked.preview, PAGE)).toMatchObject({ ok: true });
  expect(await snapshotCount()).toBe(30);

  // Fifteen days later the 20-day-old snapshots are 35 days old, and the automatic prune is due;
  // the disk is full.
  clock.now = now + 15 * DAY;
  await lastPruneItem.setValue(0);
  const quota = quotaOnSnapshots(await getDb(), 30);
  expect(await backend().recordReadings(fresh(4), CONTENT)).toMatchObject({ ok: false });
  await backend().settled();
  // The prune ran: each post's first and latest snapshots stay, the 35-day-old ones go.
  expect(await snapshotCount()).toBe(20);

  // The content script's retry of the same batch fits now.
  expect(await backend().recordReadings(fresh(4), CONTENT)).toMatchObject({ ok: true, stored: POSTS.length });
  expect(await snapshotCount()).toBe(30);
  quota.remove();
});
