// The import preview.
// 1. A file whose posts are all stored already but which brings new sets, tags or notes previewed
//    "Importing adds 0 posts, 0 snapshots, 0 authors, 0 follower readings, 1 author set and 2 tags":
//    zero counts of records it adds none of. It now names only what it adds.
// 2. A file whose only difference from what is stored is a reading of a stored moment that differs
//    (the merge keeps the stored one, and the import says so afterwards) previewed "Nothing to
//    import … none of it adds to what is stored already" without a word of the differing entries.
//    previewImport now counts them (differing), as many as the import then names, and the preview
//    says so.
import { type Annotations, annotationsItem } from '@/lib/annotations';
import { setMessageLookup } from '@/lib/i18n';
import { loadExportRecords, previewImport } from '@/lib/queries/export-reads';
import type { ExportV1 } from '@/lib/transfer';
import { buildExport } from '@/lib/transfer/json-export';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, screen, waitFor } from '../testing-library';
import { backend, clock, dumpDb, reading, record, resetAll } from './helpers';
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

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };

describe('a file whose records are all stored, with sets, tags or notes that are not', () => {
  it.each<{ name: string; stored: Annotations; adds: string }>([
    { name: 'its note is stored', stored: { ...EMPTY, notes: MINE.notes }, adds: '1 author set and 2 tags' },
    { name: 'none of them is stored', stored: EMPTY, adds: '1 author set, 2 tags and 1 note' },
    { name: 'only its set is new', stored: { ...MINE, sets: [] }, adds: '1 author set' },
  ])('$name: the preview and the result name only what it adds', async ({ stored, adds }) => {
    await recordTwo(1000);
    const text = await exported(MINE);
    await annotationsItem.setValue(stored);
    const el = await previewed(text);
    expect(el.querySelector('p')?.textContent).toBe(`backup.json holds 2 posts. Importing adds ${adds}.`);
    expect(buttons(el)).toEqual(['Import', 'Cancel']);
    // The result, too, names what it added, not "added 0 posts, 0 snapshots…" before it.
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByText(/^Imported: /).textContent).toBe(`Imported: added ${adds}.`));
  });
});

/** The file of what is stored, with post 2's reading (and alice's follower reading) changed as `edit` says. */
type Edit = (file: ExportV1) => void;
const post2Likes: Edit = (f) => {
  f.posts.find((p) => p.postId === '2')!.snapshots[0]!.likes = 4;
};
const followers: Edit = (f) => {
  f.authors[0]!.followerSnapshots[0]!.followers = 999;
};

describe('previewImport counts the readings of stored moments that differ, as the import then keeps them', () => {
  it.each<{ name: string; edit: Edit; differing: number | undefined }>([
    { name: 'the file as stored', edit: () => {}, differing: undefined },
    { name: "a post's reading differs", edit: post2Likes, differing: 1 },
    { name: 'a follower reading differs', edit: followers, differing: 1 },
    {
      name: 'both differ',
      edit: (f) => {
        post2Likes(f);
        followers(f);
      },
      differing: 2,
    },
  ])('$name: differing $differing', async ({ edit, differing }) => {
    await recordTwo(1000);
    const file = buildExport(await loadExportRecords(null), new Date(clock.now));
    expect(file.authors[0]!.followerSnapshots.length).toBeGreaterThan(0);
    edit(file);
    const preview = await previewImport(file);
    expect(preview.differing).toBe(differing);
    expect({ ...preview, differing: undefined }).toEqual({
      posts: 0,
      snapshots: 0,
      authors: 0,
      followerSnapshots: 0,
      differing: undefined,
    });
    const res = await backend().importData(file, PAGE);
    if (!res.ok) throw new Error(res.error);
    // The import names as many entries left as the user had them (importKept's count), or none.
    const kept = res.kept?.match(/^(\d+) entr/)?.[1];
    expect(kept === undefined ? undefined : Number(kept)).toBe(differing);
  });
});

describe('a file whose only difference is a reading of a stored moment', () => {
  it.each([
    {
      lang: 'en',
      preview:
        'Nothing to import: backup.json holds 2 posts, 3 snapshots, 1 author and 2 follower readings, and none of it adds to what is stored already. ' +
        '1 entry of the file differs from yours for the same moment (or id) and would be left as you have it.',
      close: 'Close',
    },
    {
      lang: 'de',
      preview:
        'Nichts zu importieren: backup.json enthält 2 Beiträge, 3 Messungen, 1 Autor und 2 Follower-Messungen, und nichts davon ergänzt, was schon gespeichert ist. ' +
        '1 Eintrag der Datei weicht von deinem für denselben Zeitpunkt (oder dieselbe ID) ab und würde so belassen, wie du ihn hast.',
      close: 'Schließen',
    },
  ] as const)(
    '$lang: the preview says the entry differs and would be left as it is',
    async ({ lang, preview, close }) => {
      await recordTwo(1000);
      const file = JSON.parse(await exported());
      post2Likes(file);
      const before = await dumpDb();
      if (lang === 'de') setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
      const el = await previewed(JSON.stringify(file));
      expect(el.querySelector('p')?.textContent).toBe(preview);
      expect(buttons(el)).toEqual([close]);
      fireEvent.click(screen.getByRole('button', { name: close }));
      expect(await dumpDb()).toEqual(before);
    },
  );

  it('a file that also adds a snapshot: the preview says both, and offers Import', async () => {
    await recordTwo(1000);
    const file = JSON.parse(await exported());
    post2Likes(file);
    followers(file);
    // The file's second reading of post 1 is not stored: it is new.
    await resetAll();
    const alice = { handle: 'alice', name: 'Alice', followers: 1000 };
    await record([
      reading({ postId: '1', likes: 10, author: alice }),
      reading({ postId: '2', likes: 3, author: alice }),
    ]);
    const el = await previewed(JSON.stringify(file));
    expect(el.querySelector('p')?.textContent).toBe(
      'backup.json holds 2 posts. Importing adds 0 posts, 1 snapshot, 0 authors and 1 follower reading. ' +
        '2 entries of the file differ from yours for the same moments (or ids) and would be left as you have them.',
    );
    expect(buttons(el)).toEqual(['Import', 'Cancel']);
  });
});
