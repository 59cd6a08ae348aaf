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

/**
 * The snapshot interval a stored value may hold, in whole minutes as the options form saves them
 * (0: a snapshot for every reading, what test set-ups store; the form says so under the field).
 */
export const STORED_INTERVAL_LIMITS = { min: 0, max: 1440 } as const;
/** The retention a stored value may hold, in whole days. */
export const STORED_RETENTION_LIMITS = { min: 1, max: 3650 } as const;

/**
 * A stored setting that could not be used (and fell back to its default): a top-level key, or
 * one platform's switch or bands.
 */
export type SettingsProblem =
  | 'enabled'
  | 'badges'
  | 'erPreference'
  | 'snapshotIntervalMinutes'
  | 'retentionDays'
  | 'platforms'
  | 'bands'
  | `platforms.${string}`
  | `bands.${string}`;

const ER_PREFERENCES: readonly unknown[] = ['auto', 'followers', 'views'] satisfies ErPreference[];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isFraction = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;

/** One platform's stored bands, when they are three fractions that rise; else null. */
function usableBands(v: unknown): Bands | null {
  if (!isRecord(v)) return null;
  const { typical, strong, viral } = v;
  if (!isFraction(typical) || !isFraction(strong) || !isFraction(viral)) return null;
  if (!(typical <= strong && strong <= viral)) return null;
  return { typical, strong, viral };
}

/**
 * The stored value as Settings: a key that is missing takes its default silently (an older
 * version did not store it); a key whose value is not what it should be (storage can hold what an
 * older or broken version, another tool or a hand edit wrote) takes its default too and is named
 * in `problems`, while every other key keeps what was stored.
 */
export function checkSettings(stored: unknown): { value: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (stored === null || stored === undefined) return { value: withDefaults(undefined), problems };
  const s = isRecord(stored) ? stored : {};
  // No settings object at all: every setting shows its default, so each is named.
  if (!isRecord(stored))
    problems.push(
      'enabled',
      'badges',
      'erPreference',
      'platforms',
      'bands',
      'snapshotIntervalMinutes',
      'retentionDays',
    );
  const pick = <
    K extends 'enabled' | 'badges' | 'erPreference' | 'snapshotIntervalMinutes' | 'retentionDays',
  >(
    key: K,
    ok: (v: unknown) => boolean,
  ): Settings[K] => {
    const v = s[key];
    if (v === undefined) return DEFAULT_SETTINGS[key];
    if (ok(v)) return v as Settings[K];
    problems.push(key);
    return DEFAULT_SETTINGS[key];
  };
  const isBoolean = (v: unknown) => typeof v === 'boolean';
  // An entry of a platform this version does not have (a newer one, or one gone) is no setting
  // any page shows or any content script reads: left out without a word, never named as a
  // setting that falls back to its default.
  const known = (p: string) => (PLATFORMS as readonly string[]).includes(p);

  const platforms: Record<string, boolean> = { ...DEFAULT_SETTINGS.platforms };
  if (s.platforms !== undefined && !isRecord(s.platforms)) problems.push('platforms');
  else if (s.platforms)
    for (const [p, on] of Object.entries(s.platforms)) {
      if (typeof on === 'boolean') platforms[p] = on;
      else if (on !== undefined && known(p)) problems.push(`platforms.${p}`);
    }

  const bands: Partial<Record<Platform, Bands>> = {};
  if (s.bands !== undefined && s.bands !== null && !isRecord(s.bands)) problems.push('bands');
  else if (s.bands)
    for (const [p, b] of Object.entries(s.bands)) {
      if (b === undefined || !known(p)) continue;
      const usable = usableBands(b);
      // The platform's own defaults then (the descriptor's): never bands that would misname every post.
      if (usable) bands[p as Platform] = usable;
      else problems.push(`bands.${p}`);
    }

  const value: Settings = {
    enabled: pick('enabled', isBoolean),
    platforms: platforms as Record<Platform, boolean>,
    badges: pick('badges', isBoolean),
    erPreference: pick('erPreference', (v) => ER_PREFERENCES.includes(v)),
    snapshotIntervalMinutes: pick(
      'snapshotIntervalMinutes',
      (v) =>
        typeof v === 'number' &&
        Number.isInteger(v) &&
        v >= STORED_INTERVAL_LIMITS.min &&
        v <= STORED_INTERVAL_LIMITS.max,
    ),
    retentionDays: pick(
      'retentionDays',
      (v) =>
        v === null ||
        (typeof v === 'number' &&
          Number.isInteger(v) &&
          v >= STORED_RETENTION_LIMITS.min &&
          v <= STORED_RETENTION_LIMITS.max),
    ),
    bands,
  };
  return { value, problems };
}

/**
 * Stored settings with defaults filled in for keys an older version did not store, and for each
 * key whose stored value is not usable (checkSettings): that key only, the others kept.
 */
export function withDefaults(stored: Settings | null | undefined): Settings {
  if (stored === null || stored === undefined)
    return { ...DEFAULT_SETTINGS, platforms: { ...DEFAULT_SETTINGS.platforms }, bands: {} };
  return checkSettings(stored).value;
}

/** The settings as stored, checked (checkSettings): with the stored keys that could not be used. */
export async function readSettings(): Promise<{ value: Settings; problems: SettingsProblem[] }> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return checkSettings(stored[SETTINGS_KEY]);
}

/** The settings, with defaults for anything not stored or not usable. */
export async function getSettings(): Promise<Settings> {
  return (await readSettings()).value;
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
