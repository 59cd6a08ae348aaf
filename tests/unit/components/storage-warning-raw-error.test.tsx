// The storage warning put the browser's own words, in English, inside the user's sentence: a German
// user read "Speichern fehlgeschlagen (UnknownError: The database connection is closing.). Bereits
// gespeicherte Daten bleiben erhalten." The sentence is now in the user's language alone, the
// browser's error folded under "Error details" as every failed action shows it (ActionFailed); a
// failure an older version stored (its words in one string) is still shown whole.

import { StorageWarning } from '@/components/common/storage-warning';
import { autoPruneFailedItem, storageStatusItem } from '@/lib/background/storage-status';
import { setMessageLookup, t } from '@/lib/i18n';
import { describeStorageError, type PostLensDb, splitStorageError } from '@/lib/store';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { POPUP, testHandlers } from '../fixtures/handlers';
import { render, waitFor } from '../testing-library';
import { clock, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const MESSAGE = 'The database connection is closing.';
const RAW = `UnknownError: ${MESSAGE}`;
const unknownError = () => new DOMException(MESSAGE, 'UnknownError');

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

/** What a notice shows unfolded, and the raw errors its "Error details" hold. */
function shown(el: Element): { visible: string; folded: string[]; summaries: string[] } {
  const copy = el.cloneNode(true) as Element;
  const details = [...copy.querySelectorAll('details')];
  const folded = details.map((d) => d.querySelector('code')?.textContent ?? '');
  const summaries = details.map((d) => d.querySelector('summary')?.textContent ?? '');
  for (const d of details) d.remove();
  return { visible: copy.textContent ?? '', folded, summaries };
}

async function notice(selector: string): Promise<Element> {
  render(<StorageWarning />);
  await waitFor(() => expect(document.querySelector(selector)).not.toBeNull());
  return document.querySelector(selector)!;
}

const SENTENCE: Record<Lang, RegExp> = { en: /Storage failed/, de: /Speichern fehlgeschlagen/ };

describe('a storage failure in the warning: the sentence in the user’s language, the raw error folded', () => {
  it.each(['en', 'de'] as const)('%s: a write tried again (the last error)', async (lang) => {
    await useLang(lang);
    await storageStatusItem.setValue({ lastError: describeStorageError(unknownError()), at: clock.now });
    const { visible, folded, summaries } = shown(await notice('.storage-warning'));
    expect(visible).toMatch(SENTENCE[lang]);
    expect(visible).not.toContain(MESSAGE);
    expect(visible).not.toContain('UnknownError');
    expect(folded).toEqual([RAW]);
    expect(summaries).toEqual([t('dashboard.post.errorDetail')]);
  });

  it.each(['en', 'de'] as const)(
    '%s: a text that holds the failure (watchlist alerts held back)',
    async (lang) => {
      await useLang(lang);
      const error = t('background.alertRecordsFailed', describeStorageError(unknownError()));
      await storageStatusItem.setValue({ lastError: error, at: clock.now });
      const { visible, folded } = shown(await notice('.storage-warning'));
      expect(visible).toMatch(SENTENCE[lang]);
      expect(visible).not.toContain(MESSAGE);
      expect(folded).toEqual([RAW]);
    },
  );

  it.each(['en', 'de'] as const)('%s: an action not done, through the background', async (lang) => {
    await useLang(lang);
    const { h } = testHandlers({ db: (): Promise<PostLensDb> => Promise.reject(unknownError()) });
    expect((await h.deleteAll(undefined, POPUP)).ok).toBe(false);
    const { visible, folded } = shown(await notice('.not-done'));
    expect(visible).toMatch(SENTENCE[lang]);
    expect(visible).not.toContain(MESSAGE);
    expect(folded).toEqual([RAW]);
  });

  it.each(['en', 'de'] as const)('%s: an automatic prune that failed', async (lang) => {
    await useLang(lang);
    await autoPruneFailedItem.setValue({ error: describeStorageError(unknownError()), at: clock.now });
    const { visible, folded } = shown(await notice('.auto-prune-failed'));
    expect(visible).toMatch(SENTENCE[lang]);
    expect(visible).not.toContain(MESSAGE);
    expect(folded).toEqual([RAW]);
  });

  it('a failure an older version stored, its raw error inside the sentence, is shown whole', async () => {
    await useLang('de');
    const old = `Speichern fehlgeschlagen (${RAW}). Bereits gespeicherte Daten bleiben erhalten.`;
    await storageStatusItem.setValue({ lastError: old, at: clock.now });
    const { visible, folded } = shown(await notice('.storage-warning'));
    expect(visible).toContain(old);
    expect(folded).toEqual([]);
  });
});

describe('describeStorageError keeps the raw error apart from the sentence', () => {
  it.each([
    ['QuotaExceededError', 'The quota has been exceeded.'],
    ['AbortError', 'The transaction was aborted, so the request cannot be fulfilled.'],
    ['InvalidStateError', 'The database connection is closing.'],
    ['VersionError', 'The requested version (7) is less than the existing version (9).'],
    ['UnknownError', 'Internal error opening backing store for indexedDB.open.'],
    ['NotFoundError', 'Failed to execute transaction: One of the specified object stores was not found.'],
  ])('%s: the message only in the raw part', async (name, message) => {
    for (const lang of ['en', 'de'] as const) {
      await useLang(lang);
      const { text, raw } = splitStorageError(describeStorageError(new DOMException(message, name)));
      expect(text).not.toContain(message);
      expect(text.length).toBeGreaterThan(0);
      expect(raw).toBe(`${name}: ${message}`);
    }
  });

  it('an error that is no Error object is its raw part whole', () => {
    expect(splitStorageError(describeStorageError('disk on fire')).raw).toBe('disk on fire');
  });

  it('our own words (a database held open by another version) have no raw part', () => {
    const error = Object.assign(new Error(t('store.blocked', '8', '9')), { name: 'DbBlockedError' });
    expect(splitStorageError(describeStorageError(error))).toEqual({ text: error.message, raw: null });
  });

  it.each([
    ['Storage is full: the browser refused to save more.'],
    ['Speichern fehlgeschlagen (UnknownError: x). Bereits gespeicherte Daten bleiben erhalten.'],
    [''],
  ])('a text without a raw part (%j) is its text whole', (text) => {
    expect(splitStorageError(text)).toEqual({ text, raw: null });
  });
});
