// Sets, tags and notes leave with Export JSON and come back with Import: merged into storage.local
// only after the database import committed, conflicts reported, a bad annotation refusing the file.

import { DataPanel } from '@/components/dashboard/data-panel';
import { ExportButtons } from '@/components/dashboard/export-buttons';
import { type Annotations, annotationsItem, getAnnotations } from '@/lib/annotations';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll, sent } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

const MINE: Annotations = {
  sets: [{ id: 'set-1', name: 'Our brand', authorKeys: ['x:alice'] }],
  tags: { 'x:1': ['launch'] },
  notes: { 'x:1': 'Client liked it.' },
};

async function exported(): Promise<string> {
  await record([reading({ postId: '1', likes: 5, author: { handle: 'alice', name: 'Alice' } })]);
  await annotationsItem.setValue(MINE);
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

it('exports the annotations and merges them back after the import, reporting what differs', async () => {
  const text = await exported();
  expect(JSON.parse(text).annotations).toEqual(MINE);
  const now: Annotations = { sets: [], tags: { 'x:1': ['promo'] }, notes: { 'x:1': 'Changed since.' } };
  await annotationsItem.setValue(now);
  render(<DataPanel onChanged={() => {}} />);
  upload(text);
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
  const done = await screen.findByText(/^Imported:/);
  expect(done.textContent).toContain(
    '1 annotation in the file differs from yours and was left as you had it: annotations.notes["x:1"].',
  );
  expect(await getAnnotations()).toEqual({
    sets: MINE.sets,
    tags: { 'x:1': ['promo', 'launch'] },
    notes: { 'x:1': 'Changed since.' },
  });
});

it('refuses a file with a bad annotation, sending nothing and changing nothing', async () => {
  const text = await exported();
  const bad = text.replace('"name":"Our brand"', `"name":"${'n'.repeat(101)}"`);
  await annotationsItem.setValue({ sets: [], tags: {}, notes: {} });
  render(<DataPanel onChanged={() => {}} />);
  upload(bad);
  expect((await screen.findByRole('alert')).textContent).toContain('annotations.sets[0].name');
  expect(sent.some((m) => m.type === 'importData')).toBe(false);
  expect(await getAnnotations()).toEqual({ sets: [], tags: {}, notes: {} });
});

it('names the readings of the file it left as you had them when the import is done', async () => {
  const text = await exported();
  const file = JSON.parse(text);
  const [first] = file.posts[0].snapshots;
  first.likes = 50; // another reading of the same moment
  // And a reading of a later moment, so the file adds something (else its preview offers no Import).
  file.posts[0].snapshots.push({
    ...first,
    likes: 60,
    capturedAt: new Date(Date.parse(first.capturedAt) + 3_600_000).toISOString(),
  });
  render(<DataPanel onChanged={() => {}} />);
  upload(JSON.stringify(file));
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
  const done = await screen.findByText(/^Imported:/);
  expect(done.textContent).toMatch(
    // The reading's time in the user's language and zone (the tests run in UTC), to the second.
    /1 entry in the file differs from what you already had for the same moment \(or id\) and was left as you had it: post x:1 read at [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d:\d\d [AP]M UTC\./,
  );
  expect(sent.filter((m) => m.type === 'importData')).toHaveLength(1);
});
