// The import panel's words and the export's saved message (review rev50-c): every count the
// preview and the result give is worded for its number and names the campaigns the file adds;
// handles the file spells two ways are named in the result when imported through the dashboard;
// a JSON export too large for Import says so when it is saved.
import { exportFile } from '@/components/common/export-file';
import { DataPanel } from '@/components/dashboard/data-panel';
import { setMessageLookup } from '@/lib/i18n';
import { putCampaign } from '@/lib/store';
import { getDb } from '@/lib/store/db';
import type { ExportPost, ExportV1 } from '@/lib/transfer/format';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { NO_OUTCOMES } from '../fixtures/campaign';
import { type Author, exportOf, T1, T2 } from '../fixtures/export-file';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { clock, HOUR, protocolMock, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

// The export-size tests hand exportFile synthetic records; every other caller reads the database.
const synthetic = vi.hoisted(() => ({ records: null as unknown }));
vi.mock('@/lib/queries', async (original) => {
  const real = await original<typeof import('@/lib/queries')>();
  return {
    ...real,
    loadExportRecords: (...args: Parameters<typeof real.loadExportRecords>) =>
      synthetic.records ? Promise.resolve(synthetic.records) : real.loadExportRecords(...args),
    loadCampaigns: () => (synthetic.records ? Promise.resolve([]) : real.loadCampaigns()),
  };
});

const route = protocolMock.sendMessage.getMockImplementation()!;

beforeEach(resetAll);
afterEach(async () => {
  synthetic.records = null;
  protocolMock.sendMessage.mockImplementation(route);
  setMessageLookup(lookupFrom(await loadMessages('en')));
});

function upload(content: string, name = 'export.json') {
  const file = new File([content], name, { type: 'application/json' });
  const input = screen.getByLabelText(/PostLens export|PostLens-Export/) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** One post with one snapshot by an author with one follower reading: one of each. */
const oneOfEach = (): ExportV1 =>
  exportOf(
    [
      {
        platform: 'x',
        handle: 'jane',
        name: 'Jane',
        followerSnapshots: [{ capturedAt: T1, followers: 100 }],
      },
    ],
    [
      {
        platform: 'x',
        postId: '1',
        url: 'https://x.com/jane/status/1',
        author: { handle: 'jane', name: 'Jane', followers: null },
        publishedAt: null,
        text: 'hello',
        snapshots: [
          {
            capturedAt: T1,
            likes: 5,
            comments: null,
            reposts: null,
            saves: null,
            views: null,
            followers: null,
          },
        ],
      } as ExportPost,
    ],
  );

describe('the import preview and result word each count for its number', () => {
  it('one of each: "1 post, 1 snapshot, 1 author and 1 follower reading"', async () => {
    render(<DataPanel onChanged={() => {}} />);
    upload(JSON.stringify(oneOfEach()), 'one.json');
    const preview = await screen.findByText(/Importing adds/);
    expect(preview.textContent).toBe(
      'one.json holds 1 post. Importing adds 1 post, 1 snapshot, 1 author and 1 follower reading.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByText(/^Imported:/)).textContent).toBe(
      'Imported: added 1 post, 1 snapshot, 1 author and 1 follower reading.',
    );
  });

  it('in German too: "1 Beitrag, 1 Messung, 1 Autor und 1 Follower-Messung"', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    render(<DataPanel onChanged={() => {}} />);
    upload(JSON.stringify(oneOfEach()), 'one.json');
    const preview = await screen.findByText(/Der Import fügt/);
    expect(preview.textContent).toBe(
      'one.json enthält 1 Beitrag. Der Import fügt 1 Beitrag, 1 Messung, 1 Autor und 1 Follower-Messung hinzu.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    expect((await screen.findByText(/^Importiert:/)).textContent).toBe(
      'Importiert: 1 Beitrag, 1 Messung, 1 Autor und 1 Follower-Messung hinzugefügt.',
    );
  });

  it('Cancel after the write committed: "already imported" words each count for its number', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    protocolMock.sendMessage.mockImplementation(async (type: string, data: unknown, tab?: number) => {
      const answer = await route(type, data, tab);
      if (type === 'importData') await gate;
      return answer;
    });
    render(<DataPanel onChanged={() => {}} />);
    upload(JSON.stringify(oneOfEach()), 'one.json');
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await waitFor(async () => expect(await (await getDb()).count('posts')).toBe(1));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    release();
    expect((await screen.findByText(/^Already imported/)).textContent).toBe(
      'Already imported, too late to cancel: added 1 post, 1 snapshot, 1 author and 1 follower reading.',
    );
  });
});

