import { PostsView } from '@/components/dashboard/posts-view';
import { loadAllRows } from '@/lib/queries/posts';
import { DEFAULT_SORT, viewsItem } from '@/lib/table-views';
import { render, screen } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

const RLO = '\u202e';

/** Every text node (and aria-label) holding a direction control that is not isolated from what follows it. */
function unisolated(root: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.textContent?.includes(RLO) && !n.parentElement?.closest('bdi')) out.push(n.textContent);
  }
  for (const el of root.querySelectorAll('[aria-label]')) {
    const label = el.getAttribute('aria-label')!;
    const at = label.indexOf(RLO);
    if (at >= 0 && label.lastIndexOf('\u2069') < at) out.push(label);
  }
  return out;
}

it('keeps a right-to-left override in a post’s text, author or a view’s name from turning the rest of its cell or label around', async () => {
  await record([reading({ postId: '1', likes: 3, views: 100 })]);
  const [base] = await loadAllRows('auto');
  const rows = [
    { ...base!, key: 'x:1', text: `${RLO}evil text`, authorHandle: null, authorName: `${RLO}Mallory` },
    { ...base!, key: 'x:2', text: 'plain', authorHandle: `${RLO}mallory` },
  ];
  await viewsItem.setValue([
    {
      name: `${RLO}Mine`,
      filter: { platform: null, authorKey: null, from: null, to: null, text: '', tag: null, setId: null },
      sort: DEFAULT_SORT,
      columns: ['likes'],
    },
  ]);
  const { container } = render(<PostsView rows={rows} />);
  await screen.findAllByRole('button', { name: /Mine/ });
  expect(unisolated(container.querySelector('.posts-table')!)).toEqual([]);
  expect(unisolated(container.querySelector('.saved-views')!)).toEqual([]);
  // The Author filter's option (an <option> holds no <bdi>: isolated in its text), named by platform;
  // both rows are one author (one key), listed once.
  const options = [...container.querySelectorAll('option')].map((o) => o.textContent);
  expect(options).toContain(`\u2068${RLO}Mallory\u2069 (X)`);
});
