// The Posts search finds what the table shows: a post whose text holds a line break (or a run of
// spaces, a tab) reads "Launch day" in its one-line cell, and searching "launch day" finds it.
import { PostsView } from '@/components/dashboard/posts-view';
import { EMPTY_FILTER, filterRows } from '@/lib/queries';
import { loadAllRows } from '@/lib/queries/posts';
import { fireEvent, render, screen, within } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

const postTexts = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((r) => !r.classList.contains('spacer') && r.closest('tbody'))
    .map((r) => within(r).getAllByRole('link')[0]!.textContent);

it.each([
  ['a line break', 'Launch\nday'],
  ['a Windows line break', 'Launch\r\nday'],
  ['two spaces', 'Launch  day'],
  ['a tab', 'Launch\tday'],
  ['a line break and indent', 'Launch\n   day'],
])('text with %s is found by "launch day"', async (_what, text) => {
  await record([reading({ postId: '1', text }), reading({ postId: '2', text: 'Quiet update' })]);
  render(<PostsView rows={await loadAllRows('auto')} />);
  fireEvent.input(screen.getByLabelText('Text'), { target: { value: 'launch day' } });
  expect(postTexts()).toEqual([text]);
});

it('a search typed with a line break or extra spaces finds the one-space text', async () => {
  await record([reading({ postId: '1', text: 'Launch day' })]);
  const rows = await loadAllRows('auto');
  expect(filterRows(rows, { ...EMPTY_FILTER, text: 'launch \n  day' })).toHaveLength(1);
});

it('a search still does not match across the text and the author', async () => {
  await record([reading({ postId: '1', text: 'hello', author: { handle: 'world', name: 'W' } })]);
  const rows = await loadAllRows('auto');
  expect(filterRows(rows, { ...EMPTY_FILTER, text: 'hello @world' })).toHaveLength(0);
  expect(filterRows(rows, { ...EMPTY_FILTER, text: '@world' })).toHaveLength(1);
});
