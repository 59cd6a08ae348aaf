// "When to post": the best slots' tie rule and what the empty heatmap tells the user.

import { WhenToPost } from '@/components/insights/when-to-post';
import { buildTimingGrid, slotLabel, type TimingInput } from '@/lib/insights';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';

const post = (publishedAt: string | null, er: number | null): TimingInput => ({ publishedAt, erViews: er });

describe('best slots', () => {
  it('ranks two slots with the same median (15%) by posts with an ER, as it says, whatever the float sum', () => {
    // Mon 09: 0.1 and 0.2 → (0.1 + 0.2) / 2 = 0.15000000000000002 in floating point, shown "15%".
    // Tue 14: three posts at 0.15 → 0.15, shown "15%", on more posts: it ranks first.
    const rows = [
      ...[0.1, 0.2].map((er) => post('2025-01-06T09:10:00Z', er)),
      ...[0.15, 0.15, 0.15].map((er) => post('2025-01-07T14:10:00Z', er)),
    ];
    const g = buildTimingGrid(rows, 'UTC', 2, 3);
    expect(g.best.map((c) => [slotLabel(c.weekday, c.hour), c.withEr])).toEqual([
      ['Tue 14:00–15:00', 3],
      ['Mon 09:00–10:00', 2],
    ]);
  });
});

describe('an empty heatmap', () => {
  const row = (publishedAt: string | null, er: number | null) =>
    postRow({ publishedAt, er, erFollowers: er, erBasis: er === null ? null : 'followers' });

  it('does not ask to browse more posts when every post is left out for showing only its day', () => {
    // Ten posts whose pages named only the day: browsing more such posts never rates a slot.
    const rows = Array.from({ length: 10 }, (_, i) => row(`2025-01-${String(i + 1).padStart(2, '0')}`, 0.02));
    render(<WhenToPost rows={rows} timeZone="UTC" />);
    expect(document.querySelector('caption')!.textContent).toContain(
      '10 posts left out whose pages showed only the day',
    );
    expect(screen.queryByText(/Browse more posts of these authors/)).toBeNull();
    expect(document.querySelector('.insights-empty')!.textContent).toBe(
      'No post could be placed in a slot: a slot needs posts whose page shows the hour they were posted.',
    );
  });

  it('asks to browse more posts when posts were placed but no slot has enough yet', () => {
    render(<WhenToPost rows={[row('2025-01-06T09:10:00Z', 0.02)]} timeZone="UTC" />);
    expect(document.querySelector('.insights-empty')!.textContent).toMatch(
      /^No slot is rated yet\. Browse more posts/,
    );
  });
});
