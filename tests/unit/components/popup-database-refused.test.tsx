// When the database refuses, the popup said so and then, under it, "No posts read on this page
// yet. Scroll to the posts, then open PostLens again.": the page had read them; scrolling does
// nothing for a database that cannot be read.

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import * as queries from '@/lib/queries';
import { render, screen } from '../testing-library';
import { resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
}));
vi.mock('@/lib/queries', async (original) => ({
  ...(await original<typeof import('@/lib/queries')>()),
  loadRowsForKeys: vi.fn(),
}));

beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
});

it('says the database failed, and not that the page has read no posts', async () => {
  vi.mocked(queries.loadRowsForKeys).mockRejectedValue(
    new Error('UnknownError: Internal error opening backing store'),
  );
  tab.answer = { keys: ['x:p1', 'x:p2'], profileKey: null, platform: 'x' };
  render(<App />);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/could not be read from PostLens’s stored data/);
  expect(screen.queryByText(/No posts read on this page yet/)).toBeNull();
});
