// The tab had read two posts, but the background (asleep, or still writing) had not stored them:
// the popup said "No posts read on this page yet. Scroll to the posts", which is false and sends
// the user scrolling. And with some stored, the list did not say the page had read more.

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { render, screen } from '../testing-library';
import { reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
}));

beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
});

it('posts the tab read but the database does not hold yet are not "no posts read"', async () => {
  tab.answer = { keys: ['x:p1', 'x:p2'], profileKey: null, platform: 'x' };
  render(<App />);
  expect(await screen.findByText(/2 posts read on this page are not saved yet/)).toBeTruthy();
  expect(screen.queryByText(/No posts read on this page yet/)).toBeNull();
});

it('says how many more the page read than the list shows while the background writes', async () => {
  await record([reading({ postId: 'p1', likes: 3 })]);
  tab.answer = { keys: ['x:p1', 'x:p2', 'x:p3'], profileKey: null, platform: 'x' };
  render(<App />);
  expect(
    await screen.findByText(
      '2 more posts read on this page are not saved yet: open PostLens again in a moment.',
    ),
  ).toBeTruthy();
});
