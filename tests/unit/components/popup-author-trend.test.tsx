// The popup's author summary said "+50 in 1 day" for two follower readings 3 hours apart: the
// period was rounded up to a whole day, so a change of 3 hours read as a day's growth. Under a
// day it is said in hours.

import { AuthorSummary } from '@/components/popup/author-summary';
import type { AuthorView } from '@/lib/queries';
import { render, screen } from '../testing-library';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 10, 9);

const view = (spanMs: number) =>
  ({
    author: { key: 'x:alice', platform: 'x', handle: 'alice', name: 'Alice', followers: 1050 },
    trend: {
      points: [
        [T0, 1000],
        [T0 + spanMs, 1050],
      ],
      latest: 1050,
      change: 50,
      spanMs,
    },
    stats: {
      key: 'x:alice',
      postsSeen: 1,
      postsWithEr: 1,
      postsDated: 0,
      medianEr: 0.05,
      meanEr: 0.05,
      postsPerWeek: null,
      totalEngagement: 5,
      bestPosts: [],
    },
    rows: [],
  }) as unknown as AuthorView;

it('a change over 3 hours is not said to have taken a day', () => {
  render(<AuthorSummary view={view(3 * HOUR)} />);
  const trend = screen.getByText('Trend').nextElementSibling!.textContent!;
  expect(trend).toBe('+50 in 3 hours');
});

it('a change over 2 days says 2 days (unchanged)', () => {
  render(<AuthorSummary view={view(48 * HOUR)} />);
  expect(screen.getByText('+50 in 2 days')).toBeTruthy();
});

it('gives the formulas of the median ER and of posts a week on hover, with the posts they rest on', () => {
  render(<AuthorSummary view={view(48 * HOUR)} />);
  expect(screen.getByText('Median ER').parentElement!.getAttribute('title')).toMatch(
    /^median of the ERs of 1 of the 1 posts seen \(those with an ER\); each ER is \(likes \+ comments/,
  );
  expect(screen.getByText('Posts / week').parentElement!.getAttribute('title')).toMatch(
    /: 0 of the 1 posts seen have one \(it needs two, a minute or more apart\)$/,
  );
});
