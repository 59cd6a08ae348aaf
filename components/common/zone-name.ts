// The time zone a page writes its times in: the browser's own (formatDateTime, the charts' axes and
// legends). Named once on a post's page and in every report (PNG, print): a picture sent to a
// client in another zone otherwise gives times without saying whose.
import { dateFormat } from '@/lib/format';

/** The zone's short name at a moment, in the locale ("CET", "MEZ", "GMT+1", "UTC"). */
export function zoneName(ms: number, locale: string | undefined, timeZone?: string): string {
  const f = dateFormat(locale, timeZone ? { timeZoneName: 'short', timeZone } : { timeZoneName: 'short' });
  return f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? f.resolvedOptions().timeZone;
}

/**
 * The zone's names at the given moments, each once, in the moments' order: "CET", or "CET / CEST"
 * where the readings lie either side of a clock change (a winter reading is not in CEST).
 * timeZone: the browser's when not given.
 */
export function zoneNames(times: readonly number[], locale: string | undefined, timeZone?: string): string {
  const names = new Set<string>();
  for (const ms of times) if (Number.isFinite(ms)) names.add(zoneName(ms, locale, timeZone));
  if (names.size === 0) names.add(zoneName(Date.now(), locale, timeZone));
  return [...names].join(' / ');
}
