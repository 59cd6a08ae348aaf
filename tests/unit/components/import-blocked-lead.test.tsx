// An import the background could not write because another PostLens page holds the database open
// at an older version (store.blocked) showed that sentence alone, without the "Nothing was
// imported:" lead every other failed write has: the user was not told whether the file went in.
// It did not (the database never opened), and the panel now says so first.
import { setMessageLookup, t } from '@/lib/i18n';
import { describeStorageError } from '@/lib/store';
import { DbBlockedError } from '@/lib/store/db';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, screen } from '../testing-library';
import { protocolMock, resetAll } from './helpers';
import { exported, previewed, recordTwo } from './import-files';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

const route = protocolMock.sendMessage.getMockImplementation()!;
beforeEach(resetAll);
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  await useLang('en');
});

describe('an import refused because another PostLens page holds the database open', () => {
  it.each([
    ['en', 7, 8],
    ['de', 7, 8],
    ['en', 12, 13],
  ] as const)(
    '%s: version %i held open, %i refused: led by "nothing was imported"',
    async (lang, held, wanted) => {
      await recordTwo();
      const text = await exported();
      await resetAll();
      await useLang(lang);
      const preview = await previewed(text, { panel: 'import' });
      // What the background's guard answers when its database open is blocked.
      const blocked = t('store.blocked', held, String(wanted));
      protocolMock.sendMessage.mockImplementation((async (type: string, data: unknown, tabId?: number) =>
        type === 'importData'
          ? { ok: false, error: describeStorageError(new DbBlockedError(blocked)) }
          : route(type, data, tabId)) as typeof route);
      fireEvent.click(
        [...preview.querySelectorAll('button')].find((b) => b.textContent === t('dashboard.import.confirm'))!,
      );
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe(t('dashboard.import.writeFailed', blocked));
    },
  );
});
