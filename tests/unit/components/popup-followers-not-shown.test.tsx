// A profile whose page shows no follower count (Reddit's never do; an X header read without it)
// had its Followers given as a bare "—" in the author summary: unknown, not none, and said as
// the post's counts and the badge's card say it.
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { render, screen, within } from '../testing-library';
import { reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

it('says "not shown" for followers no profile page showed', async () => {
  const author = { handle: 'alice', name: 'Alice', followers: null };
  await record([reading({ postId: 'p1', author, likes: 4 })], {
    platform: 'x',
    handle: 'alice',
    name: 'Alice',
    followers: null,
  });
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/alice' },
  ]) as never);
  tab.answer = { keys: ['x:p1'], profileKey: 'x:alice', platform: 'x' };
  render(<App />);
  const summary = within(await screen.findByRole('region', { name: 'Author summary' }));
  expect(summary.getByText('Followers').nextElementSibling?.textContent).toBe('not shown');
});
