// The popup when the browser refuses: its first read (the tab query, the settings) showed
// "PostLens could not load: No window with id: 3." and a refused database read "Could not read the
// PostLens database: UnknownError: …", the browser's English words mid-sentence, in German too, and
// nothing of what to do. Now the alert is the user's sentence alone; the browser's words are folded
// under "Error details".

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { setMessageLookup, t } from '@/lib/i18n';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import * as queries from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
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

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await useLang('en');
});

/** The browser's words under "Error details". */
const folded = () => [...document.querySelectorAll('details code')].map((c) => c.textContent);

describe.each(['en', 'de'] as const)('in %s', (lang) => {
  it('a tab query the browser refuses: the popup says what failed, its error folded', async () => {
    await useLang(lang);
    vi.spyOn(browser.tabs, 'query').mockRejectedValue(new Error('No window with id: 3.'));
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toContain('No window');
    expect(alert.textContent).toBe(t('popup.loadFailed'));
    expect(folded()).toEqual(['Error: No window with id: 3.']);
  });

  it('a database read the browser refuses: the popup says what failed, its error folded', async () => {
    await useLang(lang);
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
      { id: 7, url: 'https://x.com/home' },
    ]) as never);
    vi.mocked(queries.loadRowsForKeys).mockRejectedValue(
      new DOMException('Internal error opening backing store', 'UnknownError'),
    );
    tab.answer = { keys: ['x:p1', 'x:p2'], profileKey: null, platform: 'x' };
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toContain('backing store');
    expect(alert.textContent).toBe(t('popup.databaseFailed'));
    expect(folded()).toEqual(['UnknownError: Internal error opening backing store']);
  });
});
