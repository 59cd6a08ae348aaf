// Progress and Cancel on the pages' long work (issue 21.7): export, import and "Prune now" show
// where they are, and Cancel leaves the database exactly as it was (every store, ids and all) and
// saves no file; a Cancel that comes after the write committed says so.

import { type ExportStage, exportCancelled, exportFile } from '@/components/common/export-file';
import { DataPanel } from '@/components/dashboard/data-panel';
import { ExportButtons, stageText } from '@/components/dashboard/export-buttons';
import { OptionsForm } from '@/components/options/options-form';
import { retentionConsentItem } from '@/lib/background/prune-schedule';
import { getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { getDb } from '@/lib/store/db';
import { fullDump } from '../reliability/full-dump';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, DAY, HOUR, protocolMock, reading, record, resetAll, sent } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };
const route = protocolMock.sendMessage.getMockImplementation()!;

beforeEach(resetAll);
afterEach(() => protocolMock.sendMessage.mockImplementation(route));

/** The background runs `type` at once, but its answer reaches the page only on release(). */
function holdAnswer(type: string): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  protocolMock.sendMessage.mockImplementation(async (t: string, data: unknown, tab?: number) => {
    const answer = await route(t, data, tab);
    if (t === type) await gate;
    return answer;
  });
  return release;
}

/** Two posts: "1" read twice, "2" once: 3 snapshots. */
async function seed() {
  await record([reading({ postId: '1', likes: 1 }), reading({ postId: '2', likes: 2 })]);
  await record([reading({ postId: '1', likes: 5 })], null, clock.now + HOUR);
  await backend().settled();
}

describe('export', () => {
  const date = new Date(2025, 0, 10, 9);

  it('reports its stages in order, ending with the whole file built', async () => {
    await seed();
    for (const [kind, last] of [
      ['json', []],
      ['parquet', [{ stage: 'encoding' }]],
    ] as const) {
      const stages: ExportStage[] = [];
      const download = vi.fn();
      expect(await exportFile(kind, null, date, download, { onStage: (s) => stages.push(s) })).toBe(
        `Saved postlens-2025-01-10.${kind}: 2 posts.`,
      );
      expect(stages).toEqual([
        { stage: 'reading' },
        { stage: 'building', done: 0, total: 3 },
        { stage: 'building', done: 3, total: 3 },
        ...last,
      ]);
      expect(download).toHaveBeenCalledTimes(1);
    }
  });

  it('says where it is in words', () => {
    expect(stageText({ stage: 'reading' })).toBe('Reading the database…');
    expect(stageText({ stage: 'building', done: 40_000, total: 100_000 })).toBe(
      'Building: 40,000 of 100,000 snapshots',
    );
    expect(stageText({ stage: 'encoding' })).toBe('Writing the Parquet file…');
  });

  it.each(['reading', 'building'] as const)('cancelled while %s saves no file', async (when) => {
    await seed();
    const controller = new AbortController();
    const download = vi.fn();
    const onStage = (s: ExportStage) => {
      if (s.stage === when) controller.abort();
    };
    expect(await exportFile('csv', null, date, download, { signal: controller.signal, onStage })).toBe(
      exportCancelled(),
    );
    expect(download).not.toHaveBeenCalled();
  });

  it('shows its progress with a Cancel button; Cancel saves no file and says so', async () => {
    await seed();
    const download = vi.fn();
    render(<ExportButtons filteredKeys={null} download={download} now={() => date} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(screen.getByRole('status').textContent).toContain('Reading the database…');
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel export' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(exportCancelled()));
    expect(screen.queryByRole('button', { name: 'Cancel export' })).toBeNull();
    expect(download).not.toHaveBeenCalled();
    // The next export runs as usual.
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status').textContent).toBe('Saved postlens-2025-01-10.json: 2 posts.');
  });
});

describe('import', () => {
  async function exported() {
    await seed();
    const download = vi.fn();
    await exportFile('json', null, new Date(), download);
    return download.mock.calls[0]![0] as string;
  }
  function upload(content: string) {
    const input = screen.getByLabelText('Choose a PostLens export') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File([content], 'export.json')],
      configurable: true,
    });
    fireEvent.change(input);
  }

  it('cancelled while the file is read and checked sends nothing', async () => {
    const text = await exported();
    await backend().deletePost('x:2', PAGE);
    const before = await fullDump();
    render(<DataPanel onChanged={() => {}} />);
    upload(text);
    expect(screen.getByRole('status').textContent).toContain('Reading the file…');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(screen.getByRole('status').textContent).toBe('Import cancelled: nothing was imported.');
    // Whatever was still running finishes unheard: no preview, nothing sent, nothing written.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Import cancelled: nothing was imported.');
    expect(sent.map((m) => m.type)).not.toContain('importData');
    expect(await fullDump()).toBe(before);
  });

  it('cancelled while writing keeps nothing of the file', async () => {
    const text = await exported();
    await backend().deletePost('x:2', PAGE);
    const before = await fullDump();
    const onChanged = vi.fn();
    render(<DataPanel onChanged={onChanged} />);
    upload(text);
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    // Adds post 2 and its snapshot.
    expect(screen.getByRole('status').textContent).toContain('Writing 2 records in one transaction…');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(screen.getByRole('status').textContent).toContain('Cancelling…');
    expect(await screen.findByText('Import cancelled: nothing was imported.')).toBeTruthy();
    const { importId } = sent.find((m) => m.type === 'importData')!.data as { importId: string };
    expect(importId).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.filter((m) => m.type === 'cancelImport').map((m) => m.data)).toEqual([{ importId }]);
    expect(onChanged).not.toHaveBeenCalled();
    expect(await fullDump()).toBe(before);
  });

  it('cancelled after its transaction committed says it was already imported', async () => {
    const text = await exported();
    await backend().deletePost('x:2', PAGE);
    const release = holdAnswer('importData');
    render(<DataPanel onChanged={() => {}} />);
    upload(text);
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await waitFor(async () => expect(await (await getDb()).count('posts')).toBe(2));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    release();
    expect((await screen.findByText(/^Already imported/)).textContent).toBe(
      'Already imported, too late to cancel: added 1 post, 1 snapshot, 0 authors and 0 follower readings.',
    );
  });
});

