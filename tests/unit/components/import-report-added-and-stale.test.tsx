// Review of export/import: what the Import panel tells the user must match what the import wrote.
// 1. Sets, tags and notes an import adds were written without a word: "added 0 posts, …" while
//    the user's annotations grew.
// 2. A preview counted before another tab (or window) changed the data said one thing, the import
//    did another, and the result did not say that it differs from the preview, or why.
import { DataPanel } from '@/components/dashboard/data-panel';
import { ExportButtons } from '@/components/dashboard/export-buttons';
import { type Annotations, annotationsItem, getAnnotations } from '@/lib/annotations';
import { sendMessage } from '@/lib/messaging';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

const MINE: Annotations = {
  sets: [{ id: 'set-1', name: 'Our brand', authorKeys: ['x:alice'] }],
  tags: { 'x:1': ['launch', 'promo'] },
  notes: { 'x:1': 'Client liked it.' },
};

async function exported(annotations?: Annotations): Promise<string> {
  await record([reading({ postId: '1', likes: 5, author: { handle: 'alice', name: 'Alice' } })]);
  if (annotations) await annotationsItem.setValue(annotations);
  const download = vi.fn();
  render(<ExportButtons filteredKeys={null} download={download} now={() => new Date(2025, 0, 10, 9)} />);
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  document.body.innerHTML = '';
  return download.mock.calls[0]![0] as string;
}

function upload(content: string) {
  const input = screen.getByLabelText('Choose a PostLens export') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], 'export.json')], configurable: true });
  fireEvent.change(input);
}

it('says which sets, tags and notes an import added', async () => {
  const text = await exported(MINE);
  await annotationsItem.setValue({ sets: [], tags: {}, notes: {} });
  render(<DataPanel onChanged={() => {}} />);
  upload(text);
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
  const done = await screen.findByText(/^Imported:/);
  expect(await getAnnotations()).toEqual(MINE);
  // Its posts are stored already: what it added is named alone, not after "added 0 posts…".
  expect(done.textContent).toBe('Imported: added 1 author set, 2 tags and 1 note.');
});

it('says nothing more when the file adds no set, tag or note', async () => {
  const text = await exported(MINE);
  // Its post not stored (the sets, tags and notes are): a file adding nothing at all offers no Import.
  await resetAll();
  render(<DataPanel onChanged={() => {}} />);
  upload(text);
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
  const done = await screen.findByText(/^Imported:/);
  expect(done.textContent).toBe('Imported: added 1 post, 1 snapshot, 1 author and 0 follower readings.');
});

it('says so when the import added other counts than its preview, as the data changed meanwhile', async () => {
  const text = await exported();
  await sendMessage('deleteAll', undefined);
  render(<DataPanel onChanged={() => {}} />);
  upload(text);
  expect((await screen.findByText(/Importing adds/)).textContent).toBe(
    'export.json holds 1 post. Importing adds 1 post, 1 snapshot, 1 author and 0 follower readings.',
  );
  // Another tab imports the same file before this one is confirmed.
  const other = await sendMessage('importData', { importId: 'other-tab', file: JSON.parse(text) });
  expect(other.ok).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  const done = await screen.findByText(/^Imported:/);
  expect(done.textContent).toBe(
    'Imported: added 0 posts, 0 snapshots, 0 authors and 0 follower readings. ' +
      'The preview said 1 post, 1 snapshot, 1 author and 0 follower readings: your data changed ' +
      'after it was counted (in another tab or window), and this is what the import found and added then.',
  );
});
