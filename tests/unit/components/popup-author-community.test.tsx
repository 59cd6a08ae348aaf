// On a Reddit community page (reddit.com/r/foo) the adapter gives the community's member count as a
// profile reading with handle "r/foo" (lib/platforms/reddit/adapter.ts). The popup's author summary
// took the community for an author: "@r/foo", its members under "Followers", and "From 0 posts
// seen." (a post's author is the user who posted it, never the community). A YouTube channel's
// subscribers are its followers: that summary stays an author's.
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { setMessageLookup } from '@/lib/i18n';
import type { Platform } from '@/lib/types';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen, within } from '../testing-library';
import { clock, reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => {
  vi.restoreAllMocks();
  setMessageLookup(lookupFrom(await loadMessages('en')));
});

interface Page {
  platform: Platform;
  url: string;
  /** The page header's reading: a community's or a channel's. */
  handle: string;
  name: string | null;
  followers: number;
  /** A post on the page and its author (never the community). */
  postUrl: string;
  poster: { handle: string; name: string };
}

const COMMUNITY: Page = {
  platform: 'reddit',
  url: 'https://www.reddit.com/r/foo/',
  handle: 'r/foo',
  name: 'foo',
  followers: 52_000,
  postUrl: 'https://www.reddit.com/r/foo/comments/abc1/a_post/',
  poster: { handle: 'bar', name: 'bar' },
};

const CHANNEL: Page = {
  platform: 'youtube',
  url: 'https://www.youtube.com/@chan',
  handle: 'chan',
  name: 'The Channel',
  followers: 52_000,
  postUrl: 'https://www.youtube.com/watch?v=abcdefghijk',
  poster: { handle: 'chan', name: 'The Channel' },
};

/** The page read as the content script reads it: its header and one post, twice a day apart. */
async function open(page: Page) {
  const t0 = clock.now;
  const profile = (followers: number) => ({
    platform: page.platform,
    handle: page.handle,
    name: page.name,
    followers,
  });
  const post = reading({
    platform: page.platform,
    postId: 'p1',
    url: page.postUrl,
    author: page.poster,
    likes: 40,
    comments: 2,
    text: 'the post',
    publishedAt: new Date(t0 - 3_600_000).toISOString(),
  });
  await record([post], profile(page.followers - 1000), t0);
  await record([post], profile(page.followers), t0 + 86_400_000);
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 7, url: page.url }]) as never);
  tab.answer = {
    keys: [`${page.platform}:p1`],
    profileKey: `${page.platform}:${page.handle.toLowerCase()}`,
    platform: page.platform,
  };
  render(<App />);
  await screen.findByText('the post');
}

/** The summary's name, heading, and each figure's label with its value. */
function summaryOf(region: HTMLElement) {
  const figures = Array.from(region.querySelectorAll('dl.rates > div'), (d) => [
    d.querySelector('dt')?.textContent,
    d.querySelector('dd')?.textContent,
  ]);
  return {
    name: region.getAttribute('aria-label'),
    heading: region.querySelector('h2')?.textContent,
    figures,
    text: region.textContent ?? '',
  };
}

/** The popup's summary of the page's header. */
function headerSummary(): HTMLElement {
  const region = document.querySelector('main.popup section.author');
  if (!(region instanceof HTMLElement)) throw new Error('no summary of the page header');
  return region;
}

it.each([
  // what, page, heading, region name, count label, chart label, author figures shown
  [
    'a Reddit community',
    COMMUNITY,
    'r/foo Community · Reddit',
    'Community summary',
    'Members',
    'Members over time',
    false,
  ],
  [
    'a YouTube channel',
    CHANNEL,
    'The Channel @chan · YouTube',
    'Author summary',
    'Followers',
    'Followers over time',
    true,
  ],
] as const)(
  'names the header of %s as what it is',
  async (_, page, heading, region, count, chart, authorFigures) => {
    await open(page);
    const summary = headerSummary();
    const seen = summaryOf(summary);
    expect(seen.heading).toBe(heading);
    expect(seen.name).toBe(region);
    // The members (or subscribers) with their label, and their trend: both count the page's header.
    expect(seen.figures[0]).toEqual([count, '52K']);
    expect(seen.figures[1]).toEqual(['Trend', '+1,000 in 1 day']);
    expect(within(summary).getByRole('img', { name: chart })).toBeTruthy();
    // An author's figures are of the posts they posted: a community posted none (its posts are its
    // members'), so none is shown for it, not "From 0 posts seen".
    const labels = seen.figures.map(([label]) => label);
    expect(labels.includes('Median ER')).toBe(authorFigures);
    expect(labels.includes('Posts / week')).toBe(authorFigures);
    expect(/posts? seen/.test(seen.text)).toBe(authorFigures);
    if (!authorFigures) {
      expect(seen.text).not.toContain('@');
      expect(seen.text).not.toContain('Followers');
    }
  },
);

it('says the community’s members in German too, with no "@"', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')));
  await open(COMMUNITY);
  const seen = summaryOf(headerSummary());
  expect(seen.heading).toBe('r/foo Community · Reddit');
  expect(seen.name).toBe('Community-Übersicht');
  expect(seen.figures[0]?.[0]).toBe('Mitglieder');
  expect(seen.text).not.toContain('@');
  expect(seen.text).not.toContain('Follower');
});

it('rates no post of the community by its members as followers', async () => {
  await open(COMMUNITY);
  const li = (await screen.findByText('the post')).closest('li') as HTMLElement;
  // 42 interactions ÷ 52,000 members would be 0.08%: no rate of the post is that, nor by followers.
  expect(li.textContent).not.toMatch(/0[.,]08\s?%/);
  const titles = Array.from(li.querySelectorAll('[title]'), (e) => e.getAttribute('title') ?? '');
  expect(titles.filter((x) => /÷ followers$/.test(x) && /52,000/.test(x))).toEqual([]);
});
