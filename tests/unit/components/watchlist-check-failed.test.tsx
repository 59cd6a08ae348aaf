// "Check my watchlist now" that failed (the window could not be opened, the database could not be
// read) answered "Watchlist check failed: TypeError: …": the browser's English words inside the
// user's sentence, which the options page showed inline, German too. The sentence is now the
// user's language alone, the raw error kept apart (withRawError) and folded under "Error details".
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { createWatchlistCheck } from '@/lib/background';
import { setMessageLookup, t } from '@/lib/i18n';
import { splitStorageError } from '@/lib/store';
import { getDb } from '@/lib/store/db';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { clock, protocolMock, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

const PAGES = fakeBrowser.runtime.getURL('/');
const OPTIONS = { id: fakeBrowser.runtime.id, url: `${PAGES}options.html` };
const MESSAGE = "Cannot read properties of undefined (reading 'create')";
const RAW = `TypeError: ${MESSAGE}`;

/** The background's check, whose window the browser cannot open (no windows API: a TypeError). */
const failingCheck = () =>
  createWatchlistCheck({
    db: getDb,
    now: () => clock.now,
    sleep: async () => {},
    warn: () => {},
    runtimeId: fakeBrowser.runtime.id,
    extensionUrl: PAGES,
    enabledHosts: async () => [],
    windows: {
      open: () => Promise.reject(new TypeError(MESSAGE)),
      loaded: async () => true,
      close: async () => {},
    },
  });

const route = protocolMock.sendMessage.getMockImplementation()!;
beforeEach(async () => {
  await resetAll();
  await record([reading({ postId: '1', text: 'Launch day', url: 'https://x.com/someone/status/1' })]);
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'] });
});
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  vi.restoreAllMocks();
  await useLang('en');
});

describe('a watchlist check that failed: the sentence in the user’s words, the raw error apart', () => {
  it.each(['en', 'de'] as const)('%s: the background’s answer', async (lang) => {
    await useLang(lang);
    const res = await failingCheck()(undefined, OPTIONS);
    expect(res.ok).toBe(false);
    const { text, raw } = splitStorageError((res as { error: string }).error);
    expect(text).toBe(t('background.watchlistFailed'));
    expect(text).not.toContain('TypeError');
    expect(raw).toBe(RAW);
  });

  it.each(['en', 'de'] as const)('%s: the options page folds it', async (lang) => {
    await useLang(lang);
    const check = failingCheck();
    protocolMock.sendMessage.mockImplementation((async (type: string, data: unknown, tabId?: number) =>
      type === 'checkWatchlist' ? check(undefined, OPTIONS) : route(type, data, tabId)) as typeof route);
    const { container } = render(<WatchlistPanel />);
    fireEvent.click(await screen.findByRole('button', { name: t('options.watchlist.checkNow') }));
    const fieldset = container.querySelector('fieldset.watchlist')!;
    await waitFor(() => expect(fieldset.querySelector('details')).not.toBeNull());
    const copy = fieldset.cloneNode(true) as Element;
    const details = [...copy.querySelectorAll('details')];
    expect(details.map((d) => d.querySelector('code')?.textContent)).toEqual([RAW]);
    expect(details.map((d) => d.querySelector('summary')?.textContent)).toEqual([
      t('dashboard.post.errorDetail'),
    ]);
    for (const d of details) d.remove();
    expect(copy.querySelector('[role="status"]')?.textContent).toBe(t('background.watchlistFailed'));
    expect(copy.textContent).not.toContain(MESSAGE);
    expect(copy.textContent).not.toContain('\u2063');
  });
});
