// A post's star in the popup is named for its post, in the words its Open and History links use:
// every star of one author's posts was "Star Alice's post", one name for many buttons. And a star
// keeps one name whether on or off, its state said by aria-pressed alone: the name that turned to
// "Unstar …" while pressed was read "Unstar …, pressed".
import { browser } from 'wxt/browser';
import { StarToggle } from '@/components/common/star-toggle';
import { PostDetail } from '@/components/dashboard/post-detail';
import { App } from '@/entrypoints/popup/App';
import { setMessageLookup } from '@/lib/i18n';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { watchlistItem } from '@/lib/watchlist';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
}));
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

async function seed() {
  const alice = { handle: 'alice', name: 'Alice' };
  await record([
    reading({ postId: 'p1', author: alice, likes: 30, text: 'Launch day' }),
    reading({ postId: 'p2', author: alice, likes: 20, text: 'Short one' }),
  ]);
  tab.answer = { keys: ['x:p1', 'x:p2'], profileKey: null, platform: 'x' };
}

/** The popup's post stars, once they have read the watchlist. */
async function stars(): Promise<HTMLButtonElement[]> {
  await screen.findAllByRole('listitem');
  const found = [...document.querySelectorAll<HTMLButtonElement>('.post-list button.star')];
  await waitFor(() => expect(found.every((b) => !b.disabled)).toBe(true));
  return found;
}

const nameOf = (el: Element) => el.getAttribute('aria-label');

it.each([
  {
    lang: 'en',
    names: ['Star post by Alice: “Launch day”', 'Star post by Alice: “Short one”'],
    opens: ['Open post by Alice: “Launch day”', 'Open post by Alice: “Short one”'],
  },
  {
    lang: 'de',
    names: ['Beitrag von Alice: „Launch day“ merken', 'Beitrag von Alice: „Short one“ merken'],
    opens: ['Öffnen: Beitrag von Alice: „Launch day“', 'Öffnen: Beitrag von Alice: „Short one“'],
  },
])('$lang: each post’s star is named for its post, as its links are', async ({ lang, names, opens }) => {
  setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
  await seed();
  render(<App />);
  const found = await stars();
  expect(found.map(nameOf).sort()).toEqual(names);
  // The same post wording as its Open link, in the same item.
  const links = found.map((b) => b.closest('li')!.querySelector('a.post-open')!);
  expect(links.map(nameOf).sort()).toEqual(opens);
});

it('keeps one name when pressed, the state said by aria-pressed', async () => {
  setMessageLookup(lookupFrom(await loadMessages('en')));
  await seed();
  render(<App />);
  const star = await screen.findByRole('button', { name: 'Star post by Alice: “Short one”' });
  await waitFor(() => expect((star as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(star);
  await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('true'));
  expect(nameOf(star)).toBe('Star post by Alice: “Short one”');
  expect((await watchlistItem.getValue()).posts).toEqual(['x:p2']);
  fireEvent.click(star);
  await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('false'));
  expect(nameOf(star)).toBe('Star post by Alice: “Short one”');
});

it('keeps one name on the dashboard’s stars too, whether starred or not', async () => {
  setMessageLookup(lookupFrom(await loadMessages('en')));
  await record([reading({ postId: 'p1', likes: 10 })]);
  render(
    <div>
      <PostDetail postKey="x:p1" onDeleted={() => {}} />
      <StarToggle kind="authors" itemKey="x:someone" label="@someone" />
    </div>,
  );
  for (const name of ['Star this post', 'Star @someone']) {
    const star = await screen.findByRole('button', { name });
    await waitFor(() => expect((star as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(star);
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('true'));
    expect(nameOf(star)).toBe(name);
  }
});
