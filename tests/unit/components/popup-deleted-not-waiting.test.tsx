// A post the tab read, then deleted in the dashboard while the tab stayed open, stays in the
// content script's list; the background keeps a mark of its key, so the reading the page sent
// before the delete is never stored. The popup counted it as "not saved yet: open PostLens again
// in a moment", which never comes true. A post whose id the background's check refuses (empty or
// too long) is never stored either.

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { LIMITS } from '@/lib/limits';
import { type HandedOffBatch, handoffKey } from '@/lib/messages';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { render, screen } from '../testing-library';
import { protocolMock, reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
}));
// The notices ask the background, which first stores the hand-offs waiting: here it stays asleep,
// so a hand-off written by the test is still waiting while the popup reads.
vi.mock('@/components/common/storage-warning', () => ({ StorageWarning: () => null }));

beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
});

/** As the dashboard deletes: through the background's handler, which notes the delete marks. */
async function dashboardDelete(type: 'deletePost' | 'deleteAuthor' | 'deleteAll', key?: string) {
  const result = (await protocolMock.sendMessage(type as never, key as never)) as { ok: boolean };
  expect(result.ok).toBe(true);
}

const WAITING = /not saved yet/;
const DELETED = /deleted in the dashboard/;

it('a post deleted in the dashboard while the tab lists it is not "not saved yet"', async () => {
  await record([reading({ postId: 'p1', likes: 3 }), reading({ postId: 'p2', likes: 5 })]);
  await dashboardDelete('deletePost', 'x:p2');
  tab.answer = { keys: ['x:p1', 'x:p2'], profileKey: null, platform: 'x' };
  render(<App />);
  expect(
    await screen.findByText(
      '1 post read on this page was deleted in the dashboard: PostLens saves it again only if the page reads it anew (after a reload, or when its counts change).',
    ),
  ).toBeTruthy();
  expect(screen.queryByText(WAITING)).toBeNull();
});

it('with every post of the tab deleted, the empty popup says so instead of "open again in a moment"', async () => {
  await record([reading({ postId: 'p1', likes: 3, author: { handle: 'alice', name: 'A' } })]);
  await record([reading({ postId: 'p2', likes: 3, author: { handle: 'alice', name: 'A' } })]);
  await dashboardDelete('deleteAuthor', 'x:alice');
  tab.answer = { keys: ['x:p1', 'x:p2'], profileKey: null, platform: 'x' };
  render(<App />);
  expect(await screen.findByText(/2 posts read on this page were deleted in the dashboard/)).toBeTruthy();
  expect(screen.queryByText(WAITING)).toBeNull();
});

it('after "Delete all data" the posts the open tab had read are not waiting either', async () => {
  await record([reading({ postId: 'p1', likes: 3 })]);
  await dashboardDelete('deleteAll');
  tab.answer = { keys: ['x:p1'], profileKey: null, platform: 'x' };
  render(<App />);
  expect(await screen.findByText(DELETED)).toBeTruthy();
  expect(screen.queryByText(WAITING)).toBeNull();
});

it('a deleted post the page read again after the delete, handed off and not stored yet, is waiting', async () => {
  await record([reading({ postId: 'p1', likes: 3 }), reading({ postId: 'p2', likes: 5 })]);
  await dashboardDelete('deletePost', 'x:p2');
  // The page read p2 again (its counts changed) after the delete: stored once the background takes it.
  const handoff: HandedOffBatch = {
    batch: {
      batchId: 'later',
      pageUrl: 'https://x.com/home',
      posts: [reading({ postId: 'p2', likes: 6 })],
      profile: null,
    },
    at: Date.now() + 1_000,
  };
  // One read before the delete holds it too: that one is never stored, the later one is.
  const before: HandedOffBatch = { ...handoff, batch: { ...handoff.batch, batchId: 'before' }, at: 1 };
  await browser.storage.local.set({ [handoffKey('later')]: handoff, [handoffKey('before')]: before });
  tab.answer = { keys: ['x:p1', 'x:p2'], profileKey: null, platform: 'x' };
  render(<App />);
  expect(
    await screen.findByText(
      '1 more post read on this page is not saved yet: open PostLens again in a moment.',
    ),
  ).toBeTruthy();
  expect(screen.queryByText(DELETED)).toBeNull();
});

it('a post read but never deleted is still waiting, with a deleted one beside it', async () => {
  await record([reading({ postId: 'p1', likes: 3 }), reading({ postId: 'p2', likes: 5 })]);
  await dashboardDelete('deletePost', 'x:p2');
  tab.answer = { keys: ['x:p1', 'x:p2', 'x:p3'], profileKey: null, platform: 'x' };
  render(<App />);
  expect(
    await screen.findByText(
      '1 more post read on this page is not saved yet: open PostLens again in a moment.',
    ),
  ).toBeTruthy();
  expect(screen.getByText(DELETED)).toBeTruthy();
});

it('a post whose id the background refuses is not "not saved yet"', async () => {
  const tooLong = `x:${'9'.repeat(LIMITS.postId + 1)}`;
  const justFits = `x:${'8'.repeat(LIMITS.postId)}`;
  tab.answer = { keys: [tooLong, justFits], profileKey: null, platform: 'x' };
  render(<App />);
  // The one that fits may still be stored; the one too long never is.
  expect(await screen.findByText(/1 post read on this page is not saved yet/)).toBeTruthy();
  expect(screen.getByText(/1 post read on this page has an ID PostLens cannot store/)).toBeTruthy();
});
