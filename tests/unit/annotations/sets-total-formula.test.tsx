// "Sets compared": a set's total engagement is the sum over the posts that show counts only; the
// cell says of how many of the posts seen it is made, as the median ER and velocity cells do.

import { compareSetsShown, SetsCompared } from '@/components/annotations';
import type { PostRow } from '@/lib/queries';
import { render, screen } from '../testing-library';

const row = (key: string, authorKey: string, engagement: number | null) =>
  ({
    key,
    authorKey,
    er: null,
    erViews: null,
    erFollowers: null,
    erBasis: null,
    velocity: null,
    engagement,
    date: 0,
  }) as unknown as PostRow;

// Ten posts of the set's two authors; four show counts (10 + 20 + 30 + 40 = 100).
const rows = [
  ...[10, 20, 30, 40].map((e, i) => row(`x:c${i}`, i % 2 ? 'x:a' : 'x:b', e)),
  ...[0, 1, 2, 3, 4, 5].map((i) => row(`x:n${i}`, i % 2 ? 'x:a' : 'x:b', null)),
];
// With a second set: a table of one set compares nothing, and is not shown.
const sets = [
  { id: 's', name: 'Our brand', authorKeys: ['x:a', 'x:b'] },
  { id: 't', name: 'Competitors', authorKeys: ['x:c'] },
];

describe('Sets compared: the total engagement’s formula', () => {
  it.each([
    ['4 of the 10 posts show counts', rows, '100', /\b4\b.*\b10\b/],
    ['no post shows counts', rows.slice(4), '—', /\b0\b.*\b6\b/],
  ])('%s: the total says of how many posts it is made', (_name, given, shown, counts) => {
    render(<SetsCompared sets={sets} rows={given} pref="auto" />);
    // The row's cells: authors, posts seen, median ER, median velocity, total engagement.
    const cell = screen.getByRole('row', { name: /Our brand/ }).querySelectorAll('td')[4]!;
    expect(cell.textContent).toBe(shown);
    expect(cell.title).toMatch(counts);
    expect(cell.title).toMatch(/likes \+ comments \+ reposts \+ saves/);
    const [figures] = compareSetsShown(sets, given, 'auto', 'en');
    expect(figures?.totalEngagementFormula).toBe(cell.title);
  });
});
