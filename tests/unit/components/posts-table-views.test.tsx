import { noPostingTime } from '@/components/dashboard/columns';
import { PostsView } from '@/components/dashboard/posts-view';
import { loadAllRows } from '@/lib/queries/posts';
import type { PostRow } from '@/lib/queries/rows';
import { columnsItem, DEFAULT_COLUMNS, getViews, MAX_VIEW_NAME, viewsItem } from '@/lib/table-views';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';
import { clock, DAY, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

/** Three posts with a posting time (oldest first seen first) and one without. */
async function seed(): Promise<PostRow[]> {
  const t0 = clock.now;
  const posts = [
    { postId: '1', text: 'Launch day', likes: 50, publishedAt: new Date(t0 - 3 * DAY).toISOString() },
    { postId: '2', text: 'Quiet update', likes: 5, publishedAt: new Date(t0 - 2 * DAY).toISOString() },
    { postId: '3', text: 'No time', likes: 20, publishedAt: null },
    { postId: '4', text: 'Fresh', likes: 1, publishedAt: new Date(t0 - DAY).toISOString() },
  ];
  for (const [i, p] of posts.entries()) await record([reading({ ...p, views: 1000 })], null, t0 + i * DAY);
  return loadAllRows('auto');
}

const bodyRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((r) => !r.classList.contains('spacer') && r.closest('tbody'));
const postTexts = () => bodyRows().map((r) => within(r).getAllByRole('link')[0]!.textContent);
const headers = () =>
  within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .map((th) => th.querySelector('button')!.firstChild!.textContent);
const sortBy = (label: string) => fireEvent.click(screen.getByRole('button', { name: label }));

describe('Posted and First seen', () => {
  it('shows the posting time, never first seen, and a dash with its reason when there is none', async () => {
    render(<PostsView rows={await seed()} />);
    expect(headers()).toContain('Posted');
    expect(headers()).toContain('First seen');
    expect(headers()).not.toContain('Date');
    const row = bodyRows().find((r) => r.textContent?.includes('No time'))!;
    const dash = within(row).getByTitle(noPostingTime());
    expect(dash.textContent).toBe('—');
  });

  it('gives each rate its formula on hover, and a blank one what it needs first', async () => {
    render(<PostsView rows={await seed()} />);
    const row = bodyRows().find((r) => r.textContent?.includes('Launch day'))!;
    // 50 likes of 1,000 views: ER (by views) 5 %; one reading, so no velocity yet.
    expect(
      within(row).getByTitle('(likes + comments + reposts + saves, those shown) ÷ views').textContent,
    ).toBe('5%');
    expect(
      within(row).getByTitle(
        'needs 2 stored readings; 1 so far · engagement gained ÷ hours between the latest reading and the newest one 5 min or more before it',
      ).textContent,
    ).toBe('—');
  });

  it('sorts by either, rows without a posting time last in both directions', async () => {
    render(<PostsView rows={await seed()} />);
    sortBy('Posted');
    expect(postTexts()).toEqual(['Fresh', 'Quiet update', 'Launch day', 'No time']);
    sortBy('Posted');
    expect(postTexts()).toEqual(['Launch day', 'Quiet update', 'Fresh', 'No time']);
    sortBy('First seen');
    expect(postTexts()).toEqual(['Fresh', 'No time', 'Quiet update', 'Launch day']);
    sortBy('First seen');
    expect(postTexts()).toEqual(['Launch day', 'Quiet update', 'No time', 'Fresh']);
  });
});

describe('the column chooser', () => {
  it('hides and shows any column but the post, and keeps the choice', async () => {
    const rows = await seed();
    const first = render(<PostsView rows={rows} />);
    expect(headers()).toEqual([
      'Platform',
      'Author',
      'Post',
      'Posted',
      'First seen',
      'Likes',
      'Comments',
      'Reposts',
      'Views',
      'ER',
      'Velocity',
    ]);
    fireEvent.click(screen.getByLabelText('Likes column'));
    fireEvent.click(screen.getByLabelText('Outlier column'));
    expect(headers()).not.toContain('Likes');
    expect(headers()).toContain('Outlier');
    expect(screen.queryByLabelText('Post column')).toBeNull();
    await waitFor(async () => expect(await columnsItem.getValue()).toContain('outlier'));
    expect(await columnsItem.getValue()).not.toContain('likes');
    first.unmount();
    render(<PostsView rows={rows} />);
    await waitFor(() => expect(headers()).toContain('Outlier'));
    expect(headers()).not.toContain('Likes');
    fireEvent.click(screen.getByLabelText('Likes column'));
    expect(headers()).toContain('Likes');
  });

  it('drops unknown column ids it reads back', async () => {
    await columnsItem.setValue(['likes', 'no-such-column', 'posted']);
    render(<PostsView rows={await seed()} />);
    await waitFor(() => expect(headers()).toEqual(['Post', 'Posted', 'Likes']));
    expect(DEFAULT_COLUMNS).toContain('platform');
  });
});

describe('saved views', () => {
  it('saves the filter, sort and columns, restores them and deletes the view', async () => {
    render(<PostsView rows={await seed()} />);
    fireEvent.input(screen.getByLabelText('Text'), { target: { value: 'u' } });
    sortBy('Likes');
    sortBy('Likes');
    fireEvent.click(screen.getByLabelText('Views column'));
    fireEvent.input(screen.getByLabelText('View name'), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByText('Save view'));
    await waitFor(async () => expect((await getViews()).map((v) => v.name)).toEqual(['Mine']));
    expect(postTexts()).toEqual(['Quiet update', 'Launch day']);
    // Change everything, then restore.
    fireEvent.input(screen.getByLabelText('Text'), { target: { value: '' } });
    sortBy('ER');
    fireEvent.click(screen.getByLabelText('Views column'));
    expect(postTexts()).toHaveLength(4);
    fireEvent.click(await screen.findByRole('button', { name: 'Mine' }));
    expect(postTexts()).toEqual(['Quiet update', 'Launch day']);
    expect((screen.getByLabelText('Text') as HTMLInputElement).value).toBe('u');
    expect(screen.getByRole('button', { name: 'Likes' }).closest('th')?.getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(headers()).not.toContain('Views');
    fireEvent.click(screen.getByLabelText('Delete view Mine'));
    await waitFor(async () => expect(await getViews()).toEqual([]));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Mine' })).toBeNull());
  });

  it('refuses a name longer than the limit, without cutting it', async () => {
    render(<PostsView rows={await seed()} />);
    const long = 'v'.repeat(MAX_VIEW_NAME + 1);
    fireEvent.input(screen.getByLabelText('View name'), { target: { value: long } });
    fireEvent.click(screen.getByText('Save view'));
    expect((await screen.findByRole('alert')).textContent).toContain(`at most ${MAX_VIEW_NAME} characters`);
    expect((screen.getByLabelText('View name') as HTMLInputElement).value).toBe(long);
    expect(await viewsItem.getValue()).toEqual([]);
    fireEvent.input(screen.getByLabelText('View name'), { target: { value: long.slice(1) } });
    fireEvent.click(screen.getByText('Save view'));
    await waitFor(async () => expect((await getViews()).map((v) => v.name)).toEqual([long.slice(1)]));
  });
});

describe('keys', () => {
  afterEach(() => {
    location.hash = '';
    vi.restoreAllMocks();
  });
  const press = (key: string, init: KeyboardEventInit = {}, target: Element = document.body) =>
    fireEvent.keyDown(target, { key, ...init });
  const active = () => bodyRows().filter((r) => r.classList.contains('active'));

  it('/ focuses the text search', async () => {
    render(<PostsView rows={await seed()} />);
    press('/');
    expect(document.activeElement).toBe(screen.getByLabelText('Text'));
  });

  it('j and k move the highlighted row; Enter opens it', async () => {
    render(<PostsView rows={await seed()} />);
    sortBy('Likes');
    expect(active()).toEqual([]);
    press('j');
    expect(active().map((r) => r.textContent)).toEqual([expect.stringContaining('Launch day')]);
    expect(active()[0]!.getAttribute('aria-current')).toBe('true');
    press('j');
    press('j');
    press('k');
    expect(active()[0]!.textContent).toContain('No time');
    press('Enter');
    expect(location.hash).toBe(`#/post/${encodeURIComponent('x:3')}`);
  });

  it('k from nothing highlights the last of 10,000 rows and scrolls it into view', async () => {
    const [base] = await seed();
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      ...base!,
      key: `x:${i}`,
      text: `post ${i}`,
      likes: i,
    }));
    const { container } = render(<PostsView rows={rows} />);
    sortBy('Likes');
    sortBy('Likes');
    expect(postTexts()).not.toContain('post 9999');
    // happy-dom lays nothing out, so scrolls nowhere: a scroller that goes where it is told.
    const scroller = container.querySelector<HTMLElement>('.table-scroll')!;
    let top = 0;
    Object.defineProperty(scroller, 'scrollTop', { get: () => top, configurable: true });
    Object.defineProperty(scroller, 'scrollHeight', { get: () => 10_001 * 36, configurable: true });
    Object.defineProperty(scroller, 'clientHeight', { get: () => 600, configurable: true });
    const scrollTo = vi.spyOn(scroller, 'scrollTo').mockImplementation((to) => {
      top = (to as ScrollToOptions).top ?? 0;
      scroller.dispatchEvent(new Event('scroll'));
    });
    press('k');
    expect(scrollTo).toHaveBeenCalled();
    expect((scrollTo.mock.calls[0]![0] as ScrollToOptions).top).toBeGreaterThan(9_980 * 36);
    await waitFor(() =>
      expect(active().map((r) => within(r).getAllByRole('link')[0]!.textContent)).toEqual(['post 9999']),
    );
  });

  it('e exports JSON of what the table shows', async () => {
    const click = vi.spyOn(HTMLButtonElement.prototype, 'click').mockImplementation(() => {});
    render(<PostsView rows={await seed()} />);
    press('e');
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLButtonElement).textContent).toBe('Export JSON');
    fireEvent.input(screen.getByLabelText('Text'), { target: { value: 'quiet' } });
    press('e');
    // The filtered posts: the scope switches to them before the button is pressed.
    await waitFor(() => expect(click).toHaveBeenCalledTimes(2));
    expect(screen.getByRole('radio', { name: /Filtered/ })).toHaveProperty('checked', true);
  });

  it('ignores the keys while typing in a field or with a modifier held', async () => {
    const click = vi.spyOn(HTMLButtonElement.prototype, 'click').mockImplementation(() => {});
    render(<PostsView rows={await seed()} />);
    const text = screen.getByLabelText('Text');
    text.focus();
    for (const key of ['j', 'k', 'e', '/', 'Enter']) press(key, {}, text);
    press('j', {}, screen.getByLabelText('View name'));
    press('j', { ctrlKey: true });
    press('e', { metaKey: true });
    press('/', { altKey: true });
    expect(active()).toEqual([]);
    expect(click).not.toHaveBeenCalled();
    expect(location.hash).toBe('');
    expect(document.activeElement).toBe(text);
    text.blur();
    press('/', { ctrlKey: true });
    expect(document.activeElement).not.toBe(text);
  });
});
