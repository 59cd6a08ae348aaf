// Posts with the same value (a batch of fresh posts often shares one ER) keep one order: by their
// post keys, the way the sort runs. The table's first rows, read backwards through the ER index
// before the rest (loadFirstRows), are then the same posts, in the same order, as the top of the
// table once every post is read (loadAllRows, sortRows): the rows do not change under the user.
import { h } from 'preact';
import { PostsView } from '@/components/dashboard/posts-view';
import { loadAllRows, loadFirstRows } from '@/lib/queries';
import { sortRows } from '@/lib/queries/sort-rows';
import { reading, record, resetAll } from '../components/helpers';
import { postRow } from '../fixtures/post-row';
import { render, screen, within } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

beforeEach(resetAll);

const keys = (rows: readonly { key: string }[]) => rows.map((r) => r.key);
const pad = (i: number) => String(i).padStart(2, '0');

describe('ties in the Posts table', () => {
  it('the first rows read through the ER index are the top of the table once all are in', async () => {
    // 40 posts, each 5 likes on 100 views: an ER of 5 % all.
    await record(Array.from({ length: 40 }, (_, i) => reading({ postId: pad(i), likes: 5, views: 100 })));
    const first = await loadFirstRows('auto', 5);
    const all = sortRows(await loadAllRows('auto'), 'er', 'desc', 'postKey');
    expect(keys(first.rows)).toEqual(['x:39', 'x:38', 'x:37', 'x:36', 'x:35']);
    expect(keys(all.slice(0, 5))).toEqual(keys(first.rows));
  });

  it('so are the posts without an ER that fill the first rows', async () => {
    await record([
      ...Array.from({ length: 3 }, (_, i) => reading({ postId: `1${i}`, likes: 5, views: 100 })),
      // Likes alone (no views, no followers): no ER.
      ...Array.from({ length: 10 }, (_, i) => reading({ postId: `2${i}`, likes: 5 })),
    ]);
    const first = await loadFirstRows('auto', 6);
    const all = sortRows(await loadAllRows('auto'), 'er', 'desc', 'postKey');
    expect(keys(first.rows)).toEqual(['x:12', 'x:11', 'x:10', 'x:29', 'x:28', 'x:27']);
    expect(keys(all.slice(0, 6))).toEqual(keys(first.rows));
  });

  it('orders equal values by post key, the way the sort runs, whatever order the rows come in', () => {
    const rows = [
      postRow({ key: 'x:b', likes: 7 }),
      postRow({ key: 'x:c', likes: 3 }),
      postRow({ key: 'x:a', likes: 7 }),
      postRow({ key: 'x:e', likes: null }),
      postRow({ key: 'x:d', likes: null }),
      postRow({ key: 'x:f', likes: 7 }),
    ];
    for (const given of [rows, [...rows].reverse()]) {
      expect(keys(sortRows(given, 'likes', 'desc', 'postKey'))).toEqual([
        'x:f',
        'x:b',
        'x:a',
        'x:c',
        'x:e',
        'x:d',
      ]);
      // Rows without the value stay last, in key order too.
      expect(keys(sortRows(given, 'likes', 'asc', 'postKey'))).toEqual([
        'x:c',
        'x:a',
        'x:b',
        'x:f',
        'x:d',
        'x:e',
      ]);
    }
  });

  it('orders the same text by post key too', () => {
    const rows = [postRow({ key: 'x:2', text: 'same' }), postRow({ key: 'x:1', text: 'same' })];
    expect(keys(sortRows(rows, 'text', 'asc', 'postKey'))).toEqual(['x:1', 'x:2']);
    expect(keys(sortRows([...rows].reverse(), 'text', 'desc', 'postKey'))).toEqual(['x:2', 'x:1']);
  });

  it('the Posts table shows ties so, whatever order the rows are read in', async () => {
    const rows = ['x:1', 'x:3', 'x:2'].map((key) => postRow({ key, text: key, er: 0.05 }));
    render(h(PostsView, { rows }));
    const texts = within(screen.getByRole('table'))
      .getAllByRole('row')
      .filter((r) => r.closest('tbody'))
      .map((r) => within(r).getAllByRole('link')[0]!.textContent);
    // ER ▼, the table's order as it opens.
    expect(texts).toEqual(['x:3', 'x:2', 'x:1']);
  });

  it('the popup keeps ties in the order its page shows them (the default)', () => {
    const rows = ['x:1', 'x:3', 'x:2'].map((key) => postRow({ key, er: 0.05 }));
    expect(keys(sortRows(rows, 'er', 'desc'))).toEqual(['x:1', 'x:3', 'x:2']);
  });
});
