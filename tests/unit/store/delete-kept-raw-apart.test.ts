// @vitest-environment node

// A delete that committed, then storage.local refused to drop the deleted posts' tags and notes (or
// stars): the answer put storage's own English words inside the user's sentence ("Gelöscht, aber
// … konnten nicht entfernt werden: QUOTA_BYTES quota exceeded"), which the dashboard's delete line
// and the storage warning then showed inline. The sentence is now the user's language alone, the
// raw error enclosed apart as describeStorageError encloses it, so a page folds it.
import { annotationsItem } from '@/lib/annotations';
import { setMessageLookup, t } from '@/lib/i18n';
import { splitStorageError } from '@/lib/store';
import { watchlistItem } from '@/lib/watchlist';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { backend, reading, record, resetAll } from '../components/helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };
const RAW = 'QUOTA_BYTES quota exceeded';

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

beforeEach(resetAll);
afterEach(async () => {
  vi.restoreAllMocks();
  await useLang('en');
});

async function seed() {
  await record([reading({ postId: '1', likes: 1 })]);
  await annotationsItem.setValue({ sets: [], tags: { 'x:1': ['launch'] }, notes: { 'x:1': 'a note' } });
  await watchlistItem.setValue({
    posts: ['x:1'],
    authors: [],
    postFactor: 4,
    authorFactor: 5,
    alerts: false,
  });
}

const refuse = (item: { setValue: (...a: never[]) => Promise<void> }) =>
  vi.spyOn(item, 'setValue').mockRejectedValue(new Error(RAW));

describe('a delete that stands while its tags, notes or stars stay: the raw error apart', () => {
  it.each([
    ['en', 'notes', () => refuse(annotationsItem), ['background.deletedNotesKept']],
    ['de', 'notes', () => refuse(annotationsItem), ['background.deletedNotesKept']],
    ['en', 'stars', () => refuse(watchlistItem), ['background.deletedStarsKept']],
    ['de', 'stars', () => refuse(watchlistItem), ['background.deletedStarsKept']],
    [
      'de',
      'both',
      () => {
        refuse(annotationsItem);
        refuse(watchlistItem);
      },
      ['background.deletedNotesKept', 'background.deletedStarsKept'],
    ],
  ] as const)(
    '%s, %s refused: the sentence in the user’s words, the raw error folded',
    async (lang, _what, fail, keys) => {
      await seed();
      await useLang(lang);
      fail();
      const res = await backend().deleteAll(undefined, PAGE);
      expect(res.ok).toBe(true);
      const kept = (res as { kept?: string }).kept ?? '';
      const { text, raw } = splitStorageError(kept);
      expect(text).toBe(keys.map((k) => t(k)).join(' '));
      expect(text).not.toContain('QUOTA');
      // One raw part (splitStorageError takes one out): the same error twice is said once.
      expect(raw).toBe(RAW);
    },
  );
});
