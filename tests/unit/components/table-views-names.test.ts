// @vitest-environment node

import { checkViews, DEFAULT_SORT, type SavedView, saveView, viewNameProblem } from '@/lib/table-views';

const view = (name: string): SavedView => ({
  name,
  filter: { platform: null, authorKey: null, from: null, to: null, text: '', tag: null, setId: null },
  sort: DEFAULT_SORT,
  columns: [],
});

it('replaces a view whose name looks the same (another Unicode form, an invisible character), not a second "Café"', () => {
  const first = saveView([], view('Caf\u00e9'));
  if (!first.ok) throw new Error(first.message);
  const decomposed = saveView(first.value, view('Cafe\u0301'));
  expect(decomposed.ok && decomposed.value.length).toBe(1);
  const zeroWidth = saveView(first.value, view('Caf\u00e9\u200b'));
  expect(zeroWidth.ok && zeroWidth.value.length).toBe(1);
});

it('refuses a name of invisible characters alone (a blank button in the list)', () => {
  expect(viewNameProblem('\u200b')).toBe(viewNameProblem(''));
  expect(viewNameProblem('\u200e\u2060')).toBe(viewNameProblem(''));
});

it('still reads a view saved before under a name of invisible characters, so the next save does not drop it', () => {
  expect(checkViews([view('\u200b')]).map((v) => v.name)).toEqual(['\u200b']);
});
