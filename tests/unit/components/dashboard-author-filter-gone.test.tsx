// The Posts filter by author, when no row is of that author any more: the user filtered by
// @alice, deleted her in the Authors view (the dashboard keeps the Posts filter across views), or
// restored a saved view naming an author since deleted. The table then showed "0 of 3 posts"
// while the Author select read "All" (or nothing): every post hidden, and the control that hides
// them not saying so. The select names the author the filter holds, as the Set and Tag selects
// name a set or tag that is gone.

import { FiltersBar } from '@/components/dashboard/filters-bar';
import { PostsView } from '@/components/dashboard/posts-view';
import { EMPTY_FILTER, type PostRow } from '@/lib/queries';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

/** The text of the option a select shows ('' when it shows none). */
const shown = (select: HTMLSelectElement | null | undefined) =>
  select && select.selectedIndex >= 0 ? (select.options[select.selectedIndex]!.textContent ?? '') : '';

const authorSelect = (root: ParentNode) => root.querySelector<HTMLSelectElement>('select.author-select');

const rowOf = (n: number, handle: string, platform: PostRow['platform'] = 'x'): PostRow =>
  postRow({
    key: `${platform}:${n}`,
    platform,
    authorKey: `${platform}:${handle}`,
    authorHandle: handle,
    authorName: null,
  });

describe('the Author filter names an author no row is of', () => {
  it.each([
    ['x:alice', '@alice (X)'],
    ['mastodon:alice@example.social', '@alice@example.social (Mastodon)'],
    ['instagram:a:b', '@a:b (Instagram)'],
  ])('filter %s: the select reads %s', (authorKey, label) => {
    const { container } = render(
      <FiltersBar
        filter={{ ...EMPTY_FILTER, authorKey }}
        authors={[{ key: 'x:bob', label: '@bob (X)' }]}
        onChange={() => {}}
      />,
    );
    expect(shown(authorSelect(container))).toBe(label);
  });

  it('an author the rows have keeps its own option, listed once', () => {
    const { container } = render(
      <FiltersBar
        filter={{ ...EMPTY_FILTER, authorKey: 'x:bob' }}
        authors={[{ key: 'x:bob', label: '@bob (X)' }]}
        onChange={() => {}}
      />,
    );
    const select = authorSelect(container)!;
    expect(shown(select)).toBe('@bob (X)');
    expect([...select.options].filter((o) => o.value === 'x:bob')).toHaveLength(1);
  });

  it('choosing All from the gone author clears the filter', () => {
    const onChange = vi.fn();
    const { container } = render(
      <FiltersBar filter={{ ...EMPTY_FILTER, authorKey: 'x:alice' }} authors={[]} onChange={onChange} />,
    );
    fireEvent.change(authorSelect(container)!, { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ authorKey: null }));
  });

  it('the Posts view hiding every post says which author it filters on', async () => {
    const rows = [rowOf(1, 'bob'), rowOf(2, 'bob'), rowOf(3, 'carol')];
    const { container } = render(
      <PostsView rows={rows} filter={{ ...EMPTY_FILTER, authorKey: 'x:alice' }} onFilter={() => {}} />,
    );
    expect(await screen.findByText('0 of 3 posts')).toBeTruthy();
    expect(shown(authorSelect(container))).toBe('@alice (X)');
  });
});
