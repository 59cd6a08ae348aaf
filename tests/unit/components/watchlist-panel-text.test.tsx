// Review 6, Options → Watchlist: a starred post's text from the page in the list and in the
// remove button's label.

import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { MIN_AGE_MS } from '@/lib/metrics';
import { AUTHOR_RECENT_MS, DEFAULT_WATCHLIST, MIN_INTERACTIONS, watchlistItem } from '@/lib/watchlist';
import { render, screen } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

it("keeps a post text's right-to-left override inside the text in the remove button's label", async () => {
  await record([reading({ postId: '1', text: '\u202eLaunch day' })]);
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'] });
  render(<WatchlistPanel />);
  // Isolated (lib/format isolated()), so the override does not turn "Remove" around.
  expect(
    await screen.findByRole('button', { name: 'Remove @someone: \u2068\u202eLaunch day\u2069' }),
  ).toBeTruthy();
});

it('does not cut an emoji in half at the 80th character of a starred post', async () => {
  await record([reading({ postId: '1', text: `${'a'.repeat(79)}🚀 and more` })]);
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'] });
  render(<WatchlistPanel />);
  expect(await screen.findByText(`@someone: ${'a'.repeat(79)}🚀`, { exact: false })).toBeTruthy();
});

// The thresholds' hints state the alert rules from the constants the rules use (lib/watchlist),
// so a changed constant cannot leave a hint saying the old number.
it("states the alerts' minimum gain and an author's post's ages from the rules' own constants", async () => {
  const { container } = render(<WatchlistPanel />);
  await screen.findByText('A starred post alerts when its velocity reaches its previous velocity', {
    exact: false,
  });
  const text = container.textContent ?? '';
  expect(text).toContain(`on a gain of at least ${MIN_INTERACTIONS} interactions`);
  expect(text).toContain(
    `while the post is ${MIN_AGE_MS / 60_000} minutes to ${AUTHOR_RECENT_MS / 3_600_000} hours old and shows at least ${MIN_INTERACTIONS} interactions`,
  );
});
