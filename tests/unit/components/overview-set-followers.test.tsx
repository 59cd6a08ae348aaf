// The Overview's follower cards with an author set chosen: they are for the set's authors, not the
// authors of the set's posts shown. An author of the set whose profile was read (follower counts)
// but none of whose posts is stored gets a card; one with no count read at all is named in the
// "no follower count read yet" line; an author outside the set gets neither, nor does a Reddit
// community in it (its members are no followers: setAuthors). The other choices keep theirs: one
// author, that author's card alone; a platform, the set's authors on it; no set, the posts' authors.

import { OverviewView } from '@/components/insights/overview';
import { annotationsItem } from '@/lib/annotations';
import type { PostRow } from '@/lib/queries';
import { getDb } from '@/lib/store';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen, waitFor } from '../testing-library';
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

const row = (platform: 'x' | 'reddit', handle: string): PostRow =>
  postRow({
    platform,
    authorKey: `${platform}:${handle}`,
    authorHandle: handle,
    date: NOW - D,
    firstSeen: NOW - D,
    lastSeen: NOW - D,
    engagement: 5,
  });

// Posts of alpha (in the set), gamma (not in it) and carol (Reddit, in it). beta and dave (Reddit)
// are in the set with follower counts read and no post stored; delta is in it with neither.
const rows = [row('x', 'alpha'), row('x', 'gamma'), row('reddit', 'carol')];
const SET = ['x:alpha', 'x:beta', 'x:delta', 'reddit:carol', 'reddit:dave', 'reddit:r/foo'];

beforeEach(async () => {
  await resetAll();
  const db = await getDb();
  for (const authorKey of ['x:alpha', 'x:beta', 'x:gamma', 'reddit:carol', 'reddit:dave', 'reddit:r/foo'])
    for (const [capturedAt, followers] of [
      [NOW - 40 * D, 1000],
      [NOW - 2 * D, 1200],
    ] as const)
      await db.add('followerSnapshots', { authorKey, capturedAt, followers });
  await annotationsItem.setValue({
    sets: [{ id: 's1', name: 'Competitors A', authorKeys: SET }],
    tags: {},
    notes: {},
  });
});

/** The subtitles of the follower cards shown, once the readings are in. */
async function followerCards(): Promise<string[]> {
  await waitFor(() => expect(screen.queryByText('Reading follower counts…')).toBeNull());
  return screen
    .queryAllByRole('article', { name: /^Follower change: / })
    .map((a) => a.getAttribute('aria-label')!.replace('Follower change: ', ''));
}
const unreadLine = () => screen.queryByText(/^No follower count read yet for/)?.textContent ?? null;

async function chooseSet() {
  render(<OverviewView rows={rows} now={NOW} />);
  fireEvent.change(await screen.findByLabelText('Set'), { target: { value: 's1' } });
}

it('with a set chosen, gives its authors cards, those with no post stored too', async () => {
  await chooseSet();
  const cards = await followerCards();
  expect(cards).toEqual(['ALPHA @alpha · X', 'CAROL @carol · Reddit', '@beta · X', '@dave · Reddit']);
  // beta's change is shown as alpha's is, from the counts read.
  const beta = screen.getByRole('article', { name: 'Follower change: @beta · X' });
  expect(beta.textContent).toContain('1,000 → 1,200 followers');
  // delta, with no count read, is named; gamma (not in the set) and r/foo (a community) nowhere.
  expect(unreadLine()).toMatch(/^No follower count read yet for @delta · X: open their profile/);
  expect(document.body.textContent).not.toMatch(/gamma|r\/foo/i);
});

it('with a set and a platform chosen, gives the set’s authors on that platform cards', async () => {
  await chooseSet();
  fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'reddit' } });
  expect(await followerCards()).toEqual(['CAROL @carol · Reddit', '@dave · Reddit']);
  expect(unreadLine()).toBeNull();
  fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'x' } });
  expect(await followerCards()).toEqual(['ALPHA @alpha · X', '@beta · X']);
  expect(unreadLine()).toMatch(/^No follower count read yet for @delta · X: open their profile/);
});

it('with a set and one author chosen, gives that author alone a card', async () => {
  await chooseSet();
  fireEvent.change(screen.getByLabelText(/^Author/), { target: { value: 'x:alpha' } });
  expect(await followerCards()).toEqual(['ALPHA @alpha · X']);
  expect(unreadLine()).toBeNull();
});

it('with no set chosen, gives the authors of the posts cards, as before', async () => {
  render(<OverviewView rows={rows} now={NOW} />);
  await screen.findByLabelText('Set');
  expect(await followerCards()).toEqual(['ALPHA @alpha · X', 'CAROL @carol · Reddit', 'GAMMA @gamma · X']);
  expect(unreadLine()).toBeNull();
  fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'reddit' } });
  expect(await followerCards()).toEqual(['CAROL @carol · Reddit']);
});
