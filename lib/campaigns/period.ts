// What a campaign's posts gained during its period, from the stored snapshots. Pure.
//
// A post's gain is its last snapshot in the period minus its last snapshot before the start. A
// post with no reading before the start that was published inside the period counts from zero:
// its counts before publication were zero. One published earlier (or at an unknown time) counts
// from its first reading in the period: what it had before that reading is no gain PostLens saw,
// and counting it from zero would show its whole lifetime as gained in the period. The basis says
// which, in words. A post with no reading inside the period has no gain PostLens can know: the
// figures leave it out and their caption names it.
import { formatDate } from '../format';
import { t, tn, wholeNumber } from '../i18n';
import { COUNT_FIELDS, type Counts, pickCounts, postedMs } from '../types';

export type PeriodBasis =
  /** A reading before the start is the base. */
  | 'since-start'
  /** No reading before the start, published at or after it: counted from zero, exactly. */
  | 'published-in-period'
  /**
   * No reading before the start, published before it or at an unknown time: counted from its
   * first reading in the period (`countedFrom`).
   */
  | 'no-reading-before-start'
  /** No reading inside the period. */
  | 'no-reading-in-period';

export interface PeriodGain {
  /** Each count's change over the period; a count either reading lacks is null. */
  gained: Counts | null;
  basis: PeriodBasis;
  /** Readings inside the period. */
  readings: number;
  /** 'no-reading-before-start' only: when the reading the gain counts from was taken (epoch ms). */
  countedFrom?: number;
}

type Reading = Counts & { capturedAt: number };

/**
 * before: the post's last snapshot before `from` (the start), if any; during: its
 * snapshots in [from, to), oldest first; publishedAt: ISO time or null.
 */
export function periodGain(
  before: Reading | undefined,
  during: readonly Reading[],
  publishedAt: string | null,
  from: number,
): PeriodGain {
  const last = during[during.length - 1];
  const readings = during.length;
  if (!last) return { gained: null, basis: 'no-reading-in-period', readings };
  if (before) return { gained: gainFrom(pickCounts(before), last), basis: 'since-start', readings };
  if (postedMs(publishedAt) >= from)
    return { gained: gainFrom(null, last), basis: 'published-in-period', readings };
  const first = during[0]!;
  return {
    gained: gainFrom(pickCounts(first), last),
    basis: 'no-reading-before-start',
    readings,
    countedFrom: first.capturedAt,
  };
}

/** Each count of `last` minus the base's (0 without a base); a count either lacks is null, never 0. */
function gainFrom(base: Counts | null, last: Reading): Counts {
  const end = pickCounts(last);
  const gained = {} as Counts;
  for (const f of COUNT_FIELDS) {
    const to = end[f];
    const at = base ? base[f] : 0;
    gained[f] = to === null || at === null ? null : to - at;
  }
  return gained;
}

/** How many left-out posts the caption names by key; the rest it counts ("and 3 more"). */
const NAMED_MAX = 3;

/**
 * The basis of a campaign's period figures, in words, e.g. for the figures' caption. keys: the
 * post key of each gain, in the same order, to name the posts left out (no reading in the period);
 * without them the caption counts those posts only.
 */
export function describeBasis(
  gains: readonly PeriodGain[],
  keys: readonly string[] = [],
  locale?: string,
): string {
  const readings = gains.reduce((n, g) => n + g.readings, 0);
  const count = (b: PeriodBasis) => gains.filter((g) => g.basis === b).length;
  const parts = [tn('campaignData.basis.readings', readings)];
  const since = count('since-start');
  if (since) parts.push(tn('campaignData.basis.sinceStart', since));
  const inPeriod = count('published-in-period');
  if (inPeriod) parts.push(tn('campaignData.basis.publishedInPeriod', inPeriod));
  const noBase = count('no-reading-before-start');
  if (noBase)
    parts.push(tn('campaignData.basis.noReadingBeforeStart', noBase, firstReadingDays(gains, locale)));
  const noReading = count('no-reading-in-period');
  if (noReading) parts.push(leftOutWords(gains, keys, noReading));
  return parts.join('; ');
}

/** The day of the first reading the posts without a base count from, or the first and last such day. */
function firstReadingDays(gains: readonly PeriodGain[], locale: string | undefined): string {
  const times = gains.flatMap((g) =>
    g.basis === 'no-reading-before-start' && g.countedFrom !== undefined ? [g.countedFrom] : [],
  );
  const first = formatDate(times.length ? Math.min(...times) : null, locale);
  const last = formatDate(times.length ? Math.max(...times) : null, locale);
  return first === last ? first : t('campaignData.basis.dayRange', first, last);
}

/** The posts left out of the figures: how many, and which by key when the keys are given. */
function leftOutWords(gains: readonly PeriodGain[], keys: readonly string[], n: number): string {
  const named = keys.filter((_, i) => gains[i]?.basis === 'no-reading-in-period');
  if (named.length < n) return tn('campaignData.basis.noReadingInPeriod', n);
  const shown = named.slice(0, NAMED_MAX).join(', ');
  const rest = named.length - NAMED_MAX;
  const which = rest > 0 ? t('campaignData.basis.andMore', shown, wholeNumber(rest)) : shown;
  return tn('campaignData.basis.noReadingInPeriodNamed', n, which);
}
