// The Insights view as a user meets it: choosing a platform and an author narrows both the
// heatmap and the topics to those posts; the sample size rates slots and tags; no posts says what
// to do. Values are written out by hand.

import { parseRoute } from '@/components/dashboard/use-route';
import { InsightsView } from '@/components/insights/insights-view';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen } from '../testing-library';

let n = 0;
const row = (platform: 'x' | 'bluesky', author: string, text: string, er: number | null) =>
  postRow({
    key: `${platform}:${++n}`,
    platform,
    authorKey: `${platform}:${author}`,
    authorHandle: author,
    // Tuesdays 14:00 UTC, a week apart.
    publishedAt: new Date(Date.UTC(2026, 10, 3 + 7 * (n % 4), 14, 5)).toISOString(),
    text,
    er,
    erViews: er,
    erBasis: er === null ? null : 'views',
  });

const rows = [
  row('x', 'acme', '#launch day', 0.02),
  row('x', 'acme', 'more #launch', 0.04),
  row('x', 'rival', '#launch too', 0.06),
  row('bluesky', 'acme', '#launch on bluesky', 0.5),
];

const tagRow = (tag: string) => screen.getAllByRole('row').find((r) => r.textContent?.startsWith(tag));

describe('InsightsView', () => {
  it.each([
    ['', { view: 'overview' }],
    ['#/overview', { view: 'overview' }],
    ['#/posts', { view: 'posts' }],
    ['#/nothing-here', { view: 'overview' }],
    ['#/insights', { view: 'insights' }],
    ['#/authors', { view: 'authors' }],
  ])('the route %j is %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('says what to do when there are no posts', () => {
    render(<InsightsView rows={[]} />);
    expect(screen.getByText(/No posts yet: browse a feed with PostLens on/)).toBeTruthy();
  });

  it('heads each part once', () => {
    render(<InsightsView rows={rows} />);
    // The view's own headings repeated the parts' (the demo showed each title twice).
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'When to post',
      'What to post about',
    ]);
  });

  it('narrows the topics to the platform and author chosen', () => {
    render(<InsightsView rows={rows} />);
    expect(screen.getByText('4 posts chosen.')).toBeTruthy();
    // All four: #launch over 0.02, 0.04, 0.06, 0.5 → median (0.04 + 0.06) / 2 = 5%.
    expect(tagRow('#launch')?.textContent).toContain('5%');
    fireEvent.change(screen.getByLabelText(/^Platform/), { target: { value: 'x' } });
    expect(screen.getByText('3 posts chosen.')).toBeTruthy();
    // X only: 0.02, 0.04, 0.06 → 4%.
    expect(tagRow('#launch')?.textContent).toContain('4%');
    const author = screen.getByLabelText(/^Author/) as HTMLSelectElement;
    expect([...author.options].map((o) => o.textContent)).toEqual([
      'All authors (2)',
      'ACME @acme · X: 2 posts',
      'RIVAL @rival · X: 1 post',
    ]);
    fireEvent.change(author, { target: { value: 'x:acme' } });
    expect(screen.getByText('2 posts chosen.')).toBeTruthy();
    // Two posts with an ER, under the sample of 3: not rated.
    expect(tagRow('#launch')?.textContent).toContain('needs 3 posts with an ER');
    fireEvent.change(screen.getByLabelText(/^Rate a slot or tag from/), { target: { value: '2' } });
    // 0.02, 0.04 → 3%.
    expect(tagRow('#launch')?.textContent).toContain('3%');
  });
});
