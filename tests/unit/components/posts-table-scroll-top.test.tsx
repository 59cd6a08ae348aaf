// The Posts table scrolled far down, then sorted anew or filtered: the user must see the top of
// the new order (the post with the most likes under "Likes ▼", the first posts the search finds),
// not whatever rows now sit at the old scroll offset. A highlighted row (j / k) still shown is
// kept in view instead, as before.
import { PostsView } from '@/components/dashboard/posts-view';
import { buildRow, type PostRow } from '@/lib/queries/rows';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

const ROW = 36;
const COUNT = 10_000;

function rows(): PostRow[] {
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
  // Likes rise with the index; comments fall with it, so each sort puts other posts on top. The ER
  // (the default sort, descending) falls with the index, so post i is row i without ties (ties go
  // by post key, where "x:10" comes before "x:2").
  return Array.from({ length: COUNT }, (_, i) => ({
    ...base,
    key: `x:${i}`,
    postId: String(i),
    text: i % 10 === 0 ? `launch ${i}` : `post ${i}`,
    likes: i,
    comments: COUNT - i,
    er: 1 - i / COUNT,
  }));
}

const bodyRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((r) => !r.classList.contains('spacer') && r.closest('tbody'));
const postTexts = () => bodyRows().map((r) => within(r).getAllByRole('link')[0]!.textContent);

/** happy-dom lays nothing out: a scroller that goes where it is told, scrolled to `top` first. */
function scroller(container: Element, start: number) {
  const el = container.querySelector<HTMLElement>('.table-scroll')!;
  let top = start;
  let height = (COUNT + 1) * ROW;
  Object.defineProperty(el, 'scrollTop', { get: () => top, configurable: true });
  Object.defineProperty(el, 'scrollHeight', { get: () => height, configurable: true });
  Object.defineProperty(el, 'clientHeight', { get: () => 600, configurable: true });
  vi.spyOn(el, 'scrollTo').mockImplementation((to) => {
    top = (to as ScrollToOptions).top ?? 0;
    el.dispatchEvent(new Event('scroll'));
  });
  el.dispatchEvent(new Event('scroll'));
  return {
    top: () => top,
    /** The browser's clamp when the content shrinks under the offset. */
    shrinkTo: (n: number) => {
      height = (n + 1) * ROW;
      top = Math.min(top, Math.max(0, height - 600));
      el.dispatchEvent(new Event('scroll'));
    },
  };
}

describe('the Posts table scrolled down', () => {
  it('sorted by Likes, shows the post with the most likes, not the rows at the old offset', async () => {
    const { container } = render(<PostsView rows={rows()} />);
    const s = scroller(container, 5_000 * ROW);
    await waitFor(() => expect(postTexts()).toContain('post 5005'));
    fireEvent.click(screen.getByRole('button', { name: 'Likes' }));
    expect(screen.getByRole('button', { name: 'Likes' }).closest('th')?.getAttribute('aria-sort')).toBe(
      'descending',
    );
    await waitFor(() => expect(postTexts()[0]).toBe('post 9999'));
    expect(s.top()).toBe(0);
  });

  it('filtered by text, shows the first posts found, not the last', async () => {
    const { container } = render(<PostsView rows={rows()} />);
    const s = scroller(container, 5_000 * ROW);
    await waitFor(() => expect(postTexts()).toContain('post 5005'));
    fireEvent.click(screen.getByRole('button', { name: 'Likes' }));
    fireEvent.input(screen.getByLabelText('Text'), { target: { value: 'launch' } });
    s.shrinkTo(1_000);
    expect(screen.getByText('1,000 of 10,000 posts')).toBeTruthy();
    await waitFor(() => expect(postTexts()[0]).toBe('launch 9990'));
    expect(s.top()).toBe(0);
  });

  it('keeps a highlighted row in view when the order changes, rather than the top', async () => {
    const { container } = render(<PostsView rows={rows()} />);
    const s = scroller(container, 0);
    fireEvent.click(screen.getByRole('button', { name: 'Likes' }));
    fireEvent.keyDown(document.body, { key: 'k' });
    // 'launch 0' is the last under Likes ▼ and the first under Comments ▼: it stays highlighted.
    await waitFor(() => expect(s.top()).toBeGreaterThan(9_000 * ROW));
    fireEvent.click(screen.getByRole('button', { name: 'Comments' }));
    await waitFor(() => expect(postTexts()[0]).toBe('launch 0'));
    expect(bodyRows()[0]!.getAttribute('aria-current')).toBe('true');
  });
});
