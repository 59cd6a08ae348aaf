// The storage warning said "A change you asked for was not made (time): Storage is full…" for any
// action: the user could not tell whether their import, their "Delete all data" or their campaign
// edit was the one to do again. It now names the action in the user's language, the raw error
// after it; a name it does not know (an older or newer version's) keeps the generic sentence.

import { StorageWarning } from '@/components/common/storage-warning';
import { storageStatusItem } from '@/lib/background/storage-status';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, waitFor } from '../testing-library';
import { clock, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const FULL = 'Storage is full: the browser refused to save more.';

describe('the notice of an action not done names it', () => {
  it.each([
    ['en', 'deleteAll', 'Delete all data was not done'],
    ['en', 'importData', 'An import was not done'],
    ['en', 'campaign', "A campaign's change was not saved"],
    ['en', 'pruneNow', 'Prune now did not delete anything'],
    ['en', 'deletedKept', 'The tags, notes or stars of the deleted posts could not be removed'],
    ['en', 'somethingNewer', 'A change you asked for was not made'],
    ['de', 'deleteAll', '„Alle Daten löschen“ wurde nicht ausgeführt'],
    ['de', 'importData', 'Ein Import wurde nicht ausgeführt'],
    ['de', 'pruneNow', '„Jetzt bereinigen“ hat nichts gelöscht'],
    [
      'de',
      'deletedKept',
      'Die Tags, Notizen oder Merklisten-Einträge der gelöschten Beiträge konnten nicht entfernt werden',
    ],
    ['de', 'somethingNewer', 'Eine von dir veranlasste Änderung wurde nicht ausgeführt'],
  ] as const)('%s, %s: "%s", then the raw error', async (lang, action, sentence) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    // As storage.local may hold it: `action` from any version, so typed loosely here.
    await storageStatusItem.setValue({
      lastError: null,
      at: null,
      notDone: { error: FULL, at: clock.now, action } as never,
    });
    render(<StorageWarning />);
    await waitFor(() => expect(document.querySelector('.not-done')).not.toBeNull());
    const text = document.querySelector('.not-done')!.textContent!;
    expect(text.startsWith(sentence)).toBe(true);
    expect(text.indexOf(FULL)).toBeGreaterThan(text.indexOf(sentence) + sentence.length);
  });
});
