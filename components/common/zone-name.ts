// The time zone a page writes its times in: the browser's own (formatDateTime, the charts' axes and
// legends). Named the same way on a post's page, in every report (PNG, print) and in each chart's
// accessible name: a picture sent to a client in another zone otherwise gives times without
// saying whose.
import { dateFormat } from '@/lib/format';

/** The zone's short name at a moment, in the locale ("CET", "MEZ", "GMT+1", "UTC"). */
export function zoneName(ms: number, locale: string | undefined, timeZone?: string): string {
  const f = dateFormat(locale, timeZone ? { timeZoneName: 'short', timeZone } : { timeZoneName: 'short' });
  return f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? f.resolvedOptions().timeZone;
}

/** UTC under each of its ids: an engine may keep "Etc/UTC" or "Etc/GMT" rather than say "UTC". */
const UTC = /^(?:Etc\/)?(?:UTC|UCT|GMT|GMT[+-]?0|Greenwich|Universal|Zulu)$/;

/**
 * The zone a page's times are in, named for every season at once: "Central European Time
 * (Europe/Berlin)", "Mitteleuropäische Zeit (Europe/Berlin)". A page's times may lie either side
 * of a clock change, so a season's name ("CET") would be wrong for some of them; the zone's id
 * names it exactly. UTC is "UTC" alone: its generic name is an offset from itself ("GMT+00:00").
 * timeZone: the browser's when not given; at: the moment whose name is taken (a zone's name of 1970
 * may be another: Berlin kept no summer time then, named "Standard Time").
 */
export function reportZone(locale: string | undefined, timeZone?: string, at = Date.now()): string {
  const f = dateFormat(locale, { timeZoneName: 'longGeneric', ...(timeZone ? { timeZone } : {}) });
  const id = f.resolvedOptions().timeZone;
  if (UTC.test(id)) return 'UTC';
  const name = f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  return name && name !== id ? `${name} (${id})` : id;
}
