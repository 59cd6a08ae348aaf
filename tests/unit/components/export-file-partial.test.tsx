// @vitest-environment node

// What an export's file name and message say about what the file holds: a filtered export is named
// as such (it is not a backup), and the row formats say how many posts they could not hold.
import { exportFile } from '@/components/common/export-file';
import { exportFileName } from '@/lib/transfer';
import { backend, HOUR, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };
const date = new Date(2025, 0, 10, 9);

beforeEach(resetAll);

describe('exportFileName', () => {
  it.each([
    ['json', false, 'postlens-2025-01-10.json'],
    ['json', true, 'postlens-2025-01-10-filtered.json'],
    ['csv', true, 'postlens-2025-01-10-filtered.csv'],
    ['parquet', false, 'postlens-2025-01-10.parquet'],
  ] as const)('%s, filtered %s → %s', (kind, filtered, name) =>
    expect(exportFileName(kind, date, filtered)).toBe(name),
  );
});

describe('exportFile says what the file holds', () => {
  /** x:1 with two readings, and x:5 imported from a file that held no snapshot of it. */
  async function seed() {
    await record([reading({ postId: '1', likes: 1 })]);
    await record([reading({ postId: '1', likes: 4 })], null, Date.UTC(2025, 0, 10, 12) + HOUR);
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
            text: 'no readings',
            snapshots: [],
          },
        ],
      },
      PAGE,
    );
    expect(imported).toMatchObject({ ok: true });
    await backend().settled();
  }

  it('names a filtered export "-filtered", an export of everything not', async () => {
    await seed();
    const download = vi.fn();
    expect(await exportFile('json', new Set(['x:1']), date, download)).toBe(
      'Saved postlens-2025-01-10-filtered.json: 1 post.',
    );
    expect(await exportFile('json', null, date, download)).toBe('Saved postlens-2025-01-10.json: 2 posts.');
    expect(download.mock.calls.map((c) => c[1])).toEqual([
      'postlens-2025-01-10-filtered.json',
      'postlens-2025-01-10.json',
    ]);
  });

  it.each(['csv', 'ndjson', 'parquet'] as const)(
    '%s: says that the post without snapshots has no row, and JSON keeps it',
    async (kind) => {
      await seed();
      const download = vi.fn();
      expect(await exportFile(kind, null, date, download)).toBe(
        `Saved postlens-2025-01-10.${kind}: 2 posts. 1 of them has no readings, so no row in this format: JSON keeps it.`,
      );
      if (kind !== 'parquet') {
        // CSV and NDJSON come in pieces (exportFile never joins them).
        const text = (download.mock.calls[0]![0] as string[]).join('');
        expect(text).not.toContain('no readings');
        // x:1's two snapshots, and a header line in CSV.
        const lines = text.split('\n').filter((l) => l.trim() !== '');
        expect(lines.length).toBe(kind === 'csv' ? 3 : 2);
      }
    },
  );

  it('says nothing more when every post has a row', async () => {
    await seed();
    expect(await exportFile('csv', new Set(['x:1']), date, vi.fn())).toBe(
      'Saved postlens-2025-01-10-filtered.csv: 1 post.',
    );
  });
});
