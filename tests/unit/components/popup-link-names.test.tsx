// Each post's "Open" and "History" links in the popup are named for their post: a screen reader's
// list of links gives each link its name alone, where ten posts' links all read "Open" and
// "History" and cannot be told apart. The name starts with the words shown (WCAG 2.5.3).

import { browser } from 'wxt/browser';
import { firstWords } from '@/components/popup/post-named';
import { App } from '@/entrypoints/popup/App';
import { formatDateTime } from '@/lib/format';
import { setMessageLookup } from '@/lib/i18n';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen, within } from '../testing-library';
import { reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
}));

const LONG = 'Launch day:   our new app is live\nfor everyone, try it now and tell us';
const POSTED = '2025-01-03T09:30:00.000Z';

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
    reading({ postId: 'p1', author: alice, likes: 30, text: LONG }),
    reading({ postId: 'p2', author: alice, likes: 20, text: 'Short one' }),
    // No text, no name: its handle and when it was posted tell it apart.
    reading({ postId: 'p3', author: { handle: 'bob', name: '' }, likes: 10, text: '', publishedAt: POSTED }),
  ]);
  tab.answer = { keys: ['x:p1', 'x:p2', 'x:p3'], profileKey: null, platform: 'x' };
}

/** The post list's links (not the popup's own, such as "Open dashboard"). */
const postLinks = () => within(document.querySelector<HTMLElement>('.post-list')!).getAllByRole('link');
/** The names a screen reader lists for the post links whose name starts as `shown`, sorted. */
const namesOf = (shown: RegExp) =>
  postLinks()
    .map((a) => a.getAttribute('aria-label') ?? a.textContent)
    .filter((name) => shown.test(name ?? ''))
    .sort();

it.each([
  {
    lang: 'en',
    open: /^Open/,
    history: /^History/,
    expected: (date: string) => ({
      open: [
        `Open post by @bob from ${date}`,
        'Open post by Alice: “Launch day: our new app is live for…”',
        'Open post by Alice: “Short one”',
      ],
      history: [
        `History of post by @bob from ${date}`,
        'History of post by Alice: “Launch day: our new app is live for…”',
        'History of post by Alice: “Short one”',
      ],
    }),
  },
  {
    lang: 'de',
    open: /^Öffnen/,
    history: /^Verlauf/,
    expected: (date: string) => ({
      open: [
        `Öffnen: Beitrag von @bob vom ${date}`,
        'Öffnen: Beitrag von Alice: „Launch day: our new app is live for…“',
        'Öffnen: Beitrag von Alice: „Short one“',
      ],
      history: [
        `Verlauf: Beitrag von @bob vom ${date}`,
        'Verlauf: Beitrag von Alice: „Launch day: our new app is live for…“',
        'Verlauf: Beitrag von Alice: „Short one“',
      ],
    }),
  },
])(
  '$lang: every post’s Open and History links name their post',
  async ({ lang, open, history, expected }) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    await seed();
    render(<App />);
    await screen.findAllByRole('listitem');
    const want = expected(formatDateTime(Date.parse(POSTED), lang));
    expect(namesOf(open)).toEqual([...want.open].sort());
    expect(namesOf(history)).toEqual([...want.history].sort());
    // No two links of the list share a name.
    const all = postLinks().map((a) => a.getAttribute('aria-label') ?? a.textContent);
    expect(new Set(all).size).toBe(all.length);
  },
);

it('a name’s right-to-left override stays inside the name in the link’s label', async () => {
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
  const evil = 'Eve\u202eevil';
  await record([reading({ postId: 'p1', author: { handle: 'eve', name: evil }, text: 'Hi' })]);
  tab.answer = { keys: ['x:p1'], profileKey: null, platform: 'x' };
  render(<App />);
  await screen.findAllByRole('listitem');
  expect(namesOf(/^Open/)).toEqual([`Open post by \u2068${evil}\u2069: “Hi”`]);
});

it.each([
  ['a short text, whole', 'Short one', 'Short one'],
  ['spaces and line breaks made one space', '  Hello\n\tworld  ', 'Hello world'],
  ['cut back to a word', LONG, 'Launch day: our new app is live for…'],
  ['a text without spaces cut at 40 characters', 'a'.repeat(50), `${'a'.repeat(40)}…`],
  ['emoji never cut in half', '😀'.repeat(45), `${'😀'.repeat(40)}…`],
  ['more text after a long run of spaces', `Hi${' '.repeat(200)}there`, 'Hi…'],
  ['no text', '', ''],
])('firstWords: %s', (_, text, words) => {
  expect(firstWords(text)).toBe(words);
});
