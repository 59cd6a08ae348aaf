// A set whose authors were deleted (or an imported set's keys never read here): "Compare its
// authors" showed an empty comparison with a report to share ("No readings … yet"), without a
// word of why; and "Add selected" wrote those keys, which the picker does not list, into another
// set without the user having ticked anything.

import { AuthorsView } from '@/components/dashboard/authors-view';
import { annotationsItem } from '@/lib/annotations';
import { reading, record, resetAll } from '../components/helpers';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);

const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));

async function showSets(rivals: string[]) {
  await record([
    reading({ postId: '1', author: { handle: 'brand', name: 'Brand', followers: 10 }, likes: 1 }),
  ]);
  await annotationsItem.setValue({
    sets: [
      { id: 'a', name: 'Our brand', authorKeys: ['x:brand'] },
      { id: 'b', name: 'Old rivals', authorKeys: rivals },
    ],
    tags: {},
    notes: {},
  });
  render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
  await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(1));
  const sets = await screen.findByRole('region', { name: 'Author sets' });
  const item = async (name: string) => (await within(sets).findByText(name)).closest('li')!;
  return { ours: await item('Our brand'), rivals: await item('Old rivals') };
}

it('says which compared keys have no author record, and offers no report of no author', async () => {
  const { rivals } = await showSets(['x:gone1', 'x:gone2']);
  fireEvent.click(within(rivals).getByRole('button', { name: 'Compare its authors' }));
  await screen.findByText(
    'Not compared: PostLens has no record of @gone1 · X, @gone2 · X (deleted, or never read in this browser).',
  );
  expect(screen.queryByRole('button', { name: 'Download PNG' })).toBeNull();
  expect(screen.queryByRole('table', { name: 'Author comparison' })).toBeNull();
  expect(document.body.textContent).not.toContain('No readings');
});

it('names the keys left out of a comparison of the others, in its report', async () => {
  const { rivals } = await showSets(['x:brand', 'x:gone1']);
  fireEvent.click(within(rivals).getByRole('button', { name: 'Compare its authors' }));
  await waitFor(() => expect(document.querySelector('.comparison tr[data-author="x:brand"]')).not.toBeNull());
  const note = await screen.findByText(/^Not compared: PostLens has no record of @gone1 · X \(/);
  expect(note.closest('.comparison-body')).not.toBeNull();
  expect(screen.getByRole('button', { name: 'Download PNG' })).toBeTruthy();
});

it('adds to another set only the authors the picker lists', async () => {
  const { ours, rivals } = await showSets(['x:gone1', 'x:gone2']);
  fireEvent.click(within(rivals).getByRole('button', { name: 'Compare its authors' }));
  await pause();
  // Nothing is ticked in the picker: nothing to add.
  expect(screen.getAllByRole('checkbox').filter((b) => (b as HTMLInputElement).checked)).toHaveLength(0);
  const add = within(ours).getByRole('button', { name: 'Add selected' }) as HTMLButtonElement;
  expect(add.disabled).toBe(true);
  fireEvent.click(add);
  await pause();
  expect((await annotationsItem.getValue()).sets[0]!.authorKeys).toEqual(['x:brand']);
});
