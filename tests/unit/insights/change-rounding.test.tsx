// A card's change against the previous period when both periods have the same median: the median
// of an even set is the mean of its two middle values, which floating point can leave a hair off
// the same value written once (0.1 and 0.2 → 0.15000000000000002, against 0.15).

import { OverviewCard } from '@/components/insights/overview-card';
import { buildPostOverview, lastDays, type OverviewRow } from '@/lib/insights';
import { render } from '../testing-library';

const D = 86_400_000;
const NOW = Date.UTC(2026, 2, 15, 12);
const WEEK = lastDays(7, NOW);

let n = 0;
const row = (date: number, er: number): OverviewRow => ({
  key: `x:${++n}`,
  date,
  engagement: null,
  er,
  erViews: er,
  velocity: null,
  outlier: null,
});

// This week: 10 and 20 interactions on 100 views each → ER 0.1 and 0.2, median 15%.
// The week before: 15 on 100 views → ER 0.15, median 15%. No change.
const rows = [
  row(WEEK.start + D, 10 / 100),
  row(WEEK.start + 2 * D, 20 / 100),
  row(WEEK.start - D, 15 / 100),
];

describe('a change between two equal medians', () => {
  it('is no change (=, 0%), not ▲ a few 10⁻¹⁵ percentage points', () => {
    const o = buildPostOverview({ rows, period: WEEK, now: NOW });
    const er = o.cards.find((c) => c.id === 'medianEr')!;
    expect(er.change).toEqual({ abs: 0, pct: 0, reason: null });
  });

  it('reads "= 0 pp (0%) vs 15% the previous period" on the card', () => {
    const o = buildPostOverview({ rows, period: WEEK, now: NOW });
    const er = o.cards.find((c) => c.id === 'medianEr')!;
    const { container } = render(<OverviewCard card={er} days={o.days} />);
    expect(container.querySelector('.overview-change')!.textContent).toBe(
      '= 0 pp (0%) vs 15% the previous period',
    );
  });
});
