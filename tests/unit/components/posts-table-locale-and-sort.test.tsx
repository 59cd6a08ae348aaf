// The dashboard's posts table and post page in the user's language, and the table's order kept
// across a visit to a post. A German user (browser language de, German messages, as
// popup-locale.test.tsx models one) reads 12.345 likes, "1,23 %" and "04.03.2025": "12,345" is
// twelve point three to them, and "Mar 4, 2025" is not their date.
import { createElement } from 'preact';
import { COLUMNS } from '@/components/dashboard/columns';
import { FiltersBar } from '@/components/dashboard/filters-bar';
import { PostDetail } from '@/components/dashboard/post-detail';
import { PostsView } from '@/components/dashboard/posts-view';
import { SnapshotTable } from '@/components/dashboard/snapshot-table';
import { App as DashboardApp } from '@/entrypoints/dashboard/App';
import { EMPTY_ANNOTATIONS } from '@/lib/annotations';
import { setMessageLookup } from '@/lib/i18n';
import { EMPTY_FILTER, type PostRow } from '@/lib/queries';
import { loadAllRows } from '@/lib/queries/posts';
import type { SnapshotRecord } from '@/lib/records';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, within } from '../testing-library';
import { clock, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

// Intl puts a no-break space before "%" and in times: compared as a plain space.
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

describe('German: the posts table, its filters and the post page write numbers and dates the German way', () => {
  beforeEach(async () => setMessageLookup(lookupFrom(await loadMessages('de')), 'de'));

  const author = { handle: 'alice', name: 'Alice', followers: 2_500_000 };

  it('every column of the posts table writes its figure in German', async () => {
    // Posted 4 Jan 2025, first seen 10 Jan 2025 (clock.now); ER by views 12,345 / 1,000,000.
    await record(
      [
        reading({
          postId: 'p1',
          author,
          likes: 12_345,
          views: 1_000_000,
          publishedAt: '2025-01-04T09:00:00.000Z',
        }),
      ],
      null,
      clock.now,
    );
    const [row] = await loadAllRows('auto');
    // Figures no single reading makes (many snapshots, a second reading, the author's median).
    const r: PostRow = { ...row!, snapshotCount: 1234, velocity: 2.5, outlier: 1.5 };
    const cell = (id: string) => {
      const c = COLUMNS.find((x) => x.id === id)!;
      const { container } = render(<div>{c.cell(r)}</div>);
      const text = plain(container.textContent);
      container.remove();
      return text;
    };
    expect(cell('likes')).toBe('12.345');
    expect(cell('views')).toBe('1.000.000');
    expect(cell('followers')).toBe('2.500.000');
    expect(cell('engagement')).toBe('12.345');
    expect(cell('snapshotCount')).toBe('1.234');
    expect(cell('er')).toBe('1,23 %');
    expect(cell('erViews')).toBe('1,23 %');
    // 12,345 / 2,500,000 = 0.4938 %.
    expect(cell('erFollowers')).toBe('0,49 %');
    expect(cell('velocity')).toBe('2,5/h');
    expect(cell('outlier')).toBe('1,5×');
    expect(cell('posted')).toBe('04.01.2025');
    expect(cell('firstSeen')).toBe('10.01.2025');
  });

  it('the posts table shows 12,345 likes as "12.345", never "12,345"', async () => {
    await record([reading({ postId: 'p1', author, likes: 12_345, views: 1_234_567 })], null, clock.now);
    render(<PostsView rows={await loadAllRows('auto')} />);
    const text = plain(screen.getByRole('table').textContent);
    expect(text).toContain('12.345');
    expect(text).toContain('1.234.567');
    expect(text).not.toContain('12,345');
  });

  it('the filtered count reads "1.234 von 1.500 Beiträgen", never "1,234 von 1.500"', async () => {
    await record([reading({ postId: 'p1', likes: 5, views: 100 })], null, clock.now);
    const [one] = await loadAllRows('auto');
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      ...one!,
      key: `x:${i}`,
      postId: String(i),
      text: i < 1234 ? `launch ${i}` : `other ${i}`,
    }));
    render(<PostsView rows={rows} filter={{ ...EMPTY_FILTER, text: 'launch' }} onFilter={() => {}} />);
    expect(plain(screen.getAllByRole('status')[0]!.textContent)).toBe('1.234 von 1.500 Beiträgen');
  });

  it('the tag filter counts a tag on 1,234 posts as "1.234"', () => {
    const tags = Object.fromEntries(Array.from({ length: 1234 }, (_, i) => [`x:${i}`, ['launch']]));
    render(
      <FiltersBar
        filter={EMPTY_FILTER}
        authors={[]}
        annotations={{ ...EMPTY_ANNOTATIONS, tags }}
        onChange={() => {}}
      />,
    );
    const option = screen.getByRole('option', { name: /^launch/ });
    expect(plain(option.textContent)).toBe('launch (1.234)');
  });

  it('the post page writes its times in German ("Veröffentlicht 04.03.2025, 09:00")', async () => {
    const t0 = Date.UTC(2025, 2, 4, 12, 0, 0);
    await record(
      [
        reading({
          postId: 'p1',
          author,
          likes: 12_345,
          views: 1_234_567,
          publishedAt: '2025-03-04T09:00:00.000Z',
        }),
      ],
      null,
      t0,
    );
    render(createElement(PostDetail, { postKey: 'x:p1', row: null, onDeleted: () => {} }));
    await screen.findByRole('table');
    const all = plain(document.body.textContent);
    expect(all).toContain(
      'Veröffentlicht 04.03.2025, 09:00 · zuerst gesehen 04.03.2025, 12:00 · zuletzt gesehen 04.03.2025, 12:00',
    );
    expect(all).not.toContain('Mar 4, 2025');
  });

  it('the snapshot table writes its time, counts and rates in German', () => {
    const s = {
      id: 1,
      postKey: 'x:p1',
      capturedAt: Date.UTC(2025, 2, 4, 12, 0, 0),
      likes: 12_345,
      comments: 1_000,
      reposts: null,
      saves: null,
      views: 2_000_000,
      followers: 2_500_000,
    } as unknown as SnapshotRecord;
    render(<SnapshotTable snapshots={[s]} followersFallback={null} />);
    const cells = within(screen.getAllByRole('row')[1]!)
      .getAllByRole('cell')
      .map((c) => plain(c.textContent));
    // Captured, likes, comments, reposts, saves, views, followers, engagement, ER (followers), ER (views).
    expect(cells).toEqual([
      '04.03.2025, 12:00',
      '12.345',
      '1.000',
      '—',
      '—',
      '2.000.000',
      '2.500.000',
      '13.345',
      '0,53 %',
      '0,67 %',
    ]);
  });
});

