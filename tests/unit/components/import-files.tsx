// What the import panel's tests share: a JSON export made through the Export button, a file chosen
// in the panel and its preview, and the two posts they export. Tests of one panel, one set-up.
import { DataPanel } from '@/components/dashboard/data-panel';
import { ExportButtons } from '@/components/dashboard/export-buttons';
import { ImportPanel } from '@/components/dashboard/import-panel';
import { type Annotations, annotationsItem } from '@/lib/annotations';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { clock, HOUR, reading, record } from './helpers';

export const NO_ANNOTATIONS: Annotations = { sets: [], tags: {}, notes: {} };

/** One author set, two tags and one note, all of post x:1 or its author. */
export const SOME_ANNOTATIONS: Annotations = {
  sets: [{ id: 'set-1', name: 'Our brand', authorKeys: ['x:alice'] }],
  tags: { 'x:1': ['launch', 'promo'] },
  notes: { 'x:1': 'Client liked it.' },
};

/** Two posts by alice, read an hour apart (post 1 twice): 2 posts, 3 snapshots, 1 author. */
export async function recordTwo(followers?: number) {
  const alice = { handle: 'alice', name: 'Alice', ...(followers !== undefined && { followers }) };
  await record([
    reading({ postId: '1', likes: 10, author: alice }),
    reading({ postId: '2', likes: 3, author: alice }),
  ]);
  await record([reading({ postId: '1', likes: 25, author: alice })], null, clock.now + HOUR);
}

/**
 * A JSON export of what is stored now, with `a` as its annotations; `then`: the annotations
 * stored after it (unchanged when not given).
 */
export async function exported(a: Annotations = NO_ANNOTATIONS, then?: Annotations): Promise<string> {
  await annotationsItem.setValue(a);
  const download = vi.fn();
  render(<ExportButtons filteredKeys={null} download={download} now={() => new Date(2025, 0, 10, 9)} />);
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  document.body.innerHTML = '';
  if (then) await annotationsItem.setValue(then);
  return download.mock.calls[0]![0] as string;
}

/**
 * `text` chosen as `name` in the Import & data view (`data`) or the import panel alone (`import`);
 * answers its preview once shown.
 */
export async function previewed(
  text: string,
  { name = 'backup.json', panel = 'data' }: { name?: string; panel?: 'data' | 'import' } = {},
): Promise<HTMLElement> {
  render(panel === 'data' ? <DataPanel onChanged={() => {}} /> : <ImportPanel onImported={() => {}} />);
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  fireEvent.change(input);
  return waitFor(() => {
    const preview = document.querySelector<HTMLElement>('.import-preview');
    if (!preview) throw new Error('no preview yet');
    return preview;
  });
}

/** The words of the buttons in `el`. */
export const buttons = (el: HTMLElement) => [...el.querySelectorAll('button')].map((b) => b.textContent);
