// An author set's name in the page's own sentences, and renaming it from the keyboard. A name with
// a right-to-left override (an imported file's) turned the German "Gruppe … löschen" around, since
// the messages took it unisolated. Renaming: the field did not take focus, Enter did nothing (no
// form) and there was no way back to the stored name but saving it again.

import { AuthorSets, useAnnotations } from '@/components/annotations';
import { annotationsItem, EMPTY_ANNOTATIONS } from '@/lib/annotations';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { act, fireEvent, render, screen, waitFor } from '../testing-library';

const RLO = '\u202e';
const HOSTILE = `${RLO}ABC`;
const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));
const set = (name: string) => ({ id: 's1', name, authorKeys: ['x:bob'] });
const storedName = async () => (await annotationsItem.getValue()).sets[0]?.name;

function Sets() {
  return <AuthorSets state={useAnnotations()} selected={[]} onPick={() => {}} />;
}

async function showSets(name: string) {
  await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, sets: [set(name)] });
  render(<Sets />);
  return screen.findByRole('button', { name: /^(Rename|Umbenennen)$/ });
}

describe('a set name with a right-to-left override in the page’s sentences', () => {
  it('isolates it in the German delete question, so “löschen” stays after it', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de-DE');
    try {
      await showSets(HOSTILE);
      fireEvent.click(screen.getByRole('button', { name: 'Gruppe löschen' }));
      expect(document.querySelector('button.armed')!.textContent).toBe(
        `Gruppe \u2068${HOSTILE}\u2069 löschen`,
      );
    } finally {
      setMessageLookup(lookupFrom(await loadMessages('en')));
    }
  });

  it('isolates it in the rename field’s name and in the refusal naming another tab’s name', async () => {
    fireEvent.click(await showSets(HOSTILE));
    const field = screen.getByRole('textbox', { name: `New name for \u2068${HOSTILE}\u2069` });
    fireEvent.input(field, { target: { value: 'Brand B' } });
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, sets: [set(`${RLO}XYZ`)] });
    await pause();
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(`“\u2068${RLO}XYZ\u2069”`));
  });
});

describe('renaming a set from the keyboard', () => {
  it('focuses the field when it opens, and Enter in it (the form’s submit) saves', async () => {
    fireEvent.click(await showSets('Our brand'));
    const field = screen.getByRole('textbox', { name: 'New name for Our brand' }) as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    fireEvent.input(field, { target: { value: 'Brand B' } });
    // Enter in a form's text field submits it (the browser's implicit submission).
    fireEvent.submit(field.closest('form')!);
    await waitFor(async () => expect(await storedName()).toBe('Brand B'));
    // Rename, back in its place, takes the focus the field had.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename' })));
  });

  it.each([
    ['Cancel', (_field: HTMLElement) => fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))],
    ['Escape', (field: HTMLElement) => fireEvent.keyDown(field, { key: 'Escape' })],
  ])('%s puts the stored name back and saves nothing', async (_how, cancel) => {
    fireEvent.click(await showSets('Our brand'));
    const field = screen.getByRole('textbox', { name: 'New name for Our brand' });
    fireEvent.input(field, { target: { value: 'Half typed' } });
    act(() => {
      cancel(field);
    });
    expect(screen.queryByRole('textbox', { name: /New name/ })).toBeNull();
    expect(screen.getByText('Our brand')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename' }));
    await pause();
    expect(await storedName()).toBe('Our brand');
  });
});
