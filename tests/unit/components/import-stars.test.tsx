// Stars leave with Export JSON and come back with Import: after "Delete all data" (which removes
// every star) a backup brings back the starred posts and authors, added to those stored only once
// the database import committed; the preview and the result say how many; a full watchlist keeps
// every star it has and says how many of the file's found no room; a failure to save them says so.

import { DataPanel } from '@/components/dashboard/data-panel';
import { sendMessage } from '@/lib/messaging';
import { getWatchlist, MAX_STARS, storeStarToggle, watchlistItem } from '@/lib/watchlist';
import { fireEvent, render, screen } from '../testing-library';
import { reading, record, resetAll, sent } from './helpers';
import { exported, previewed } from './import-files';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(async () => {
  await resetAll();
  await watchlistItem.removeValue();
});

/** One post of alice, the post and alice starred, and a JSON export of it all. */
async function starredBackup(): Promise<string> {
  await record([reading({ postId: '1', likes: 5, author: { handle: 'alice', name: 'Alice' } })]);
  await storeStarToggle('posts', 'x:1');
  await storeStarToggle('authors', 'x:alice');
  return exported();
}

const stars = async () => {
  const w = await getWatchlist();
  return { posts: w.posts, authors: w.authors };
};

/** Import in the preview shown, and the result's words once done. */
async function confirmed(): Promise<string> {
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
  return (await screen.findByText(/^Imported:/)).textContent ?? '';
}

it('brings the stars back after Delete all data, saying how many it added', async () => {
  const text = await starredBackup();
  expect(JSON.parse(text).watchlist).toEqual({ posts: ['x:1'], authors: ['x:alice'] });
  const res = await sendMessage('deleteAll', undefined);
  expect(res.ok).toBe(true);
  expect(await stars()).toEqual({ posts: [], authors: [] });

  const preview = await previewed(text);
  await screen.findByText(/It also adds 2 stars to your watchlist\./);
  expect(preview.textContent).toContain('Importing adds 1 post');
  expect(await stars()).toEqual({ posts: [], authors: [] });

  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  const done = await screen.findByText(/^Imported:/);
  expect(done.textContent).toContain('2 stars added to your watchlist.');
  expect(await stars()).toEqual({ posts: ['x:1'], authors: ['x:alice'] });
  expect(sent.filter((m) => m.type === 'importData')).toHaveLength(1);
});

it('offers Import for a file whose only news is its stars, and adds only those not starred', async () => {
  const text = await starredBackup();
  await watchlistItem.setValue({ ...(await getWatchlist()), posts: [], authors: ['x:alice'] });
  const preview = await previewed(text);
  await screen.findByText(/It also adds 1 star to your watchlist\./);
  expect(preview.textContent).toContain('Importing adds 0 posts');
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  expect((await screen.findByText(/^Imported:/)).textContent).toContain('1 star added to your watchlist.');
  expect(await stars()).toEqual({ posts: ['x:1'], authors: ['x:alice'] });
});

it(`keeps every stored star when the union would pass ${MAX_STARS}, and says how many were not added`, async () => {
  const text = await starredBackup();
  const file = JSON.parse(text);
  file.watchlist.posts = ['x:1', 'x:2', 'x:3'];
  await sendMessage('deleteAll', undefined);
  const full = Array.from({ length: MAX_STARS - 1 }, (_, i) => `x:old${i}`);
  await watchlistItem.setValue({ ...(await getWatchlist()), posts: full, authors: [] });

  await previewed(JSON.stringify(file));
  await screen.findByText(
    /2 stars of the file would not be added: your watchlist holds at most 500 starred posts/,
  );
  const done = await confirmed();
  expect(done).toContain('2 stars added to your watchlist.');
  expect(done).toContain(
    '2 stars of the file were not added: your watchlist holds at most 500 starred posts and 500 starred authors, and had no room left.',
  );
  expect(await stars()).toEqual({ posts: [...full, 'x:1'], authors: ['x:alice'] });
});

it('says the stars were not saved when storage refuses them, the rest imported', async () => {
  const text = await starredBackup();
  await sendMessage('deleteAll', undefined);
  await previewed(text);
  await screen.findByText(/It also adds 2 stars/);
  const refuse = vi.spyOn(watchlistItem, 'setValue').mockRejectedValueOnce(new Error('QuotaExceededError'));
  const done = await confirmed();
  refuse.mockRestore();
  expect(done).toContain('Imported: added 1 post');
  expect(done).toContain(
    'The rest of the file was imported, but its stars were not saved: QuotaExceededError',
  );
  expect(done).not.toContain('stars added');
  expect(await stars()).toEqual({ posts: [], authors: [] });
});

it('refuses a file with a bad star, sending nothing and starring nothing', async () => {
  const file = JSON.parse(await starredBackup());
  await sendMessage('deleteAll', undefined);
  file.watchlist.authors = ['x:Alice'];
  render(<DataPanel onChanged={() => {}} />);
  const input = screen.getByLabelText('Choose a PostLens export') as HTMLInputElement;
  const chosen = new File([JSON.stringify(file)], 'backup.json');
  Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
  fireEvent.change(input);
  expect((await screen.findByRole('alert')).textContent).toContain('watchlist.authors[0]');
  expect(sent.some((m) => m.type === 'importData')).toBe(false);
  expect(await stars()).toEqual({ posts: [], authors: [] });
});
