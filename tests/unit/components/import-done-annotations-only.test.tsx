// The Import panel's done message says only what was added: a file of sets, tags and notes alone
// (no posts, no authors) began "added 0 posts, 0 snapshots, 0 authors and 0 follower readings"
// before naming the sets, tags and notes it added. A file that adds posts too names both.

import { ExportButtons } from '@/components/dashboard/export-buttons';
import { ImportPanel } from '@/components/dashboard/import-panel';
import { type Annotations, annotationsItem, getAnnotations } from '@/lib/annotations';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const EMPTY: Annotations = { sets: [], tags: {}, notes: {} };

/** Annotations of `sets` author sets, `tags` tags and `notes` notes. */
function annotations(sets: number, tags: number, notes: number): Annotations {
  return {
    sets: Array.from({ length: sets }, (_, i) => ({
      id: `set-${i}`,
      name: `Set ${i}`,
      authorKeys: ['x:alice'],
    })),
    tags: tags > 0 ? { 'x:1': Array.from({ length: tags }, (_, i) => `tag${i}`) } : {},
    notes: Object.fromEntries(Array.from({ length: notes }, (_, i) => [`x:${i + 1}`, `Note ${i}`])),
  };
}

/** A JSON export of what is stored now, with `a` as its annotations; then nothing is stored. */
async function exported(a: Annotations): Promise<string> {
  await annotationsItem.setValue(a);
  const download = vi.fn();
  render(<ExportButtons filteredKeys={null} download={download} now={() => new Date(2025, 0, 10, 9)} />);
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  document.body.innerHTML = '';
  await annotationsItem.setValue(EMPTY);
  return download.mock.calls[0]![0] as string;
}

async function imported(text: string, importLabel: string): Promise<string> {
  render(<ImportPanel onImported={() => {}} />);
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'export.json')], configurable: true });
  fireEvent.change(input);
  fireEvent.click(await screen.findByRole('button', { name: importLabel }));
  const done = await screen.findByText(/^(Imported|Importiert):/);
  return done.textContent ?? '';
}

describe('a file of sets, tags and notes alone: the done message names only them', () => {
  it.each([
    ['en', 2, 3, 1, 'Imported: added 2 author sets, 3 tags and 1 note.'],
    ['en', 1, 0, 2, 'Imported: added 1 author set and 2 notes.'],
    ['en', 0, 1, 0, 'Imported: added 1 tag.'],
    ['de', 2, 3, 1, 'Importiert: 2 Gruppen, 3 Tags und 1 Notiz hinzugefügt.'],
    ['de', 1, 1, 0, 'Importiert: 1 Gruppe und 1 Tag hinzugefügt.'],
  ] as const)('%s: %i sets, %i tags, %i notes', async (lang, sets, tags, notes, message) => {
    const file = annotations(sets, tags, notes);
    const text = await exported(file);
    expect(JSON.parse(text).posts).toEqual([]);
    if (lang === 'de') setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    expect(await imported(text, lang === 'de' ? 'Importieren' : 'Import')).toBe(message);
    expect(await getAnnotations()).toEqual(file);
  });
});

it('a file that adds posts and notes names both', async () => {
  await record([reading({ postId: '1', likes: 5, author: { handle: 'alice', name: 'Alice' } })]);
  const text = await exported(annotations(0, 0, 1));
  await resetAll();
  expect(await imported(text, 'Import')).toBe(
    'Imported: added 1 post, 1 snapshot, 1 author and 0 follower readings. ' +
      'Also added to your sets, tags and notes: 1 note.',
  );
});
