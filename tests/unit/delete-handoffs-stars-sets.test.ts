// @vitest-environment node

// What a delete leaves behind. (1) "Delete all data": batches a content script kept in
// storage.local (hand-offs) and read before the delete are not stored after it, whether they
// were waiting there (the database refused them), taken by a drain that was storing them as the
// delete ran, or written there just after it; a batch read after the delete is stored as usual.
// (2) Deleting a post, an author or everything takes their stars with them, and deleting an
// author takes them out of the author sets (what the export's annotations then hold too).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { annotationsItem, getAnnotations } from '@/lib/annotations';
import { getWatchlist, watchlistItem } from '@/lib/watchlist';
import {
  CLOCK,
  DASHBOARD,
  fullDiskHandlers,
  handlers,
  handoffKeys,
  keep,
  postKeys,
  slowDiskHandlers,
  useDeleteClock,
} from './fixtures/deletes';
import { CONTENT, POPUP } from './fixtures/handlers';
import { batch, reading } from './recorder-helpers';

useDeleteClock();
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('delete all data and the hand-offs read before it', () => {
  it('a hand-off waiting because the database refused it is not stored once the user deleted all', async () => {
    const { h, state } = fullDiskHandlers(true);
    await keep(batch([reading({ postId: '1' })]), CLOCK - 60_000);
    await h.drainHandoffs();
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ waiting: 1 });
    // Storage is full; the user deletes everything to make room.
    state.full = false;
    vi.setSystemTime(CLOCK + 1_000);
    expect(await h.deleteAll(undefined, DASHBOARD)).toMatchObject({ ok: true });
    // The popup opens (it tries waiting hand-offs again), and a new worker starts.
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ waiting: 0, lost: 0 });
    await handlers().h.drainHandoffs();
    await tick();
    expect(await postKeys()).toEqual([]);
    expect(await handoffKeys()).toEqual([]);
  });

  it('a hand-off a drain was storing as the delete ran does not come back after it', async () => {
    // The drain's write waits (a slow disk); the delete's does not.
    const { h, open } = slowDiskHandlers(true);
    await keep(batch([reading({ postId: '1' })]), CLOCK - 60_000);
    const drain = h.drainHandoffs();
    await tick();
    vi.setSystemTime(CLOCK + 1_000);
    const deleted = h.deleteAll(undefined, DASHBOARD);
    for (let i = 0; i < 5; i++) await tick();
    open();
    await Promise.all([drain, deleted]);
    expect(await deleted).toMatchObject({ ok: true });
    await tick();
    expect(await postKeys()).toEqual([]);
    expect(await handoffKeys()).toEqual([]);
  });

  it('a hand-off read before the delete and written to storage after it is not stored', async () => {
    const { h } = handlers();
    vi.setSystemTime(CLOCK + 1_000);
    expect(await h.deleteAll(undefined, DASHBOARD)).toMatchObject({ ok: true });
    fakeBrowser.storage.local.onChanged.addListener((changes) => void h.handoffChanged(changes));
    await keep(batch([reading({ postId: '1' })]), CLOCK);
    await h.queue.idle();
    await tick();
    await h.drainHandoffs();
    await tick();
    expect(await postKeys()).toEqual([]);
    expect(await handoffKeys()).toEqual([]);
    // Not lost either: the user asked for it to go.
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ waiting: 0, lost: 0 });
  });

  it('a batch read before the delete and sent after it (a page left open retrying) is not stored', async () => {
    const { h } = handlers();
    vi.setSystemTime(CLOCK + 1_000);
    expect(await h.deleteAll(undefined, DASHBOARD)).toMatchObject({ ok: true });
    const late = batch([reading({ postId: '1' })], { readAt: CLOCK });
    await keep(late, CLOCK);
    // Answered as not kept (the page lets its copy go), and its kept copy removed.
    expect(await h.recordReadings(late, CONTENT)).toMatchObject({ ok: true, stored: 0, dropped: 1 });
    await tick();
    expect(await postKeys()).toEqual([]);
    expect(await handoffKeys()).toEqual([]);
    // A new worker knows the delete's time from storage.
    const again = batch([reading({ postId: '3' })], { readAt: CLOCK + 500 });
    expect(await handlers().h.recordReadings(again, CONTENT)).toMatchObject({ ok: true, stored: 0 });
    expect(await postKeys()).toEqual([]);
  });

  it('control: a batch read after the delete, or sent without a read time, is stored', async () => {
    const { h } = handlers();
    vi.setSystemTime(CLOCK + 1_000);
    expect(await h.deleteAll(undefined, DASHBOARD)).toMatchObject({ ok: true });
    vi.setSystemTime(CLOCK + 5_000);
    const after = batch([reading({ postId: '2' })], { readAt: CLOCK + 4_000 });
    expect(await h.recordReadings(after, CONTENT)).toMatchObject({ ok: true, stored: 1 });
    expect(await h.recordReadings(batch([reading({ postId: '4' })]), CONTENT)).toMatchObject({
      ok: true,
      stored: 1,
    });
    expect(await postKeys()).toEqual(['x:2', 'x:4']);
  });

  it('control: a hand-off read after the delete is stored', async () => {
    const { h } = handlers();
    expect(await h.deleteAll(undefined, DASHBOARD)).toMatchObject({ ok: true });
    vi.setSystemTime(CLOCK + 5_000);
    await keep(batch([reading({ postId: '2' })]), CLOCK + 4_000);
    await h.drainHandoffs();
    await tick();
    expect(await postKeys()).toEqual(['x:2']);
    expect(await handoffKeys()).toEqual([]);
  });

  it('control: a delete that fails keeps the waiting hand-offs, stored once the database accepts', async () => {
    const { h, state } = fullDiskHandlers(true);
    await keep(batch([reading({ postId: '1' })]), CLOCK - 60_000);
    vi.setSystemTime(CLOCK + 1_000);
    expect((await h.deleteAll(undefined, DASHBOARD)).ok).toBe(false);
    state.full = false;
    await h.drainHandoffs();
    await tick();
    expect(await postKeys()).toEqual(['x:1']);
  });
});

