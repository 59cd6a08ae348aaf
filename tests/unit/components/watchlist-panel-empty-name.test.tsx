// Options → Watchlist, a starred author whose name is empty text (an imported file may hold one;
// import keeps a name as it is). The dashboard and the popup take an empty name as none; the
// watchlist listed the author as " (@alice)", a blank where the name goes, and its remove button
// read "Remove  (@alice)". An empty name is none here too: the author shows as one without a name,
// by its handle alone, as the popup heads it ("@alice"; it read "alice (@alice)", the handle twice).

import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { render, screen } from '../testing-library';
import { importOnePost, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

it.each([
  ['no name (null)', null, '@alice'],
  ['an empty name ("")', '', '@alice'],
  ['a name', 'Alice', 'Alice (@alice)'],
])('a starred author with %s is listed by a name, never a blank', async (_, name, label) => {
  await importOnePost({ name });
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, authors: ['x:alice'] });
  render(<WatchlistPanel />);
  const remove = await screen.findByRole('button', { name: `Remove ${label}` });
  expect(remove.closest('li')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`${label} Remove`);
});
