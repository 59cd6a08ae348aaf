// While only the first rows are in (the highest ER first, read before the rest: use-rows.ts), a
// sort other than that one, or a filter, would order and filter those rows alone: the table would
// show as "the top by likes" posts that are not. It shows no rows as the answer then, and says the
// sort and filter apply once every post is read; the ER order the first rows are read in shows at once.
import { useState } from 'preact/hooks';
import { PostsView } from '@/components/dashboard/posts-view';
import { useRows } from '@/components/dashboard/use-rows';
import { EMPTY_FILTER, type RowFilter } from '@/lib/queries';
import type { TableSort } from '@/lib/table-views';
import { act, render, screen, waitFor, within } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

/** loadAllRows held until `release` is called: the first rows stay on screen meanwhile. */
const gate = vi.hoisted(() => ({ release: () => {}, held: Promise.resolve() }));
vi.mock('@/lib/queries', async (original) => {
  const real = await original<typeof import('@/lib/queries')>();
  return {
    ...real,
    loadAllRows: async (...args: Parameters<typeof real.loadAllRows>) => {
      await gate.held;
      return real.loadAllRows(...args);
    },
  };
});

beforeEach(async () => {
  await resetAll();
  // A window 300 px high: 21 first rows (firstRowCount) of the 30 posts.
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(300);
  gate.held = new Promise<void>((r) => {
    gate.release = r;
  });
});

/** 29 posts with a high ER and few likes, one with a low ER and the most likes (not among the first rows). */
async function seed() {
  const posts = Array.from({ length: 29 }, (_, i) =>
    reading({ postId: `${i + 1}`, text: `small ${i + 1}`, likes: 10 + i, views: 100 }),
  );
  posts.push(reading({ postId: 'big', text: 'Big hit', likes: 5000, views: 5_000_000 }));
  await record(posts);
}

function Page({ sort, filter = EMPTY_FILTER }: { sort: TableSort; filter?: RowFilter }) {
  const state = useRows(0);
  const [s, setS] = useState(sort);
  const [f, setF] = useState(filter);
  return state.status === 'ready' ? (
    <PostsView rows={state.rows} sort={s} onSort={setS} filter={f} onFilter={setF} />
  ) : null;
}

const postTexts = () =>
  within(screen.getByRole('table'))
    .queryAllByRole('row')
    .filter((r) => !r.classList.contains('spacer') && r.closest('tbody'))
    .map((r) => within(r).getAllByRole('link')[0]!.textContent);

const loading = () => screen.findByText(/Loading all 30 posts/);

it('sorted by likes: no first rows passed off as the top; the true top once all are in', async () => {
  await seed();
  render(<Page sort={{ key: 'likes', dir: 'desc' }} />);
  const status = await loading();
  // Not "small 20" on top, as if it had the most likes.
  expect(postTexts()).toEqual([]);
  expect(status.textContent).toMatch(/sort|filter/i);
  await act(async () => gate.release());
  await waitFor(() => expect(postTexts()[0]).toBe('Big hit'));
});

it('filtered: not the matches among the first rows passed off as all of them', async () => {
  await seed();
  // "small 1" and "small 10" to "small 19"; "small 1" (the fewest likes, the lowest ER of them) is
  // not among the first rows.
  render(<Page sort={{ key: 'er', dir: 'desc' }} filter={{ ...EMPTY_FILTER, text: 'small 1' }} />);
  const status = await loading();
  expect(postTexts()).toEqual([]);
  expect(status.textContent).toMatch(/sort|filter/i);
  await act(async () => gate.release());
  await waitFor(() => expect(postTexts()).toHaveLength(11));
  expect(postTexts().at(-1)).toBe('small 1');
});

it('in the ER order the first rows are read in: shown at once', async () => {
  await seed();
  render(<Page sort={{ key: 'er', dir: 'desc' }} />);
  await loading();
  expect(postTexts().length).toBeGreaterThan(0);
  expect(postTexts()).not.toContain('Big hit');
  await act(async () => gate.release());
  await screen.findByText('30 posts');
});