describe('prune now', () => {
  /** Post "old": snapshots 40, 39 and 38 days old and one today: 2 prunable with 30 days. */
  async function seedOld() {
    const now = clock.now;
    for (const [age, likes] of [
      [40, 1],
      [39, 2],
      [38, 3],
      [0, 4],
    ] as const)
      await record([reading({ postId: 'old', likes })], null, now - age * DAY);
    await backend().settled();
    await settingsItem.setValue({ ...(await getSettings()), retentionDays: 30 });
  }
  const renderForm = () => render(<OptionsForm locale="en-GB" download={vi.fn()} />);

  it('shows what it deletes in one transaction; Cancel deletes nothing and gives no consent', async () => {
    await seedOld();
    const before = await fullDump();
    renderForm();
    fireEvent.click(await screen.findByRole('button', { name: 'Prune now' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete 2 snapshots of 1 post' }));
    expect(screen.getByRole('status').textContent).toContain(
      'Deleting 2 snapshots of 1 post in one transaction…',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel prune' }));
    expect(await screen.findByText('Prune cancelled: nothing was deleted.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel prune' })).toBeNull();
    expect(await fullDump()).toBe(before);
    expect(await retentionConsentItem.getValue()).toBeNull();
  });

  it('cancelled after its transaction committed says it had already finished', async () => {
    await seedOld();
    const release = holdAnswer('pruneNow');
    renderForm();
    fireEvent.click(await screen.findByRole('button', { name: 'Prune now' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete 2 snapshots of 1 post' }));
    await waitFor(async () => expect(await (await getDb()).count('snapshots')).toBe(2));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel prune' }));
    release();
    expect(
      await screen.findByText('Already finished, too late to cancel. Removed 2 snapshots of 1 post.'),
    ).toBeTruthy();
  });
});
