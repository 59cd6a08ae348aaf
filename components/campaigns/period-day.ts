// A day of a campaign's period (stored as `YYYY-MM-DD`) as the user reads dates, wherever the
// period is shown: the detail's summary and figures, the comparison, and an ads file's preview
// (with the file's own first and last day). The CSV keeps the ISO day.
import { formatDate } from '@/lib/format';

/** Read at local noon, so no time zone moves it to another day. */
export const periodDay = (iso: string, locale?: string) => formatDate(`${iso}T12:00:00`, locale);
