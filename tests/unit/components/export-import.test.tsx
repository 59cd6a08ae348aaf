import Papa from 'papaparse';
import { DataPanel } from '@/components/dashboard/data-panel';
import { ExportButtons } from '@/components/dashboard/export-buttons';
import { readImport } from '@/lib/transfer/json-import';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, dumpDb, HOUR, reading, record, resetAll, sent } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };

beforeEach(resetAll);

async function seed() {
  const t0 = clock.now;
  await record(
    [
      reading({
        postId: '1',
        text: 'launch 🚀 مرحبا',
        likes: 10,
        comments: 2,
        views: 500,
        author: { handle: 'Alice', name: 'Alice', followers: 900 },
      }),
      reading({
        postId: '2',
        text: '=HYPERLINK("http://evil")',
        likes: 3,
        author: { handle: 'bob', name: '@bob' },
      }),
    ],
    { platform: 'x', handle: 'Alice', name: 'Alice', followers: 900 },
    t0,
  );
  await record(
    [
      reading({
        postId: '1',
        text: 'launch 🚀 مرحبا',
        likes: 25,
        comments: 4,
        views: 900,
        author: { handle: 'Alice', name: 'Alice', followers: 950 },
      }),
    ],
    null,
    t0 + HOUR,
  );
}

function exportWith(filteredKeys: string[] | null) {
  const download = vi.fn();
  render(
    <ExportButtons filteredKeys={filteredKeys} download={download} now={() => new Date(2025, 0, 10, 9)} />,
  );
  return download;
}

it('exports JSON that imports back into an emptied database with the same contents', async () => {
  await seed();
  const before = await dumpDb();
  const download = exportWith(null);
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  const [text, name, mime] = download.mock.calls[0]!;
  expect(name).toBe('postlens-2025-01-10.json');
  expect(mime).toBe('application/json');
  expect(screen.getByRole('status').textContent).toBe('Saved postlens-2025-01-10.json: 2 posts.');

  expect(await backend().deleteAll(undefined, PAGE)).toEqual({ ok: true });
  expect((await dumpDb()).posts).toEqual([]);
  const parsed = readImport(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const result = await backend().importData(parsed.data, PAGE);
  expect(result.ok).toBe(true);
  const after = await dumpDb();
  // followersAt is not part of the export format: the import dates followers by the newest
  // reading in the file, so it is compared apart.
  const noAt = (d: typeof before) => ({ ...d, authors: d.authors.map(({ followersAt: _f, ...a }) => a) });
  expect(noAt(after)).toEqual(noAt(before));
  // Importing the same file again adds nothing.
  expect(await backend().importData(parsed.data, PAGE)).toEqual({
    ok: true,
    added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 },
  });
});

it('exports only the filtered posts when asked', async () => {
  await seed();
  const download = exportWith(['x:2']);
  fireEvent.click(screen.getByLabelText(/Filtered \(1\)/));
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  const data = JSON.parse(download.mock.calls[0]![0]);
  expect(data.posts.map((p: { postId: string }) => p.postId)).toEqual(['2']);
  expect(data.authors.map((a: { handle: string }) => a.handle)).toEqual(['bob']);
});

