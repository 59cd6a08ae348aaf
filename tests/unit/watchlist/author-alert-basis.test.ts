// @vitest-environment node

// An author breakout is alerted once, whatever basis a reading in between is judged on. With
// Settings on "auto" (ER by views where shown, else by followers), a post alerted at 3× by views
// and then read on a page that shows no views is judged by followers: its ER by followers being
// under the threshold says nothing of its ER by views, so the next reading with views, at the same
// ER by views, is the breakout the user was told about, not a new one. Expected values by hand.
import { authorAlertedItem } from '@/lib/background/watch-alerts';
import { closeDb } from '@/lib/store/db';
import { watchSetup } from '../fixtures/watch-setup';
import { freshIndexedDb, HOUR, reading, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const setup = watchSetup;

/** A post of @nasa (1,000 followers) with likes only counted, on `views` views (null: none shown). */
const post = (postId: string, likes: number, views: number | null) =>
  reading({
    postId,
    author: { handle: 'nasa', name: 'NASA', followers: 1000 },
    likes,
    comments: 0,
    reposts: 0,
    views,
  });

describe('an author breakout alerted on one ER basis', () => {
  it('is not alerted again after a reading judged by followers (no views shown) in between', async () => {
    const { create, readAt, messages } = await setup({ authors: ['x:nasa'], alerts: true });
    // Three other posts: 200 likes on 20,000 views (1% by views, 20% by followers).
    await readAt(0, [post('2', 200, 20_000), post('3', 200, 20_000), post('4', 200, 20_000)]);
    // Post 1: 300 likes on 10,000 views, 3% by views: 3× the median 1%, an alert.
    await readAt(1, [post('1', 300, 10_000)]);
    expect(messages()).toEqual(["ER by views 3%, 3× the author's median 1% (3 other posts)\n“Liftoff!”"]);
    // Read at 2 h on a page that shows no views: 300 likes of 1,000 followers, 30% by followers,
    // 1.5× the others' 20%. Of its ER by views, the one alerted, this reading says nothing.
    await readAt(2, [post('1', 300, null)]);
    // Read at 4 h with its views again: 300 likes on 10,000 views, the 3% alerted at 1 h.
    await readAt(4, [post('1', 300, 10_000)]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('and the other way: alerted by followers, not again after a reading by views in between', async () => {
    const { create, readAt, messages } = await setup({ authors: ['x:nasa'], alerts: true });
    // Three other posts with no views shown: 10 likes of 1,000 followers (1% by followers).
    await readAt(0, [post('2', 10, null), post('3', 10, null), post('4', 10, null)]);
    // Post 1: 30 likes, no views: 3% by followers, 3× the median 1%, an alert.
    await readAt(1, [post('1', 30, null)]);
    expect(messages()).toEqual(["ER by followers 3%, 3× the author's median 1% (3 other posts)\n“Liftoff!”"]);
    // Other posts now show views too (2,000: 0.5% by views), as does post 1 at 2 h: 30 likes on
    // 30,000 views, judged by views at 0.1%, under 3× 0.5%. By followers, the basis alerted, it is
    // still 3%, 3× the others' 1%: the breakout alerted stands.
    await readAt(1.5, [post('2', 10, 2000), post('3', 10, 2000), post('4', 10, 2000)]);
    await readAt(2, [post('1', 30, 30_000)]);
    // The others show no views again (their 1% by followers), nor post 1: still its 3% alerted.
    await readAt(3, [post('2', 10, null), post('3', 10, null), post('4', 10, null)]);
    await readAt(4, [post('1', 30, null)]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('control: known under the threshold on the basis alerted, then over it, alerts again', async () => {
    const { create, readAt } = await setup({ authors: ['x:nasa'], alerts: true });
    await readAt(0, [post('2', 200, 20_000), post('3', 200, 20_000), post('4', 200, 20_000)]);
    await readAt(1, [post('1', 300, 10_000)]); // 3% by views: an alert
    await readAt(2, [post('1', 300, null)]); // by followers: says nothing of views
    await readAt(3, [post('1', 300, 30_000)]); // 1% by views: under 3× the median 1%
    await readAt(5, [post('1', 900, 30_000)]); // 3% by views: a breakout anew
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('a record kept before the basis was (a bare time) ends under the threshold as judged now', async () => {
    const { create, readAt } = await setup({ authors: ['x:nasa'], alerts: true });
    await readAt(0, [post('2', 200, 20_000), post('3', 200, 20_000), post('4', 200, 20_000)]);
    // Alerted at 1 h by an earlier version, which kept only the time.
    await authorAlertedItem.setValue({ 'x:1': T0 + HOUR });
    await readAt(2, [post('1', 300, 10_000)]); // 3% by views: the breakout alerted, no new alert
    expect(create).not.toHaveBeenCalled();
    await readAt(3, [post('1', 300, 30_000)]); // 1% by views: under 3× the median 1%
    await readAt(5, [post('1', 900, 30_000)]); // 3% by views: a breakout anew
    expect(create).toHaveBeenCalledTimes(1);
  });
});
