// The import panel.
// 1. A file whose posts are all stored already (the export just made, imported again) was
//    previewed "Importing adds 0 posts, 0 snapshots, 0 authors and 0 follower readings." and
//    offered Import, as if it brought something. It now says that none of it adds to what is stored
//    already, with the file's numbers, and offers Close; a file that brings only new snapshots of
//    stored posts, or only sets, tags and notes, still says what it adds and offers Import.
// 2. The import's "your data changed after the preview" note compared only the database's counts
//    with the preview: sets, tags and notes changed in another tab between the preview and Import
//    made the result say other numbers than the preview without a word on why.
import { annotationsItem, getAnnotations } from '@/lib/annotations';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, screen } from '../testing-library';
import { dumpDb, reading, record, resetAll } from './helpers';
import {
  buttons,
  NO_ANNOTATIONS as EMPTY,
  exported,
  SOME_ANNOTATIONS as MINE,
  previewed,
  recordTwo,
} from './import-files';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

describe('a file whose every record is stored already', () => {
  it.each([
    {
      lang: 'en',
      preview:
        'Nothing to import: backup.json holds 2 posts, 3 snapshots and 1 author, and none of it adds to what is stored already.',
      close: 'Close',
    },
    {
      lang: 'de',
      preview:
        'Nichts zu importieren: backup.json enthält 2 Beiträge, 3 Messungen und 1 Autor, und nichts davon ergänzt, was schon gespeichert ist.',
      close: 'Schließen',
    },
  ] as const)(
    '$lang: the preview says so, with the numbers, and offers Close only',
    async ({ lang, preview, close }) => {
      await recordTwo();
      const text = await exported(MINE);
      const before = await dumpDb();
      if (lang === 'de') setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
      const el = await previewed(text);
      expect(el.querySelector('p')?.textContent).toBe(preview);
      expect(buttons(el)).toEqual([close]);
      fireEvent.click(screen.getByRole('button', { name: close }));
      expect(document.querySelector('.import-preview')).toBeNull();
      expect(await dumpDb()).toEqual(before);
      expect(await getAnnotations()).toEqual(MINE);
    },
  );

  it.each<{ name: string; before: () => Promise<void>; adds: string }>([
    {
      name: 'only a snapshot of a stored post is new',
      // The file's first hour alone is stored: its second reading of post 1 is new.
      before: async () => {
        await resetAll();
        const alice = { handle: 'alice', name: 'Alice' };
        await record([
          reading({ postId: '1', likes: 10, author: alice }),
          reading({ postId: '2', likes: 3, author: alice }),
        ]);
      },
      adds: '0 posts, 1 snapshot, 0 authors and 0 follower readings',
    },
    {
      name: 'only its sets, tags and notes are new',
      before: () => annotationsItem.setValue(EMPTY),
      // Only what it adds: no "0 posts, 0 snapshots…" first (tests/unit/review-import2-preview).
      adds: '1 author set, 2 tags and 1 note',
    },
  ])('$name: the preview still says what it adds, and offers Import', async ({ before, adds }) => {
    await recordTwo();
    const text = await exported(MINE);
    await before();
    const el = await previewed(text);
    expect(el.querySelector('p')?.textContent).toBe(`backup.json holds 2 posts. Importing adds ${adds}.`);
    expect(buttons(el)).toEqual(['Import', 'Cancel']);
  });
});

describe('sets, tags and notes changed in another tab between the preview and Import', () => {
  const CHANGED =
    ': your data changed after it was counted (in another tab or window), and this is what the import found and added then.';
  it.each<{ name: string; records: boolean; preview: string; done: string }>([
    {
      name: 'a file of posts',
      records: true,
      preview:
        'backup.json holds 2 posts. Importing adds 2 posts, 3 snapshots, 1 author, 0 follower readings, 1 author set, 2 tags and 1 note.',
      done:
        'Imported: added 2 posts, 3 snapshots, 1 author and 0 follower readings. ' +
        `The preview said 2 posts, 3 snapshots, 1 author, 0 follower readings, 1 author set, 2 tags and 1 note${CHANGED} ` +
        'Also added to your sets, tags and notes: 1 author set and 2 tags.',
    },
    {
      name: 'a file of sets, tags and notes alone',
      records: false,
      preview: 'backup.json holds 0 posts. Importing adds 1 author set, 2 tags and 1 note.',
      done: `Imported: added 1 author set and 2 tags. The preview said 1 author set, 2 tags and 1 note${CHANGED}`,
    },
  ])('$name: the result says the preview differs, and why', async ({ records, preview, done }) => {
    await recordTwo();
    const file = JSON.parse(await exported(MINE));
    if (!records) Object.assign(file, { posts: [], authors: [] });
    await resetAll();
    await annotationsItem.setValue(EMPTY);
    const el = await previewed(JSON.stringify(file));
    expect(el.querySelector('p')?.textContent).toBe(preview);
    // Another tab writes the file's note before this one's Import.
    await annotationsItem.setValue({ ...EMPTY, notes: MINE.notes });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByText(/^Imported:/)).textContent).toBe(done);
    expect(await getAnnotations()).toEqual(MINE);
  });
});
