// @vitest-environment node

import { sortRows } from '@/lib/queries';
import type { PostRow } from '@/lib/queries/rows';

const row = (key: string, authorHandle: string | null, authorName: string | null, text = 'post') =>
  ({ key, authorHandle, authorName, text }) as PostRow;

it('sorts the Author column by the author the cell shows: a name without a handle is not "no author"', () => {
  // The cells read "@zed", "Anna", "@bob", "—".
  const rows = [
    row('zed', 'zed', null),
    row('anna', null, 'Anna'),
    row('bob', 'bob', null),
    row('none', null, null),
  ];
  expect(sortRows(rows, 'authorHandle', 'asc').map((r) => r.key)).toEqual(['anna', 'bob', 'zed', 'none']);
  expect(sortRows(rows, 'authorHandle', 'desc').map((r) => r.key)).toEqual(['zed', 'bob', 'anna', 'none']);
});

it('puts posts without text (the cell says so) last in both directions, as any missing value', () => {
  const rows = [row('b', 'a', null, 'Beta'), row('empty', 'a', null, ''), row('a', 'a', null, 'Alpha')];
  expect(sortRows(rows, 'text', 'asc').map((r) => r.key)).toEqual(['a', 'b', 'empty']);
  expect(sortRows(rows, 'text', 'desc').map((r) => r.key)).toEqual(['b', 'a', 'empty']);
});
