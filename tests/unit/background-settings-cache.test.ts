// @vitest-environment node

// The recording path keeps the settings between batches (lib/background/settings-cache.ts) and
// reads them again once they change: through the real handlers on fake-indexeddb and WXT's fake
// browser storage, whose onChanged fires as the browser's does.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { cachedSettings } from '@/lib/background/settings-cache';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, freshIndexedDb, reading } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const ID = fakeBrowser.runtime.id;
const CONTENT = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };

describe('cachedSettings', () => {
  it('reads once for many asks, and again after a change', async () => {
    let reads = 0;
    let changed: () => void = () => {};
    const ask = cachedSettings(
      async () => ({ ...DEFAULT_SETTINGS, snapshotIntervalMinutes: ++reads }),
      (c) => (changed = c),
    );
    expect((await ask()).snapshotIntervalMinutes).toBe(1);
    expect((await ask()).snapshotIntervalMinutes).toBe(1);
    changed();
    expect((await ask()).snapshotIntervalMinutes).toBe(2);
    expect(reads).toBe(2);
  });

  it('keeps no failed read', async () => {
    let fail = true;
    const ask = cachedSettings(
      async () => {
        if (fail) throw new Error('storage unavailable');
        return DEFAULT_SETTINGS;
      },
      () => {},
    );
    await expect(ask()).rejects.toThrow('storage unavailable');
    fail = false;
    await expect(ask()).resolves.toEqual(DEFAULT_SETTINGS);
  });
});

/** The real handlers, reading the settings as the background does. */
const handlers = () =>
  createHandlers({
    db: getDb,
    settings: getSettings,
    now: () => 1_760_000_000_000,
    warn: () => {},
    runtimeId: ID,
    extensionUrl: fakeBrowser.runtime.getURL('/'),
  });

describe('recording while the user changes the settings', () => {
  it('applies a switch flipped between two batches to the second', async () => {
    const h = handlers();
    const stored = async () => (await getDb()).getAllKeys('posts');
    expect(await h.recordReadings(batch([reading({ postId: '1' })]), CONTENT)).toMatchObject({ stored: 1 });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: false });
    expect(await h.recordReadings(batch([reading({ postId: '2' })]), CONTENT)).toMatchObject({
      stored: 0,
      dropped: 1,
    });
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      platforms: { ...DEFAULT_SETTINGS.platforms, x: false },
    });
    expect(await h.recordReadings(batch([reading({ postId: '3' })]), CONTENT)).toMatchObject({ stored: 0 });
    await settingsItem.setValue(DEFAULT_SETTINGS);
    expect(await h.recordReadings(batch([reading({ postId: '4' })]), CONTENT)).toMatchObject({ stored: 1 });
    expect(await stored()).toEqual(['x:1', 'x:4']);
  });

  it("answers what is known of a page's posts by the ER preference the user has just chosen", async () => {
    const h = handlers();
    // Four posts by one author with 1,000 followers: 115 engagements on 10,000 views each, so
    // each other post's ER is 1.15% by views and 11.5% by followers.
    const posts = ['1', '2', '3', '4'].map((postId) =>
      reading({ postId, author: { handle: 'nasa', name: 'NASA', followers: 1000 } }),
    );
    await h.recordReadings(batch(posts), CONTENT);
    const median = async () => (await h.knownPosts(['x:1'], CONTENT))['x:1']?.authorMedianEr;
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, erPreference: 'views' });
    expect(await median()).toBeCloseTo(0.0115);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, erPreference: 'followers' });
    expect(await median()).toBeCloseTo(0.115);
  });
});
