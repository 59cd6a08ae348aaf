// @vitest-environment node

// The watchlist's author breakouts: once per breakout. Expected values worked out by hand.
import { closeDb } from '@/lib/store/db';
import { watchSetup } from '../fixtures/watch-setup';
import { freshIndexedDb, reading } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const setup = watchSetup;

/** A post of @nasa with likes only counted, on 10,000 views (ER by views = likes / 10,000). */
const likes = (n: number, postId = '1') => reading({ postId, likes: n, comments: 0, reposts: 0 });

describe("a starred author's post breaking out", () => {
  it('alerts once for one breakout, not again each time the post is read afterwards', async () => {
    const { create, readAt } = await setup({ authors: ['x:nasa'], alerts: true });
    // Three other posts at 1% of views; post 1 at 3%: 3× the median, the default threshold.
    await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    await readAt(1, [likes(300)]);
    expect(create).toHaveBeenCalledTimes(1);
    // The same post read again later, unchanged (3%), and then a little up (3.1%): still the
    // breakout the user was told about at 1 h, no new one.
    await readAt(3, [likes(300)]);
    await readAt(5, [likes(310)]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('alerts again when the post falls under the threshold and then breaks out anew', async () => {
    const { create, readAt } = await setup({ authors: ['x:nasa'], alerts: true });
    await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    await readAt(1, [likes(300)]); // 3%: 3× the median 1%
    expect(create).toHaveBeenCalledTimes(1);
    // The other posts grow to 2%: post 1's 3% is 1.5× their median, no breakout.
    await readAt(3, [likes(200, '2'), likes(200, '3'), likes(200, '4')]);
    await readAt(4, [likes(300)]);
    expect(create).toHaveBeenCalledTimes(1);
    // Post 1 reaches 6%: 3× the median 2%, a new breakout.
    await readAt(6, [likes(600)]);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
