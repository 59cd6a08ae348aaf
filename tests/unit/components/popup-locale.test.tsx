// The popup's figures in the user's language: in German a post's 1,234 likes read "1,2K" or
// "1.2K" in English style, its ER "2.00%" and a follower change "+1,234", which a German reader
// takes for 1.234 (a decimal). Every other figure of the popup ("3 Beiträge", "From 1.234 …")
// and the dashboard already follow the browser's language.

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { formatCompact, formatPercent, formatVelocity } from '@/lib/format';
import { setMessageLookup } from '@/lib/i18n';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
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
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

it('German: a post’s counts, rates and velocity are written the German way', async () => {
  const t0 = clock.now;
  const alice = { handle: 'alice', name: 'Alice', followers: 100_000 };
  await record([reading({ postId: 'p1', author: alice, likes: 1234, views: 56_789 })], null, t0);
  await record([reading({ postId: 'p1', author: alice, likes: 1252, views: 56_789 })], null, t0 + 4 * HOUR);
  tab.answer = { keys: ['x:p1'], profileKey: null, platform: 'x' };
  render(<App />);
  const item = within(await screen.findByRole('listitem'));
  const text = plain(item.getByText('Alice').closest('li')?.textContent);
  expect(text).toContain(plain(formatCompact(1252, 'de')));
  expect(text).toContain(plain(formatCompact(56_789, 'de')));
  expect(text).toContain(plain(formatPercent(1252 / 100_000, 'de')));
  expect(text).toContain(plain(formatVelocity(4.5, 'de')));
  // Not the English forms.
  expect(text).not.toContain('1.2K');
  expect(text).not.toContain('4.5/h');
});

it('German: the author’s followers and their change are written the German way', async () => {
  const t0 = clock.now;
  const profile = (followers: number) => ({
    platform: 'x' as const,
    handle: 'alice',
    name: 'Alice',
    followers,
  });
  await record([], profile(10_000), t0);
  await record([], profile(11_234), t0 + 2 * DAY);
  tab.answer = { keys: [], profileKey: 'x:alice', platform: 'x' };
  render(<App />);
  const summary = await screen.findByRole('region', { name: 'Autorenübersicht' });
  const text = plain(summary.textContent);
  expect(text).toContain(plain(formatCompact(11_234, 'de')));
  expect(text).toContain('+1.234');
  expect(text).not.toContain('+1,234');
});
