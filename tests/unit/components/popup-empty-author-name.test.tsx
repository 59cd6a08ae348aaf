// An author's name imported as "" (the export format allows any text up to 300 characters, and
// import keeps a name as it is): the popup took "" for a name, so the post's author line was blank
// (the posts table shows @handle there), its star was "Star 's post" to a screen reader, and the
// profile summary's heading had no name and no handle in front of the platform. An empty name is
// none, as the posts table takes it.

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { render, screen, within } from '../testing-library';
import { importOnePost, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
}));

beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/alice' },
  ]) as never);
});
afterEach(() => vi.restoreAllMocks());

it.each([
  ['""', ''],
  ['a name', 'Alice'],
])('an author named %s: the post and the profile summary name the author', async (_, name) => {
  await importOnePost(
    { name },
    { followerSnapshots: [{ capturedAt: '2025-01-08T00:00:00.000Z', followers: 1000 }] },
  );
  tab.answer = { keys: ['x:5'], profileKey: 'x:alice', platform: 'x' };
  render(<App />);
  const post = within((await screen.findByText('hello')).closest('li')!);
  const shown = name || '@alice';
  expect(post.getByText(shown, { selector: 'bdi' })).toBeTruthy();
  expect(post.getByRole('button', { name: `Star post by ${shown}: “hello”` })).toBeTruthy();
  const heading = within(screen.getByRole('region', { name: 'Author summary' })).getByRole('heading');
  expect(heading.textContent?.replace(/\s+/g, ' ').trim()).toBe(name ? 'Alice @alice · X' : '@alice X');
});
