// An author set renamed in two dashboard tabs: the tab that saves last must not silently replace
// the name the other tab saved while this one was being typed (as a post's note is kept).

import { AuthorSets, useAnnotations } from '@/components/annotations';
import { annotationsItem, EMPTY_ANNOTATIONS } from '@/lib/annotations';
import { fireEvent, render, screen, waitFor } from '../testing-library';

const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));
const set = (name: string) => ({ id: 's1', name, authorKeys: ['x:bob'] });
const storedName = async () => (await annotationsItem.getValue()).sets[0]?.name;

function Sets() {
  return <AuthorSets state={useAnnotations()} selected={[]} onPick={() => {}} />;
}

async function startRename(typed: string) {
  await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, sets: [set('Our brand')] });
  render(<Sets />);
  fireEvent.click(await screen.findByRole('button', { name: 'Rename' }));
  fireEvent.input(screen.getByLabelText('New name for Our brand'), { target: { value: typed } });
}

describe('renaming a set that another tab renamed meanwhile', () => {
  it('refuses with a message, keeps the other tab’s name, and saves on a second, informed click', async () => {
    await startRename('Brand B');
    // Another tab renames the same set.
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, sets: [set('Brand A')] });
    await pause();
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/another tab/));
    expect(screen.getByRole('alert').textContent).toMatch(/“Brand A”/);
    expect(await storedName()).toBe('Brand A');
    expect((screen.getByLabelText('New name for Brand A') as HTMLInputElement).value).toBe('Brand B');
    // Told, the user saves again: now their name replaces the other tab's, as they chose.
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(async () => expect(await storedName()).toBe('Brand B'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('saves at once when no other tab renamed the set', async () => {
    await startRename('Brand B');
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(async () => expect(await storedName()).toBe('Brand B'));
    await screen.findByText('Brand B');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves at once when another tab changed only the set’s authors', async () => {
    await startRename('Brand B');
    await annotationsItem.setValue({
      ...EMPTY_ANNOTATIONS,
      sets: [{ ...set('Our brand'), authorKeys: ['x:bob', 'x:carol'] }],
    });
    await pause();
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(async () =>
      expect((await annotationsItem.getValue()).sets).toEqual([
        { id: 's1', name: 'Brand B', authorKeys: ['x:bob', 'x:carol'] },
      ]),
    );
  });
});
