import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { storageStatusItem } from '@/lib/background/storage-status';
import { formatPercent } from '@/lib/format';
import { enableSite, type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { getSettings } from '@/lib/settings';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';
import { clock, DAY, HOUR, reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
// Site access asks the browser for permissions the fake browser does not have; the popup's use
// of it is what is tested here (lib/site-access has its own tests).
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  siteOf: (await original<typeof import('@/lib/platforms/mastodon/site-access')>()).siteOf,
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
  enableSite: vi.fn(async () => ({
    ok: true,
    status: 'enabled',
    message: 'PostLens is on for social.example.',
  })),
  disableSite: vi.fn(async () => ({
    ok: true,
    status: 'available',
    message: 'PostLens is off for social.example.',
  })),
}));

function activeTab(url: string) {
  // The fake browser's tabs.query has no notion of "active in the current window" to set up.
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 7, url }]) as never);
}

beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
});

async function seedFeed() {
  const t0 = clock.now;
  const alice = { handle: 'alice', name: 'Alice', followers: 1000 };
  // p1: high ER, slow; p2: low ER, fast; p3: shown nothing countable.
  await record(
    [
      reading({ postId: 'p1', author: alice, likes: 100 }),
      reading({ postId: 'p2', author: alice, likes: 10 }),
    ],
    null,
    t0,
  );
  await record(
    [
      reading({ postId: 'p1', author: alice, likes: 101 }),
      reading({ postId: 'p2', author: alice, likes: 60 }),
    ],
    null,
    t0 + HOUR,
  );
  await record([reading({ postId: 'p3', author: alice, text: 'nothing shown' })], null, t0 + HOUR);
}

const itemAuthors = () =>
  screen.getAllByRole('listitem').map((li) => within(li).getByText(/post p|nothing/).textContent);

it('lists the tab’s posts by ER, re-sorts by velocity, with counts, rates and a sparkline', async () => {
  await seedFeed();
  activeTab('https://x.com/home');
  tab.answer = { keys: ['x:p2', 'x:p1', 'x:p3'], profileKey: null, platform: 'x' };
  render(<App />);
  expect(await screen.findByText('3 posts on this page')).toBeTruthy();
  expect(itemAuthors()).toEqual(['post p1', 'post p2', 'nothing shown']);
  const first = within(screen.getAllByRole('listitem')[0]!);
  expect(first.getByText(formatPercent(101 / 1000))).toBeTruthy();
  expect(first.getByText('1/h')).toBeTruthy();
  expect(first.getByRole('img', { name: 'Engagement over 2 snapshots' })).toBeTruthy();
  expect(first.getByRole('link', { name: 'Open post by Alice: “post p1”' }).getAttribute('href')).toBe(
    'https://x.com/someone/status/p1',
  );
  // Each rate says its formula on hover; a blank one first says what it needs.
  expect(first.getByText(formatPercent(101 / 1000)).getAttribute('title')).toBe(
    '(likes + comments + reposts + saves, those shown) ÷ followers',
  );
  const last = within(screen.getAllByRole('listitem')[2]!);
  expect(
    last
      .getAllByText('—')
      .map((dd) => dd.getAttribute('title'))
      .filter((v) => v !== null),
  ).toEqual([
    'needs counts · (likes + comments + reposts + saves, those shown) ÷ views or ÷ followers, as Settings choose',
    'needs counts · (likes + comments + reposts + saves, those shown) ÷ followers',
    'needs counts · (likes + comments + reposts + saves, those shown) ÷ views',
    'needs counts · engagement gained ÷ hours between the latest reading and the newest one 5 min or more before it',
    "needs counts · ER ÷ median ER of the author's other posts seen, on the same basis (views or followers)",
  ]);
  // The same formulas said out loud, under the rates: a <details> opens for keyboards and touch
  // screens, which never show a title.
  const formulas = (item: typeof first) =>
    Array.from(item.getByText('How these are worked out').closest('details')!.querySelectorAll('p'), (p) =>
      p.textContent?.trim(),
    );
  expect(formulas(first)).toEqual([
    'Engagement rate: (likes + comments + reposts + saves, those shown) ÷ followers',
    'ER by followers: (likes + comments + reposts + saves, those shown) ÷ followers',
    'ER by views: needs views: this post shows none · (likes + comments + reposts + saves, those shown) ÷ views',
    'Velocity: engagement gained ÷ hours between the PostLens readings of Jan 10, 2025, 12:00 PM and Jan 10, 2025, 1:00 PM',
    "Outlier: needs 3 other posts by @alice with an ER on the same basis, their median above 0 · ER ÷ median ER of the author's other posts seen, on the same basis (views or followers)",
  ]);
  expect(formulas(last)).toEqual([
    'Engagement rate: needs counts · (likes + comments + reposts + saves, those shown) ÷ views or ÷ followers, as Settings choose',
    'ER by followers: needs counts · (likes + comments + reposts + saves, those shown) ÷ followers',
    'ER by views: needs counts · (likes + comments + reposts + saves, those shown) ÷ views',
    'Velocity: needs counts · engagement gained ÷ hours between the latest reading and the newest one 5 min or more before it',
    "Outlier: needs counts · ER ÷ median ER of the author's other posts seen, on the same basis (views or followers)",
  ]);
  // What to do is said under a post without an ER, and only there.
  expect(last.getByText('open the post: no counts shown here')).toBeTruthy();
  expect(first.queryByText(/open the post|open .* profile/)).toBeNull();
  fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'velocity' } });
  expect(itemAuthors()).toEqual(['post p2', 'post p1', 'nothing shown']);
});

