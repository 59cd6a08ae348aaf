// The popup when the browser refuses: its first read (the tab query, the settings) showed
// "PostLens could not load: No window with id: 3." and a refused database read "Could not read the
// PostLens database: UnknownError: …", the browser's English words mid-sentence, in German too, and
// nothing of what to do. Now the alert is the user's sentence alone; the browser's words are folded
// under "Error details".
// A full disk (QuotaExceededError), a database a newer PostLens wrote (VersionError: the extension
// was downgraded) or one another PostLens page holds open fails again on every opening and after a
// restart too, so "open PostLens again" was no advice for them: each needs its own step (free disk
// space, update PostLens, close the other PostLens tabs). The popup says storage's sentence for
// these, as the import does; any other failure keeps the popup's own advice (below, "in %s").

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { setMessageLookup, t } from '@/lib/i18n';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import * as queries from '@/lib/queries';
import { DbBlockedError } from '@/lib/store/db';
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

type Kind = 'quota' | 'newer' | 'blocked';
const ERRORS: Record<Kind, () => Error> = {
  quota: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  newer: () =>
    new DOMException('The requested version (8) is less than the existing version (9).', 'VersionError'),
  blocked: () => new DbBlockedError(t('store.blocked', '7', '8')),
};
/** Storage's sentence for each kind, as describeStorageError says it (store.blocked: our own words). */
const SENTENCE: Record<Kind, () => string> = {
  quota: () => t('store.error.quota'),
  newer: () => t('store.error.newer'),
  blocked: () => t('store.blocked', '7', '8'),
};
/** What the browser said, folded; the blocked database has no browser's words. */
const RAW: Record<Kind, string | null> = {
  quota: 'QuotaExceededError: The quota has been exceeded.',
  newer: 'VersionError: The requested version (8) is less than the existing version (9).',
  blocked: null,
};
/** The step each kind needs, in each language. */
const STEP: Record<Kind, Record<Lang, string>> = {
  quota: { en: 'Free disk space', de: 'Gib Speicherplatz frei' },
  newer: { en: 'update PostLens', de: 'aktualisiere PostLens' },
  blocked: { en: 'Close other PostLens tabs', de: 'PostLens-Tabs' },
};

describe('the popup: a database read storage refuses for a known reason', () => {
  beforeEach(() => {
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
      { id: 7, url: 'https://x.com/home' },
    ]) as never);
    tab.answer = { keys: ['x:p1'], profileKey: null, platform: 'x' };
  });

  it.each<[Kind, Lang]>([
    ['quota', 'en'],
    ['quota', 'de'],
    ['newer', 'en'],
    ['newer', 'de'],
    ['blocked', 'en'],
    ['blocked', 'de'],
  ])('(%s, %s) says what to do for it, the browser’s words folded', async (kind, lang) => {
    await useLang(lang);
    vi.mocked(queries.loadRowsForKeys).mockRejectedValue(ERRORS[kind]());
    render(<App />);
    const alert = await screen.findByRole('alert');
    const text = alert.textContent ?? '';
    expect(text).toContain(STEP[kind][lang]);
    // Not the advice for a passing failure: opening again or restarting does not help here.
    expect(text).not.toContain(t('popup.databaseFailed'));
    expect(text).toBe(t('popup.databaseFailedWhy', SENTENCE[kind]()));
    expect(folded()).toEqual(RAW[kind] === null ? [] : [RAW[kind]]);
  });
});
