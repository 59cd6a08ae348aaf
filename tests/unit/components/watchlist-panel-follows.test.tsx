// Options → Watchlist while stars change on other pages (the dashboard, the popup): the panel lists
// each star added elsewhere by its name, as it lists the ones it read when it opened, never by its
// raw key ("x:2"), and drops one removed elsewhere.

import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { DEFAULT_WATCHLIST, removeStar, storeStarToggle, watchlistItem } from '@/lib/watchlist';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(async () => {
  await resetAll();
  await record([
    reading({ postId: '1', text: 'Launch day' }),
    reading({ postId: '2', text: 'Second post' }),
    reading({ postId: '3', text: 'Third post', author: { handle: 'other', name: 'Other Person' } }),
  ]);
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], authors: [] });
});

it('lists a post and an author starred on another page while it is open, by name', async () => {
  render(<WatchlistPanel />);
  expect(await screen.findByText(/@someone: Launch day/)).toBeTruthy();
  await storeStarToggle('posts', 'x:2');
  await storeStarToggle('authors', 'x:other');
  expect(await screen.findByText(/@someone: Second post/)).toBeTruthy();
  expect(await screen.findByText(/Other Person \(@other\)/)).toBeTruthy();
  expect(screen.queryByText(/x:2/)).toBeNull();
  expect(screen.queryByText(/x:other/)).toBeNull();
});

it('names a star added elsewhere once the panel removes another (the list it gets back holds it)', async () => {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1', 'x:3'], authors: [] });
  render(<WatchlistPanel />);
  const remove = await screen.findByRole('button', { name: 'Remove @someone: Launch day' });
  await storeStarToggle('posts', 'x:2');
  fireEvent.click(remove);
  await waitFor(async () => expect((await watchlistItem.getValue()).posts).toEqual(['x:3', 'x:2']));
  expect(await screen.findByRole('button', { name: 'Remove @someone: Second post' })).toBeTruthy();
  expect(screen.queryByText(/x:2/)).toBeNull();
});

it('drops a star removed on another page', async () => {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1', 'x:2'], authors: [] });
  render(<WatchlistPanel />);
  expect(await screen.findByText(/@someone: Second post/)).toBeTruthy();
  await removeStar('posts', 'x:2');
  await waitFor(() => expect(screen.queryByText(/@someone: Second post/)).toBeNull());
  expect(screen.getByText(/@someone: Launch day/)).toBeTruthy();
});
