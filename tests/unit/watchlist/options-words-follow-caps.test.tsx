// The options' words about the watchlist's caps come from the constants the background applies
// (lib/watchlist): the most posts one check opens ("… or past 30") and the spacing of a post's
// alerts ("at most one per post an hour") were written into the locale files apart from them, and
// would have stayed when a constant changed. Here the constants are mocked to other values, as a
// later change to them would be, and the words follow, grouped as the user's language writes numbers.

import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { setMessageLookup } from '@/lib/i18n';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { protocolMock, reading, record, resetAll } from '../components/helpers';
import { fireEvent, render, screen } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
const caps = vi.hoisted(() => ({ MAX_CHECK_TABS: 1234, ALERT_EVERY_MS: 2 * 3_600_000 }));
vi.mock('@/lib/watchlist', async (importOriginal) => ({ ...(await importOriginal<object>()), ...caps }));

beforeEach(async () => {
  await resetAll();
  await record([reading({ postId: '1', text: 'Launch day' })]);
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'] });
});
afterEach(async () => {
  vi.restoreAllMocks();
  // As tests/unit/setup.ts installs it: English, numbers in the page's locale.
  setMessageLookup(lookupFrom(await loadMessages('en')));
});

const german = async () => setMessageLookup(lookupFrom(await loadMessages('de')), 'de');

/** Renders the panel and runs a check whose answer skipped one post; answers the words shown. */
async function checkSkippingOne(button: string): Promise<string> {
  protocolMock.sendMessage.mockImplementationOnce(async () => ({
    ok: true,
    opened: 1,
    failed: 0,
    skipped: 1,
    closed: true,
  }));
  render(<WatchlistPanel />);
  fireEvent.click(await screen.findByRole('button', { name: button }));
  return (await screen.findByRole('status')).textContent ?? '';
}

describe('the watchlist panel says the caps the background applies', () => {
  it('the most posts one check opens (English)', async () => {
    expect(await checkSkippingOne('Check my watchlist now')).toBe(
      "Checked 1 post. 1 skipped (not stored, not a platform's own page, switched off in the settings, or past 1,234).",
    );
  });

  it('the most posts one check opens (German)', async () => {
    await german();
    expect(await checkSkippingOne('Meine Merkliste jetzt prüfen')).toContain(
      'oder jenseits der ersten 1.234).',
    );
  });

  it.each([
    ['English', 'Alert me (a browser notification, at most one per post every 2 hours)'],
    [
      'German',
      'Benachrichtige mich (eine Browser-Benachrichtigung, höchstens eine pro Beitrag alle 2 Stunden)',
    ],
  ])('the spacing of a post’s alerts (%s)', async (lang, label) => {
    if (lang === 'German') await german();
    render(<WatchlistPanel />);
    expect(await screen.findByRole('checkbox', { name: label })).toBeTruthy();
  });
});
