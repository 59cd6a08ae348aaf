// The popup's figures are those last stored. With PostLens off for the page's platform the page is
// not read, yet the tab still lists the posts (and the profile) it shows, with the counts, rates
// and velocity stored when the post was last read, a month ago here: nothing said when, so a
// month-old "50/h" read as the post's speed now. Each post now says when its counts were read,
// and the author's followers and trend say when (and from which readings) they were read.

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { formatDateTime, formatVelocity } from '@/lib/format';
import { setMessageLookup } from '@/lib/i18n';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen, within } from '../testing-library';
import { clock, DAY, HOUR, reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
}));

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/alice' },
  ]) as never);
});
afterEach(async () => {
  vi.restoreAllMocks();
  setMessageLookup(lookupFrom(await loadMessages('en')));
});

/** A post read twice an hour apart 30 days ago (50/h then), and PostLens off for X since. */
async function monthOld() {
  const t0 = clock.now - 30 * DAY;
  const alice = { handle: 'alice', name: 'Alice', followers: 1000 };
  await record([reading({ postId: 'p1', author: alice, likes: 100 })], null, t0);
  await record([reading({ postId: 'p1', author: alice, likes: 150 })], null, t0 + HOUR);
  clock.now = t0 + 30 * DAY;
  await settingsItem.setValue({
    ...DEFAULT_SETTINGS,
    platforms: { ...DEFAULT_SETTINGS.platforms, x: false },
  });
  tab.answer = { keys: ['x:p1'], profileKey: null, platform: 'x' };
  return t0 + HOUR;
}

const post = async () => (await screen.findByText('Alice')).closest('li') as HTMLElement;

it('a post says when it was last read, not only what its counts and rates were then', async () => {
  const readAt = await monthOld();
  render(<App />);
  const item = within(await post());
  expect(item.getByText(formatVelocity(50))).toBeTruthy();
  expect(item.getByText(`Last read on ${formatDateTime(readAt, 'en')}`)).toBeTruthy();
});

it('German: the time the counts were read, in German words and date', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
  const readAt = await monthOld();
  render(<App />);
  const item = await post();
  expect(plain(item.textContent)).toContain(plain(`Zuletzt gelesen am ${formatDateTime(readAt, 'de')}`));
});

it('the author’s followers and trend say when and from which readings', async () => {
  const t0 = clock.now - 30 * DAY;
  const profile = (followers: number) => ({
    platform: 'x' as const,
    handle: 'alice',
    name: 'Alice',
    followers,
  });
  await record([], profile(1000), t0);
  await record([], profile(1100), t0 + DAY);
  clock.now = t0 + 30 * DAY;
  tab.answer = { keys: [], profileKey: 'x:alice', platform: 'x' };
  render(<App />);
  const summary = within(await screen.findByRole('region', { name: 'Author summary' }));
  const followers = summary.getByText('1.1K');
  expect(followers.getAttribute('title')).toBe(`Read on ${formatDateTime(t0 + DAY, 'en')}`);
  const trend = summary.getByText('+100 in 1 day');
  expect(trend.getAttribute('title')).toBe(
    `newest count read (1,100, ${formatDateTime(t0 + DAY, 'en')}) − first count read (1,000, ${formatDateTime(t0, 'en')})`,
  );
});
