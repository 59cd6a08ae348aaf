// What a campaign's posts gained during its period, from the stored snapshots. Pure.
//
// A post's gain is its last snapshot in the period minus its last snapshot before the start. A
// post with no reading before the start counts from zero, i.e. from its publication: exact for a
// post published inside the period; for one published earlier (or at an unknown time) it also
// holds what the post had at the start, which the basis says in words. A post with no reading
// inside the period has no gain PostLens can know, and the figures that need it say so.
import { tn } from '../i18n';
import { COUNT_FIELDS, type Counts, pickCounts, postedMs } from '../types';

export type PeriodBasis =
  /** A reading before the start is the base. */
  | 'since-start'
  /** No reading before the start, published at or after it: counted from zero, exactly. */
  | 'published-in-period'
  /** No reading before the start, published before it or at an unknown time: counted from zero. */
  | 'no-reading-before-start'
  /** No reading inside the period. */
  | 'no-reading-in-period';

export interface PeriodGain {
  /** Each count's change over the period; a count either reading lacks is null. */
  gained: Counts | null;
  basis: PeriodBasis;
  /** Readings inside the period. */
  readings: number;
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
  const published = postedMs(publishedAt);
  const base: Counts | null = before ? pickCounts(before) : null;
  const basis: PeriodBasis = before
    ? 'since-start'
    : published >= from
      ? 'published-in-period'
      : 'no-reading-before-start';
  const end = pickCounts(last);
  const gained = {} as Counts;
  for (const f of COUNT_FIELDS) {
    const to = end[f];
    const at = base ? base[f] : 0;
    gained[f] = to === null || at === null ? null : to - at;
  }
  return { gained, basis, readings };
}

/** The basis of a campaign's period figures, in words, e.g. for the figures' caption. */
export function describeBasis(gains: readonly PeriodGain[]): string {
  const readings = gains.reduce((n, g) => n + g.readings, 0);
  const count = (b: PeriodBasis) => gains.filter((g) => g.basis === b).length;
  const parts = [tn('campaignData.basis.readings', readings)];
  const since = count('since-start');
  if (since) parts.push(tn('campaignData.basis.sinceStart', since));
  const inPeriod = count('published-in-period');
  if (inPeriod) parts.push(tn('campaignData.basis.publishedInPeriod', inPeriod));
  const noBase = count('no-reading-before-start');
  if (noBase) parts.push(tn('campaignData.basis.noReadingBeforeStart', noBase));
  const noReading = count('no-reading-in-period');
  if (noReading) parts.push(tn('campaignData.basis.noReadingInPeriod', noReading));
  return parts.join('; ');
}
