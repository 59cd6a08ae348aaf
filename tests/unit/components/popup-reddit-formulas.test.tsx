// Reddit's likes are its score (upvotes − downvotes): the popup labels the count "Score", yet
// its rates' formulas (on hover and under "How these are worked out") and the author's median
// ER said "likes" for a Reddit post, as if another number were counted.
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen, within } from '../testing-library';
import { clock, reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

const REDDIT_URL = 'https://www.reddit.com/r/a/comments/1/x/';

async function seed(platform: 'reddit' | 'x') {
  const url = platform === 'reddit' ? REDDIT_URL : 'https://x.com/alice/status/p1';
  const author = { handle: 'alice', name: 'Alice', followers: null };
  await record(
    [reading({ platform, postId: 'p1', url, author, likes: 42, comments: 3, views: 1000, text: 'the post' })],
    { platform, handle: 'alice', name: 'Alice', followers: null },
    clock.now,
  );
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 7, url }]) as never);
  tab.answer = { keys: [`${platform}:p1`], profileKey: `${platform}:alice`, platform };
}

/** Every formula the post shows: the rates' titles and the lines of "How these are worked out". */
async function formulaTexts(): Promise<string[]> {
  const li = (await screen.findByText('the post')).closest('li') as HTMLElement;
  const titles = Array.from(li.querySelectorAll('.rates [title]'), (e) => e.getAttribute('title') ?? '');
  const lines = Array.from(li.querySelectorAll('details.formulas p'), (p) => p.textContent ?? '');
  return [...titles, ...lines];
}

beforeEach(resetAll);
afterEach(async () => {
  vi.restoreAllMocks();
  setMessageLookup(lookupFrom(await loadMessages('en')));
});

it('a Reddit post’s formulas name its score, never likes', async () => {
  await seed('reddit');
  render(<App />);
  const texts = await formulaTexts();
  expect(texts.join('\n')).not.toMatch(/likes/i);
  const li = within((await screen.findByText('the post')).closest('li') as HTMLElement);
  expect(li.getByText('4.5%').getAttribute('title')).toBe(
    '(score + comments + reposts + saves, those shown) ÷ views',
  );
});

it('an X post’s formulas still name its likes', async () => {
  await seed('x');
  render(<App />);
  const li = within((await screen.findByText('the post')).closest('li') as HTMLElement);
  expect(li.getByText('4.5%').getAttribute('title')).toBe(
    '(likes + comments + reposts + saves, those shown) ÷ views',
  );
});

it('a Reddit author’s median ER names the score', async () => {
  await seed('reddit');
  render(<App />);
  const summary = await screen.findByRole('region', { name: 'Author summary' });
  const title = within(summary).getByText('Median ER').closest('div')!.getAttribute('title')!;
  expect(title).not.toMatch(/likes/i);
  expect(title).toMatch(/score/);
});

it('says "Punkte", not "Likes", in a Reddit post’s German formulas', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')));
  await seed('reddit');
  render(<App />);
  const texts = await formulaTexts();
  expect(texts.join('\n')).not.toMatch(/likes/i);
  expect(texts.join('\n')).toMatch(/Punkte/);
});
