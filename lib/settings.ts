// User settings, kept in extension storage (storage.local) so every context sees the same.
import { storage } from '#imports';
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

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

/** Settings with defaults filled in for keys an older version did not store. */
export async function getSettings(): Promise<Settings> {
  const s = await settingsItem.getValue();
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    platforms: { ...DEFAULT_SETTINGS.platforms, ...s.platforms },
    bands: { ...s.bands },
  };
}
