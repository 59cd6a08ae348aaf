// @vitest-environment node

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type HandlerDeps } from '@/lib/background/handlers';
import {
  lastAutoPruneItem,
  lastPruneItem,
  PRUNE_EVERY_MS,
  retentionConsentItem,
} from '@/lib/background/prune-schedule';
import type { SenderLike } from '@/lib/background/senders';
import { storageStatusItem } from '@/lib/background/storage-status';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { closeDb, getDb } from '@/lib/store/db';
import { NOTHING_PRUNED } from '@/lib/store/prune-select';
import type { ExportV1 } from '@/lib/transfer/format';
import { likesSnapshot } from './fixtures/snapshot';
import { batch, DAY, freshIndexedDb, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const ID = fakeBrowser.runtime.id;
const PAGES = fakeBrowser.runtime.getURL('/');

const senders = {
  content: { id: ID, url: 'https://x.com/home', tab: { id: 7 } },
  popup: { id: ID, url: `${PAGES}popup.html` },
  dashboardTab: { id: ID, url: `${PAGES}dashboard.html`, tab: { id: 9 } },
  otherExtension: { id: 'someone-else', url: 'https://x.com/home', tab: { id: 7 } },
  plainHttpTab: { id: ID, url: 'http://x.com/home', tab: { id: 7 } },
  lookalikePage: {
    id: ID,
    url: 'https://evil.example/chrome-extension://test-extension-id/',
    tab: { id: 3 },
  },
  none: undefined,
} satisfies Record<string, SenderLike | undefined>;

function handlers(over: Partial<HandlerDeps> = {}) {
  const warnings: string[] = [];
  let now = T0;
  const h = createHandlers({
    db: getDb,
    settings: getSettings,
    now: () => now,
    warn: (m) => warnings.push(m),
    runtimeId: ID,
    extensionUrl: PAGES,
    ...over,
  });
  return { h, warnings, setNow: (t: number) => (now = t) };
}

const postKeys = async () => (await getDb()).getAllKeys('posts');

describe('recordReadings', () => {
  it('stores readings from a content script in an https tab', async () => {
    const { h } = handlers();
    expect(await h.recordReadings(batch([reading({ postId: '1' })]), senders.content)).toMatchObject({
      ok: true,
      stored: 1,
    });
    expect(await postKeys()).toEqual(['x:1']);
  });

  it.each(['popup', 'dashboardTab', 'otherExtension', 'plainHttpTab', 'none'] as const)(
    'refuses readings from %s',
    async (who) => {
      const { h, warnings } = handlers();
      const r = await h.recordReadings(batch([reading()]), senders[who]);
      expect(r).toEqual({ ok: false, error: expect.stringContaining('content scripts') });
      expect(warnings[0]).toContain('recordReadings refused');
      expect(await postKeys()).toEqual([]);
    },
  );

  it('records nothing while PostLens is switched off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: false });
    const { h } = handlers();
    expect(await h.recordReadings(batch([reading(), reading({ postId: '2' })]), senders.content)).toEqual({
      ok: true,
      stored: 0,
      duplicate: false,
      dropped: 2,
      nulled: 0,
      cut: 0,
      reasons: [],
    });
    expect(await postKeys()).toEqual([]);
  });

  it('drops readings of a platform the user switched off', async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      platforms: { ...DEFAULT_SETTINGS.platforms, reddit: false },
    });
    const { h } = handlers();
    const red = reading({
      platform: 'reddit',
      postId: 't3_a',
      url: 'https://www.reddit.com/r/a/comments/a/',
    });
    const r = await h.recordReadings(batch([reading({ postId: '1' }), red]), senders.content);
    expect(r).toEqual({ ok: true, stored: 1, duplicate: false, dropped: 1, nulled: 0, cut: 0, reasons: [] });
    expect(await postKeys()).toEqual(['x:1']);
  });
});

