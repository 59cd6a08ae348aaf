// The popup's site button keeps the keyboard's focus when it is used. "Disable on this site" and
// "Enable on this site" were two buttons in turn: once the popup read the site again, the clicked
// one left the page and the focus fell to <body>, so a keyboard user had to Tab from the top again
// and a screen reader said nothing of the button now there.

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { disableSite, enableSite, type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { fireEvent, render, screen } from '../testing-library';
import { resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(),
  enableSite: vi.fn(),
  disableSite: vi.fn(),
}));

beforeEach(async () => {
  await resetAll();
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://social.example/home' },
  ]) as never);
  tab.answer = null;
  vi.mocked(enableSite).mockResolvedValue({
    ok: true,
    status: 'enabled',
    message: 'PostLens is on for social.example.',
  });
  vi.mocked(disableSite).mockResolvedValue({
    ok: true,
    status: 'available',
    message: 'PostLens is off for social.example.',
  });
});
afterEach(() => vi.restoreAllMocks());

it.each([
  {
    from: 'enabled' as SiteStatus,
    to: 'available' as SiteStatus,
    clicked: 'Disable on this site',
    now: 'Enable on this site',
    said: 'PostLens is off for social.example.',
  },
  {
    from: 'available' as SiteStatus,
    to: 'enabled' as SiteStatus,
    clicked: 'Enable on this site',
    now: 'Disable on this site',
    said: 'PostLens is on for social.example.',
  },
])('keeps the focus on the site button after $clicked', async ({ from, to, clicked, now, said }) => {
  vi.mocked(siteStatus).mockResolvedValue(from);
  render(<App />);
  const button = await screen.findByRole('button', { name: clicked });
  button.focus();
  vi.mocked(siteStatus).mockResolvedValue(to);
  fireEvent.click(button);
  await screen.findByText(said);
  const after = await screen.findByRole('button', { name: now });
  expect(document.activeElement).toBe(after);
});
