import { PostsView } from '@/components/dashboard/posts-view';
import { loadAllRows } from '@/lib/queries/posts';
import { buildRow, type PostRow } from '@/lib/queries/rows';
import { fireEvent, render, screen, within } from '../testing-library';
import { clock, DAY, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

async function seed(): Promise<PostRow[]> {
  const t0 = clock.now;
  await record(
    [
      reading({
        postId: '1',
        text: 'Launch day',
        likes: 50,
        views: 1000,
        publishedAt: new Date(t0 - 3 * DAY).toISOString(),
      }),
      reading({
        postId: '2',
        text: 'Quiet update',
        likes: 5,
        views: 1000,
        publishedAt: new Date(t0 - 2 * DAY).toISOString(),
      }),
      reading({
        platform: 'reddit',
        postId: 't3_x',
        url: 'https://www.reddit.com/r/a/comments/x/',
        author: { handle: 'bob', name: 'Bob' },
        text: 'Reddit thing',
        likes: 300,
        views: null,
        publishedAt: new Date(t0 - DAY).toISOString(),
      }),
    ],
    null,
  );
  return loadAllRows('auto');
}

const bodyRows = () => {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .filter((r) => !r.classList.contains('spacer') && r.closest('tbody'));
};
const postTexts = () => bodyRows().map((r) => within(r).getAllByRole('link')[0]!.textContent);

it('sorts by ER first, then by any column, toggling direction', async () => {
  render(<PostsView rows={await seed()} />);
  // ER by views (auto): 5% and 0.5%; the Reddit post shows no views or followers, so no ER: last.
  expect(postTexts()).toEqual(['Launch day', 'Quiet update', 'Reddit thing']);
  const likes = screen.getByRole('button', { name: 'Likes' });
  fireEvent.click(likes);
  expect(postTexts()).toEqual(['Reddit thing', 'Launch day', 'Quiet update']);
  expect(likes.closest('th')?.getAttribute('aria-sort')).toBe('descending');
  fireEvent.click(likes);
  expect(postTexts()).toEqual(['Quiet update', 'Launch day', 'Reddit thing']);
  expect(likes.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
  fireEvent.click(screen.getByRole('button', { name: 'Posted' }));
  expect(postTexts()).toEqual(['Reddit thing', 'Quiet update', 'Launch day']);
});

it('filters by platform, author, text and date range', async () => {
  render(<PostsView rows={await seed()} />);
  fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'reddit' } });
  expect(postTexts()).toEqual(['Reddit thing']);
  expect(screen.getByText('1 of 3 posts')).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Platform'), { target: { value: '' } });
  fireEvent.change(screen.getByLabelText('Author'), { target: { value: 'x:someone' } });
  expect(postTexts()).toEqual(['Launch day', 'Quiet update']);
  fireEvent.input(screen.getByLabelText('Text'), { target: { value: 'quiet' } });
  expect(postTexts()).toEqual(['Quiet update']);
  fireEvent.change(screen.getByLabelText('Author'), { target: { value: '' } });
  fireEvent.input(screen.getByLabelText('Text'), { target: { value: '' } });
  const day = (offset: number) => new Date(clock.now + offset * DAY).toISOString().slice(0, 10);
  fireEvent.change(screen.getByLabelText('From'), { target: { value: day(-2) } });
  fireEvent.change(screen.getByLabelText('To'), { target: { value: day(-2) } });
  expect(postTexts()).toEqual(['Quiet update']);
});

it('renders page text as text and links only https permalinks of the post’s platform', async () => {
  await record([reading({ postId: '9', text: '<img src=x onerror="alert(1)"><b>bold</b>' })]);
  const rows = await loadAllRows('auto');
  // A stored url the page should never have produced (e.g. from an old import): not a link.
  rows.push({
    ...rows[0]!,
    key: 'x:evil',
    postId: 'evil',
    url: 'https://evil.example/x/status/1',
    text: 'evil',
  });
  rows.push({ ...rows[0]!, key: 'x:js', postId: 'js', url: 'javascript:alert(1)', text: 'js' });
  const { container } = render(<PostsView rows={rows} />);
  expect(container.querySelector('img, b')).toBeNull();
  expect(screen.getByText('<img src=x onerror="alert(1)"><b>bold</b>')).toBeTruthy();
  const external = [...container.querySelectorAll('a[target="_blank"]')].map((a) => a.getAttribute('href'));
  expect(external).toEqual(['https://x.com/someone/status/9']);
});

it('renders only the visible rows of 10,000 posts', () => {
  const base = buildRow(
    {
      key: 'x:0',
      platform: 'x',
      postId: '0',
      url: 'https://x.com/a/status/0',
      authorKey: 'x:a',
      authorHandle: 'a',
      authorName: 'A',
      publishedAt: null,
      text: 'post',
      promoted: false,
      firstSeen: 0,
      lastSeen: 0,
    },
    [],
    undefined,
    'auto',
  );
  const rows: PostRow[] = Array.from({ length: 10_000 }, (_, i) => ({
    ...base,
    key: `x:${i}`,
    postId: String(i),
    text: `post ${i}`,
    likes: i,
  }));
  render(<PostsView rows={rows} />);
  expect(screen.getByText('10,000 posts')).toBeTruthy();
  const shown = bodyRows().length;
  expect(shown).toBeGreaterThan(5);
  expect(shown).toBeLessThan(60);
  fireEvent.click(screen.getByRole('button', { name: 'Likes' }));
  expect(postTexts()[0]).toBe('post 9999');
  expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('10001');
});
