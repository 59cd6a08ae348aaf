// The column the table is sorted by, hidden in the Columns menu (or left out of a saved view): no
// header shows ▲/▼ or aria-sort then, so the table's status line says what orders the rows. The
// order stays the one the user chose: hiding a column is no new order.
import { PostsView } from '@/components/dashboard/posts-view';
import { loadAllRows } from '@/lib/queries/posts';
import type { PostRow } from '@/lib/queries/rows';
import { getViews } from '@/lib/table-views';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

/** ER (on 1,000 views) 5 %, 2 % and 0.5 %; likes the other way round from views' point of view. */
async function seed(): Promise<PostRow[]> {
  await record([
    reading({ postId: '1', text: 'High', likes: 50, views: 1000 }),
    reading({ postId: '2', text: 'Middle', likes: 20, views: 1000 }),
    reading({ postId: '3', text: 'Low', likes: 5, views: 1000 }),
  ]);
  return loadAllRows('auto');
}

const postTexts = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((r) => !r.classList.contains('spacer') && r.closest('tbody'))
    .map((r) => within(r).getAllByRole('link')[0]!.textContent);
const status = () => screen.getAllByRole('status')[0]!.textContent;
const sorted = () =>
  within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .filter((th) => th.getAttribute('aria-sort') !== 'none');

describe('sorted by a hidden column', () => {
  it('says so in the status line, in the order the user chose, until the column is back', async () => {
    render(<PostsView rows={await seed()} />);
    expect(status()).toBe('3 posts');
    fireEvent.click(screen.getByLabelText('ER column'));
    expect(screen.queryByRole('button', { name: 'ER' })).toBeNull();
    expect(sorted()).toEqual([]);
    expect(status()).toBe('3 posts (sorted by ER, descending; that column is hidden)');
    expect(postTexts()).toEqual(['High', 'Middle', 'Low']);
    fireEvent.click(screen.getByLabelText('ER column'));
    expect(status()).toBe('3 posts');
    expect(screen.getByRole('button', { name: 'ER' }).closest('th')?.getAttribute('aria-sort')).toBe(
      'descending',
    );
  });

  it('names the direction, ascending too', async () => {
    render(<PostsView rows={await seed()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Likes' }));
    fireEvent.click(screen.getByRole('button', { name: /^Likes/ }));
    fireEvent.click(screen.getByLabelText('Likes column'));
    expect(status()).toBe('3 posts (sorted by Likes, ascending; that column is hidden)');
    expect(postTexts()).toEqual(['Low', 'Middle', 'High']);
  });

  it('a saved view sorted by a column it does not show restores that order, and says so', async () => {
    render(<PostsView rows={await seed()} />);
    fireEvent.click(screen.getByLabelText('ER column'));
    fireEvent.input(screen.getByLabelText('View name'), { target: { value: 'Clean' } });
    fireEvent.click(screen.getByText('Save view'));
    await waitFor(async () =>
      expect((await getViews()).map((v) => v.sort)).toEqual([{ key: 'er', dir: 'desc' }]),
    );
    fireEvent.click(screen.getByLabelText('ER column'));
    fireEvent.click(screen.getByRole('button', { name: 'Likes' }));
    fireEvent.click(screen.getByRole('button', { name: /^Likes/ }));
    expect(postTexts()).toEqual(['Low', 'Middle', 'High']);
    fireEvent.click(await screen.findByRole('button', { name: 'Clean' }));
    expect(postTexts()).toEqual(['High', 'Middle', 'Low']);
    expect(status()).toBe('3 posts (sorted by ER, descending; that column is hidden)');
  });
});
