// @vitest-environment node

// The posts table reads its first rows before the rest: a window's height of rows and the
// virtualiser's overscan (what it renders on opening), never fewer than 20.
import { ROW_HEIGHT } from '@/components/dashboard/posts-table';
import { firstRowCount } from '@/components/dashboard/use-rows';
import { OVERSCAN } from '@/components/dashboard/use-virtual-rows';

it.each([
  [720, 32],
  [1080, 42],
  [1440, 52],
  [300, 21],
  [0, 20],
])('a window %i px high: %i rows', (height, rows) => {
  expect(firstRowCount(height)).toBe(rows);
  if (rows > 20) expect(rows).toBe(Math.ceil(height / ROW_HEIGHT) + OVERSCAN);
});
