// The Insights view's minimum sample: what the box shows must be the sample the heatmap and the
// topics are rated with. A number the view refuses (0, 2.5, 51) must not stay in the box as if in use.

import { InsightsView } from '@/components/insights/insights-view';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen } from '../testing-library';

const rows = [0.02, 0.04, 0.06].map((er, i) =>
  postRow({
    publishedAt: new Date(Date.UTC(2026, 10, 3 + 7 * i, 14, 5)).toISOString(),
    text: '#launch day',
    er,
    erViews: er,
    erBasis: 'views',
  }),
);

describe('the minimum sample box', () => {
  it.each(['0', '2.5', '51'])('shows the sample in force (3), not the refused %s', (typed) => {
    render(<InsightsView rows={rows} />);
    const box = screen.getByLabelText(/^Rate a slot or tag from/) as HTMLInputElement;
    fireEvent.change(box, { target: { value: typed } });
    // The figures are still rated from 3 posts with an ER, as the caption says…
    expect(screen.getByText(/once it has 3 posts with an ER/)).toBeTruthy();
    // …and the box says the same, instead of a number nothing uses.
    expect(box.value).toBe('3');
  });
});
