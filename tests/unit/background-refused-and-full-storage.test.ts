// @vitest-environment node

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStatusTracker } from '@/lib/background/storage-status';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { closeDb, getDb } from '@/lib/store/db';
import { NO_OUTCOMES } from './fixtures/campaign';
import { EXTENSION_ID as ID, PAGES, testHandlers } from './fixtures/handlers';
import { batch, DAY, freshIndexedDb, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

// A content script on a profile page (the profile header test reads one).
const CONTENT = { id: ID, url: 'https://x.com/nasa', tab: { id: 7 } };
const handlers = testHandlers;

describe('a platform the user switched off', () => {
  it("keeps nothing of its profile header either (the author's followers)", async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      platforms: { ...DEFAULT_SETTINGS.platforms, x: false },
    });
    const { h } = handlers();
    // A profile page's batch: the header's followers, no posts.
    const r = await h.recordReadings(
      batch([], { profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers: 84_000_000 } }),
      CONTENT,
    );
    await h.settled();
    const db = await getDb();
    expect(await db.getAll('authors')).toEqual([]);
    expect(await db.getAll('followerSnapshots')).toEqual([]);
    expect(r).toMatchObject({ ok: true, stored: 0 });
  });
});

describe('a campaign that cannot take more posts', () => {
  it('refuses the posts without a "Storage problem" warning: storage did not fail', async () => {
    const { h } = handlers({ newId: () => 'c1' });
    const full = Array.from({ length: 5000 }, (_, i) => `x:${i + 1}`);
    const saved = await h.saveCampaign(
      {
        name: 'Spring launch',
        postKeys: full,
        start: '2025-03-01',
        end: '2025-03-31',
        ...NO_OUTCOMES,
      },
      { id: ID, url: `${PAGES}dashboard.html` },
    );
    expect(saved.ok).toBe(true);
    const r = await h.addPostsToCampaign(
      { campaignId: 'c1', postKeys: ['x:5001'] },
      { id: ID, url: `${PAGES}dashboard.html` },
    );
    expect(r).toEqual({
      ok: false,
      error: 'Campaign not saved: Spring launch would hold more than 5,000 posts',
      // Marked as refused for what it asked (WriteResult), not for storage.
      refused: true,
    });
    // The popup, options and dashboard show any lastError under "Storage problem".
    expect(await h.storageStatus(undefined, { id: ID, url: `${PAGES}popup.html` })).toEqual({
      lastError: null,
      at: null,
    });
  });
});

describe('the storage status at worker start', () => {
  it('a write failing while the status is first read from storage is still reported', async () => {
    const tracker = createStatusTracker();
    // The popup asks (the status is read from storage.local) as a write fails.
    const asked = tracker.get();
    await tracker.failed('Storage is full', T0);
    await asked;
    expect(await tracker.get()).toEqual({ lastError: 'Storage is full', at: T0 });
  });
});

describe('"Prune now" when storage.local refuses to keep the consent', () => {
  it('does not say the prune failed once its snapshots are deleted', async () => {
    const OPTIONS = { id: ID, url: `${PAGES}options.html` };
    const { h } = handlers();
    for (const age of [40, 39, 1])
      await h.recordReadings(
        batch([reading({ postId: 'a', likes: age })], { readAt: T0 - age * DAY }),
        CONTENT,
      );
    await h.settled();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    const asked = await h.previewPrune(undefined, OPTIONS);
    if (!asked.ok) throw new Error(asked.error);
    expect(asked.preview).toMatchObject({ snapshots: 1 });
    // The disk is full: storage.local writes fail (IndexedDB deletes still commit).
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const r = await h.pruneNow(asked.preview, OPTIONS);
    set.mockRestore();
    const left = (await (await getDb()).getAll('snapshots')).map((s) => s.likes);
    // The 39-day-old snapshot is gone: the answer must say so, not "Prune failed".
    expect(left).toEqual([40, 1]);
    expect(r).toMatchObject({ ok: true, removed: { snapshots: 1 } });
  });
});

describe('readings a page gave up on while storage.local refuses writes', () => {
  it('are still counted for the popup (the content script reports them because storage refused them)', async () => {
    const POPUP = { id: ID, url: `${PAGES}popup.html` };
    const { h } = handlers();
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('IO error: No space left on device'));
    const reported = await h
      .reportUnsaved({ readings: 3, reason: 'the page closed' }, CONTENT)
      .catch(() => false);
    const shown = await h.unsavedReadings(undefined, POPUP);
    set.mockRestore();
    expect(reported).toBe(true);
    expect(shown).toMatchObject({ lost: 3, reason: 'the page closed', at: T0 });
  });
});
