// A chart of one value per day (a campaign's days, the Overview's trends) places each day at its
// local midnight; its legend named the cursor's point with that time ("Mar 4, 2025, 12:00 AM"),
// which reads as a reading taken at midnight, while a campaign's day holds the posts' counts as of
// the day's end. Such charts name the day; charts of readings keep the time of each reading.
import { CampaignTrend } from '@/components/campaigns/campaign-trend';
import { TimeChart } from '@/components/common/time-chart';
import { OverviewCard } from '@/components/insights/overview-card';
import type { Figure } from '@/lib/campaigns';
import { buildPostOverview, lastDays } from '@/lib/insights';
import { render } from '../../testing-library';

type Legend = { value: (u: unknown, v: number | null) => string };
const made = vi.hoisted(() => [] as Array<{ series: Legend[] }>);
vi.mock('uplot', () => ({
  default: class {
    static pxRatio = 1;
    constructor(opts: { series: Legend[] }) {
      made.push(opts);
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(() => {
  made.length = 0;
});

const MIDNIGHT = new Date(2025, 2, 4).getTime(); // local midnight, 4 March 2025
const data = { x: [MIDNIGHT / 1000], series: [{ label: 'n', values: [5], scale: 'count' as const }] };
const legendAt = (v: number) => made[0]!.series[0]!.value(null, v);

it.each([
  [true, 'Mar 4, 2025'],
  [false, 'Mar 4, 2025, 12:00 AM'],
])('perDay %s: the legend reads %s', (perDay, shown) => {
  render(<TimeChart data={data} title="t" perDay={perDay} />);
  expect(legendAt(MIDNIGHT / 1000)).toBe(shown);
});

it('a campaign’s trend names the day', () => {
  const gain = { label: 'Gained', display: '5', value: 5, formula: 'f' } as unknown as Figure<'gain'>;
  render(
    <CampaignTrend
      trend={[{ day: '2025-03-04', at: MIDNIGHT, engagement: 5, posts: 1, fresh: true }]}
      gain={gain}
      postCount={1}
    />,
  );
  expect(legendAt(MIDNIGHT / 1000)).toBe('Mar 4, 2025');
});

it('an Overview card’s trend names the day', () => {
  const now = Date.UTC(2026, 2, 15, 12);
  const week = lastDays(7, now);
  const rows = [0.1, 0.2].map((er, i) => ({
    key: `x:${i}`,
    date: week.start + (i + 1) * 86_400_000,
    engagement: null,
    er,
    erViews: er,
    velocity: null,
    outlier: null,
  }));
  const o = buildPostOverview({ rows, period: week, now });
  render(<OverviewCard card={o.cards.find((c) => c.id === 'medianEr')!} days={o.days} />);
  const day = o.days[1]!;
  expect(legendAt(day / 1000)).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(day));
});
