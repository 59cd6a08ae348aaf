// "Delete set" (and every ConfirmButton: "Delete author", "Delete post"…) from the keyboard: the
// first activation swapped the button for a new one, so focus fell to the page and Enter had
// nothing to confirm; and the armed question went away after 5 s even while focus was on it.

import { AuthorSets } from '@/components/annotations';
import { type Annotations, type Edit, EMPTY_ANNOTATIONS } from '@/lib/annotations';
import { act, fireEvent, render, screen } from '../testing-library';

const sets = [{ id: 'a', name: 'Our brand', authorKeys: ['x:brand'] }];

function renderSets() {
  const edits: Array<(a: Annotations) => Edit> = [];
  const state = {
    annotations: { ...EMPTY_ANNOTATIONS, sets },
    edit: async (change: (a: Annotations) => Edit) => {
      edits.push(change);
      return null;
    },
  };
  render(<AuthorSets state={state} selected={[]} onPick={() => {}} />);
  return edits;
}

/** Enter or Space on a focused button: the browser clicks it. */
const press = (el: Element) => fireEvent.click(el);

afterEach(() => vi.useRealTimers());

it('keeps focus on the armed control, and Enter on it deletes the set', async () => {
  const edits = renderSets();
  const del = screen.getByRole('button', { name: 'Delete set' });
  del.focus();
  press(del);
  const armed = screen.getByRole('button', { name: 'Delete set Our brand' });
  expect(document.activeElement).toBe(armed);
  press(document.activeElement!);
  await act(async () => {});
  expect(edits).toHaveLength(1);
  const after = edits[0]!({ ...EMPTY_ANNOTATIONS, sets });
  expect(after.ok && after.value.sets).toEqual([]);
});

it('stays armed while focus is on it, however long the user takes', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  renderSets();
  const del = screen.getByRole('button', { name: 'Delete set' });
  del.focus();
  press(del);
  act(() => {
    vi.advanceTimersByTime(60_000);
  });
  expect(screen.getByRole('button', { name: 'Delete set Our brand' })).toBe(document.activeElement);
});

it('disarms 5 s after focus left it, and on Escape or Cancel, with focus back on the button', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  renderSets();
  const del = screen.getByRole('button', { name: 'Delete set' });
  del.focus();
  press(del);
  fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
  expect(screen.getByRole('button', { name: 'Delete set' })).toBe(document.activeElement);

  press(document.activeElement!);
  press(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.getByRole('button', { name: 'Delete set' })).toBe(document.activeElement);

  press(document.activeElement!);
  act(() => screen.getByRole('button', { name: 'Rename' }).focus());
  act(() => {
    vi.advanceTimersByTime(5_001);
  });
  expect(screen.queryByRole('button', { name: 'Delete set Our brand' })).toBeNull();
});