it('summarises the author on a profile page', async () => {
  const t0 = clock.now;
  const profile = (followers: number) => ({
    platform: 'x' as const,
    handle: 'alice',
    name: 'Alice',
    followers,
  });
  const post = (id: string, likes: number, at: number) =>
    reading({
      postId: id,
      likes,
      author: { handle: 'alice', name: 'Alice' },
      publishedAt: new Date(at).toISOString(),
    });
  await record([post('a', 10, t0 - 2 * DAY), post('b', 30, t0)], profile(1000), t0);
  await record([], profile(1100), t0 + DAY);
  activeTab('https://x.com/alice');
  tab.answer = { keys: ['x:a', 'x:b'], profileKey: 'x:alice', platform: 'x' };
  render(<App />);
  const summary = await screen.findByRole('region', { name: 'Author summary' });
  const s = within(summary);
  expect(s.getByText('1.1K')).toBeTruthy();
  expect(s.getByText('+100 in 1 day')).toBeTruthy();
  // ERs by the followers each snapshot recorded (1,000): 10/1000 and 30/1000.
  expect(s.getByText(formatPercent(20 / 1000))).toBeTruthy();
  expect(s.getByText('3.5')).toBeTruthy();
  expect(s.getByText('From 2 posts seen.')).toBeTruthy();
});

it.each([
  ['unsupported', 'https://example.com/', /This page is not one of them/],
  ['builtin', 'https://x.com/home', /Reload the page to start/],
  ['available', 'https://social.example/home', /If it is a Mastodon server, enable it here/],
] as const)('without a content script on a %s site says so', async (status, url, message) => {
  vi.mocked(siteStatus).mockResolvedValue(status);
  activeTab(url);
  render(<App />);
  expect(await screen.findByText(message)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Enable on this site' }) !== null).toBe(status === 'available');
});

it('enables a site from the click, for the tab', async () => {
  vi.mocked(siteStatus).mockResolvedValue('available');
  activeTab('https://social.example/home');
  render(<App />);
  fireEvent.click(await screen.findByRole('button', { name: 'Enable on this site' }));
  expect(await screen.findByText('PostLens is on for social.example.')).toBeTruthy();
  expect(enableSite).toHaveBeenCalledWith('https://social.example', 7);
});

it('switches PostLens off for the platform and globally', async () => {
  activeTab('https://x.com/home');
  tab.answer = { keys: [], profileKey: null, platform: 'x' };
  render(<App />);
  fireEvent.click(await screen.findByRole('checkbox', { name: 'On for X' }));
  await waitFor(async () => expect((await getSettings()).platforms.x).toBe(false));
  expect(await screen.findByText('PostLens is off for this platform.')).toBeTruthy();
  fireEvent.click(screen.getByRole('checkbox', { name: 'PostLens on' }));
  await waitFor(async () => expect((await getSettings()).enabled).toBe(false));
  expect((await getSettings()).platforms.reddit).toBe(true);
});

it('shows the last storage failure', async () => {
  await storageStatusItem.setValue({
    lastError: 'Storage is full: the browser refused to save more.',
    at: clock.now,
  });
  activeTab('https://x.com/home');
  render(<App />);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/Storage problem.*Storage is full: the browser refused to save more\./);
});
