// Watchlist alerts held back because storage refused their records: the message put the storage
// failure's text in parentheses, "…could not be saved (Storage failed. Data already stored is kept.)".
// With the browser's raw error folded under "Error details" the parentheses held two whole
// sentences of their own. The storage sentence now follows the lead as a sentence.
import { StorageWarning } from '@/components/common/storage-warning';
import { storageStatusItem } from '@/lib/background/storage-status';
import { setMessageLookup, t } from '@/lib/i18n';
import { describeStorageError, splitStorageError } from '@/lib/store';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, waitFor } from '../testing-library';
import { clock, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

beforeEach(resetAll);
afterEach(async () => useLang('en'));

const failures = {
  UnknownError: () => new DOMException('The database connection is closing.', 'UnknownError'),
  QuotaExceededError: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  AbortError: () => new DOMException('The transaction was aborted.', 'AbortError'),
};

describe('watchlist alerts held back: the storage sentence reads as a sentence of its own', () => {
  it.each([
    ['en', 'UnknownError'],
    ['de', 'UnknownError'],
    ['en', 'QuotaExceededError'],
    ['de', 'QuotaExceededError'],
    ['en', 'AbortError'],
    ['de', 'AbortError'],
  ] as const)('%s, %s: not in parentheses once its raw error is folded', async (lang, name) => {
    await useLang(lang);
    const failure = describeStorageError(failures[name]());
    const sentence = splitStorageError(failure).text;
    const { text, raw } = splitStorageError(t('background.alertRecordsFailed', failure));
    expect(raw).toBe(splitStorageError(failure).raw);
    expect(text).toContain(sentence);
    expect(text).not.toContain(`(${sentence}`);
    expect(text).not.toMatch(/\(\s*\)/);
    // The lead ends its own sentence before storage's begins.
    expect(text.slice(0, text.indexOf(sentence)).trimEnd()).toMatch(/\.$/);
  });

  it.each(['en', 'de'] as const)('%s: as the storage warning shows it', async (lang) => {
    await useLang(lang);
    const failure = describeStorageError(failures.UnknownError());
    await storageStatusItem.setValue({
      lastError: t('background.alertRecordsFailed', failure),
      at: clock.now,
    });
    render(<StorageWarning />);
    await waitFor(() => expect(document.querySelector('.storage-warning')).not.toBeNull());
    const copy = document.querySelector('.storage-warning')!.cloneNode(true) as Element;
    for (const d of copy.querySelectorAll('details')) d.remove();
    const visible = copy.textContent ?? '';
    expect(visible).toContain(splitStorageError(failure).text);
    expect(visible).not.toContain(`(${splitStorageError(failure).text})`);
    expect(visible).not.toContain('UnknownError');
  });
});
