// The post page's history chart: a reading that did not show a count is a break in that count's
// line, not a line drawn across it; and a chart's accessible name says its title once, not its
// title followed by the same words again ("Posts seen per day: Posts seen").
import { createElement } from 'preact';
import { TimeChart } from '@/components/common/time-chart';
import { PostDetail } from '@/components/dashboard/post-detail';
import { render, screen, waitFor } from '../testing-library';
import { clock, HOUR, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
const made = vi.hoisted(() => ({
  opts: [] as Array<{ series: Array<{ label?: string; spanGaps?: boolean }> }>,
}));
vi.mock('uplot', () => ({
  default: class {
    constructor(o: never) {
      made.opts.push(o);
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(async () => {
  await resetAll();
  made.opts.length = 0;
});

it('a reading that did not show comments breaks the comments and engagement lines', async () => {
  const t0 = clock.now;
  const author = { handle: 'alice', name: 'Alice', followers: 1000 };
  await record([reading({ postId: 'p', author, likes: 50, comments: 500 })], null, t0);
  await record([reading({ postId: 'p', author, likes: 60, comments: null })], null, t0 + HOUR);
  await record([reading({ postId: 'p', author, likes: 80, comments: 520 })], null, t0 + 2 * HOUR);
  render(createElement(PostDetail, { postKey: 'x:p', onDeleted: () => {} }));
  await screen.findByText('3 snapshots');
  await waitFor(() => expect(made.opts.length).toBeGreaterThan(0));
  const series = made.opts.at(-1)!.series.slice(1);
  for (const label of ['Comments', 'Engagement', 'ER by followers']) {
    const s = series.find((x) => x.label === label);
    expect(s, label).toBeDefined();
    // Drawn across, the gap reads as a known value between the two readings either side.
    expect(s!.spanGaps, label).toBe(false);
  }
});

it.each([
  ['Posts seen per day', 'Posts seen'],
  ['Follower change per day', 'Follower change per day'],
])('the chart “%s” of “%s” is named without repeating its title', async (title, label) => {
  render(
    createElement(TimeChart, {
      data: { x: [1, 2], series: [{ label, values: [1, 2], scale: 'count' }] },
      title,
    }),
  );
  const img = await screen.findByRole('img');
  const name = img.getAttribute('aria-label') ?? '';
  expect(name.startsWith(title)).toBe(true);
  expect(name.slice(title.length).toLowerCase()).not.toContain(label.toLowerCase());
});

it('a chart of several series still names each series', async () => {
  render(
    createElement(TimeChart, {
      data: {
        x: [1, 2],
        series: [
          { label: 'Likes', values: [1, 2], scale: 'count' },
          { label: 'ER by views', values: [0.1, 0.2], scale: 'rate' },
        ],
      },
      title: 'Counts and engagement rate over time',
    }),
  );
  const name = (await screen.findByRole('img')).getAttribute('aria-label') ?? '';
  expect(name).toContain('Likes');
  expect(name).toContain('ER by views');
});
