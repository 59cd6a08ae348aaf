// "when to post": two slots whose medians the user reads as equal get the same shade.

import { WhenToPost } from '@/components/insights/when-to-post';
import { postRow } from '../fixtures/post-row';
import { render, screen, within } from '../testing-library';

const row = (publishedAt: string, er: number) =>
  postRow({ publishedAt, er, erFollowers: er, erBasis: 'followers' });

function cell(weekday: string, hour: number): HTMLElement {
  const tr = screen.getByRole('rowheader', { name: weekday }).closest('tr')!;
  return within(tr).getAllByRole('cell')[hour]!;
}

it('paints two slots of median 15% alike, not lightest and darkest, when one median is a float sum', () => {
  // Mon 09: (0.1 + 0.2) / 2 = 0.15000000000000002; Tue 14: 0.15. Both are "median ER 15%".
  const rows = [
    ...[0.1, 0.2].map((er) => row('2025-01-06T09:10:00Z', er)),
    ...[0.15, 0.15, 0.15].map((er) => row('2025-01-07T14:10:00Z', er)),
  ];
  render(<WhenToPost rows={rows} timeZone="UTC" minSample={2} />);
  expect(cell('Mon', 9).title).toContain('median ER 15% of 2 posts');
  expect(cell('Tue', 14).title).toContain('median ER 15% of 3 posts');
  const level = (td: HTMLElement) => td.className.match(/level-\d/)?.[0];
  expect(level(cell('Mon', 9))).toBe(level(cell('Tue', 14)));
});
