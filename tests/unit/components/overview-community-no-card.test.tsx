// The Overview's follower change with a Reddit community's record in the database: its members
// (read on r/foo's page, stored as the author "reddit:r/foo") are no followers, and r/foo has no
// posts of its own. The Overview gives a follower card to the authors of the posts shown (with a set
// chosen, to its people: setAuthors leaves communities out), so the community gets no card and no
// name in the "no follower count read yet" line, even when every author's readings are read (All
// authors).

import { OverviewView } from '@/components/insights/overview';
import { getDb } from '@/lib/store';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const D = 86_400_000;
const NOW = Date.UTC(2026, 2, 15, 12);

// alice and bob posted in r/foo: each post is its poster's.
const row = (handle: string, date: number) =>
  postRow({
    platform: 'reddit',
    authorKey: `reddit:${handle}`,
    authorHandle: handle,
    url: `https://www.reddit.com/r/foo/comments/${handle}${date}/`,
    date,
    firstSeen: date,
    lastSeen: date,
    engagement: 5,
  });

beforeEach(async () => {
  await resetAll();
  const db = await getDb();
  for (const [authorKey, capturedAt, followers] of [
    ['reddit:alice', NOW - 40 * D, 100],
    ['reddit:alice', NOW - 2 * D, 130],
    ['reddit:r/foo', NOW - 40 * D, 50_000],
    ['reddit:r/foo', NOW - 2 * D, 52_000],
  ] as const)
    await db.add('followerSnapshots', { authorKey, capturedAt, followers });
});

it('gives the posts’ authors follower cards and the community none', async () => {
  render(<OverviewView rows={[row('alice', NOW - D), row('bob', NOW - 3 * D)]} now={NOW} />);
  const alice = await screen.findByRole('article', { name: 'Follower change: ALICE @alice · Reddit' });
  expect(alice.textContent).toContain('100 → 130 followers');
  expect(screen.getAllByRole('article', { name: /^Follower change/ })).toHaveLength(1);
  // bob, with no count read, is named in the line; r/foo nowhere, nor its members.
  expect(screen.getByText(/^No follower count read yet for/).textContent).toContain('BOB @bob');
  const page = document.body.textContent ?? '';
  expect(page).not.toMatch(/r\/foo/i);
  expect(page).not.toContain('52,000');
});
