// The import preview counted as differing only the file's readings (a post's snapshot, an
// author's follower reading) of a stored moment. The import also names a stored post's text,
// link, posting time, author and author name, and an author's name, that the file gives otherwise:
// a file whose post text and author name differed and whose readings agreed previewed 0 differing,
// then the import said 2 entries were left as the user had them. The preview now counts what the
// import names, by the import's own rule.
import { setMessageLookup } from '@/lib/i18n';
import { loadExportRecords, previewImport } from '@/lib/queries/export-reads';
import type { ExportV1 } from '@/lib/transfer';
import { buildExport } from '@/lib/transfer/json-export';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { backend, clock, HOUR, reading, record, resetAll } from './helpers';
import { buttons, previewed } from './import-files';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };

/** Two posts by alice (1,000 followers), post 1 read twice an hour apart. */
async function storeTwo(): Promise<void> {
  const alice = { handle: 'alice', name: 'Alice', followers: 1000 };
  await record([
    reading({ postId: '1', likes: 10, author: alice }),
    reading({ postId: '2', likes: 3, author: alice }),
  ]);
  await record([reading({ postId: '1', likes: 25, author: alice })], null, clock.now + HOUR);
}

type Edit = (file: ExportV1) => void;
const post = (f: ExportV1, id: string) => f.posts.find((p) => p.postId === id)!;
/** Post 2's text and the listed author's name given otherwise; every reading as stored. */
const textAndName: Edit = (f) => {
  post(f, '2').text = 'post 2, edited';
  f.authors[0]!.name = 'Alice B.';
};

describe('previewImport counts every difference the import then names', () => {
  it.each<{ name: string; edit: Edit; differing: number | undefined }>([
    { name: 'the file as stored', edit: () => {}, differing: undefined },
    { name: "post 2's text and the listed author's name", edit: textAndName, differing: 2 },
    {
      name: "post 1's link and posting time",
      edit: (f) => {
        post(f, '1').url = 'https://x.com/alice/status/1?edited';
        post(f, '1').publishedAt = '2025-01-02T10:00:00.000Z';
      },
      differing: 2,
    },
    {
      name: "post 2's author name, and a reading of post 1",
      edit: (f) => {
        post(f, '2').author.name = 'A. Lice';
        post(f, '1').snapshots[0]!.likes = 11;
      },
      differing: 2,
    },
  ])('$name: differing $differing, as many as the import names', async ({ edit, differing }) => {
    await storeTwo();
    const file = buildExport(await loadExportRecords(null), new Date(clock.now + 2 * HOUR));
    edit(file);
    const preview = await previewImport(file);
    expect(preview.differing).toBe(differing);
    // The file adds nothing: only the differences are counted.
    expect({ ...preview, differing: undefined }).toEqual({
      posts: 0,
      snapshots: 0,
      authors: 0,
      followerSnapshots: 0,
      differing: undefined,
    });
    const res = await backend().importData(file, PAGE);
    if (!res.ok) throw new Error(res.error);
    const kept = res.kept?.match(/^(\d+) entr/)?.[1];
    expect(kept === undefined ? undefined : Number(kept)).toBe(differing);
  });
});

describe('a file whose post text and author name differ, its readings as stored', () => {
  it.each([
    {
      lang: 'en',
      said:
        'Nothing to import: backup.json holds 2 posts, 3 snapshots, 1 author and 2 follower readings, and none of it adds to what is stored already. ' +
        '2 entries of the file differ from yours for the same moments (or ids) and would be left as you have them.',
      close: 'Close',
    },
    {
      lang: 'de',
      said:
        'Nichts zu importieren: backup.json enthält 2 Beiträge, 3 Messungen, 1 Autor und 2 Follower-Messungen, und nichts davon ergänzt, was schon gespeichert ist. ' +
        '2 Einträge der Datei weichen von deinen für dieselben Zeitpunkte (oder IDs) ab und würden so belassen, wie du sie hast.',
      close: 'Schließen',
    },
  ] as const)(
    '$lang: the preview names the 2 entries the import leaves as they are',
    async ({ lang, said, close }) => {
      await storeTwo();
      const file = buildExport(await loadExportRecords(null), new Date(clock.now + 2 * HOUR));
      textAndName(file);
      if (lang === 'de') setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
      const el = await previewed(JSON.stringify(file));
      expect(el.querySelector('p')?.textContent).toBe(said);
      expect(buttons(el)).toEqual([close]);
    },
  );
});
