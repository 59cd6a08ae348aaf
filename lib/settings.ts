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
  /** Benchmark bands per platform (ER by followers / views), editable in options. */
  bands: Record<Platform, Bands>;
}

// Defaults from public benchmark reports (Rival IQ / Hootsuite-style medians). The bands apply to
// the ER the badge leads with: by views on platforms that show views on every post (X, YouTube,
// TikTok), by followers elsewhere (Instagram ~1% low, ~2% good, 3%+ great; Facebook far lower).
export const DEFAULT_BANDS: Record<Platform, Bands> = {
  x: { typical: 0.005, strong: 0.02, viral: 0.05 },
  reddit: { typical: 0.01, strong: 0.05, viral: 0.15 },
  linkedin: { typical: 0.01, strong: 0.03, viral: 0.06 },
  instagram: { typical: 0.01, strong: 0.02, viral: 0.03 },
  youtube: { typical: 0.02, strong: 0.04, viral: 0.08 },
  tiktok: { typical: 0.03, strong: 0.06, viral: 0.12 },
  facebook: { typical: 0.001, strong: 0.005, viral: 0.02 },
  threads: { typical: 0.005, strong: 0.02, viral: 0.05 },
  bluesky: { typical: 0.005, strong: 0.02, viral: 0.05 },
  mastodon: { typical: 0.005, strong: 0.02, viral: 0.05 },
};

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  platforms: Object.fromEntries(PLATFORMS.map((p) => [p, true])) as Record<Platform, boolean>,
  badges: true,
  erPreference: 'auto',
  snapshotIntervalMinutes: 30,
  retentionDays: null,
  bands: DEFAULT_BANDS,
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
    bands: { ...DEFAULT_BANDS, ...s.bands },
  };
}
