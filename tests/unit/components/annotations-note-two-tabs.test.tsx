// A post's note edited in two dashboard tabs: the tab that saves last must not silently replace
// the note the other tab saved while this one was being written.
import { PostAnnotations } from '@/components/annotations';
import { annotationsItem, EMPTY_ANNOTATIONS } from '@/lib/annotations';
import { fireEvent, render, screen, waitFor } from '../testing-library';

const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));

describe('saving a note that another tab changed meanwhile', () => {
  it('refuses with a message, keeps the other tab’s note, and saves on a second, informed click', async () => {
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, notes: { 'x:1': 'first' } });
    render(<PostAnnotations postKey="x:1" />);
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    await waitFor(() => expect(note.value).toBe('first'));
    fireEvent.input(note, { target: { value: 'first, and my addition' } });
    // Another tab saves its own version of the note.
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, notes: { 'x:1': 'first, and the other tab’s' } });
    await pause();
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/another tab/));
    expect((await annotationsItem.getValue()).notes['x:1']).toBe('first, and the other tab’s');
    expect(note.value).toBe('first, and my addition');
    // Told, the user saves again: now their words replace the other tab's, as they chose.
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(async () =>
      expect((await annotationsItem.getValue()).notes['x:1']).toBe('first, and my addition'),
    );
  });

  it('saves at once when no other tab changed the note', async () => {
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, notes: { 'x:1': 'first' } });
    render(<PostAnnotations postKey="x:1" />);
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    await waitFor(() => expect(note.value).toBe('first'));
    fireEvent.input(note, { target: { value: 'second' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(async () => expect((await annotationsItem.getValue()).notes['x:1']).toBe('second'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Note saved.'));
  });
});
