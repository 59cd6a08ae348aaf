// Checks settings edited in the options page before they are saved. Pure.

import { PLATFORM_NAMES } from '@/lib/platforms';
import type { Bands, Settings } from '@/lib/settings';
import { PLATFORMS } from '@/lib/types';
import { t, uiLocale } from '../../lib/i18n';

export const INTERVAL_LIMITS = { min: 1, max: 1440 } as const;
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

/** What is wrong with one platform's bands, named by `platform`; null when nothing is. */
function bandProblem(b: Bands, platform: string): string | null {
  const values = [b.typical, b.strong, b.viral];
  if (values.some((v) => !Number.isFinite(v) || v < 0 || v > 1))
    return t('options.problems.bandRange', platform);
  if (!(b.typical <= b.strong && b.strong <= b.viral)) return t('options.problems.bandOrder', platform);
  return null;
}

export function settingsProblems(s: Settings): string[] {
  const problems: string[] = [];
  const { min, max } = INTERVAL_LIMITS;
  if (
    !Number.isInteger(s.snapshotIntervalMinutes) ||
    s.snapshotIntervalMinutes < min ||
    s.snapshotIntervalMinutes > max
  ) {
    problems.push(t('options.problems.interval', limit(min), limit(max)));
  }
  if (
    s.retentionDays !== null &&
    (!Number.isInteger(s.retentionDays) ||
      s.retentionDays < RETENTION_LIMITS.min ||
      s.retentionDays > RETENTION_LIMITS.max)
  ) {
    problems.push(t('options.problems.retention', limit(RETENTION_LIMITS.min), limit(RETENTION_LIMITS.max)));
  }
  for (const p of PLATFORMS) {
    // A platform the user has not set bands for keeps its defaults, which need no check.
    const bands = s.bands[p];
    const problem = bands ? bandProblem(bands, PLATFORM_NAMES[p]) : null;
    if (problem) problems.push(problem);
  }
  return problems;
}
