// A follower change with the time it was seen over ("+200 in 30 days"), as the popup's author
// summary and the dashboard's comparison say it: changes seen over different times are not alike.
import { tn } from '../../lib/i18n';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** `signed` ("+200") over `spanMs`: under a day in hours (at least one), else in days. */
export function changeOverSpan(signed: string, spanMs: number): string {
  // Under a day in hours: 3 hours said as "1 day" overstated how slow it was.
  if (spanMs < DAY_MS)
    return tn('popup.author.trendInHours', Math.max(1, Math.round(spanMs / HOUR_MS)), signed);
  return tn('popup.author.trendIn', Math.round(spanMs / DAY_MS), signed);
}
