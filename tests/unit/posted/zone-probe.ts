// Run by day-only-zone.test.ts in a child process with TZ set (a worker thread cannot change its
// time zone): prints what postedMs, periodGain and ageOf give in that zone, as JSON.
import { periodGain } from '../../../lib/campaigns/period';
import { ageOf } from '../../../lib/metrics/time-rates';
import { postedMs } from '../../../lib/types';

const start = new Date(postedMs('2025-03-04'));
const from = new Date(2025, 2, 4).getTime();
const reading = {
  capturedAt: from + 30 * 3_600_000,
  likes: 40,
  comments: 2,
  reposts: null,
  saves: null,
  views: null,
};
console.log(
  JSON.stringify({
    offset: new Date(2025, 2, 4).getTimezoneOffset(),
    start: [start.getFullYear(), start.getMonth() + 1, start.getDate(), start.getHours()],
    basis: periodGain(undefined, [reading], '2025-03-04', from).basis,
    age: ageOf('2025-03-04', new Date(2025, 2, 5, 12).getTime()),
  }),
);
