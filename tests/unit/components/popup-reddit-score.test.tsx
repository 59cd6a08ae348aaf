// Reddit's "likes" are its score (upvotes − downvotes, below 0 when a post is voted down): the
// badge on the page names the count "Score", and the popup named the same number "Likes".
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen, within } from '../testing-library';
import { clock, importOnePost, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

/** One post of `platform` with 42 likes (Reddit: score), imported as an export file holds it. */
async function importPost(platform: 'reddit' | 'x', url: string) {
  await importOnePost(
    {
      platform,
      postId: 'p1',
      url,
      name: 'Alice',
      text: 'the post',
      likes: 42,
      comments: 7,
      capturedAt: new Date(clock.now - 3_600_000).toISOString(),
    },
    null,
  );
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 7, url }]) as never);
  tab.answer = { keys: [`${platform}:p1`], profileKey: null, platform };
}

/** The popup's count rows of the post: label → value. */
async function countRows() {
  const li = (await screen.findByText('the post')).closest('li')!;
  const list = within(li as HTMLElement)
    .getAllByRole('term')
    .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
  return Object.fromEntries(list.slice(0, 5));
}

beforeEach(resetAll);
afterEach(async () => {
  vi.restoreAllMocks();
  setMessageLookup(lookupFrom(await loadMessages('en')));
});

it.each([
  ['reddit', 'https://www.reddit.com/r/test/comments/p1/the_post/', 'Score'],
  ['x', 'https://x.com/alice/status/p1', 'Likes'],
] as const)(
  'a %s post (%s): its first count is named %s, as its badge names it',
  async (platform, url, label) => {
    await importPost(platform, url);
    render(<App />);
    const rows = await countRows();
    expect(rows[label]).toBe('42');
    expect(Object.keys(rows)).toEqual([label, 'Comments', 'Reposts', 'Saves', 'Views']);
  },
);

it('says "Punkte" in German for a Reddit post', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')));
  await importPost('reddit', 'https://www.reddit.com/r/test/comments/p1/the_post/');
  render(<App />);
  const rows = await countRows();
  expect(rows.Punkte).toBe('42');
});
