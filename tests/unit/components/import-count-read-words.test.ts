// The import's comparison read (the database read before the preview, which writes nothing) that
// failed on a closed connection said "…could not be read…: The database connection closed during a
// write; nothing from it was saved. It reopens on the next write.", and on an aborted transaction
// "A database write was aborted, so nothing from it was saved": there was no write, and no write is
// coming to reopen it. It now says the read was cut short (the connection reopens on the next read)
// and to import the file again, the browser's error folded as before.
import { countFailed } from '@/components/dashboard/import-pipeline';
import { setMessageLookup, t } from '@/lib/i18n';
import { splitStorageError } from '@/lib/store';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';

type Lang = 'en' | 'de';
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

/** Import again, then restart: each language's words (dashboard.import.storageRetry). */
const AGAIN: Record<Lang, RegExp> = {
  en: /Import the file again; if it fails again, restart the browser/,
  de: /Importiere die Datei erneut; schlägt es wieder fehl, starte den Browser neu/,
};
/** "write" in each language's storage sentences. */
const WRITE: Record<Lang, RegExp> = { en: /\bwrite\b/i, de: /Schreib/i };

/** Each cut-short read: the browser's error, and the sentence it is now said with. */
const CUT_SHORT = {
  closed: {
    error: () => new DOMException('The database connection is closing.', 'InvalidStateError'),
    key: 'dashboard.import.readClosed',
  },
  aborted: {
    error: () => new DOMException('The transaction was aborted.', 'AbortError'),
    key: 'dashboard.import.readAborted',
  },
} as const;

describe('the import’s comparison read: a closed connection or an aborted read', () => {
  it.each<[keyof typeof CUT_SHORT, Lang]>([
    ['closed', 'en'],
    ['closed', 'de'],
    ['aborted', 'en'],
    ['aborted', 'de'],
  ])('(%s, %s) speaks of a read, not of a write, and says to import again', async (kind, lang) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    const e = CUT_SHORT[kind].error();
    const { text, raw } = splitStorageError(countFailed(e));
    expect(text).not.toMatch(WRITE[lang]);
    expect(text).toContain(t(CUT_SHORT[kind].key));
    expect(text).toMatch(AGAIN[lang]);
    expect(raw).toBe(`${e.name}: ${e.message}`);
  });
});
