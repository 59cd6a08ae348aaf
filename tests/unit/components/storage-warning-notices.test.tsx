// The storage warning said only the last storage failure, and a later write that succeeded took it
// away: a failed import or delete, never tried again, was gone before the user opened the popup.
// It now keeps such a failure, with a Dismiss, and says when an automatic prune failed and that
// nothing was deleted, in the user's language.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StorageWarning } from '@/components/common/storage-warning';
import { autoPruneFailedItem, storageStatusItem } from '@/lib/background/storage-status';
import { setMessageLookup } from '@/lib/i18n';
import { STORAGE_PROBLEM_DISMISSED_KEY } from '@/lib/messages';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' };
const FULL = 'Storage is full: the browser refused to save more.';

describe('a failed action that is not tried again', () => {
  it('stays shown with a Dismiss, which hides it here and in the background', async () => {
    const at = clock.now - 3_600_000;
    await storageStatusItem.setValue({ lastError: null, at: null, notDone: { error: FULL, at } });
    render(<StorageWarning />);
    const notice = await screen.findByText(/A change you asked for was not made/);
    const p = notice.closest('p')!;
    expect(p.textContent).toContain(FULL);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/A change you asked for was not made/)).toBeNull());
    expect(
      (await fakeBrowser.storage.local.get(STORAGE_PROBLEM_DISMISSED_KEY))[STORAGE_PROBLEM_DISMISSED_KEY],
    ).toBe(at);
    expect((await backend().storageStatus(undefined, PAGE)).notDone).toBeUndefined();
  });
});

describe('an automatic prune that failed', () => {
  it.each([
    ['en', /Automatic pruning failed.*Storage is full.*Nothing was deleted/s],
    ['de', /Automatisches Bereinigen fehlgeschlagen.*Storage is full.*Nichts wurde gelöscht/s],
  ] as const)('is told in %s, with what failed and that nothing was deleted', async (lang, words) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    await autoPruneFailedItem.setValue({ error: FULL, at: clock.now });
    render(<StorageWarning />);
    await waitFor(() => expect(document.body.textContent).toMatch(words));
    // Not dismissed by the user: the next automatic prune that succeeds clears it.
    expect(screen.queryByRole('button')).toBeNull();
  });
});
