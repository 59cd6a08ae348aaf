// The Authors view's followers chart names each line so that two authors of the same handle on
// two platforms can be told apart.

import { AuthorsView } from '@/components/dashboard/authors-view';
import { reading, record, resetAll } from '../components/helpers';
import { fireEvent, render, screen, waitFor } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

const charts = vi.hoisted(() => [] as Array<{ opts: { series: Array<{ label?: string }> } }>);
vi.mock('uplot', () => ({
  default: class {
    constructor(opts: (typeof charts)[number]['opts']) {
      charts.push({ opts });
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(async () => {
  await resetAll();
  charts.length = 0;
});

it('labels the lines of @alice on X and @alice on Instagram apart', async () => {
  await record([
    reading({ postId: '1', author: { handle: 'alice', name: 'Alice', followers: 100 }, likes: 1 }),
  ]);
  await record([
    reading({
      platform: 'instagram',
      postId: 'Cabc',
      url: 'https://www.instagram.com/p/Cabc/',
      author: { handle: 'alice', name: 'Alice', followers: 900 },
      likes: 2,
    }),
  ]);
  render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
  await waitFor(() => expect(screen.getAllByRole('checkbox', { name: /Alice/ })).toHaveLength(2));
  for (const box of screen.getAllByRole('checkbox', { name: /Alice/ })) fireEvent.click(box);
  await waitFor(() => expect(charts.at(-1)?.opts.series).toHaveLength(3));
  const labels = charts
    .at(-1)!
    .opts.series.slice(1)
    .map((s) => s.label);
  expect(new Set(labels).size).toBe(2);
  expect(labels.every((l) => l?.startsWith('@alice'))).toBe(true);
});
