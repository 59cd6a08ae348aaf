// A follower change with the time it was seen over ("+200 in 30 days"), as the popup's author
// summary and the dashboard's comparison say it: changes seen over different times are not alike.
import { t, tn } from '../../lib/i18n';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * `signed` ("+200") over `spanMs`: under a minute as such, under an hour in minutes, under a day
 * in hours, else in days.
 */
export function changeOverSpan(signed: string, spanMs: number): string {
  // Said in the unit that fits: 3 minutes said as "1 hour" (or 3 hours as "1 day") overstated how
  // slow the change was. Rounded to the unit first, so 59.7 minutes reads "1 hour", not "60 minutes".
  const minutes = Math.round(spanMs / MINUTE_MS);
  if (minutes < 1) return t('popup.author.trendInUnderMinute', signed);
  if (minutes < 60) return tn('popup.author.trendInMinutes', minutes, signed);
  const hours = Math.round(spanMs / HOUR_MS);
  if (hours < 24) return tn('popup.author.trendInHours', hours, signed);
  return tn('popup.author.trendIn', Math.round(spanMs / DAY_MS), signed);
}
