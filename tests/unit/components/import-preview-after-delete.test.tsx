// The Import & data view: a file's preview ("Importing adds …") counted before "Delete all data" in
// the same view no longer says what Import then does. After a delete the preview is counted again.
import { DataPanel } from '@/components/dashboard/data-panel';
import { ExportButtons } from '@/components/dashboard/export-buttons';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { clock, dumpDb, HOUR, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

async function exportedText(): Promise<string> {
  await record(
    [reading({ postId: '1', likes: 10, author: { handle: 'alice', name: 'Alice' } })],
    null,
    clock.now,
  );
  await record(
    [reading({ postId: '1', likes: 25, author: { handle: 'alice', name: 'Alice' } })],
    null,
    clock.now + HOUR,
  );
  const download = vi.fn();
  render(<ExportButtons filteredKeys={null} download={download} now={() => new Date(2025, 0, 10, 9)} />);
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  document.body.innerHTML = '';
  return download.mock.calls[0]![0] as string;
}

function upload(content: string) {
  const file = new File([content], 'backup.json', { type: 'application/json' });
  const input = screen.getByLabelText('Choose a PostLens export') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

it('a preview shown before "Delete all data" is counted again: it says what Import then adds', async () => {
  const text = await exportedText();
  render(<DataPanel onChanged={() => {}} />);
  upload(text);
  // Everything in the file is stored already: nothing to import (tests/unit/review-import-all-stored.test.tsx).
  expect((await screen.findByText(/^Nothing to import/)).textContent).toBe(
    'Nothing to import: backup.json holds 1 post, 2 snapshots and 1 author, and none of it adds to what is stored already.',
  );

  fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
  fireEvent.click(screen.getByRole('button', { name: 'Yes, delete all data' }));
  expect(await screen.findByText('All PostLens data was deleted.')).toBeTruthy();
  expect((await dumpDb()).posts).toHaveLength(0);

  await waitFor(() =>
    expect(screen.getByText(/Importing adds/).textContent).toBe(
      'backup.json holds 1 post. Importing adds 1 post, 2 snapshots, 1 author and 0 follower readings.',
    ),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  expect((await screen.findByText(/^Imported:/)).textContent).toBe(
    'Imported: added 1 post, 2 snapshots, 1 author and 0 follower readings.',
  );
});
