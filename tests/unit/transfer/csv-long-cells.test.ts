// @vitest-environment node

// A post's text is kept whole up to 65,536 characters, and the CSV export writes it whole. Microsoft
// Excel holds at most 32,767 characters in a cell ("Excel specifications and limits") and cuts a
// longer one when it opens a CSV, without a word. So the CSV stays exact, and the export's message
// says how many posts have such a cell, that Excel cuts it, and that JSON and NDJSON hold it whole.
// The length that counts is the cell's text once parsed: a quote the file doubles is one character.
import Papa from 'papaparse';
import { exportFile } from '@/components/common/export-file';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { backend, reading, record, resetAll } from '../components/helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };
const date = new Date(2025, 0, 10, 9);
const EXCEL = 32_767;

const NOTE_ONE =
  '1 of them has a cell of more than 32,767 characters, more than Microsoft Excel holds in a cell: ' +
  'the file keeps it whole, but Excel cuts such cells when it opens the file. JSON and NDJSON exports hold it whole.';
const noteMany = (n: number) =>
  `${n} of them have a cell of more than 32,767 characters, more than Microsoft Excel holds in a cell: ` +
  'the file keeps them whole, but Excel cuts such cells when it opens the file. JSON and NDJSON exports hold them whole.';

beforeEach(resetAll);
afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

/** Stores one reading of each text as post x:1, x:2, …; `twice` gives the first post a second reading. */
async function seed(texts: string[], twice = false) {
  await record(texts.map((text, i) => reading({ postId: String(i + 1), text, likes: 1 })));
  if (twice)
    await record([reading({ postId: '1', text: texts[0], likes: 2 })], null, Date.UTC(2025, 0, 10, 13));
}

/** The text column of the CSV file `download` was handed, parsed as a spreadsheet would. */
function textCells(download: ReturnType<typeof vi.fn>): string[] {
  // The CSV comes in pieces (exportFile never joins them: components/common/download.ts).
  const csv = ([download.mock.calls[0]![0]].flat() as string[]).join('').replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const col = header!.indexOf('text');
  return rows.map((r) => r[col]!);
}

describe('the CSV export says when Excel would cut a cell', () => {
  it('a post whose text is longer than Excel holds: the file keeps it whole, the message says so', async () => {
    const long = 'a'.repeat(40_000);
    await seed([long, 'short'], true);
    const download = vi.fn();
    expect(await exportFile('csv', null, date, download)).toBe(
      `Saved postlens-2025-01-10.csv: 2 posts. ${NOTE_ONE}`,
    );
    // Nothing cut or split: both rows of x:1 hold the whole text, and x:2 its own.
    expect(textCells(download).sort()).toEqual([long, long, 'short'].sort());
  });

  it('counts posts, not rows, and every post that has such a cell', async () => {
    await seed(['a'.repeat(EXCEL + 1), 'b'.repeat(65_536), 'short'], true);
    expect(await exportFile('csv', null, date, vi.fn())).toBe(
      // The 65,536-character post is over Google Sheets' 50,000 too (import-post-handles-and-notices.test.ts).
      `Saved postlens-2025-01-10.csv: 3 posts. ${noteMany(2)} 1 of them has a cell of more than 50,000 characters, more than Google Sheets holds in a cell, so Google Sheets does not open it whole either.`,
    );
  });

  it('a text of exactly 32,767 characters fits: no note', async () => {
    await seed(['a'.repeat(EXCEL)]);
    expect(await exportFile('csv', null, date, vi.fn())).toBe('Saved postlens-2025-01-10.csv: 1 post.');
  });

  it('counts the parsed text: quotes the file doubles count once', async () => {
    // 20,000 quotes are 40,002 characters in the file, 20,000 in the cell: Excel holds them.
    // 32,767 characters with quotes among them fit too; one more does not.
    const fits = `"${'a"'.repeat((EXCEL - 1) / 2)}`;
    expect(fits.length).toBe(EXCEL);
    await seed(['"'.repeat(20_000), fits]);
    const download = vi.fn();
    expect(await exportFile('csv', null, date, download)).toBe('Saved postlens-2025-01-10.csv: 2 posts.');
    expect(textCells(download).sort()).toEqual(['"'.repeat(20_000), fits].sort());

    await resetAll();
    await seed([`${fits}"`]);
    expect(await exportFile('csv', null, date, vi.fn())).toBe(
      `Saved postlens-2025-01-10.csv: 1 post. ${NOTE_ONE}`,
    );
  });

  it("counts the ' the file puts before a formula-like text: the cell holds it", async () => {
    // "-…" is written "'-…" (formula injection), one character more than the post's 32,767.
    const dash = `-${'a'.repeat(EXCEL - 1)}`;
    await seed([dash]);
    const download = vi.fn();
    expect(await exportFile('csv', null, date, download)).toBe(
      `Saved postlens-2025-01-10.csv: 1 post. ${NOTE_ONE}`,
    );
    expect(textCells(download)).toEqual([`'${dash}`]);
  });

  it('a long post with no row in the CSV (no readings) is not counted', async () => {
    await seed(['short']);
    const imported = await backend().importData(
      {
        format: 'postlens-export',
        version: 1,
        exportedAt: '2025-01-09T00:00:00.000Z',
        authors: [],
        posts: [
          {
            platform: 'x',
            postId: '5',
            url: 'https://x.com/a/status/5',
            author: { handle: 'a', name: null, followers: null },
            publishedAt: null,
            text: 'z'.repeat(40_000),
            snapshots: [],
          },
        ],
      },
      PAGE,
    );
    expect(imported).toMatchObject({ ok: true });
    await backend().settled();
    expect(await exportFile('csv', null, date, vi.fn())).toBe(
      'Saved postlens-2025-01-10.csv: 2 posts. 1 of them has no readings, so no row in this format: JSON keeps it.',
    );
  });

  it.each(['json', 'ndjson', 'parquet'] as const)('%s holds the text whole: no note', async (kind) => {
    await seed(['a'.repeat(40_000)], true);
    expect(await exportFile(kind, null, date, vi.fn())).toBe(`Saved postlens-2025-01-10.${kind}: 1 post.`);
  });

  it('in German, with the number grouped as German groups it', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    await seed(['a'.repeat(40_000), 'b'.repeat(40_000)], true);
    const said = (await exportFile('csv', null, date, vi.fn())).replace(/[\u00a0\u202f]/g, ' ');
    expect(said).toBe(
      'postlens-2025-01-10.csv gespeichert: 2 Beiträge. 2 davon haben eine Zelle mit mehr als 32.767 Zeichen, ' +
        'mehr, als Microsoft Excel in einer Zelle fasst: Die Datei enthält sie vollständig, doch Excel kürzt ' +
        'solche Zellen beim Öffnen der Datei. JSON- und NDJSON-Exporte enthalten sie vollständig.',
    );
  });
});
