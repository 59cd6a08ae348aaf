// A count the page did not show is not 0, and the table says which it is: a dash with "not shown"
// on hover, next to a 0 the page did show. The Snapshots figure says what it counts.
import { PostsView } from '@/components/dashboard/posts-view';
import { loadAllRows } from '@/lib/queries/posts';
import { fireEvent, render, screen, within } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

const cellOf = (column: string) => {
  const headers = within(screen.getByRole('table')).getAllByRole('columnheader');
  const at = headers.findIndex((h) => h.textContent?.replace(/[▲▼]/g, '').trim() === column);
  const row = within(screen.getByRole('table'))
    .getAllByRole('row')
    .find((r) => !r.classList.contains('spacer') && r.closest('tbody'))!;
  return row.querySelectorAll('td')[at]!;
};

const hover = (el: Element) =>
  [el, ...el.querySelectorAll('[title]')].map((e) => e.getAttribute('title') ?? '').join(' ');

it('a count not shown reads as a dash that says so; a 0 shown reads 0', async () => {
  await record([reading({ postId: '1', likes: 0, comments: null, reposts: 3, views: null })]);
  render(<PostsView rows={await loadAllRows('auto')} />);
  expect(cellOf('Likes').textContent).toBe('0');
  expect(cellOf('Comments').textContent).toBe('—');
  expect(hover(cellOf('Comments'))).toMatch(/not show/i);
  expect(hover(cellOf('Views'))).toMatch(/not show/i);
  expect(hover(cellOf('Likes'))).not.toMatch(/not show/i);
});

it('the Snapshots column says what it counts', async () => {
  await record([reading({ postId: '1', likes: 1 })]);
  render(<PostsView rows={await loadAllRows('auto')} />);
  fireEvent.click(screen.getByText('Columns'));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Snapshots column' }));
  const header = within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .find((h) => h.textContent?.includes('Snapshots'))!;
  expect(header.getAttribute('title') ?? '').toMatch(/reading/i);
});