describe('storage status', () => {
  const quotaDb = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));

  it('surfaces a failed write, keeps it across a worker restart, and clears it after a good write', async () => {
    const { h } = handlers({ db: quotaDb });
    const r = await h.recordReadings(batch([reading()]), senders.content);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/Storage is full/) });
    await h.queue.idle();
    const status = await h.storageStatus(undefined, senders.popup);
    expect(status).toEqual({ lastError: expect.stringMatching(/Storage is full/), at: T0 });
    expect(await storageStatusItem.getValue()).toEqual(status);

    const restarted = handlers().h;
    expect(await restarted.storageStatus(undefined, senders.popup)).toEqual(status);
    await restarted.recordReadings(batch([reading()]), senders.content);
    await restarted.queue.idle();
    expect(await restarted.storageStatus(undefined, senders.popup)).toEqual({ lastError: null, at: null });
    expect(await storageStatusItem.getValue()).toEqual({ lastError: null, at: null });
  });

  it('answers strangers with an empty status', async () => {
    const { h } = handlers({ db: quotaDb });
    await h.recordReadings(batch([reading()]), senders.content);
    await h.queue.idle();
    expect(await h.storageStatus(undefined, senders.otherExtension)).toEqual({ lastError: null, at: null });
  });
});

describe('knownPosts', () => {
  it('answers content scripts and pages, not strangers', async () => {
    const { h } = handlers();
    await h.recordReadings(batch([reading({ postId: '1' })]), senders.content);
    for (const who of ['content', 'popup', 'dashboardTab'] as const) {
      expect(Object.keys(await h.knownPosts(['x:1'], senders[who]))).toEqual(['x:1']);
    }
    expect(await h.knownPosts(['x:1'], senders.otherExtension)).toEqual({});
    expect(await h.knownPosts('x:1', senders.content)).toEqual({});
    expect(await h.knownPosts([42, null, 'x:1'], senders.content)).toHaveProperty('x:1');
  });
});

describe('changes from extension pages', () => {
  const data: ExportV1 = {
    format: 'postlens-export',
    version: 1,
    exportedAt: '2025-05-02T00:00:00.000Z',
    authors: [],
    posts: [
      {
        platform: 'x',
        postId: '5',
        url: 'https://x.com/a/status/5',
        author: { handle: 'a', name: null, followers: null },
        publishedAt: null,
        text: '',
        snapshots: [],
      },
    ],
  };

  it('imports only from extension pages', async () => {
    const { h } = handlers();
    expect(await h.importData(data, senders.content)).toEqual({
      ok: false,
      error: expect.stringContaining('own pages'),
      refused: true,
      reason: 'notPage',
    });
    expect(await postKeys()).toEqual([]);
    expect(await h.importData(data, senders.dashboardTab)).toMatchObject({
      ok: true,
      added: { posts: 1, authors: 1 },
    });
    expect(await postKeys()).toEqual(['x:5']);
  });

  it('refuses an invalid file without raising a storage warning', async () => {
    const { h } = handlers();
    const r = await h.importData({ ...data, version: 3 }, senders.popup);
    // Marked a refusal (the file's, not storage's): the import panel says it as it is.
    expect(r).toEqual({
      ok: false,
      error: expect.stringContaining('unsupported export version 3'),
      refused: true,
    });
    expect(await h.storageStatus(undefined, senders.popup)).toEqual({ lastError: null, at: null });
  });

  it('deletes only for extension pages', async () => {
    const { h } = handlers();
    await h.recordReadings(batch([reading({ postId: '1' }), reading({ postId: '2' })]), senders.content);
    expect(await h.deletePost('x:1', senders.content)).toMatchObject({ ok: false });
    expect(await h.deleteAll(undefined, senders.lookalikePage)).toMatchObject({ ok: false });
    expect(await h.deleteAuthor('x:nasa', senders.otherExtension)).toMatchObject({ ok: false });
    expect(await postKeys()).toEqual(['x:1', 'x:2']);

    expect(await h.deletePost(42, senders.popup)).toEqual({
      ok: false,
      error: 'deletePost needs a post key',
    });
    expect(await h.deletePost('x:1', senders.popup)).toEqual({ ok: true });
    expect(await postKeys()).toEqual(['x:2']);
    expect(await h.deleteAuthor('x:nasa', senders.popup)).toEqual({ ok: true });
    expect(await postKeys()).toEqual([]);
    await h.recordReadings(batch([reading({ postId: '3' })]), senders.content);
    expect(await h.deleteAll(undefined, senders.dashboardTab)).toEqual({ ok: true });
    expect(await postKeys()).toEqual([]);
  });

  it('previewPrune and pruneNow answer only extension pages, use the saved retention and delete what the preview showed', async () => {
    const { h, setNow } = handlers();
    for (const [day, likes] of [
      [0, 1],
      [1, 2],
      [4, 3],
    ] as const) {
      setNow(T0 + day * DAY);
      await h.recordReadings(batch([reading({ likes })]), senders.content);
    }
    await h.queue.idle();
    // Recorded while everything was kept; now the user chooses two days.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 2 });
    expect(await h.previewPrune(undefined, senders.content)).toMatchObject({ ok: false });
    const asked = await h.previewPrune(undefined, senders.popup);
    if (!asked.ok) throw new Error(asked.error);
    // Days 0 and 1 are older than two days, but day 0 is the post's first: only day 1 goes.
    const removed = {
      snapshots: 1,
      followerSnapshots: 0,
      posts: 1,
      authors: 0,
      oldest: T0 + DAY,
      newest: T0 + DAY,
    };
    expect(asked.preview).toMatchObject({ retentionDays: 2, ...removed });
    expect(await h.pruneNow(asked.preview, senders.content)).toMatchObject({ ok: false });
    expect(await h.pruneNow({ retentionDays: 2 }, senders.popup)).toEqual({
      ok: false,
      error: 'pruneNow needs the preview it confirms',
    });
    expect(await (await getDb()).count('snapshots')).toBe(3);
    expect(await h.pruneNow(asked.preview, senders.popup)).toEqual({ ok: true, removed });
    expect(await (await getDb()).count('snapshots')).toBe(2);
  });
});

