// An import storage refused for no known reason said "Nothing was imported: Storage failed. Data
// already stored is kept." and nothing of what to do. The import is one transaction, undone when
// it fails, so importing the file again is safe (what is stored is not added twice): the panel now
// says to, and to restart the browser if it fails again. The same for the comparison's read before
// the preview. Storage's sentences that say what to do (storage full, a newer database, a database
// another page holds open) are said as they are.
import { countFailed } from '@/components/dashboard/import-pipeline';
import { setMessageLookup, t } from '@/lib/i18n';
import { DbBlockedError, describeStorageError, splitStorageError } from '@/lib/store';
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

/** What to do, in each language: import again, then restart. */
const AGAIN: Record<Lang, RegExp> = {
  en: /Import the file again; if it fails again, restart the browser/,
  de: /Importiere die Datei erneut; schlägt es wieder fehl, starte den Browser neu/,
};

type Kind = 'failed' | 'aborted' | 'quota' | 'newer' | 'blocked';
const ERRORS: Record<Kind, () => Error> = {
  failed: () => new DOMException('Internal error.', 'UnknownError'),
  aborted: () => new DOMException('The transaction was aborted.', 'AbortError'),
  quota: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  newer: () =>
    new DOMException('The requested version (8) is less than the existing version (9).', 'VersionError'),
  blocked: () => new DbBlockedError(t('store.blocked', '7', '8')),
};
/** Whether storage's own sentence says nothing of what to do. */
const SAYS_NOTHING: Record<Kind, boolean> = {
  failed: true,
  aborted: true,
  quota: false,
  newer: false,
  blocked: false,
};
const CASES = (['failed', 'aborted', 'quota', 'newer', 'blocked'] as const).flatMap((k) =>
  (['en', 'de'] as const).map((lang): [Kind, Lang] => [k, lang]),
);

/** The panel's alert, in `lang`, after the background answered importData with storage's failure `make` gives. */
async function importFailing(make: () => Error, lang: Lang) {
  await recordTwo();
  const text = await exported();
  await resetAll();
  await useLang(lang);
  const preview = await previewed(text, { panel: 'import' });
  const answer = { ok: false as const, error: describeStorageError(make()) };
  protocolMock.sendMessage.mockImplementation((async (type: string, data: unknown, tabId?: number) =>
    type === 'importData' ? answer : route(type, data, tabId)) as typeof route);
  fireEvent.click(
    [...preview.querySelectorAll('button')].find((b) => b.textContent === t('dashboard.import.confirm'))!,
  );
  return (await screen.findByRole('alert')).textContent ?? '';
}

describe('an import storage refused: what to do', () => {
  it.each(CASES)(
    '(%s, %s) the write: says to import again only where storage says nothing',
    async (kind, lang) => {
      const said = await importFailing(ERRORS[kind], lang);
      const sentence = splitStorageError(describeStorageError(ERRORS[kind]())).text;
      if (SAYS_NOTHING[kind]) expect(said).toMatch(AGAIN[lang]);
      else expect(said).not.toMatch(AGAIN[lang]);
      expect(said).toContain(sentence);
      expect(said).not.toContain('\u2063');
    },
  );

  it.each(CASES)('(%s, %s) the comparison’s read: the same', async (kind, lang) => {
    await useLang(lang);
    const e = ERRORS[kind]();
    const { text, raw } = splitStorageError(countFailed(e));
    if (SAYS_NOTHING[kind]) expect(text).toMatch(AGAIN[lang]);
    else expect(text).not.toMatch(AGAIN[lang]);
    // An aborted read is said as a read: storage's sentence speaks of a write
    // (import-count-read-words.test.ts).
    expect(text).toContain(
      kind === 'aborted'
        ? t('dashboard.import.readAborted')
        : splitStorageError(describeStorageError(e)).text,
    );
    expect(raw).toBe(kind === 'blocked' ? null : `${e.name}: ${e.message}`);
  });
});