describe('the posts table keeps its order and highlighted row across a visit to a post', () => {
  afterEach(() => {
    location.hash = '';
  });
  const go = (hash: string) => {
    location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  };
  const bodyRows = () =>
    within(screen.getByRole('table'))
      .getAllByRole('row')
      .filter((r) => !r.classList.contains('spacer') && r.closest('tbody'));
  const texts = () => bodyRows().map((r) => within(r).getAllByRole('link')[0]!.textContent);
  const likesHeader = () => screen.getByRole('button', { name: /^Likes/ }).closest('th');

  async function seedTwo() {
    // ER by views: "High ER" 10 %, "Many likes" 1 %; by likes the other way round.
    await record(
      [
        reading({ postId: 'a', text: 'High ER', likes: 100, views: 1000 }),
        reading({ postId: 'b', text: 'Many likes', likes: 500, views: 50_000 }),
      ],
      null,
      clock.now,
    );
    location.hash = '#/posts';
    render(<DashboardApp />);
    await screen.findByText('2 posts');
    expect(texts()).toEqual(['High ER', 'Many likes']);
    fireEvent.click(screen.getByRole('button', { name: 'Likes' }));
    expect(texts()).toEqual(['Many likes', 'High ER']);
  }

  it('sorted by Likes, a post opened and "← All posts" show the table still sorted by Likes', async () => {
    await seedTwo();
    go('#/post/x%3Ab');
    await screen.findByText('1 snapshot');
    go('#/posts');
    await screen.findByText('2 posts');
    expect(likesHeader()?.getAttribute('aria-sort')).toBe('descending');
    expect(texts()).toEqual(['Many likes', 'High ER']);
  });

  it('a post opened with j and Enter: back on the table, the order and the highlighted row are kept', async () => {
    await seedTwo();
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    // The second row by likes: "High ER".
    expect(bodyRows()[1]!.classList.contains('active')).toBe(true);
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(location.hash).toBe('#/post/x%3Aa');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByText('1 snapshot');
    go('#/posts');
    await screen.findByText('2 posts');
    expect(likesHeader()?.getAttribute('aria-sort')).toBe('descending');
    expect(texts()).toEqual(['Many likes', 'High ER']);
    expect(bodyRows().map((r) => r.classList.contains('active'))).toEqual([false, true]);
    // And j/k go on from there: k highlights the row above (once the table listens for keys again:
    // Preact runs its effects after the next frame, later than the render findByText saw).
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(bodyRows().map((r) => r.classList.contains('active'))).toEqual([true, false]);
  });
});
