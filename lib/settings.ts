// User settings, kept in extension storage (storage.local, key "settings") so every context sees
// the same. Pages and the background write them through a @wxt-dev/storage item
// (settings-item.ts); reading and watching them here goes to storage.local itself, so a content
// script, which only reads, carries no storage library (2.4 KB gzipped in each script).
import { browser } from 'wxt/browser';
import type { Platform } from './types';
import { PLATFORMS } from './types';

/** Thresholds between bands, as ER fractions: below < typical < strong < viral. */
export interface Bands {
  typical: number;
  strong: number;
  viral: number;
}

export type ErPreference = 'auto' | 'followers' | 'views';

export interface Settings {
  /** Master switch for reading and badges. */
  enabled: boolean;
  /** Per-platform switch. */
  platforms: Record<Platform, boolean>;
  /** Show badges on posts (the keyboard shortcut toggles per tab on top of this). */
  badges: boolean;
  /** Which ER the badge and tables lead with: auto = views where shown, else followers. */
  erPreference: ErPreference;
  /** A new snapshot of an unchanged post only after this many minutes. */
  snapshotIntervalMinutes: number;
  /** Keep snapshots this many days; null keeps everything. */
  retentionDays: number | null;
  /**
   * The user's benchmark bands per platform (ER by followers / views), edited in options. A
   * platform without an entry uses its descriptor's defaults (lib/platforms/<id>): the content
   * script of a platform knows only its own, the pages all of them (DEFAULT_BANDS).
   */
  bands: Partial<Record<Platform, Bands>>;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  platforms: Object.fromEntries(PLATFORMS.map((p) => [p, true])) as Record<Platform, boolean>,
  badges: true,
  erPreference: 'auto',
  snapshotIntervalMinutes: 30,
  retentionDays: null,
  bands: {},
};

/** The storage.local key the settings live under (settings-item.ts's item is "local:" + it). */
export const SETTINGS_KEY = 'settings';

/** Stored settings with defaults filled in for keys an older version did not store. */
export function withDefaults(stored: Settings | null | undefined): Settings {
  const s = stored ?? DEFAULT_SETTINGS;
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    platforms: { ...DEFAULT_SETTINGS.platforms, ...s.platforms },
    bands: { ...s.bands },
  };
}

/** The settings, with defaults for anything not stored. */
export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return withDefaults(stored[SETTINGS_KEY] as Settings | undefined);
}

/**
 * Calls `changed` whenever the stored settings change (not when written again unchanged), as
 * settingsItem.watch does; returns what stops it.
 */
export function watchSettings(changed: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
    const change = changes[SETTINGS_KEY];
    if (change && JSON.stringify(change.newValue) !== JSON.stringify(change.oldValue)) changed();
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
