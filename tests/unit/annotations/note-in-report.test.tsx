// A post's note in the post's report (its PNG and print): the report showed the 3-row note box,
// so a long note was cut to its first lines, and a draft not yet saved would go out as the note.
// The report now shows the saved note as text, whole, and leaves the fields out, as it leaves out
// its own Download / Copy / Print buttons (the "report-omit" class, which base.css hides in print).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PostAnnotations } from '@/components/annotations';
import { elementToPng } from '@/components/common/report-image';
import { annotationsItem, EMPTY_ANNOTATIONS } from '@/lib/annotations';
import { fireEvent, render, screen, waitFor } from '../testing-library';

type Options = { filter?: ((n: Node) => boolean) | null };
const drawn = vi.hoisted(() => ({ text: '', fields: [] as string[] }));

// modern-screenshot as it walks the element: every node the filter keeps.
vi.mock('modern-screenshot', () => ({
  domToBlob: async (el: HTMLElement, options: Options) => {
    drawn.fields = [];
    const walk = (n: Node): string => {
      if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
      if (n instanceof HTMLTextAreaElement || n instanceof HTMLInputElement) drawn.fields.push(n.value);
      return [...n.childNodes]
        .filter((c) => !options.filter || options.filter(c))
        .map(walk)
        .join('');
    };
    drawn.text = walk(el);
    return new Blob([new Uint8Array([0x89])], { type: 'image/png' });
  },
}));

const NOTE = Array.from({ length: 40 }, (_, i) => `Line ${i + 1}: follow up with the agency.`).join('\n');

async function showNote() {
  await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, notes: { 'x:1': NOTE } });
  render(
    <article data-testid="report">
      <PostAnnotations postKey="x:1" />
    </article>,
  );
  const field = screen.getByLabelText('Note') as HTMLTextAreaElement;
  await waitFor(() => expect(field.value).toBe(NOTE));
  return field;
}

it('draws the saved note whole, as text, and none of the fields', async () => {
  await showNote();
  await elementToPng(screen.getByTestId('report'));
  expect(drawn.text).toContain(NOTE);
  expect(drawn.fields).toEqual([]);
});

it('draws the saved note, not a draft typed and not saved', async () => {
  const field = await showNote();
  fireEvent.input(field, { target: { value: 'my unsaved draft' } });
  await elementToPng(screen.getByTestId('report'));
  expect(drawn.text).toContain(NOTE);
  expect(drawn.text).not.toContain('my unsaved draft');
  expect(drawn.fields).toEqual([]);
});

it('draws neither a note nor the note field for a post without one', async () => {
  render(
    <article data-testid="report">
      <PostAnnotations postKey="x:2" />
    </article>,
  );
  await elementToPng(screen.getByTestId('report'));
  expect(drawn.text).not.toContain('Note');
});

it('keeps the note’s line breaks where it is shown as text (dashboard style)', () => {
  const css = readFileSync(resolve(__dirname, '../../../entrypoints/dashboard/style.css'), 'utf8');
  const rule = css.match(/\.saved-note bdi\s*\{([^}]*)\}/)?.[1] ?? '';
  expect(rule).toMatch(/white-space:\s*pre-wrap/);
});
