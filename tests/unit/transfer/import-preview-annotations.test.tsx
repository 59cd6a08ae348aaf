// An import preview says what the file adds: its author sets, tags and notes too. A file holding
// only those (no posts) once read "Importing adds 0 posts, …", as if importing did nothing.
import { DataPanel } from '@/components/dashboard/data-panel';
import { ExportButtons } from '@/components/dashboard/export-buttons';
import { type Annotations, annotationsItem, getAnnotations } from '@/lib/annotations';
import { reading, record, resetAll } from '../components/helpers';
import { fireEvent, render, screen, waitFor } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

beforeEach(resetAll);

const FILE_NOTES: Annotations = {
  sets: [
    { id: 'set-1', name: 'Our brand', authorKeys: ['x:alice'] },
    { id: 'set-2', name: 'Rivals', authorKeys: ['x:bob'] },
  ],
  tags: { 'x:1': ['launch', 'promo'], 'x:2': ['launch', 'video', 'q1'] },
  notes: { 'x:1': 'Client liked it.', 'x:2': 'Boosted.', 'x:3': 'Check again.' },
};

/** A version 2 export of one post by alice, with FILE_NOTES as its annotations. */
async function exported(): Promise<Record<string, unknown>> {
  await record([reading({ postId: '1', likes: 5, author: { handle: 'alice', name: 'Alice' } })]);
  await annotationsItem.setValue(FILE_NOTES);
  const download = vi.fn();
  render(<ExportButtons filteredKeys={null} download={download} now={() => new Date(2025, 0, 10, 9)} />);
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  document.body.innerHTML = '';
  return JSON.parse(download.mock.calls[0]![0] as string);
}

function upload(content: string) {
  const input = screen.getByLabelText('Choose a PostLens export') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], 'notes.json')], configurable: true });
  fireEvent.change(input);
}

const previewText = async () => (await screen.findByText(/Importing adds/)).textContent;

it.each<{ name: string; stored: Annotations; adds: string }>([
  {
    name: 'nothing stored',
    stored: { sets: [], tags: {}, notes: {} },
    adds: '2 author sets, 5 tags and 3 notes',
  },
  {
    name: 'some of it stored already',
    stored: {
      sets: [{ id: 'set-1', name: 'Our brand', authorKeys: ['x:alice'] }],
      tags: { 'x:1': ['launch'] },
      notes: { 'x:2': 'Boosted.' },
    },
    adds: '1 author set, 4 tags and 2 notes',
  },
  {
    name: 'only the notes new',
    stored: { sets: FILE_NOTES.sets, tags: FILE_NOTES.tags, notes: {} },
    adds: '3 notes',
  },
])('a file of sets, tags and notes only ($name) is previewed as what it adds', async ({ stored, adds }) => {
  const file = { ...(await exported()), posts: [], authors: [] };
  await annotationsItem.setValue(stored);
  render(<DataPanel onChanged={() => {}} />);
  upload(JSON.stringify(file));
  expect(await previewText()).toBe(`notes.json holds 0 posts. Importing adds ${adds}.`);
  // The preview only counts: nothing is stored before Import.
  expect(await getAnnotations()).toEqual(stored);
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  // Done, it names only them too (tests/unit/review-options-import-annotations-only.test.tsx).
  expect((await screen.findByText(/^Imported:/)).textContent).toBe(`Imported: added ${adds}.`);
});

it('a file with posts and notes lists both', async () => {
  const file = await exported();
  await resetAll();
  await annotationsItem.setValue({ sets: [], tags: {}, notes: {} });
  render(<DataPanel onChanged={() => {}} />);
  upload(JSON.stringify(file));
  expect(await previewText()).toBe(
    'notes.json holds 1 post. Importing adds 1 post, 1 snapshot, 1 author, 0 follower readings, 2 author sets, 5 tags and 3 notes.',
  );
});

it('a file whose sets, tags and notes are all stored adds none of them: the preview says only the records', async () => {
  const file = await exported();
  // Its post not stored (the sets, tags and notes are): a file adding nothing at all offers no Import.
  await resetAll();
  render(<DataPanel onChanged={() => {}} />);
  upload(JSON.stringify(file));
  expect(await previewText()).toBe(
    'notes.json holds 1 post. Importing adds 1 post, 1 snapshot, 1 author and 0 follower readings.',
  );
});
