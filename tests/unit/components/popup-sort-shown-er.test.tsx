// The popup sorts its posts by "Engagement rate" at first: the ER Settings lead with, by views for
// a post that shows views and by followers for one that does not. No post showed that figure, so a
// photo at 2% of followers stood above a video at 5% of followers (1% of views) for no reason the
// list gave. Each post now shows its lead ER with its basis, under the sort's own name, so the
// order can be read off the list.
import { PostList } from '@/components/popup/post-list';
import { setMessageLookup } from '@/lib/i18n';
import type { PopupPost } from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen, within } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

/** Shows the popup in `lang`, its numbers written as that language writes them. */
const speak = async (lang: 'en' | 'de') => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

beforeEach(async () => {
  await resetAll();
  await speak('en');
});
afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const common = { authorHandle: 'alice', authorName: 'Alice', followers: 2000 };
const POSTS: PopupPost[] = [
  // A video: 100 engagements on 10,000 views and 2,000 followers. Its lead ER is by views.
  postRow({
    ...common,
    text: 'Video with views',
    likes: 100,
    views: 10_000,
    engagement: 100,
    erFollowers: 0.05,
    erViews: 0.01,
    er: 0.01,
    erBasis: 'views',
  }),
  // A photo: 40 engagements, no views. Its lead ER is by followers.
  postRow({
    ...common,
    text: 'Photo without views',
    likes: 40,
    engagement: 40,
    erFollowers: 0.02,
    er: 0.02,
    erBasis: 'followers',
  }),
  // Not rated yet: last, and says so.
  postRow({ ...common, text: 'No counts yet' }),
].map((row) => ({ row, history: [row.engagement ?? 0] }));

/** Each post's text and the figure it shows under `label`, in the list's order. */
function shown(label: string): Array<[string, string | null]> {
  return screen.getAllByRole('listitem').map((li) => {
    const term = within(li).queryAllByText(label, { selector: 'dt' }).at(0);
    return [li.querySelector('.post-text')!.textContent!, term?.nextElementSibling?.textContent ?? null];
  });
}

it('shows, on each post, the lead ER the default sort orders them by, with its basis', () => {
  render(<PostList posts={POSTS} dashboardUrl="dashboard.html" />);
  expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('er');
  expect(shown('Engagement rate')).toEqual([
    ['Photo without views', '2% of followers'],
    ['Video with views', '1% of views'],
    ['No counts yet', '—'],
  ]);
});

it.each([
  ['er', 'Engagement rate'],
  ['erFollowers', 'ER by followers'],
  ['erViews', 'ER by views'],
])('sorted by %s, the figures shown under its name go down the list', (sort, label) => {
  render(<PostList posts={POSTS} dashboardUrl="dashboard.html" />);
  fireEvent.change(screen.getByRole('combobox'), { target: { value: sort } });
  const figures = shown(label).map(([, v]) => v);
  expect(figures.every((v) => v !== null)).toBe(true);
  const numbers = figures.filter((v) => v !== '—').map((v) => Number.parseFloat(v!));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  // A post without the figure comes last.
  expect(figures.indexOf('—') === -1 || figures.slice(figures.indexOf('—')).every((v) => v === '—')).toBe(
    true,
  );
});

it('says how the lead ER is worked out, on hover and among the formulas', () => {
  render(<PostList posts={POSTS} dashboardUrl="dashboard.html" />);
  const video = screen.getByText('Video with views').closest('li')!;
  const figure = within(video).getByText('1% of views');
  expect(figure.getAttribute('title')).toBe('(likes + comments + reposts + saves, those shown) ÷ views');
  const lines = [...video.querySelectorAll('details.formulas p')].map((p) => p.textContent);
  expect(lines).toContain('Engagement rate: (likes + comments + reposts + saves, those shown) ÷ views');
});

it('says the basis in German', async () => {
  await speak('de');
  render(<PostList posts={POSTS} dashboardUrl="dashboard.html" />);
  expect(shown('Interaktionsrate').map(([, v]) => v?.replace(/\s/g, ' '))).toEqual([
    '2 % der Follower',
    '1 % der Aufrufe',
    '—',
  ]);
});
