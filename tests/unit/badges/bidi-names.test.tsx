// An author's name is the page's text, and a name can carry a right-to-left override (U+202E)
// that it never closes. Written into a line beside the badge's own words, it turned the rest of
// the line around: the chip "open ‮Evil's profile once to rate by followers" read
// "srewollof yb etar ot ecno eliforp s'liveE nepo", the card's author line showed the handle
// backwards, and in the popup the post's "Open" link and the author summary's "@handle · X"
// followed the name's direction. The name now sits between U+2068 and U+2069 (badge: plain text)
// or in a <bdi> (popup), so whatever it opens ends with it.

import { browser } from 'wxt/browser';
import { AuthorSummary } from '@/components/popup/author-summary';
import { App } from '@/entrypoints/popup/App';
import { buildBadgeView } from '@/lib/metrics/badge-model';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import type { AuthorView } from '@/lib/queries';
import { reading, record, resetAll, tab } from '../components/helpers';
import { instagramReading } from '../fixtures/reading';
import { render, screen, within } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  siteOf: (await original<typeof import('@/lib/platforms/mastodon/site-access')>()).siteOf,
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
  enableSite: vi.fn(),
  disableSite: vi.fn(),
}));

const RLO = '\u202e';
const EVIL = `${RLO}Evil`;
const NOW = Date.UTC(2026, 0, 10, 12);

beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
});

describe('the badge', () => {
  const view = () =>
    buildBadgeView({
      // A Facebook profile named by its number: the card names the author by the page's name.
      reading: instagramReading({ platform: 'facebook', author: { handle: '100012345', name: EVIL } }),
      knowledge: undefined,
      preference: 'auto',
      locale: 'en',
      now: NOW,
    });

  it("isolates the name in the chip, its spoken label and the card's figures", () => {
    const v = view();
    expect(v.headline).toBe(`open \u2068${EVIL}\u2069's profile once to rate by followers`);
    expect(v.label).toBe(`PostLens: open \u2068${EVIL}\u2069's profile once to rate by followers`);
    const outlier = v.figures.find((f) => f.label.startsWith('Against'))!;
    expect(outlier.label).toBe(`Against \u2068${EVIL}\u2069's usual`);
  });

  it("isolates the name in the card's author line, the handle after it kept apart", () => {
    // A Facebook account's number is written as it is, with no "@" (handleLabel).
    expect(view().author).toBe(`\u2068${EVIL}\u2069 100012345`);
  });

  it('leaves a name without direction controls as it is', () => {
    const v = buildBadgeView({
      reading: instagramReading({ platform: 'facebook', author: { handle: '100012345', name: 'אבי כהן' } }),
      knowledge: undefined,
      preference: 'auto',
      locale: 'en',
      now: NOW,
    });
    expect(v.author).toBe('אבי כהן 100012345');
  });
});

describe('the popup', () => {
  it("puts a post's author name in a <bdi>, so the Open link keeps its direction", async () => {
    await record([
      reading({ postId: 'p1', author: { handle: 'evil', name: EVIL, followers: 100 }, likes: 5 }),
    ]);
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
      { id: 7, url: 'https://x.com/home' },
    ]) as never);
    tab.answer = { keys: ['x:p1'], profileKey: null, platform: 'x' };
    render(<App />);
    await screen.findByText('1 post on this page');
    const item = screen.getAllByRole('listitem')[0]!;
    const name = within(item).getByText(EVIL);
    expect(name.closest('bdi')).not.toBeNull();
    expect(name.closest('bdi')!.contains(within(item).getByRole('link', { name: /^Open post by/ }))).toBe(
      false,
    );
  });

  it("puts the author summary's name and handle each in a <bdi>", () => {
    const view = {
      author: { key: 'x:evil', platform: 'x', handle: 'evil', name: EVIL, followers: 100 },
      trend: { points: [], latest: 100, change: null, spanMs: 0 },
      stats: {
        key: 'x:evil',
        postsSeen: 1,
        postsWithEr: 1,
        postsDated: 0,
        medianEr: 0.05,
        meanEr: 0.05,
        postsPerWeek: null,
        totalEngagement: 5,
        bestPosts: [],
      },
      rows: [],
    } as unknown as AuthorView;
    render(<AuthorSummary view={view} />);
    const heading = screen.getByRole('heading');
    const bdis = Array.from(heading.querySelectorAll('bdi'), (b) => b.textContent);
    expect(bdis).toEqual([EVIL, '@evil']);
    expect(heading.textContent).toBe(`${EVIL} @evil · X`);
  });
});
