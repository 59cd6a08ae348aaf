// The stars: on the dashboard's post view, on each popup post and on each author compared. Each
// click stars or unstars in the stored watchlist, and every star of the same key follows it.

import { StarToggle } from '@/components/common/star-toggle';
import { ComparisonTable } from '@/components/dashboard/comparison-table';
import { PostDetail } from '@/components/dashboard/post-detail';
import { PostItem } from '@/components/popup/post-item';
import { loadComparison, loadRowsForKeys } from '@/lib/queries';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll, spyOnWatch } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
// uPlot draws on a canvas, which the test DOM lacks (the post view has a chart).
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(async () => {
  await resetAll();
  await record([reading({ postId: '1', likes: 10, views: 100 })]);
});

const stored = () => watchlistItem.getValue();
const pressed = (el: HTMLElement) => el.getAttribute('aria-pressed');
/** The star once it has read the watchlist (disabled until then). */
async function readyStar(name: string): Promise<HTMLElement> {
  const star = await screen.findByRole('button', { name });
  await waitFor(() => expect((star as HTMLButtonElement).disabled).toBe(false));
  return star;
}

it('stars and unstars a post, keeping the rest of the watchlist', async () => {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:9'], postFactor: 4 });
  render(<StarToggle kind="posts" itemKey="x:1" label="this post" />);
  const star = await readyStar('Star this post');
  expect(pressed(star)).toBe('false');
  fireEvent.click(star);
  await waitFor(() => expect(pressed(star)).toBe('true'));
  expect(star.textContent).toBe('★ Starred');
  expect(await stored()).toEqual({ ...DEFAULT_WATCHLIST, posts: ['x:9', 'x:1'], postFactor: 4 });
  // One name whether on or off: aria-pressed says which.
  fireEvent.click(screen.getByRole('button', { name: 'Star this post', pressed: true }));
  await waitFor(() => expect(pressed(star)).toBe('false'));
  expect((await stored()).posts).toEqual(['x:9']);
});

it('follows a star set elsewhere (another star of the same post, another page)', async () => {
  render(<StarToggle kind="authors" itemKey="x:someone" label="@someone" />);
  const star = await readyStar('Star @someone');
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, authors: ['x:someone'] });
  await waitFor(() => expect(pressed(star)).toBe('true'));
});

it('reads the watchlist once and listens once for all the stars on a page, and stops when they go', async () => {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:3'] });
  const read = vi.spyOn(watchlistItem, 'getValue');
  const { watch, unwatched } = spyOnWatch(watchlistItem);
  onTestFinished(() => read.mockRestore());
  const keys = Array.from({ length: 20 }, (_, i) => `x:${i}`);
  const page = render(keys.map((k) => <StarToggle key={k} kind="posts" itemKey={k} label={k} />));
  const third = await readyStar('Star x:3');
  for (const k of keys.filter((k) => k !== 'x:3'))
    expect(pressed(await readyStar(`Star ${k}`))).toBe('false');
  expect(pressed(third)).toBe('true');
  expect([read.mock.calls.length, watch.mock.calls.length]).toEqual([1, 1]);
  // A star set elsewhere reaches every star through the one listener.
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:3', 'x:7'] });
  await waitFor(() => expect(pressed(screen.getByRole('button', { name: 'Star x:7' }))).toBe('true'));
  // All gone: the listener is taken off, and a star shown later reads the list afresh.
  page.unmount();
  await waitFor(() => expect(unwatched).toHaveBeenCalledTimes(1));
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:7'] });
  render(<StarToggle kind="posts" itemKey="x:3" label="x:3" />);
  expect(pressed(await readyStar('Star x:3'))).toBe('false');
  expect([read.mock.calls.length, watch.mock.calls.length]).toEqual([2, 2]);
});

it('shows a click on every star of the item at once, without waiting for the storage listener', async () => {
  // The listener never hears of the change: only what the click stored can turn the stars.
  const watch = vi.spyOn(watchlistItem, 'watch').mockImplementation(() => () => {});
  onTestFinished(() => watch.mockRestore());
  render(
    <div>
      <StarToggle kind="posts" itemKey="x:1" label="this post" />
      <StarToggle kind="posts" itemKey="x:1" label="the same post" />
    </div>,
  );
  fireEvent.click(await readyStar('Star this post'));
  await waitFor(() =>
    expect(pressed(screen.getByRole('button', { name: 'Star the same post' }))).toBe('true'),
  );
  expect(pressed(screen.getByRole('button', { name: 'Star this post' }))).toBe('true');
  expect((await stored()).posts).toEqual(['x:1']);
});

it('is on the dashboard post view', async () => {
  render(<PostDetail postKey="x:1" onDeleted={() => {}} />);
  fireEvent.click(await readyStar('Star this post'));
  await waitFor(async () => expect((await stored()).posts).toEqual(['x:1']));
});

it('is on each popup post', async () => {
  const [post] = await loadRowsForKeys(['x:1'], 'auto');
  render(<PostItem post={post!} dashboardUrl="chrome-extension://test-extension/dashboard.html" />);
  fireEvent.click(await readyStar('Star post by Some One: “post 1”'));
  await waitFor(async () => expect((await stored()).posts).toEqual(['x:1']));
});

it('is on each author in the comparison', async () => {
  const comparison = await loadComparison(['x:someone'], 'auto');
  render(<ComparisonTable comparison={comparison} onDelete={() => {}} />);
  fireEvent.click(await readyStar('Star @someone'));
  await waitFor(async () => expect((await stored()).authors).toEqual(['x:someone']));
});
