// Tags, notes and author sets in the dashboard: edited on a post and in the Authors view, kept in
// storage.local, and used as filters in Posts, Overview and Insights; too-long words refused.

import { PostAnnotations } from '@/components/annotations';
import { AuthorsView } from '@/components/dashboard/authors-view';
import { PostsView } from '@/components/dashboard/posts-view';
import { AuthorFilter, useAuthorFilter } from '@/components/insights/author-filter';
import { annotationsItem, getAnnotations } from '@/lib/annotations';
import { loadAllRows, type PostRow } from '@/lib/queries';
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

async function seed(): Promise<PostRow[]> {
  await record([
    reading({
      postId: '1',
      author: { handle: 'alice', name: 'Alice', followers: 1000 },
      likes: 100,
      text: 'alice one',
    }),
    reading({
      postId: '2',
      author: { handle: 'alice', name: 'Alice', followers: 1000 },
      likes: 50,
      text: 'alice two',
    }),
    reading({
      postId: '3',
      author: { handle: 'bob', name: 'Bob', followers: 100 },
      likes: 30,
      text: 'bob one',
    }),
  ]);
  return loadAllRows('followers');
}

describe('a post’s tags and note', () => {
  it('adds and removes tags, saves a note, and refuses what is too long without cutting it', async () => {
    render(<PostAnnotations postKey="x:1" />);
    const tag = screen.getByLabelText('Tag');
    fireEvent.input(tag, { target: { value: ' launch ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await screen.findByRole('button', { name: 'Remove tag launch' });
    expect((await getAnnotations()).tags).toEqual({ 'x:1': ['launch'] });
    await waitFor(() => expect((tag as HTMLInputElement).value).toBe(''));

    fireEvent.input(tag, { target: { value: 't'.repeat(51) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await screen.findByText('The tag is 51 characters; at most 50.');
    expect((tag as HTMLInputElement).value).toBe('t'.repeat(51));

    fireEvent.click(screen.getByRole('button', { name: 'Remove tag launch' }));
    await waitFor(async () => expect((await getAnnotations()).tags).toEqual({}));

    const note = screen.getByLabelText('Note');
    fireEvent.input(note, { target: { value: 'n'.repeat(5001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('The note is 5,001 characters; at most 5,000.');
    expect((await getAnnotations()).notes).toEqual({});
    fireEvent.input(note, { target: { value: 'Ask for the raw file.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Note saved.');
    expect((await getAnnotations()).notes).toEqual({ 'x:1': 'Ask for the raw file.' });
  });
});

describe('author sets in the Authors view', () => {
  it('creates, fills, renames and deletes a set, and compares sets side by side', async () => {
    const rows = await seed();
    render(<AuthorsView pref="followers" version={0} onChanged={() => {}} rows={rows} />);
    fireEvent.input(screen.getByLabelText('New set'), { target: { value: 'n'.repeat(101) } });
    fireEvent.click(screen.getByRole('button', { name: 'Create set' }));
    await screen.findByText("The set's name is 101 characters; at most 100.");
    fireEvent.input(screen.getByLabelText('New set'), { target: { value: 'Our brand' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create set' }));
    const sets = screen.getByRole('region', { name: 'Author sets' });
    await within(sets).findByText('Our brand');

    fireEvent.click(await screen.findByRole('checkbox', { name: /Alice/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Add selected' }));
    await within(sets).findByText('1 author');
    expect((await getAnnotations()).sets[0]?.authorKeys).toEqual(['x:alice']);

    // A second set to compare with: one set alone is compared with nothing, and not shown.
    fireEvent.input(screen.getByLabelText('New set'), { target: { value: 'Competitors' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create set' }));
    const ours = (await within(sets).findByText('Our brand')).closest('li')!;
    await within(sets).findByText('Competitors');

    const table = await screen.findByRole('table', { name: 'Sets compared' });
    const row = within(table).getByRole('row', { name: /Our brand/ });
    // Alice's two posts: 150 interactions in all.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(expect.arrayContaining(['1', '2', '150']));

    fireEvent.click(within(ours).getByRole('button', { name: 'Rename' }));
    fireEvent.input(screen.getByLabelText('New name for Our brand'), { target: { value: 'Brand' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await within(sets).findByText('Brand');

    fireEvent.click(within(ours).getByRole('button', { name: 'Delete set' }));
    fireEvent.click(within(ours).getByRole('button', { name: 'Delete set Brand' }));
    await waitFor(async () =>
      expect((await getAnnotations()).sets.map((s) => s.name)).toEqual(['Competitors']),
    );
  });
});

describe('filters by set and tag', () => {
  const sets = [{ id: 's1', name: 'Competitors A', authorKeys: ['x:bob'] }];

  it('narrows the posts table to a tag and to a set', async () => {
    const rows = await seed();
    await annotationsItem.setValue({
      sets,
      tags: { 'x:1': ['launch'], 'x:3': ['launch', 'promo'] },
      notes: {},
    });
    render(<PostsView rows={rows} />);
    const texts = () =>
      screen
        .getAllByRole('row')
        .filter((r) => r.closest('tbody') && !r.classList.contains('spacer'))
        .map((r) => within(r).getAllByRole('link')[0]?.textContent);
    await screen.findByRole('option', { name: 'launch (2)' });
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'launch' } });
    expect(texts().sort()).toEqual(['alice one', 'bob one']);
    expect(screen.getByText('2 of 3 posts')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Set'), { target: { value: 's1' } });
    expect(texts()).toEqual(['bob one']);
  });

  it('narrows Overview and Insights to a set’s authors', async () => {
    const rows = await seed();
    await annotationsItem.setValue({ sets, tags: {}, notes: {} });
    function Harness() {
      const f = useAuthorFilter(rows);
      return (
        <form>
          <AuthorFilter f={f} />
          <output>{f.chosen.map((r) => r.text).join(', ')}</output>
        </form>
      );
    }
    render(<Harness />);
    expect(screen.getByRole('status').textContent).toBe('alice one, alice two, bob one');
    fireEvent.change(await screen.findByLabelText('Set'), { target: { value: 's1' } });
    expect(screen.getByRole('status').textContent).toBe('bob one');
    expect(within(screen.getByLabelText('Author')).getAllByRole('option')).toHaveLength(2);
  });
});
