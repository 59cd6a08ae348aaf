// The Posts table names every figure's formula and source: the Velocity and Outlier headers give
// theirs on hover, a Followers cell says where its count comes from (the post's latest reading, or
// the author's count read at another time), a rate by followers from another time's count says so,
// and the Posts view hands the table the ER preference the rows were worked out with.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PostsTable } from '@/components/dashboard/posts-table';
import { PostsView } from '@/components/dashboard/posts-view';
import { loadAllRows } from '@/lib/queries/posts';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/lib/settings';
import type { ColumnId } from '@/lib/table-views';
import { render, screen, within } from '../testing-library';
import { clock, HOUR, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

const header = (label: string) => screen.getByRole('button', { name: label }).closest('th')!;

describe('Velocity and Outlier headers', () => {
  beforeEach(async () => {
    await record([reading({ postId: '1', likes: 50, views: 1000 })]);
    const rows = await loadAllRows('auto');
    render(
      <PostsTable
        rows={rows}
        sort={{ key: 'er', dir: 'desc' }}
        onSort={() => {}}
        columns={['velocity', 'outlier']}
        erPreference="auto"
      />,
    );
  });

  it('the Velocity header gives its formula on hover', () => {
    expect(header('Velocity').title).toBe(
      'engagement gained ÷ hours between the latest reading and the newest one 5 min or more before it',
    );
  });

  it('the Outlier header gives its formula and the number of other posts it needs', () => {
    const title = header('Outlier').title;
    expect(title).toMatch(/^ER ÷ median ER of the author's other posts/);
    expect(title).toMatch(/on the same basis/);
    // fillOutliers scores a post once its author has 3 other posts with an ER on its basis.
    expect(title).toMatch(/at least 3 other posts\b/);
  });
});

describe('where a Followers cell’s count comes from', () => {
  const COLUMNS: ColumnId[] = ['followers', 'er', 'erFollowers'];

  /**
   * "header": a post whose header shows its author's followers (800) with the reading;
   * "profile": a post read without followers, its author's profile (2,000) read an hour later;
   * "none": a post whose author's followers were never read.
   */
  async function rows() {
    const t0 = clock.now;
    await record([
      reading({ postId: 'header', likes: 40, author: { handle: 'lin', name: 'Lin', followers: 800 } }),
      reading({ postId: 'profile', likes: 50, author: { handle: 'pro', name: 'Pro' } }),
      reading({ postId: 'none', likes: 60, author: { handle: 'nobody', name: 'No Body' } }),
    ]);
    await record([], { platform: 'x', handle: 'pro', name: 'Pro', followers: 2000 }, t0 + HOUR);
    const all = await loadAllRows('followers');
    render(<PostsTable rows={all} sort={{ key: 'er', dir: 'desc' }} onSort={() => {}} columns={COLUMNS} />);
  }
  /** The cells (followers, ER, ER followers) of the row of post `id`. */
  const cells = (text: string) => {
    const row = screen.getByText(text).closest('tr')!;
    const [, followers, er, erFollowers] = within(row).getAllByRole('cell');
    return { followers: followers!, er: er!, erFollowers: erFollowers! };
  };
  const titleOf = (cell: HTMLElement) =>
    cell.getAttribute('title') ?? cell.querySelector('[title]')?.getAttribute('title') ?? '';

  it('a count known with the post’s latest reading says so', async () => {
    await rows();
    const c = cells('post header');
    expect(c.followers.textContent).toBe('800');
    expect(titleOf(c.followers)).toMatch(/with the post's latest reading/);
    expect(titleOf(c.followers)).not.toMatch(/another time/);
    expect(titleOf(c.erFollowers)).not.toMatch(/another time/);
  });

  it('the author’s count read at another time says so, in the cell and in the rates by followers', async () => {
    await rows();
    const c = cells('post profile');
    expect(c.followers.textContent).toBe('2,000');
    expect(titleOf(c.followers)).toMatch(/not read with the post's latest reading/i);
    expect(titleOf(c.followers)).toMatch(/the author's latest known count/);
    expect(titleOf(c.followers)).toMatch(/another time/);
    // ER by followers (and the ER led with followers) divide by that count: their hover says so.
    expect(c.erFollowers.textContent).toBe('2.5%');
    expect(titleOf(c.erFollowers)).toMatch(/another time/);
    expect(titleOf(c.er)).toMatch(/another time/);
  });

  it('no count read says so, and is a dash', async () => {
    await rows();
    const c = cells('post none');
    expect(c.followers.textContent).toBe('—');
    expect(titleOf(c.followers)).toMatch(/no follower count/i);
  });
});

describe('the Posts view hands the table the ER preference the rows were worked out with', () => {
  it('names the rows’ preference at once, not the one stored since', async () => {
    // The rows were worked out followers first; Settings now say 'auto'. No row has both rates,
    // so none shows which order it was worked out in.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, erPreference: 'auto' } });
    await record([reading({ postId: '1', likes: 50, views: 1000 })]);
    const rows = await loadAllRows('followers');
    render(<PostsView rows={rows} erPreference="followers" />);
    // On the first render, before any read of the settings could answer.
    expect(header('ER').title).toMatch(/by followers where known, else by views/);
    await new Promise((r) => setTimeout(r, 50));
    expect(header('ER').title).toMatch(/by followers where known, else by views/);
  });
});
