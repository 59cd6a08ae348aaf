// @vitest-environment node

// A delete's stars go in one write of the watchlist: before, each starred key deleted was removed
// by a write of its own (removeStar per key), so deleting everything with 3 stars wrote the
// watchlist 3 times, and a write refused midway left some stars removed and some kept while the
// answer said the stars "could not be removed". Now one write: all go, or all stay and it is said.
import { t } from '@/lib/i18n';
import { splitStorageError } from '@/lib/store';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { backend, reading, record, resetAll } from '../components/helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };
const STARS = { posts: ['x:1', 'x:2', 'x:3'], authors: ['x:someone'] };

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

async function seed() {
  await record([reading({ postId: '1' }), reading({ postId: '2' }), reading({ postId: '3' })]);
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, ...STARS, postFactor: 4 });
}

const run = {
  'delete all': () => backend().deleteAll(undefined, PAGE),
  'delete the author': () => backend().deleteAuthor('x:someone', PAGE),
};

describe("a delete's stars", () => {
  it.each(Object.entries(run))('%s: the stars go in one write, the thresholds stay', async (_what, del) => {
    await seed();
    const writes = vi.spyOn(watchlistItem, 'setValue');
    expect(await del()).toEqual({ ok: true });
    expect(writes).toHaveBeenCalledTimes(1);
    expect(await watchlistItem.getValue()).toMatchObject({ posts: [], authors: [], postFactor: 4 });
  });

  it.each(Object.entries(run))(
    '%s, the watchlist write refused: every star stays, and the answer says so',
    async (_what, del) => {
      await seed();
      const set = watchlistItem.setValue.bind(watchlistItem);
      // Were there more than one write, the first would be kept and a later one refused.
      vi.spyOn(watchlistItem, 'setValue')
        .mockImplementationOnce(set)
        .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
      const res = await del();
      const kept = res.ok ? ((res as { kept?: string }).kept ?? '') : '';
      const starsLeft = (await watchlistItem.getValue()) as typeof STARS;
      const removed =
        STARS.posts.length + STARS.authors.length - starsLeft.posts.length - starsLeft.authors.length;
      // All or nothing: removed and said as removed, or none removed and said so.
      expect({ removed, said: splitStorageError(kept).text }).toEqual(
        removed === 0 ? { removed: 0, said: t('background.deletedStarsKept') } : { removed: 4, said: '' },
      );
    },
  );

  it('a post deleted takes its star only; the others and the author stay', async () => {
    await seed();
    const writes = vi.spyOn(watchlistItem, 'setValue');
    expect(await backend().deletePost('x:2', PAGE)).toEqual({ ok: true });
    expect(writes).toHaveBeenCalledTimes(1);
    expect(await watchlistItem.getValue()).toMatchObject({ posts: ['x:1', 'x:3'], authors: ['x:someone'] });
  });

  it('a delete of nothing starred writes no watchlist', async () => {
    await record([reading({ postId: '9' })]);
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'] });
    const writes = vi.spyOn(watchlistItem, 'setValue');
    expect(await backend().deletePost('x:9', PAGE)).toEqual({ ok: true });
    expect(writes).not.toHaveBeenCalled();
  });
});
