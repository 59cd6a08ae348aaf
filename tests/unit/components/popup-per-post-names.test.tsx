// Each popup post's campaign picker, "Add to campaign" button and "How these are worked out"
// summary are named for their post, as its star and links are: a screen reader's list of controls
// read "Campaign", "Add to campaign" and "How these are worked out" once per post, with no post
// named. The dashboard's post detail (one post, named by the page) keeps the words alone.

import { browser } from 'wxt/browser';
import { AddToCampaign } from '@/components/campaigns';
import { App } from '@/entrypoints/popup/App';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen } from '../testing-library';
import { saveDirect } from './campaigns/setup-campaigns';
import { reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async () => 'builtin'),
  enableSite: vi.fn(),
  disableSite: vi.fn(),
}));

beforeEach(async () => {
  await resetAll();
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
  await record([reading({ postId: '1', likes: 10 }), reading({ postId: '2', likes: 5 })]);
  tab.answer = { keys: ['x:1', 'x:2'], profileKey: null, platform: 'x' };
  await saveDirect({ name: 'Spring launch' });
});
afterEach(() => vi.restoreAllMocks());
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

/** The names of the summaries of the posts' formulas, as a screen reader gives them. */
const summaryNames = () =>
  [...document.querySelectorAll('details.formulas > summary')].map(
    (s) => s.getAttribute('aria-label') ?? s.textContent,
  );

it.each([
  {
    lang: 'en',
    named: (n: number) => `post by Some One: “post ${n}”`,
    picker: (post: string) => `Campaign for ${post}`,
    button: (post: string) => `Add to campaign: ${post}`,
    summary: (post: string) => `How these are worked out for ${post}`,
  },
  {
    lang: 'de',
    named: (n: number) => `Beitrag von Some One: „post ${n}“`,
    picker: (post: string) => `Kampagne für ${post}`,
    button: (post: string) => `Zur Kampagne hinzufügen: ${post}`,
    summary: (post: string) => `So werden sie berechnet: ${post}`,
  },
])('$lang: each post’s campaign picker, button and formulas are named for it', async (c) => {
  setMessageLookup(lookupFrom(await loadMessages(c.lang)), c.lang);
  render(<App />);
  for (const n of [1, 2]) {
    const post = c.named(n);
    // Named so, one each: the accessible name, as a screen reader lists it.
    expect(await screen.findByRole('combobox', { name: c.picker(post) })).toBeTruthy();
    expect(screen.getByRole('button', { name: c.button(post) })).toBeTruthy();
  }
  expect(summaryNames().sort()).toEqual([c.summary(c.named(1)), c.summary(c.named(2))].sort());
});

it('without a post named, the picker and button keep their words (a page of one post)', async () => {
  render(<AddToCampaign postKeys={['x:1']} />);
  expect(await screen.findByRole('combobox', { name: 'Campaign' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Add to campaign' })).toBeTruthy();
});
