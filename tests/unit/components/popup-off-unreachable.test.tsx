// A platform tab whose content script does not answer (open since before PostLens was installed or
// updated) while PostLens is switched off, or off for that platform: the popup said "PostLens has
// not read this tab yet. Reload the page to start." A reload starts nothing while PostLens is off
// there (the page is read only once it is on again), and the switch for the platform was not even
// shown. The popup says why instead, and offers the platform's switch.

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { render, screen } from '../testing-library';
import { resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
}));

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

const off = (p: Partial<Settings['platforms']>): Settings => ({
  ...DEFAULT_SETTINGS,
  platforms: { ...DEFAULT_SETTINGS.platforms, ...p },
});

const RELOAD = 'PostLens has not read this tab yet. Reload the page to start.';
const SWITCHED_OFF = 'PostLens is switched off.';
const PLATFORM_OFF = 'PostLens is off for this platform.';

it.each<[string, string, SiteStatus, Settings, string, string | null]>([
  [
    'switched off, on X',
    'https://x.com/home',
    'builtin',
    { ...DEFAULT_SETTINGS, enabled: false },
    SWITCHED_OFF,
    'On for X',
  ],
  ['off for X', 'https://x.com/home', 'builtin', off({ x: false }), PLATFORM_OFF, 'On for X'],
  [
    'off for YouTube',
    'https://www.youtube.com/watch?v=abc',
    'builtin',
    off({ youtube: false }),
    PLATFORM_OFF,
    'On for YouTube',
  ],
  [
    'off for X, on Reddit',
    'https://www.reddit.com/r/x',
    'builtin',
    off({ x: false }),
    RELOAD,
    'On for Reddit',
  ],
  [
    'off for Mastodon, on a site enabled for it',
    'https://social.example/home',
    'enabled',
    off({ mastodon: false }),
    PLATFORM_OFF,
    'On for Mastodon',
  ],
  ['on, on X', 'https://x.com/home', 'builtin', DEFAULT_SETTINGS, RELOAD, 'On for X'],
  [
    'switched off, not a platform page',
    'https://example.com/',
    'unsupported',
    { ...DEFAULT_SETTINGS, enabled: false },
    'not one of them',
    null,
  ],
])(
  'no content script, %s: says what holds, with the platform switch',
  async (_, url, site, settings, says, platformSwitch) => {
    vi.mocked(siteStatus).mockResolvedValue(site);
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 7, url }]) as never);
    await settingsItem.setValue(settings);
    tab.answer = null;
    render(<App />);
    expect(
      (await screen.findByText(/PostLens (has not|is|reads)/, { selector: 'p.empty' })).textContent,
    ).toContain(says);
    const switches = screen.getAllByRole('checkbox').map((c) => c.parentElement?.textContent?.trim());
    expect(switches).toEqual(platformSwitch ? ['PostLens on', platformSwitch] : ['PostLens on']);
  },
);
