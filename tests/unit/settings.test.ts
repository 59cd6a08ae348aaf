// @vitest-environment node

// Settings are written through the @wxt-dev/storage item (pages, background) and read and watched
// straight from storage.local (lib/settings.ts), which is what a content script carries: both
// ways must see the same settings and the same changes.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, SETTINGS_KEY, type Settings, watchSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('settings read from storage.local', () => {
  it('are the defaults when nothing is stored, as the item says', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('are what the item wrote, under the key the item uses', async () => {
    const mine: Settings = {
      ...DEFAULT_SETTINGS,
      badges: false,
      erPreference: 'followers',
      retentionDays: 30,
    };
    await settingsItem.setValue(mine);
    expect(await getSettings()).toEqual(mine);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(mine);
  });

  it('fill in what an older version did not store, keeping what it did', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { enabled: false, platforms: { x: false }, erPreference: 'views' },
    });
    const s = await getSettings();
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      erPreference: 'views',
      platforms: { ...DEFAULT_SETTINGS.platforms, x: false },
      bands: {},
    });
  });
});

describe('watchSettings', () => {
  it('tells of a change the item writes, not of an equal write or another key, and stops when asked', async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    let calls = 0;
    const stop = watchSettings(() => calls++);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, badges: false });
    await tick();
    expect(calls).toBe(1);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, badges: false });
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await tick();
    expect(calls).toBe(1);
    stop();
    await settingsItem.setValue(DEFAULT_SETTINGS);
    await tick();
    expect(calls).toBe(1);
  });

  it('tells of the same changes as the item’s own watch', async () => {
    const mine: number[] = [];
    const theirs: number[] = [];
    const stops = [watchSettings(() => mine.push(1)), settingsItem.watch(() => theirs.push(1))];
    for (const badges of [false, false, true, true, false]) {
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, badges });
      await tick();
    }
    await settingsItem.removeValue();
    await tick();
    for (const stop of stops) stop();
    expect(mine).toEqual(theirs);
    expect(mine.length).toBeGreaterThan(2);
  });
});