describe('automatic pruning', () => {
  const snap = likesSnapshot;

  it('runs at most once an hour, remembered in session storage, over what the user confirmed', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 1 });
    const { h, setNow } = handlers();
    const db = await getDb();
    // First, middle and latest snapshot of two posts, all older than a day: ids 1-3 and 4-6.
    for (const key of ['x:1', 'x:2'])
      for (const age of [10, 9, 8]) await db.put('snapshots', snap(key, T0 - age * DAY, age));
    // The user confirmed one day when only x:1's snapshots were stored.
    await retentionConsentItem.setValue({
      retentionDays: 1,
      at: T0 - DAY,
      snapshotsThrough: 3,
      followersThrough: 0,
    });
    const first = { ...NOTHING_PRUNED, snapshots: 1, posts: 1, oldest: T0 - 9 * DAY, newest: T0 - 9 * DAY };
    expect(await h.autoPrune()).toEqual(first);
    expect(await lastPruneItem.getValue()).toBe(T0);
    expect(await lastAutoPruneItem.getValue()).toEqual({ at: T0, removed: first });
    // A new confirmation covers x:2 too; the next run waits for the hour.
    await retentionConsentItem.setValue({
      retentionDays: 1,
      at: T0,
      snapshotsThrough: 6,
      followersThrough: 0,
    });
    setNow(T0 + PRUNE_EVERY_MS - 1);
    expect(await h.autoPrune()).toBeNull();
    setNow(T0 + PRUNE_EVERY_MS);
    expect(await h.autoPrune()).toMatchObject({ snapshots: 1, posts: 1 });
    expect((await db.getAll('snapshots')).map((s) => [s.postKey, s.likes])).toEqual([
      ['x:1', 10],
      ['x:1', 8],
      ['x:2', 10],
      ['x:2', 8],
    ]);
  });

  it('follows a successful write', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 1 });
    const { h } = handlers();
    await h.recordReadings(batch([reading()]), senders.content);
    await vi.waitFor(async () => expect(await lastPruneItem.getValue()).toBe(T0));
  });
});