const A1 = 'x:1';
const A2 = 'x:2';
const OTHER = 'x:3';

async function seed() {
  const { h } = handlers();
  const posts = [
    reading({ postId: '1' }),
    reading({ postId: '2' }),
    reading({ postId: '3', author: { handle: 'other', name: 'Other' } }),
  ];
  expect(await h.recordReadings(batch(posts), CONTENT)).toMatchObject({ ok: true, stored: 3 });
  await watchlistItem.setValue({
    posts: [A1, A2, OTHER],
    authors: ['x:nasa', 'x:other'],
    postFactor: 4,
    authorFactor: 5,
    alerts: true,
  });
  await annotationsItem.setValue({
    sets: [{ id: 's1', name: 'Space', authorKeys: ['x:nasa', 'x:other'] }],
    tags: { [A1]: ['launch'] },
    notes: { [A1]: 'note' },
  });
  return h;
}

describe('stars and author sets of what is deleted', () => {
  it('deleting a post unstars it, and only it', async () => {
    const h = await seed();
    expect(await h.deletePost(A1, DASHBOARD)).toEqual({ ok: true });
    const w = await getWatchlist();
    expect(w.posts).toEqual([A2, OTHER]);
    expect(w.authors).toEqual(['x:nasa', 'x:other']);
  });

  it('deleting an author unstars them and their posts, and takes them out of every set', async () => {
    const h = await seed();
    expect(await h.deleteAuthor('x:nasa', DASHBOARD)).toEqual({ ok: true });
    const w = await getWatchlist();
    expect(w.posts).toEqual([OTHER]);
    expect(w.authors).toEqual(['x:other']);
    // The set stays (the user's grouping), without the author deleted: the export holds the same.
    const a = await getAnnotations();
    expect(a.sets).toEqual([{ id: 's1', name: 'Space', authorKeys: ['x:other'] }]);
    expect(a.tags).toEqual({});
    expect(a.notes).toEqual({});
  });

  it('deleting all data unstars every post and author; the thresholds and alerts switch stay', async () => {
    const h = await seed();
    expect(await h.deleteAll(undefined, DASHBOARD)).toEqual({ ok: true });
    expect(await getWatchlist()).toEqual({
      posts: [],
      authors: [],
      postFactor: 4,
      authorFactor: 5,
      alerts: true,
    });
  });

  it('a delete that committed stands when storage refuses to remove the stars, and says so', async () => {
    const h = await seed();
    const spy = vi
      .spyOn(watchlistItem, 'setValue')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    try {
      expect(await h.deletePost(A1, DASHBOARD)).toEqual({
        ok: true,
        // Storage's own words enclosed apart, for the page to fold (withRawError).
        kept: 'Deleted, but the stars of the deleted posts and authors could not be removed. \u2063QUOTA_BYTES quota exceeded\u2063',
      });
    } finally {
      spy.mockRestore();
    }
    expect(await postKeys()).not.toContain(A1);
    // Deleting again (the post is gone) removes the star.
    expect(await h.deletePost(A1, DASHBOARD)).toEqual({ ok: true });
    expect((await getWatchlist()).posts).toEqual([A2, OTHER]);
  });
});
