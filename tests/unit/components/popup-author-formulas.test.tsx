// The author summary's figures (followers, trend, median ER, posts a week) gave their formulas and
// sources (when the followers were read: they may be weeks old) in title attributes only, which
// show on hover: keyboards and touch screens never do. A post's rates say theirs in a <details>.
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { fireEvent, render, screen, within } from '../testing-library';
import { clock, DAY, reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

it('says each figure’s formula and source out loud, in a <details> a keyboard opens', async () => {
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
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/alice' },
  ]) as never);
  tab.answer = { keys: ['x:a', 'x:b'], profileKey: 'x:alice', platform: 'x' };
  render(<App />);
  const summary = await screen.findByRole('region', { name: 'Author summary' });
  const details = summary.querySelector('details');
  expect(details).not.toBeNull();
  const summaryLine = within(details as HTMLElement).getByText('How these are worked out');
  fireEvent.click(summaryLine);
  const lines = Array.from(details!.querySelectorAll('p'), (p) => p.textContent?.trim());
  expect(lines).toEqual([
    'Followers: Read on Jan 11, 2025, 12:00 PM',
    'Trend: newest count read (1,100, Jan 11, 2025, 12:00 PM) − first count read (1,000, Jan 10, 2025, 12:00 PM)',
    expect.stringMatching(/^Median ER: median of the ERs by followers of 2 of the 2 posts seen/),
    expect.stringMatching(/^Posts \/ week: \(posts with a posting time − 1\)/),
  ]);
});
