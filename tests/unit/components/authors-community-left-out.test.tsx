// A Reddit community page gives its members as a profile reading with handle "r/<name>". The
// dashboard's author comparison is of authors: its figures but the count are of the author's own
// posts, which a community has none of, and the count it shows is named followers. A community is
// left out of the author picker, and the picker says so and where its members are shown.

import { AuthorsView } from '@/components/dashboard/authors-view';
import { annotationsItem } from '@/lib/annotations';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);

it('leaves the community r/foo out of the author picker and says why', async () => {
  await record(
    [
      reading({
        platform: 'reddit',
        postId: 't3_abc',
        url: 'https://www.reddit.com/r/foo/comments/abc/hello/',
        author: { handle: 'alice', name: null, followers: null },
        likes: 5,
      }),
    ],
    { platform: 'reddit', handle: 'r/foo', name: 'foo', followers: 52_000 },
  );
  render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
  await waitFor(() => expect(screen.getAllByRole('checkbox')).not.toHaveLength(0));
  const boxes = screen.getAllByRole('checkbox').map((b) => b.closest('label')!.textContent);
  // The poster stays; the community is no author of the list.
  expect(boxes).toEqual([expect.stringContaining('@alice')]);
  expect(document.body.textContent).not.toContain('@r/foo');
  expect(screen.getByText(/Reddit communities \(r\/…\) are not listed/).textContent).toMatch(
    /members .*popup/,
  );
});

it('says nothing of communities where none is recorded', async () => {
  await record([reading({ postId: '1', author: { handle: 'bob', name: 'Bob', followers: 10 }, likes: 1 })]);
  render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
  await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(1));
  expect(screen.queryByText(/communities/)).toBeNull();
});

it('compares no community that a set made before holds: only the set’s authors', async () => {
  await record([reading({ postId: '1', author: { handle: 'bob', name: 'Bob', followers: 10 }, likes: 1 })], {
    platform: 'reddit',
    handle: 'r/foo',
    name: 'foo',
    followers: 52_000,
  });
  await annotationsItem.setValue({
    sets: [{ id: 's1', name: 'Watched', authorKeys: ['x:bob', 'reddit:r/foo'] }],
    tags: {},
    notes: {},
  });
  render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
  const sets = await screen.findByRole('region', { name: 'Author sets' });
  await within(sets).findByText('Watched');
  fireEvent.click(within(sets).getByRole('button', { name: 'Compare its authors' }));
  await waitFor(() => expect(document.querySelector('.comparison tr[data-author="x:bob"]')).not.toBeNull());
  expect(document.querySelectorAll('.comparison tbody tr')).toHaveLength(1);
  expect(document.querySelector('.comparison tr[data-author="reddit:r/foo"]')).toBeNull();
});
