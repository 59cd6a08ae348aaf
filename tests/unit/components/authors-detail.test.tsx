import { AuthorsView } from '@/components/dashboard/authors-view';
import { PostDetail } from '@/components/dashboard/post-detail';
import { formatPercent } from '@/lib/format';
import { loadAllRows } from '@/lib/queries';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';
import { clock, DAY, dumpDb, HOUR, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

// uPlot draws on a canvas, which the test DOM lacks: record what each chart is given instead.
const charts = vi.hoisted(
  () => [] as Array<{ opts: { title?: string; series: Array<{ label?: string }> }; data: unknown[][] }>,
);
vi.mock('uplot', () => ({
  default: class {
    constructor(opts: (typeof charts)[number]['opts'], data: unknown[][]) {
      charts.push({ opts, data });
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

async function seed() {
  const t0 = clock.now;
  const alice = (followers: number) => ({ handle: 'alice', name: 'Alice', followers });
  await record([reading({ postId: 'a1', author: alice(1000), likes: 100, comments: 20 })], null, t0);
  await record(
    [reading({ postId: 'a2', author: alice(1200), likes: 60, text: 'alice best' })],
    null,
    t0 + DAY,
  );
  await record(
    [
      reading({
        postId: 'b1',
        author: { handle: 'bob', name: 'Bob', followers: 50 },
        likes: 40,
        text: 'bob only',
      }),
    ],
    null,
    t0 + DAY,
  );
  await record(
    [reading({ postId: 'c1', author: { handle: 'carol', name: 'Carol', followers: 10 }, likes: 999 })],
    null,
    t0,
  );
}

it('compares the picked authors: followers chart, ER and share of voice among them', async () => {
  await seed();
  render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
  fireEvent.click(await screen.findByRole('checkbox', { name: /Alice/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: /Bob/ }));
  const table = await screen.findByRole('table', { name: 'Author comparison' });
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
  const share = (key: string) =>
    table.querySelector(`tr[data-author="${key}"] [data-col="share"]`)?.textContent;
  // alice: 120 + 60 engagements; bob: 40. Carol is not picked, so not counted.
  expect(share('x:alice')).toBe(formatPercent(180 / 220));
  expect(share('x:bob')).toBe(formatPercent(40 / 220));
  const alice = within(table.querySelector('tr[data-author="x:alice"]') as HTMLElement);
  // Alice's ERs by followers: 120/1000 and 60/1200: median = mean = 0.085.
  expect(alice.getAllByText(formatPercent(0.085))).toHaveLength(2);
  expect(alice.getByText('+200')).toBeTruthy();
  expect(alice.getByRole('link', { name: /12.*%/ }).getAttribute('href')).toBe('#/post/x%3Aa1');
  // Picking alice first may draw a chart of her alone; the last chart has both.
  await waitFor(() => expect(charts.at(-1)?.opts.series).toHaveLength(3));
  const chart = charts.at(-1)!;
  expect(chart.opts.title).toBe('Followers over time');
  expect(chart.opts.series.slice(1).map((s) => s.label)).toEqual(['@alice', '@bob']);
  expect(chart.data.slice(1)).toEqual([
    [1000, 1200],
    [null, 50],
  ]);
});

it('deletes an author after confirmation', async () => {
  await seed();
  const onChanged = vi.fn();
  render(<AuthorsView pref="followers" version={0} onChanged={onChanged} />);
  fireEvent.click(await screen.findByRole('checkbox', { name: /Bob/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Delete author' }));
  fireEvent.click(screen.getByRole('button', { name: 'Delete @bob and all their posts' }));
  await waitFor(() => expect(onChanged).toHaveBeenCalled());
  const db = await dumpDb();
  expect(db.authors.map((a) => a.key)).not.toContain('x:bob');
  expect(db.posts.map((p) => p.key)).not.toContain('x:b1');
});

it('shows a post’s counts and ER over time and every snapshot, and deletes it', async () => {
  const t0 = clock.now;
  const author = { handle: 'alice', name: 'Alice', followers: 1000 };
  await record([reading({ postId: 'p', author, likes: 10, views: 100 })], null, t0);
  await record([reading({ postId: 'p', author, likes: 30, views: 300 })], null, t0 + HOUR);
  const onDeleted = vi.fn();
  render(<PostDetail postKey="x:p" onDeleted={onDeleted} />);
  expect(await screen.findByText('2 snapshots')).toBeTruthy();
  const snaps = screen.getByRole('table');
  expect(within(snaps).getAllByRole('row')).toHaveLength(3);
  await waitFor(() => expect(charts).toHaveLength(1));
  const chart = charts[0]!;
  const labels = chart.opts.series.slice(1).map((s) => s.label);
  expect(labels).toEqual(['Likes', 'Views', 'Followers', 'Engagement', 'ER by followers', 'ER by views']);
  expect(chart.data[0]).toEqual([t0 / 1000, (t0 + HOUR) / 1000]);
  expect(chart.data[labels.indexOf('ER by followers') + 1]).toEqual([0.01, 0.03]);
  expect(chart.data[labels.indexOf('ER by views') + 1]).toEqual([0.1, 0.1]);
  // The table's two rates say their formulas under it, by the table's own column names.
  expect(document.querySelector('.post-detail .formulas')?.textContent).toBe(
    'ER followers = (likes + comments + reposts + saves, those shown) ÷ followers · ER views = (likes + comments + reposts + saves, those shown) ÷ views',
  );

  fireEvent.click(screen.getByRole('button', { name: 'Delete post' }));
  fireEvent.click(screen.getByRole('button', { name: 'Delete this post and its snapshots' }));
  await waitFor(() => expect(onDeleted).toHaveBeenCalled());
  expect((await dumpDb()).snapshots).toEqual([]);
});

it('writes out the post’s rates as the table has them, each with its formula or what it needs', async () => {
  const t0 = clock.now;
  const author = { handle: 'alice', name: 'Alice', followers: 1000 };
  await record([reading({ postId: 'p', author, likes: 10, views: 100 })], null, t0);
  await record([reading({ postId: 'p', author, likes: 30, views: 300 })], null, t0 + HOUR);
  const row = (await loadAllRows('auto')).find((r) => r.key === 'x:p')!;
  render(<PostDetail postKey="x:p" row={row} onDeleted={() => {}} />);
  const rates = await screen.findByLabelText('Its rates now');
  const lines = Array.from(rates.querySelectorAll('div')).map((d) => d.textContent);
  // 30 likes, 300 views, 1,000 followers; 20 likes gained in the hour between the two readings;
  // no other post of Alice's, so no outlier score.
  expect(lines).toEqual([
    `ER${formatPercent(0.1)} (likes + comments + reposts + saves, those shown) ÷ views`,
    `ER followers${formatPercent(0.03)} (likes + comments + reposts + saves, those shown) ÷ followers`,
    `ER views${formatPercent(0.1)} (likes + comments + reposts + saves, those shown) ÷ views`,
    // The two readings compared, by their times (the badge compares the same two).
    'Velocity20/h engagement gained ÷ hours between the PostLens readings of Jan 10, 2025, 12:00 PM and Jan 10, 2025, 1:00 PM',
    "Outlier— needs 3 other posts by @alice with an ER on the same basis, their median above 0 · ER ÷ median ER of the author's other posts seen, on the same basis (views or followers)",
  ]);
});

it('writes out no rates before the table’s rows are read', async () => {
  const author = { handle: 'alice', name: 'Alice', followers: 1000 };
  await record([reading({ postId: 'p', author, likes: 10, views: 100 })]);
  render(<PostDetail postKey="x:p" row={null} onDeleted={() => {}} />);
  expect(await screen.findByText('1 snapshot')).toBeTruthy();
  expect(screen.queryByLabelText('Its rates now')).toBeNull();
});
