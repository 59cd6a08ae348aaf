// Checks settings edited in the options page before they are saved. Pure.

import { PLATFORM_NAMES } from '@/lib/platforms';
import { type Bands, type Settings, type SettingsProblem, STORED_INTERVAL_LIMITS } from '@/lib/settings';
import { PLATFORMS, type Platform } from '@/lib/types';
import { t, uiLocale } from '../../lib/i18n';

/** Every interval storage keeps, 0 too (a snapshot at every reading): a stored 0 opens as valid. */
export const INTERVAL_LIMITS = STORED_INTERVAL_LIMITS;
export const RETENTION_LIMITS = { min: 1, max: 3650 } as const;

/** A fraction as the percent shown in an input, without float noise (0.07 → "7", not "7.000000000000001"). */
export const toPercentInput = (v: number) => String(Number((v * 100).toFixed(4)));

/** A percent typed in an input as a fraction; null when it is not a number. */
export function fromPercentInput(text: string): number | null {
  const v = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(v) ? v / 100 : null;
}

/** A limit as the number inputs show it: the user's digits, no grouping (1440, not 1,440). */
const limit = (n: number) => new Intl.NumberFormat(uiLocale(), { useGrouping: false }).format(n);

export const BAND_LEVELS = ['typical', 'strong', 'viral'] as const;
export type BandLevel = (typeof BAND_LEVELS)[number];

/** A band field's name: "X typical from (%)". */
export const bandInputLabel = (level: BandLevel, platform: string) =>
  level === 'typical'
    ? t('options.bands.typicalInput', platform)
    : level === 'strong'
      ? t('options.bands.strongInput', platform)
      : t('options.bands.viralInput', platform);

/** What is wrong with one platform's bands, named by `platform`; null when nothing is. */
function bandProblem(b: Bands, platform: string): string | null {
  // An emptied field holds NaN (BandsEditor): asked for a number by its name, the first of the
  // platform's, never read as the band it had or 0.
  const empty = BAND_LEVELS.find((level) => Number.isNaN(b[level]));
  if (empty) return t('options.problems.bandEmpty', bandInputLabel(empty, platform));
  const values = [b.typical, b.strong, b.viral];
  if (values.some((v) => !Number.isFinite(v) || v < 0 || v > 1))
    return t('options.problems.bandRange', platform);
  if (!(b.typical <= b.strong && b.strong <= b.viral)) return t('options.problems.bandOrder', platform);
  return null;
}

/** What is wrong with a whole-number field (the interval, the days to keep); null when nothing is. */
function wholeNumberProblem(
  v: number,
  limits: { min: number; max: number },
  field: 'interval' | 'retention',
): string | null {
  const [fewest, most] = [limit(limits.min), limit(limits.max)];
  if (Number.isNaN(v))
    return field === 'interval'
      ? t('options.problems.intervalEmpty', fewest, most)
      : t('options.problems.retentionEmpty', fewest, most);
  if (Number.isInteger(v) && v >= limits.min && v <= limits.max) return null;
  return field === 'interval'
    ? t('options.problems.interval', fewest, most)
    : t('options.problems.retention', fewest, most);
}

/** The form field a problem is about: its message is shown by the form and named by the field. */
export type ProblemField = 'interval' | 'retention' | `bands.${Platform}`;

export interface FormProblem {
  field: ProblemField;
  text: string;
}

/**
 * What stops the form from saving, each with the field it is about. An emptied number field holds
 * NaN (NumberInput, BandsEditor): asked for a number, never read as 0.
 */
export function settingsProblems(s: Settings): FormProblem[] {
  const problems: FormProblem[] = [];
  const interval = wholeNumberProblem(s.snapshotIntervalMinutes, INTERVAL_LIMITS, 'interval');
  if (interval) problems.push({ field: 'interval', text: interval });
  const days =
    s.retentionDays === null ? null : wholeNumberProblem(s.retentionDays, RETENTION_LIMITS, 'retention');
  if (days) problems.push({ field: 'retention', text: days });
  for (const p of PLATFORMS) {
    // A platform the user has not set bands for keeps its defaults, which need no check.
    const bands = s.bands[p];
    const problem = bands ? bandProblem(bands, PLATFORM_NAMES[p]) : null;
    if (problem) problems.push({ field: `bands.${p}`, text: problem });
  }
  return problems;
}

/**
 * What the options page says of stored settings it could not use (each now its default), named
 * as the form names them; null when every stored value was usable.
 */
export function storedProblemsText(problems: readonly SettingsProblem[]): string | null {
  const names = new Set<string>();
  for (const p of problems) {
    const [key, platform] = p.split('.') as [string, string | undefined];
    const name = platform && (PLATFORM_NAMES as Record<string, string>)[platform];
    if (key === 'enabled') names.add(t('options.on'));
    else if (key === 'badges') names.add(t('options.badges'));
    else if (key === 'erPreference') names.add(t('options.er.legend'));
    else if (key === 'snapshotIntervalMinutes')
      names.add(t('options.problems.interval', limit(INTERVAL_LIMITS.min), limit(INTERVAL_LIMITS.max)));
    else if (key === 'retentionDays')
      names.add(t('options.problems.retention', limit(RETENTION_LIMITS.min), limit(RETENTION_LIMITS.max)));
    else if (key === 'platforms')
      names.add(name ? `${t('options.platforms')} (${name})` : t('options.platforms'));
    else if (key === 'bands')
      // Stored bands fail by a threshold out of range, missing, or out of order: the notice says
      // what usable bands are, never one reason that may not be this one.
      names.add(name ? t('options.problems.bandStored', name) : t('options.bands.legend'));
  }
  return names.size > 0 ? t('options.storedNotUsable', [...names].join('; ')) : null;
}

// A number by Object.is: an emptied field's NaN is no stored null (JSON writes both as null).
const same = (a: unknown, b: unknown) =>
  typeof a === 'number' || typeof b === 'number' ? Object.is(a, b) : JSON.stringify(a) === JSON.stringify(b);

/**
 * The settings to save: what is stored now (`current`), with what the user changed in the form
 * since it was loaded (`loaded` → `edited`) and the keys that were not usable when it was (the
 * form showed their defaults). A switch another page (the popup) flipped meanwhile stays.
 */
export function settingsToSave(
  loaded: Settings,
  edited: Settings,
  current: Settings,
  problems: readonly SettingsProblem[],
): Settings {
  const redo = new Set(problems.map((p) => p.split('.')[0]));
  const next: Settings = {
    ...current,
    platforms: { ...current.platforms },
    bands: { ...current.bands },
  };
  for (const key of [
    'enabled',
    'badges',
    'erPreference',
    'snapshotIntervalMinutes',
    'retentionDays',
  ] as const)
    if (redo.has(key) || !same(loaded[key], edited[key]))
      (next as unknown as Record<string, unknown>)[key] = edited[key];
  for (const p of PLATFORMS) {
    if (redo.has('platforms') || loaded.platforms[p] !== edited.platforms[p])
      next.platforms[p] = edited.platforms[p];
    if (redo.has('bands') || !same(loaded.bands[p], edited.bands[p])) {
      const b = edited.bands[p];
      if (b) next.bands[p] = b;
      else delete next.bands[p];
    }
  }
  return next;
}
