// Options → Watchlist open in two tabs: a threshold changed in the second tab shows in the first,
// and a later edit in the first starts from it (it never saves the value it showed before over it).

import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { DEFAULT_WATCHLIST, updateWatchlist, watchlistItem } from '@/lib/watchlist';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(async () => {
  await resetAll();
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST });
});

it('a threshold saved in another tab shows in the field', async () => {
  render(<WatchlistPanel />);
  const post = (await screen.findByLabelText('Post threshold')) as HTMLInputElement;
  const author = screen.getByLabelText('Author threshold') as HTMLInputElement;
  expect(post.value).toBe('2');
  // The second options tab saves new thresholds.
  await updateWatchlist({ postFactor: 5, authorFactor: 7.5 });
  await waitFor(() => expect(post.value).toBe('5'));
  expect(author.value).toBe('7.5');
});

it('Enter in the field after the other tab saved does not write the old value back', async () => {
  render(<WatchlistPanel />);
  const post = (await screen.findByLabelText('Post threshold')) as HTMLInputElement;
  await updateWatchlist({ postFactor: 5 });
  await waitFor(() => expect(post.value).toBe('5'));
  // The user steps the field once (5 → 5.1), as the arrow keys do, and presses Enter.
  fireEvent.input(post, { target: { value: '5.1' } });
  fireEvent.keyDown(post, { key: 'Enter' });
  await waitFor(async () => expect((await watchlistItem.getValue()).postFactor).toBe(5.1));
});

it('keeps what the user is typing when the other tab saves meanwhile', async () => {
  render(<WatchlistPanel />);
  const post = (await screen.findByLabelText('Post threshold')) as HTMLInputElement;
  fireEvent.input(post, { target: { value: '4' } });
  await updateWatchlist({ authorFactor: 6 });
  await waitFor(() =>
    expect((screen.getByLabelText('Author threshold') as HTMLInputElement).value).toBe('6'),
  );
  expect(post.value).toBe('4');
  fireEvent.keyDown(post, { key: 'Enter' });
  await waitFor(async () => expect((await watchlistItem.getValue()).postFactor).toBe(4));
  expect((await watchlistItem.getValue()).authorFactor).toBe(6);
});