describe('the import preview and result name the campaigns the file adds', () => {
  it('a file whose post you have, with two campaigns you do not', async () => {
    await record([reading({ postId: '1', likes: 5 })]);
    const db = await getDb();
    for (const [id, name] of [
      ['c1', 'Spring launch'],
      ['c2', 'Summer sale'],
    ]) {
      const input = { ...NO_OUTCOMES, name, postKeys: ['x:1'], start: '2025-01-01', end: '2025-01-31' };
      expect((await putCampaign(db, input as never, clock.now, () => id!)).ok).toBe(true);
    }
    const download = vi.fn();
    await exportFile('json', null, new Date(clock.now + HOUR), download);
    const text = download.mock.calls[0]![0] as string;
    await db.clear('campaigns');
    render(<DataPanel onChanged={() => {}} />);
    upload(text, 'backup.json');
    const preview = await screen.findByText(/Importing adds/);
    expect(preview.textContent).toBe(
      'backup.json holds 1 post. Importing adds 0 posts, 0 snapshots, 0 authors, 0 follower readings and 2 campaigns.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const done = await screen.findByText(/^Imported:/);
    expect((await db.getAll('campaigns')).map((c) => c.name).sort()).toEqual([
      'Spring launch',
      'Summer sale',
    ]);
    expect(done.textContent).toBe(
      'Imported: added 0 posts, 0 snapshots, 0 authors, 0 follower readings and 2 campaigns.',
    );
  });
});

describe('handles the file spells two ways, imported through the dashboard', () => {
  const jane = (over: Partial<Author>): Author => ({
    platform: 'x',
    handle: 'jane',
    name: 'Jane',
    followerSnapshots: [],
    ...over,
  });

  it('the result names them: "jane (Jane)"', async () => {
    const file = exportOf([
      jane({ handle: 'Jane', followerSnapshots: [{ capturedAt: T1, followers: 100 }] }),
      jane({ followerSnapshots: [{ capturedAt: T2, followers: 200 }] }),
    ]);
    render(<DataPanel onChanged={() => {}} />);
    upload(JSON.stringify(file), 'jane.json');
    await screen.findByText(/Importing adds/);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const done = await screen.findByText(/^Imported:/);
    expect(done.textContent).toContain('jane (Jane)');
    // Both readings kept, under the spelling read last.
    expect((await (await getDb()).getAll('followerSnapshots')).map((f) => f.followers).sort()).toEqual([
      100, 200,
    ]);
  });
});

describe('a JSON export too large for Import', () => {
  /** One post whose text is `chars` euro signs (3 bytes each in UTF-8, 1 character in JavaScript). */
  const withText = (chars: number) => ({
    posts: [
      {
        key: 'x:1790000000000000001',
        platform: 'x',
        postId: '1790000000000000001',
        url: 'https://x.com/brand/status/1790000000000000001',
        authorKey: 'x:brand',
        authorHandle: 'brand',
        authorName: 'Brand',
        publishedAt: '2025-01-01T10:00:00.000Z',
        text: '€'.repeat(chars),
        promoted: false,
        firstSeen: clock.now - HOUR,
        lastSeen: clock.now - HOUR,
      },
    ],
    snapshots: [],
    authors: [],
    followerSnapshots: [],
  });
  const LIMIT = 60 * 1024 * 1024;

  it('63 MB in UTF-8 (21 million characters): saved whole, and the message says Import cannot read it back', async () => {
    // Import reads bytes (File.size): 21,000,000 three-byte characters are 63,000,000 bytes, over
    // 60 MB (62,914,560 bytes) although the text is fewer characters than that.
    synthetic.records = withText(21_000_000);
    const download = vi.fn();
    const message = await exportFile('json', null, new Date(clock.now), download);
    const saved = download.mock.calls[0]![0] as string;
    expect(Buffer.byteLength(saved, 'utf8')).toBeGreaterThan(LIMIT);
    expect(saved.length).toBeLessThan(LIMIT);
    // Saved whole: the text is all there.
    expect(JSON.parse(saved).posts[0].text).toHaveLength(21_000_000);
    // 63,000,000 bytes and the JSON around the text: 60.08 MB, shown rounded up.
    expect(message).toBe(
      'Saved postlens-2025-01-10.json: 1 post. PostLens cannot import this file back: it is 60.1 MB, over the 60 MB Import reads.',
    );
  }, 60_000);

  it('57 MB in UTF-8: importable, so no such words', async () => {
    synthetic.records = withText(19_000_000);
    const download = vi.fn();
    const message = await exportFile('json', null, new Date(clock.now), download);
    expect(Buffer.byteLength(download.mock.calls[0]![0] as string, 'utf8')).toBeLessThan(LIMIT);
    expect(message).toBe('Saved postlens-2025-01-10.json: 1 post.');
  }, 60_000);
});
