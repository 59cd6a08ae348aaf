// The popup of a page whose posts PostLens read while switched off (or off for the platform): the
// content script still marks them read, but stores nothing of them, so "not saved yet: open PostLens
// again in a moment" would promise what never comes. The popup says why instead.
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { render, screen, waitFor } from '../testing-library';
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

// One post stored while PostLens was on; two more read by the page since.
async function open(settings: Settings) {
  await record([reading({ postId: 'p1', likes: 3 })]);
  await settingsItem.setValue(settings);
  tab.answer = { keys: ['x:p1', 'x:p2', 'x:p3'], profileKey: null, platform: 'x' };
  render(<App />);
  await screen.findByText('1 post on this page');
}

describe('the popup, posts read that are not stored', () => {
  it.each<[string, Settings, string]>([
    ['switched off', { ...DEFAULT_SETTINGS, enabled: false }, 'PostLens is switched off.'],
    [
      'off for X',
      { ...DEFAULT_SETTINGS, platforms: { ...DEFAULT_SETTINGS.platforms, x: false } },
      'PostLens is off for this platform.',
    ],
  ])('%s: says why, and promises no "open again in a moment"', async (_, settings, why) => {
    await open(settings);
    await screen.findByText(why);
    expect(screen.queryByText(/not saved yet/)).toBeNull();
  });

  it('on: the posts not stored yet are still counted, to open again in a moment', async () => {
    await open({ ...DEFAULT_SETTINGS });
    await waitFor(() =>
      expect(
        screen.getByText(
          '2 more posts read on this page are not saved yet: open PostLens again in a moment.',
        ),
      ).toBeTruthy(),
    );
  });
});
