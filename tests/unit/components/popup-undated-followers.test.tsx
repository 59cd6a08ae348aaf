// A follower count an imported file gives with no time (author.followers in its posts, no follower
// readings: followersAt null) showed in the popup's author summary as "Followers 12.3K" with no
// title and no line under "How these are worked out": its source unnamed and the exact count
// nowhere, though the Median ER by followers rests on it. It is named as undated and exactly.
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { formatDateTime } from '@/lib/format';
import { render, screen, within } from '../testing-library';
import { backend, clock, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };
const UNDATED = '12,345, from an imported file, with no time of reading';

/** Imports one post of alice's whose author gives 12,345 followers, of no time. */
async function importUndated() {
  const res = await backend().importData(
    {
      format: 'postlens-export',
      version: 1,
      exportedAt: '2025-01-09T00:00:00.000Z',
      authors: [],
      posts: [
        {
          platform: 'x',
          postId: '5',
          url: 'https://x.com/alice/status/5',
          author: { handle: 'alice', name: 'Alice', followers: 12345 },
          publishedAt: null,
          text: 'hello',
          snapshots: [
            {
              capturedAt: '2024-06-01T00:00:00.000Z',
              likes: 10,
              comments: null,
              reposts: null,
              saves: null,
              views: null,
              followers: null,
            },
          ],
        },
      ],
    } as never,
    PAGE as never,
  );
  if (!res.ok) throw new Error(`import refused: ${JSON.stringify(res)}`);
}

/** The popup on alice's profile: her Followers figure and the lines of "How these are worked out". */
async function summary() {
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/alice' },
  ]) as never);
  tab.answer = { keys: ['x:5'], profileKey: 'x:alice', platform: 'x' };
  render(<App />);
  const region = await screen.findByRole('region', { name: 'Author summary' });
  const followers = within(region).getByText('Followers').nextElementSibling!;
  const lines = Array.from(region.querySelector('details')!.querySelectorAll('p'), (p) =>
    p.textContent?.trim(),
  );
  return { followers, lines };
}

it('an undated imported count is named so, with its exact figure, on hover and out loud', async () => {
  await importUndated();
  const { followers, lines } = await summary();
  expect(followers.textContent).toBe('12.3K');
  expect(followers.getAttribute('title')).toBe(UNDATED);
  expect(lines[0]).toBe(`Followers: ${UNDATED}`);
  // The Median ER by followers that rests on it follows.
  expect(lines[1]).toMatch(/^Median ER: median of the ERs by followers of 1 of the 1 posts seen/);
});

it('once the profile is read, the count is that reading, with its time', async () => {
  await importUndated();
  await record([], { platform: 'x', handle: 'alice', name: 'Alice', followers: 13000 });
  const { followers, lines } = await summary();
  const read = `Read on ${formatDateTime(clock.now, 'en')}`;
  expect(followers.textContent).toBe('13K');
  expect(followers.getAttribute('title')).toBe(read);
  expect(lines[0]).toBe(`Followers: ${read}`);
});
