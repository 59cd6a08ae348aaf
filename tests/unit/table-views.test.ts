// @vitest-environment node

import { tableMinWidth } from '@/components/dashboard/columns';
import { EMPTY_FILTER, type PostRow, sortRows } from '@/lib/queries';
import {
  checkColumns,
  checkViews,
  DEFAULT_COLUMNS,
  DEFAULT_SORT,
  MAX_VIEW_NAME,
  type SavedView,
  saveView,
} from '@/lib/table-views';

const view = (name: string): SavedView => ({
  name,
  filter: EMPTY_FILTER,
  sort: { key: 'likes', dir: 'desc' },
  columns: ['likes'],
});

it('drops unknown column ids and keeps table order', () => {
  expect(checkColumns(['views', 'bogus', 'likes', 'likes', 7])).toEqual(['likes', 'views']);
  expect(checkColumns('likes')).toBeNull();
});

it('reads back only the views that pass every check', () => {
  const raw = [
    { ...view('ok'), columns: ['views', 'gone'] },
    { ...view('bad sort'), sort: { key: 'nope', dir: 'desc' } },
    { ...view('bad filter'), filter: { ...EMPTY_FILTER, platform: 'myspace' } },
    { ...view('x'.repeat(MAX_VIEW_NAME + 1)) },
    'junk',
  ];
  expect(checkViews(raw)).toEqual([
    { ...view('ok'), columns: ['views'], filter: { ...EMPTY_FILTER, tag: null, setId: null } },
    // A sort this version does not know: the view is kept, in the table's default order.
    { ...view('bad sort'), sort: DEFAULT_SORT, filter: { ...EMPTY_FILTER, tag: null, setId: null } },
  ]);
  expect(checkViews(null)).toEqual([]);
});

it('refuses a name longer than the limit rather than cutting it, and replaces a same-named view', () => {
  const long = saveView([], view('x'.repeat(MAX_VIEW_NAME + 1)));
  expect(long.ok).toBe(false);
  const ok = saveView([], view('x'.repeat(MAX_VIEW_NAME)));
  expect(ok.ok && ok.value[0]!.name).toBe('x'.repeat(MAX_VIEW_NAME));
  const first = saveView([], view(' Mine '));
  const again = first.ok ? saveView(first.value, { ...view('Mine'), columns: ['views'] }) : first;
  expect(again.ok && again.value).toEqual([{ ...view('Mine'), columns: ['views'] }]);
});

it('fits the default columns and the post in a 1,280 px window (1rem = 14px)', () => {
  // main's padding (2 × 1.25rem), the scroller's border (2 × 1px) and a vertical scrollbar (17px).
  const chrome = 2 * 1.25 * 14 + 2 + 17;
  expect(tableMinWidth(DEFAULT_COLUMNS) * 14 + chrome).toBeLessThanOrEqual(1280);
  expect(DEFAULT_COLUMNS).toContain('posted');
  expect(DEFAULT_COLUMNS).toContain('firstSeen');
});

it('sorts the posting time as a time, rows without one last in both directions', () => {
  const row = (key: string, publishedAt: string | null) => ({ key, publishedAt }) as PostRow;
  const rows = [
    row('none', null),
    // 19:00 UTC, though its text sorts after the other's.
    row('early', '2025-01-01T21:00:00+02:00'),
    row('late', '2025-01-01T20:00:00.000Z'),
    row('junk', 'not a time'),
  ];
  expect(sortRows(rows, 'publishedAt', 'desc').map((r) => r.key)).toEqual(['late', 'early', 'none', 'junk']);
  expect(sortRows(rows, 'publishedAt', 'asc').map((r) => r.key)).toEqual(['early', 'late', 'none', 'junk']);
});
