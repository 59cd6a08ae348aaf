// A follower card's trend draws the follower count at each day's end (1,000, 1,100, 1,250), not the
// change: titled "Follower change per day", a user read "+1,250 a day". Its title says what
// it draws (insights.card.followersPerDay).

import { OverviewView } from '@/components/insights/overview';
import type { PostRow } from '@/lib/queries';
import { getDb } from '@/lib/store';
import { resetAll } from '../components/helpers';
import { postRow } from '../fixtures/post-row';
import { render, screen, waitFor } from '../testing-library';

const charts = vi.hoisted(() => [] as Array<{ title?: string; data: unknown[][]; spanGaps?: boolean }>);
vi.mock('uplot', () => ({
  default: class {
    constructor(opts: { title?: string; series: Array<{ spanGaps?: boolean }> }, data: unknown[][]) {
      charts.push({ title: opts.title, data, spanGaps: opts.series[1]?.spanGaps });
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const D = 86_400_000;
const NOW = Date.UTC(2026, 2, 15, 12);
const row = (date: number): PostRow =>
  postRow({ authorHandle: 'acme', publishedAt: new Date(date).toISOString(), firstSeen: date, date });

beforeEach(async () => {
  await resetAll();
  charts.length = 0;
  const db = await getDb();
  for (const [capturedAt, followers] of [
    [NOW - 40 * D, 1000],
    [NOW - 20 * D, 1100],
    [NOW - 1 * D, 1250],
  ] as const)
    await db.add('followerSnapshots', { authorKey: 'x:acme', capturedAt, followers });
});

it('titles the follower trend as the count it draws, not as a change per day', async () => {
  render(<OverviewView rows={[row(NOW - D)]} now={NOW} />);
  await screen.findByRole('article', { name: 'Follower change: ACME @acme · X' });
  const counts = () => charts.find((c) => (c.data[1] as Array<number | null>).includes(1250));
  await waitFor(() => expect(counts()).toBeDefined());
  const drawn = counts()!;
  // The values are counts: 1,100 through the 29th day, 1,250 on the last.
  expect((drawn.data[1] as number[]).at(-1)).toBe(1250);
  expect(drawn.title).toBe("Followers at each day's end");
  // Every Overview chart leaves a day without a value as a gap: no line across empty days.
  expect(charts.map((c) => c.spanGaps)).not.toContain(true);
});
