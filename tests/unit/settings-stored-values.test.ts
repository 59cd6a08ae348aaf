// @vitest-environment node

// Settings read from storage.local are whatever was stored there: an older or broken version,
// another tool or a hand edit may have left a value of the wrong type or out of range. Each such
// key falls back to its own default; every other key keeps what the user stored.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { bandOf } from '@/lib/metrics/badge-words';
import { DEFAULT_BANDS } from '@/lib/platforms';
import { DEFAULT_SETTINGS, getSettings, SETTINGS_KEY } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, freshIndexedDb, reading, T0 } from './recorder-helpers';

const store = (value: unknown) => fakeBrowser.storage.local.set({ [SETTINGS_KEY]: value });

describe('stored settings that are not usable', () => {
  it('bands with a missing (null) threshold fall back to the platform defaults, not "viral" for every post', async () => {
    // Chrome keeps storage.local as JSON: a NaN written by a broken version comes back as null.
    await store({
      ...DEFAULT_SETTINGS,
      badges: false,
      bands: { x: { typical: 0.01, strong: 0.03, viral: null } },
    });
    const s = await getSettings();
    // What the content script colours a badge by (lib/content/run.ts).
    const bands = s.bands.x ?? DEFAULT_BANDS.x;
    expect(bandOf(0.0001, bands)).toBe('below');
    expect(s.bands.x).toBeUndefined();
    expect(s.badges).toBe(false);
  });

  it('fall back to the default one key at a time, keeping the rest', async () => {
    await store({
      enabled: 'no',
      badges: false,
      erPreference: 'likes',
      snapshotIntervalMinutes: '15',
      retentionDays: -3,
      platforms: { x: false, reddit: 'off' },
      bands: {
        reddit: { typical: 0.01, strong: 0.02, viral: 0.05 },
        x: { typical: 0.5, strong: 0.1, viral: 0.2 },
      },
    });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      badges: false,
      platforms: { ...DEFAULT_SETTINGS.platforms, x: false },
      bands: { reddit: { typical: 0.01, strong: 0.02, viral: 0.05 } },
    });
  });

  it('a stored value that is no object at all gives the defaults, with no stray keys', async () => {
    for (const value of ['settings', [1, 2], 42]) {
      await store(value);
      expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    }
  });
});

describe('a retention of a fraction of a day', () => {
  beforeEach(freshIndexedDb);
  afterEach(closeDb);

  it('counts as keeping everything in the pruning preview, as options would never save it', async () => {
    await store({ ...DEFAULT_SETTINGS, retentionDays: 0.001 });
    const ID = fakeBrowser.runtime.id;
    const PAGES = fakeBrowser.runtime.getURL('/');
    const h = createHandlers({
      db: getDb,
      settings: getSettings,
      now: () => T0,
      warn: () => {},
      runtimeId: ID,
      extensionUrl: PAGES,
    });
    await h.recordReadings(batch([reading({ postId: '1', likes: 1 })]), {
      id: ID,
      url: 'https://x.com/home',
      tab: { id: 1 },
    });
    const res = await h.previewPrune(undefined, { id: ID, url: `${PAGES}options.html` });
    expect(res).toMatchObject({ ok: true, preview: { retentionDays: null } });
  });
});
