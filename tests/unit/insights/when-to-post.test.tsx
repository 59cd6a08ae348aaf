// What the user reads in the "when to post" heatmap: the caption, the counts, which slots are
// coloured, the tooltips and the best slots. Percentages are written out by hand (en-US).

import { WhenToPost } from '@/components/insights/when-to-post';
import { postRow } from '../fixtures/post-row';
import { render, screen, within } from '../testing-library';

const row = (publishedAt: string | null, er: number | null) =>
  postRow({
    publishedAt,
    firstSeen: Date.UTC(2025, 0, 8, 3),
    lastSeen: Date.UTC(2025, 0, 8, 3),
    er,
    erFollowers: er,
    erBasis: er === null ? null : 'followers',
  });

// Tue 14 UTC: 0.03, 0.04, 0.05 → median 4%. Mon 09 UTC: 0.01, 0.02 → 1.5%.
// Wed 08 UTC: one post at 90% → under the sample. One post without a posted time.
const rows = [
  ...[0.05, 0.03, 0.04].map((er) => row('2025-01-07T14:20:00Z', er)),
  ...[0.01, 0.02].map((er) => row('2025-01-06T09:00:00Z', er)),
  row('2025-01-08T08:30:00Z', 0.9),
  row(null, 0.5),
];

/** The cell of a weekday row ("Tue") and an hour. */
function cell(weekday: string, hour: number): HTMLElement {
  const tr = screen.getByRole('rowheader', { name: weekday }).closest('tr')!;
  return within(tr).getAllByRole('cell')[hour]!;
}

it('captions the zone, the posts placed and the posts left out', () => {
  render(<WhenToPost rows={rows} timeZone="UTC" minSample={2} />);
  const table = screen.getByRole('table');
  const caption = table.querySelector('caption')!.textContent!;
  expect(caption).toContain('in time zone UTC');
  expect(caption).toContain('6 posts placed');
  expect(caption).toContain('1 post left out with no posted time');
  expect(caption).toContain('once it has 2 posts with an ER');
  // The tests' locale is en-US, whose week starts on Sunday.
  expect(
    within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent),
  ).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
  expect(within(table).getAllByRole('columnheader')).toHaveLength(25);
});

it('shows counts everywhere but colours only the slots that reach the sample', () => {
  render(<WhenToPost rows={rows} timeZone="UTC" minSample={2} />);
  const tue = cell('Tue', 14);
  // The count, and for a rated slot its median in words (visually hidden): not in colour alone.
  expect(tue.textContent).toBe('3 (median ER 4%)');
  expect(tue.querySelector('.visually-hidden')!.textContent).toBe(' (median ER 4%)');
  expect(tue.className).toContain('rated');
  // Tue 4% is the highest rated median, Mon 1.5% the lowest: darkest and lightest shade.
  expect(tue.className).toContain('level-4');
  expect(tue.title).toBe(
    "Tuesday 14:00–15:00: median ER 4% of 3 posts (median of (interactions ÷ followers) of the posts published in this hour whose author's followers are known; ERs by views are left out, as they are not alike)",
  );
  expect(cell('Mon', 9).className).toContain('level-0');
  const wed = cell('Wed', 8);
  // The grey shade in words too: a screen reader hears why the count has no median.
  expect(wed.textContent).toBe('1 (1 with an ER, fewer than 2: not rated)');
  expect(wed.className).toContain('unrated');
  expect(wed.title).toBe(
    'Wednesday 08:00–09:00: 1 post, 1 with an ER by followers; not rated until 2 posts with an ER',
  );
  expect(cell('Sun', 23).title).toBe('Sunday 23:00–24:00: no posts published in this hour');
  expect(screen.getByText(/median ER from 1.5% \(light\) to 4% \(dark\)/)).toBeTruthy();
});

it('lists the best slots', () => {
  render(<WhenToPost rows={rows} timeZone="UTC" minSample={2} />);
  const items = within(screen.getByRole('list', { name: 'Best slots' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(items).toEqual([
    'Tue 14:00–15:00: median 4% by followers over 3 posts',
    'Mon 09:00–10:00: median 1.5% by followers over 2 posts',
  ]);
});

it('places the same posts by the zone given: Kolkata is UTC+05:30', () => {
  render(<WhenToPost rows={rows} timeZone="Asia/Kolkata" minSample={2} />);
  expect(cell('Tue', 19).textContent).toBe('3 (median ER 4%)'); // 14:20 UTC → 19:50 IST
  expect(cell('Mon', 14).textContent).toBe('2 (median ER 1.5%)'); // 09:00 UTC → 14:30 IST
  expect(cell('Tue', 14).textContent).not.toMatch(/^3/);
});

it('says what to do when no slot has the sample yet', () => {
  // Without the three Tuesday posts, no slot has the default 3 posts with an ER.
  render(<WhenToPost rows={rows.slice(3)} timeZone="UTC" />);
  expect(screen.queryByRole('list', { name: 'Best slots' })).toBeNull();
  expect(
    screen.getByText(/Browse more posts of these authors: a slot is rated once it has 3 posts with an ER/),
  ).toBeTruthy();
  expect(document.querySelectorAll('td.rated')).toHaveLength(0);
});

it('falls back to UTC, and says so, for a zone it does not know', () => {
  render(<WhenToPost rows={rows} timeZone="Mars/Olympus_Mons" minSample={2} />);
  expect(screen.getByRole('status').textContent).toContain('“Mars/Olympus_Mons” is unknown here');
  expect(cell('Tue', 14).textContent).toBe('3 (median ER 4%)');
});

it('never prints NaN or Infinity, whatever the rates', () => {
  const odd = [
    ...[Number.NaN, Number.POSITIVE_INFINITY, 0.02].map((er) => row('2025-01-07T14:00:00Z', er)),
    row('not a date', 0.1),
  ];
  const { container } = render(<WhenToPost rows={odd} timeZone="UTC" minSample={1} />);
  const text =
    container.textContent! +
    [...container.querySelectorAll<HTMLElement>('[title]')].map((e) => e.title).join();
  expect(text).not.toMatch(/NaN|Infinity/);
  expect(container.querySelector('caption')!.textContent).toContain(
    '1 post left out with a posted time that could not be read',
  );
  expect(cell('Tue', 14).title).toContain('median ER 2% of 1 post');
});
