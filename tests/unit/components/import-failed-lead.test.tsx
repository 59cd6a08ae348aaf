// An import whose write storage refused said only "Storage failed. Data already stored is kept.":
// not that nothing of the file was imported (its one transaction was undone). The panel now leads
// with that in the user's words, storage's sentence after it, the raw error still folded. No
// answer at all leaves unknown whether it was imported: no such claim then.
import { setMessageLookup, t } from '@/lib/i18n';
import { describeStorageError } from '@/lib/store';
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

const MESSAGE = 'The database connection is closing.';
const RAW = `UnknownError: ${MESSAGE}`;

const route = protocolMock.sendMessage.getMockImplementation()!;
beforeEach(resetAll);
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  await useLang('en');
});

/** importData answered by the background (`answer`), or not at all (`thrown`). */
type Outcome = { answer: () => { ok: false; error: string } } | { thrown: Error };
const STORAGE_FAILED: Outcome = {
  answer: () => ({ ok: false, error: describeStorageError(new DOMException(MESSAGE, 'UnknownError')) }),
};
const NO_ANSWER: Outcome = { thrown: new Error('Could not establish connection.') };

const NOTHING: Record<Lang, RegExp> = { en: /^Nothing was imported/, de: /^Nichts wurde importiert/ };

async function importFailing(lang: Lang, outcome: Outcome) {
  await recordTwo();
  const text = await exported();
  await resetAll();
  await useLang(lang);
  const preview = await previewed(text, { panel: 'import' });
  protocolMock.sendMessage.mockImplementation((async (type: string, data: unknown, tabId?: number) => {
    if (type !== 'importData') return route(type, data, tabId);
    if ('thrown' in outcome) throw outcome.thrown;
    return outcome.answer();
  }) as typeof route);
  fireEvent.click(
    [...preview.querySelectorAll('button')].find((b) => b.textContent === t('dashboard.import.confirm'))!,
  );
  const alert = await screen.findByRole('alert');
  const folded = [...alert.closest('section')!.querySelectorAll('details code')].map((c) => c.textContent);
  return { said: alert.textContent ?? '', folded };
}

describe('an import storage refused: says nothing was imported, then why', () => {
  it.each(['en', 'de'] as const)('%s: the lead, storage’s sentence, the raw error folded', async (lang) => {
    const { said, folded } = await importFailing(lang, STORAGE_FAILED);
    expect(said).toMatch(NOTHING[lang]);
    expect(said).toContain(t('store.error.failed'));
    expect(said).not.toContain(MESSAGE);
    expect(said).not.toContain('\u2063');
    expect(folded).toEqual([RAW]);
  });

  it.each(['en', 'de'] as const)('%s: no answer claims nothing about what was imported', async (lang) => {
    const { said } = await importFailing(lang, NO_ANSWER);
    expect(said).not.toMatch(NOTHING[lang]);
  });
});
