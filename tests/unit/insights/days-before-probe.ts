// Run by days-before-zone.test.ts in a child process with TZ set (a worker thread cannot change its
// time zone): prints the custom period's default start for the instants given as arguments.
import { isoDaysBefore } from '../../../lib/insights/overview-period';

console.log(JSON.stringify(process.argv.slice(2).map((iso) => isoDaysBefore(Date.parse(iso), 29))));
