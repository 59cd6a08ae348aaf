// The Authors view after a delete that failed, then one that worked: the alert of the first (then
// "Delete failed: …") stayed above the comparison while the author was gone from it (the view never
// cleared its error), so the user read that the delete had failed when it had not. Each delete
// now says what became of that delete alone.

import { useState } from 'preact/hooks';
import { AuthorsView } from '@/components/dashboard/authors-view';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { protocolMock, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);

/** The view as the dashboard holds it: a change (a delete) bumps the version it reads with. */
function Dashboard() {
  const [version, setVersion] = useState(0);
  return <AuthorsView pref="followers" version={version} onChanged={() => setVersion((v) => v + 1)} />;
}

const rowOf = (handle: string) => document.querySelector(`.comparison tr[data-author="x:${handle}"]`);

async function deleteAlice() {
  const row = rowOf('alice')!;
  fireEvent.click([...row.querySelectorAll('button')].find((b) => b.textContent === 'Delete author')!);
  fireEvent.click(await screen.findByRole('button', { name: 'Delete @alice and all their posts' }));
}

it('a delete that works after one that failed leaves no failure behind', async () => {
  await record([
    reading({ postId: '1', author: { handle: 'alice', name: 'Alice', followers: 100 }, likes: 1 }),
    reading({ postId: '2', author: { handle: 'bob', name: 'Bob', followers: 200 }, likes: 2 }),
  ]);
  render(<Dashboard />);
  await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(2));
  for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box);
  await waitFor(() => expect(rowOf('alice')).not.toBeNull());

  // The first try: the background cannot be reached.
  protocolMock.sendMessage.mockImplementationOnce(async () => {
    throw new Error('The database is closing');
  });
  await deleteAlice();
  expect((await screen.findByRole('alert')).textContent).toContain(
    'PostLens did not answer, so this author may not have been deleted.',
  );

  // The second works: Alice goes, Bob stays, and nothing says the delete failed.
  await deleteAlice();
  await waitFor(() => expect(rowOf('alice')).toBeNull());
  expect(rowOf('bob')).not.toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
});
