// A snapshot's Followers cell (and its ER by followers) says where its followers come from: a
// snapshot read without them shows the author's latest known count, which was not read at that
// moment, and the table gave no sign of it (every figure names its sources).

import { SnapshotTable } from '@/components/dashboard/snapshot-table';
import type { SnapshotRecord } from '@/lib/records';
import { render, within } from '../testing-library';

const snap = (capturedAt: number, followers: number | null): SnapshotRecord =>
  ({
    id: capturedAt,
    postKey: 'x:1',
    capturedAt,
    likes: 10,
    comments: null,
    reposts: null,
    saves: null,
    views: null,
    followers,
  }) as unknown as SnapshotRecord;

it('marks the followers a snapshot did not read itself as the author’s latest known count', () => {
  const t0 = Date.UTC(2025, 0, 10, 12);
  render(<SnapshotTable snapshots={[snap(t0, null), snap(t0 + 3_600_000, 500)]} followersFallback={1000} />);
  const [, newest, oldest] = document.querySelectorAll('tr');
  const followersCell = (row: Element) => within(row as HTMLElement).getAllByRole('cell')[6]!;
  expect(followersCell(newest!).textContent).toBe('500');
  expect(followersCell(newest!).getAttribute('title')).toBeNull();
  expect(followersCell(oldest!).textContent).toContain('1,000');
  expect(followersCell(oldest!).getAttribute('title')).toBe(
    "Not read with this snapshot: the author's latest known followers",
  );
});