it('exports CSV: a row per snapshot, formulas neutralised, UTF-8 with BOM', async () => {
  await seed();
  const download = exportWith(null);
  fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  const [pieces, name, mime] = download.mock.calls[0]!;
  const text = (pieces as string[]).join('');
  expect(name).toBe('postlens-2025-01-10.csv');
  expect(mime).toBe('text/csv;charset=utf-8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(3);
  const evil = rows.find((r) => r.postId === '2')!;
  expect(evil.text).toBe(`'=HYPERLINK("http://evil")`);
  expect(evil.authorName).toBe(`'@bob`);
  const latest = rows.filter((r) => r.postId === '1').at(-1)!;
  expect(latest.text).toBe('launch 🚀 مرحبا');
  expect([latest.likes, latest.comments, latest.views, latest.followers]).toEqual(['25', '4', '900', '950']);
  expect(Number(latest.erByViews)).toBeCloseTo(29 / 900);
});

it.each([
  ['Export NDJSON', 'postlens-2025-01-10.ndjson', 'application/x-ndjson'],
  ['Export Parquet', 'postlens-2025-01-10.parquet', 'application/vnd.apache.parquet'],
])('%s saves %s (%s): every snapshot, text kept exactly', async (button, fileName, type) => {
  await seed();
  const download = exportWith(null);
  fireEvent.click(screen.getByRole('button', { name: button }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  const [content, name, mime] = download.mock.calls[0]!;
  expect([name, mime]).toEqual([fileName, type]);
  if (Array.isArray(content)) {
    const rows = content
      .join('')
      .trimEnd()
      .split('\n')
      .map((l: string) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(rows.find((r: { postId: string }) => r.postId === '2').text).toBe('=HYPERLINK("http://evil")');
  } else {
    // Parquet: the magic number at both ends (its rows are read back in warehouse-duckdb.test.ts).
    const bytes = new Uint8Array(content);
    const magic = (at: number) => String.fromCharCode(...bytes.slice(at, at + 4));
    expect([magic(0), magic(bytes.length - 4)]).toEqual(['PAR1', 'PAR1']);
  }
});

function upload(content: string, name = 'export.json', size?: number) {
  const file = new File([content], name, { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  const input = screen.getByLabelText('Choose a PostLens export') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('import', () => {
  async function validText() {
    await seed();
    const download = exportWith(null);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    return download.mock.calls[0]![0] as string;
  }

  it.each([
    ['truncated JSON', (t: string) => t.slice(0, Math.floor(t.length / 2)), /truncated/],
    ['another format', () => JSON.stringify({ format: 'other-tool', posts: [] }), /not a PostLens export/],
    [
      'a newer version',
      (t: string) => t.replace('"version":2', '"version":3'),
      /version 3, made by a newer PostLens/,
    ],
    [
      'a bad field',
      (t: string) => t.replace('"likes":25', '"likes":"25"'),
      /posts\[0\]\.snapshots\[1\]\.likes/,
    ],
  ])('refuses %s with a message and leaves the data unchanged', async (_name, mangle, message) => {
    const text = await validText();
    document.body.innerHTML = '';
    const before = await dumpDb();
    render(<DataPanel onChanged={() => {}} />);
    upload(mangle(text));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(sent.some((m) => m.type === 'importData')).toBe(false);
    expect(await dumpDb()).toEqual(before);
  });

  it('refuses a file over 60 MB before reading it', async () => {
    render(<DataPanel onChanged={() => {}} />);
    upload('{}', 'huge.json', 61 * 1024 * 1024);
    expect((await screen.findByRole('alert')).textContent).toMatch(/too large \(61\.0 MB\)/);
  });

  it('shows what it will add, then imports on confirmation', async () => {
    const text = await validText();
    await backend().deletePost('x:2', PAGE);
    document.body.innerHTML = '';
    const onChanged = vi.fn();
    render(<DataPanel onChanged={onChanged} />);
    upload(text);
    const preview = await screen.findByText(/Importing adds/);
    expect(preview.textContent).toBe(
      'export.json holds 2 posts. Importing adds 1 post, 1 snapshot, 0 authors and 0 follower readings.',
    );
    expect((await dumpDb()).posts).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByText(/^Imported:/)).textContent).toBe(
      'Imported: added 1 post, 1 snapshot, 0 authors and 0 follower readings.',
    );
    expect(onChanged).toHaveBeenCalled();
    expect((await dumpDb()).posts).toHaveLength(2);
  });
});

it('deletes everything only after confirmation', async () => {
  await seed();
  render(<DataPanel onChanged={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
  expect((await dumpDb()).posts).toHaveLength(2);
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
  fireEvent.click(screen.getByRole('button', { name: 'Yes, delete all data' }));
  expect(await screen.findByText('All PostLens data was deleted.')).toBeTruthy();
  const after = await dumpDb();
  expect([after.posts, after.snapshots, after.authors, after.followerSnapshots]).toEqual([[], [], [], []]);
});
