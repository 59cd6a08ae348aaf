// @vitest-environment node

// "How long ago" and "over how long" are said in the unit the time rounds to: 59.6 minutes read
// "60 minutes ago" (the badge's follower reading) and a follower change seen over 23 h 40 min read
// "in 24 hours" (the popup's and the comparison's trend), where a reader says "1 hour", "1 day".
import { changeOverSpan } from '@/components/common/follower-span';
import { ago } from '@/lib/metrics/badge-words';

const MIN = 60_000;
const NOW = Date.UTC(2026, 0, 10, 12);

it.each([
  [30 * 1000, '1 minute ago'],
  [59.4 * MIN, '59 minutes ago'],
  [59.6 * MIN, '1 hour ago'],
  [90 * MIN, '2 hours ago'],
  [23.4 * 60 * MIN, '23 hours ago'],
  [23.6 * 60 * MIN, '1 day ago'],
  [36 * 60 * MIN, '2 days ago'],
])('%d ms before: %s', (ms, said) => {
  expect(ago(NOW - ms, NOW, 'en')).toBe(said);
});

it.each([
  [59.6 * MIN, '+5 in 1 hour'],
  [(23 * 60 + 40) * MIN, '+5 in 1 day'],
  [(23 * 60 + 20) * MIN, '+5 in 23 hours'],
])('a change seen over %d ms: %s', (ms, said) => {
  expect(changeOverSpan('+5', ms)).toBe(said);
});
