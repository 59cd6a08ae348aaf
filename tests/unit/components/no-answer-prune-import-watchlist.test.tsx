// When the background does not answer at all (its service worker killed, the extension reloaded),
// sendMessage rejects with the browser's English ("Could not establish connection. Receiving end
// does not exist."). The prune panel, the import panel and the watchlist check showed those words
// as their whole line, German too. Each now says in the user's language that PostLens did not
// answer and what to do, the browser's words folded under "Error details".

import { PrunePanel } from '@/components/options/prune-panel';
import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { setMessageLookup, t } from '@/lib/i18n';
import { getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, DAY, protocolMock, reading, record, resetAll } from './helpers';
import { exported, previewed, recordTwo } from './import-files';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

const BROWSER = 'Could not establish connection. Receiving end does not exist.';
const RAW = `Error: ${BROWSER}`;
const LEAD: Record<Lang, RegExp> = { en: /^PostLens did not answer/, de: /^PostLens hat nicht geantwortet/ };

const route = protocolMock.sendMessage.getMockImplementation()!;
/** `type` gets no answer (sendMessage rejects as the browser's does); every other message is answered. */
function unanswered(type: string) {
  protocolMock.sendMessage.mockImplementation((async (m: string, data: unknown, tabId?: number) => {
    if (m === type) throw new Error(BROWSER);
    return route(m, data, tabId);
  }) as typeof route);
}

beforeEach(resetAll);
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  await useLang('en');
});

/** What `el` shows unfolded, and what its "Error details" hold. */
function shown(el: Element): { visible: string; folded: string[] } {
  const copy = el.cloneNode(true) as Element;
  const details = [...copy.querySelectorAll('details')];
  const folded = details.map((d) => d.querySelector('code')?.textContent ?? '');
  for (const d of details) d.remove();
  return { visible: (copy.textContent ?? '').trim(), folded };
}

/** Post "old": snapshots 40 and 39 days old and one today; retention saved as 30 days. */
async function seedPrune() {
  for (const [age, likes] of [
    [40, 1],
    [39, 2],
    [0, 3],
  ] as const)
    await record([reading({ postId: 'old', likes })], null, clock.now - age * DAY);
  await backend().settled();
  await settingsItem.setValue({ ...(await getSettings()), retentionDays: 30 });
}

describe('the prune panel when PostLens does not answer', () => {
  it.each([
    ['en', 'previewPrune', 'options.prune.countNoAnswer'],
    ['de', 'previewPrune', 'options.prune.countNoAnswer'],
    ['en', 'pruneNow', 'options.prune.noAnswer'],
    ['de', 'pruneNow', 'options.prune.noAnswer'],
  ] as const)(
    '%s: %s unanswered: the user’s sentence, the browser’s words folded',
    async (lang, type, key) => {
      await seedPrune();
      await useLang(lang);
      unanswered(type);
      const { container } = render(<PrunePanel savedDays={30} disabled={false} download={vi.fn()} />);
      fireEvent.click(await screen.findByRole('button', { name: t('options.prune.now') }));
      if (type === 'pruneNow') {
        const group = await screen.findByRole('group', { name: t('options.prune.legend') });
        fireEvent.click(group.querySelector('button.danger')!);
      }
      const line = await waitFor(() => {
        const status = [...container.querySelectorAll('[role="status"]')].at(-1);
        // Neither counting nor deleting any more: the status says how it ended.
        if (
          !status ||
          status.textContent?.trim() === t('options.prune.counting') ||
          container.querySelector('progress')
        )
          throw new Error('not yet');
        return status;
      });
      expect(line.textContent?.trim()).toMatch(LEAD[lang]);
      expect(line.textContent?.trim()).toBe(t(key));
      const { visible, folded } = shown(container);
      expect(visible).not.toContain(BROWSER);
      expect(folded).toEqual([RAW]);
    },
  );
});

describe('the import panel when PostLens does not answer', () => {
  it.each(['en', 'de'] as const)(
    '%s: importData unanswered: the user’s sentence, the browser’s words folded',
    async (lang) => {
      await recordTwo();
      const text = await exported();
      await resetAll();
      await useLang(lang);
      const preview = await previewed(text, { panel: 'import' });
      unanswered('importData');
      fireEvent.click(
        [...preview.querySelectorAll('button')].find((b) => b.textContent === t('dashboard.import.confirm'))!,
      );
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(LEAD[lang]);
      expect(alert.textContent).toBe(t('dashboard.import.noAnswer'));
      const { visible, folded } = shown(alert.closest('section')!);
      expect(visible).not.toContain(BROWSER);
      expect(folded).toEqual([RAW]);
    },
  );
});

describe('the watchlist check when PostLens does not answer', () => {
  it.each(['en', 'de'] as const)(
    '%s: checkWatchlist unanswered: the user’s sentence, the browser’s words folded',
    async (lang) => {
      await record([reading({ postId: '1', text: 'Launch day', url: 'https://x.com/someone/status/1' })]);
      await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'] });
      await useLang(lang);
      unanswered('checkWatchlist');
      const { container } = render(<WatchlistPanel />);
      fireEvent.click(await screen.findByRole('button', { name: t('options.watchlist.checkNow') }));
      const fieldset = container.querySelector('fieldset.watchlist')!;
      const status = await waitFor(() => {
        const s = fieldset.querySelector('[role="status"]');
        if (!s || s.textContent === t('options.watchlist.opening')) throw new Error('not yet');
        return s;
      });
      expect(status.textContent).toMatch(LEAD[lang]);
      expect(status.textContent).toBe(t('options.watchlist.checkNoAnswer'));
      const { visible, folded } = shown(fieldset);
      expect(visible).not.toContain(BROWSER);
      expect(folded).toEqual([RAW]);
    },
  );
});
