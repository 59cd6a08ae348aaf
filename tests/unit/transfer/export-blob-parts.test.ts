// The CSV and NDJSON exports repeat a post's text on every snapshot's row, so a database that
// Export JSON saves as 30 MB made a CSV longer than the longest string V8 holds (about 2^29
// characters): joined into one string, the export failed with "Invalid string length" and saved no
// file. They are built and saved in pieces instead, one per chunk of posts, which the Blob holds as
// they are; the file's bytes are the ones the one-piece builders write.
import { blobParts, downloadText } from '@/components/common/download';
import { exportFile } from '@/components/common/export-file';
import { loadExportRecords } from '@/lib/queries';
import {
  buildCsv,
  buildCsvParts,
  buildExport,
  buildNdjson,
  buildNdjsonParts,
  type ExportV1,
} from '@/lib/transfer';
import { HOUR, reading, record, resetAll } from '../components/helpers';
import { EXPORTED_AT, HOSTILE, VARIED } from './fixtures';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

const date = new Date(2025, 0, 10, 9);

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

const bytesOf = async (blob: Blob) => Buffer.from(await blob.arrayBuffer());

describe.each([
  ['varied', VARIED],
  ['hostile', HOSTILE],
] as const)('the %s export, built in pieces', (_name, records) => {
  const data = buildExport(records, EXPORTED_AT);

  it.each([
    ['CSV', buildCsvParts, buildCsv],
    ['NDJSON', buildNdjsonParts, buildNdjson],
  ] as const)(
    '%s: a piece per chunk of posts, which one after another are the whole file',
    async (_k, parts, whole) => {
      const pieces = await parts(data, { chunkSize: 1 });
      // VARIED and HOSTILE hold more than one post, so more than one chunk: never one joined string.
      expect(pieces.length).toBeGreaterThan(2);
      expect(pieces.join('')).toBe(whole(data));
      expect(await bytesOf(new Blob(blobParts(pieces)))).toEqual(Buffer.from(whole(data), 'utf8'));
    },
  );
});

describe('exportFile hands the pieces to the download, not one string', () => {
  async function seed() {
    // Text repeated on every row, with characters of 2, 3 and 4 bytes in UTF-8.
    const text = 'Liftoff 🚀 café — ٱلسلام\r\n"quoted", =formula';
    await record([reading({ postId: '1', text, likes: 1 }), reading({ postId: '2', text, likes: 2 })]);
    await record([reading({ postId: '1', text, likes: 4 })], null, Date.UTC(2025, 0, 10, 12) + HOUR);
  }

  /** What `kind` saves, as the browser's Blob holds it, and the content handed to the download. */
  async function saved(kind: 'csv' | 'ndjson') {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const download = vi.fn(downloadText);
    await exportFile(kind, null, date, download);
    expect(blobs).toHaveLength(1);
    return { content: download.mock.calls[0]![0], blob: blobs[0]! };
  }

  const oneString = async (): Promise<ExportV1> => buildExport(await loadExportRecords(null), date);

  it('CSV: the BOM and the pieces, saved as the bytes of the one-piece CSV', async () => {
    await seed();
    const { content, blob } = await saved('csv');
    expect(Array.isArray(content)).toBe(true);
    expect((content as string[])[0]).toBe('\uFEFF');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await bytesOf(blob)).toEqual(Buffer.from(`\uFEFF${buildCsv(await oneString())}`, 'utf8'));
  });

  it('NDJSON: the pieces, saved as the bytes of the one-piece NDJSON', async () => {
    await seed();
    const { content, blob } = await saved('ndjson');
    expect(Array.isArray(content)).toBe(true);
    expect(blob.type).toBe('application/x-ndjson');
    expect(await bytesOf(blob)).toEqual(Buffer.from(buildNdjson(await oneString()), 'utf8'));
  });

  it('JSON stays one string (Import reads it whole, and its size is checked as saved)', async () => {
    await seed();
    const download = vi.fn();
    await exportFile('json', null, date, download);
    expect(typeof download.mock.calls[0]![0]).toBe('string');
  });
});
