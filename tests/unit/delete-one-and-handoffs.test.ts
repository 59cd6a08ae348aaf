// @vitest-environment node

// Deleting ONE post or ONE author and the batches read before it. A batch a content script kept in
// storage.local (a hand-off the database refused on a full disk, say) or one a page left open
// sends again by message, read before the user deleted a post or an author, must not bring that
// post (or the author, their posts and follower counts) back when stored after the delete. The
// rest of such a batch is the user's data and is stored; a batch read after the delete is stored
// as usual.
import { deletedKeysItem, MAX_DELETED_KEYS } from '@/lib/background/delete-marks';
import { getDb } from '@/lib/store/db';
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
const authorKeys = async () => (await getDb()).getAllKeys('authors');
const allSnapshots = async () => (await (await getDb()).getAll('snapshots')) as { postKey: string }[];
const followerAuthors = async () =>
  ((await (await getDb()).getAll('followerSnapshots')) as { authorKey: string }[]).map((f) => f.authorKey);
const tick = () => new Promise((r) => setTimeout(r, 0));

const OTHER = { handle: 'other', name: 'Other' };

describe('deleting one post, and the batches read before it', () => {
  it('a hand-off waiting (database full) does not bring the deleted post back; its other post is stored', async () => {
    const { h, state } = fullDiskHandlers();
    // The user has post 1 stored.
    expect(await h.recordReadings(batch([reading({ postId: '1' })]), CONTENT)).toMatchObject({ stored: 1 });
    // A page reads posts 1 and 2; the disk is full, the copy waits in storage.local.
    state.full = true;
    vi.setSystemTime(CLOCK + 60_000);
    await keep(batch([reading({ postId: '1', likes: 120 }), reading({ postId: '2' })]), CLOCK + 60_000);
    await h.drainHandoffs();
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ waiting: 2 });
    // Room again; the user deletes post 1.
    state.full = false;
    vi.setSystemTime(CLOCK + 120_000);
    expect(await h.deletePost('x:1', DASHBOARD)).toMatchObject({ ok: true });
    // The popup tries the waiting copy; later a new worker starts and drains.
    await h.unsavedReadings(undefined, POPUP);
    await handlers().h.drainHandoffs();
    await tick();
    expect(await postKeys()).toEqual(['x:2']);
    expect((await allSnapshots()).map((s) => s.postKey)).toEqual(['x:2']);
    expect(await handoffKeys()).toEqual([]);
  });

  it('a batch read before the delete and sent after it (a page left open retrying) keeps only the other posts', async () => {
    const { h } = handlers();
    expect(await h.recordReadings(batch([reading({ postId: '1' })]), CONTENT)).toMatchObject({ stored: 1 });
    const late = batch([reading({ postId: '1', likes: 130 }), reading({ postId: '2' })], {
      readAt: CLOCK + 30_000,
    });
    vi.setSystemTime(CLOCK + 60_000);
    expect(await h.deletePost('x:1', DASHBOARD)).toMatchObject({ ok: true });
    vi.setSystemTime(CLOCK + 90_000);
    expect(await h.recordReadings(late, CONTENT)).toMatchObject({ ok: true, stored: 1, dropped: 1 });
    expect(await postKeys()).toEqual(['x:2']);
    // A worker started later knows the delete from storage.
    const again = batch([reading({ postId: '1', likes: 140 })], { readAt: CLOCK + 40_000 });
    expect(await handlers().h.recordReadings(again, CONTENT)).toMatchObject({ ok: true, stored: 0 });
    expect(await postKeys()).toEqual(['x:2']);
  });

  it('a hand-off a drain was storing as the delete ran does not bring the post back', async () => {
    const { h, open, arm } = slowDiskHandlers();
    expect(await h.recordReadings(batch([reading({ postId: '1' })]), CONTENT)).toMatchObject({ stored: 1 });
    await keep(batch([reading({ postId: '1', likes: 150 })]), CLOCK + 10_000);
    arm();
    const drain = h.drainHandoffs();
    await tick();
    vi.setSystemTime(CLOCK + 60_000);
    const deleted = h.deletePost('x:1', DASHBOARD);
    for (let i = 0; i < 5; i++) await tick();
    open();
    await Promise.all([drain, deleted]);
    expect(await deleted).toMatchObject({ ok: true });
    await tick();
    expect(await postKeys()).toEqual([]);
    expect(await handoffKeys()).toEqual([]);
  });

  it('control: the same post read after the delete is stored, by message and by hand-off', async () => {
    const { h } = handlers();
    expect(await h.recordReadings(batch([reading({ postId: '1' })]), CONTENT)).toMatchObject({ stored: 1 });
    vi.setSystemTime(CLOCK + 60_000);
    expect(await h.deletePost('x:1', DASHBOARD)).toMatchObject({ ok: true });
    vi.setSystemTime(CLOCK + 120_000);
    const after = batch([reading({ postId: '1' })], { readAt: CLOCK + 61_000 });
    expect(await h.recordReadings(after, CONTENT)).toMatchObject({ ok: true, stored: 1, dropped: 0 });
    await h.deletePost('x:1', DASHBOARD);
    vi.setSystemTime(CLOCK + 180_000);
    await keep(batch([reading({ postId: '1' })]), CLOCK + 170_000);
    await h.drainHandoffs();
    await tick();
    expect(await postKeys()).toEqual(['x:1']);
    // A batch without a read time (an older content script) is read when it arrives.
    expect(await h.recordReadings(batch([reading({ postId: '5' })]), CONTENT)).toMatchObject({ stored: 1 });
  });
});

describe('deleting one author, and the batches read before it', () => {
  it('a hand-off waiting (database full) brings back neither the author, their posts nor their followers', async () => {
    const { h, state } = fullDiskHandlers();
    expect(
      await h.recordReadings(
        batch([reading({ postId: '1' }), reading({ postId: '3', author: OTHER })], {
          profile: { platform: 'x', handle: 'NASA', name: 'NASA', followers: 1000 },
        }),
        CONTENT,
      ),
    ).toMatchObject({ ok: true, stored: 2 });
    state.full = true;
    vi.setSystemTime(CLOCK + 60_000);
    // Read before the delete: a new post of the author, their profile header, a post of another.
    await keep(
      batch([reading({ postId: '2' }), reading({ postId: '4', author: OTHER })], {
        profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers: 1100 },
      }),
      CLOCK + 60_000,
    );
    await h.drainHandoffs();
    state.full = false;
    vi.setSystemTime(CLOCK + 120_000);
    expect(await h.deleteAuthor('x:nasa', DASHBOARD)).toMatchObject({ ok: true });
    await handlers().h.drainHandoffs();
    await tick();
    expect(await postKeys()).toEqual(['x:3', 'x:4']);
    expect(await authorKeys()).toEqual(['x:other']);
    expect(await followerAuthors()).not.toContain('x:nasa');
    expect(await handoffKeys()).toEqual([]);
  });

  it('a post of the deleted author read without its handle does not come back either', async () => {
    const { h } = handlers();
    expect(await h.recordReadings(batch([reading({ postId: '1' })]), CONTENT)).toMatchObject({ stored: 1 });
    const late = batch([reading({ postId: '1', author: { handle: null, name: null } })], {
      readAt: CLOCK + 1,
    });
    vi.setSystemTime(CLOCK + 60_000);
    expect(await h.deleteAuthor('x:nasa', DASHBOARD)).toMatchObject({ ok: true });
    expect(await h.recordReadings(late, CONTENT)).toMatchObject({ ok: true, stored: 0, dropped: 1 });
    expect(await postKeys()).toEqual([]);
  });

  it('a batch read before the delete and sent after it keeps only the other author', async () => {
    const { h } = handlers();
    expect(await h.recordReadings(batch([reading({ postId: '1' })]), CONTENT)).toMatchObject({ stored: 1 });
    const late = batch(
      [
        reading({ postId: '2', author: { handle: 'NASA', name: 'NASA' } }),
        reading({ postId: '4', author: OTHER }),
      ],
      {
        readAt: CLOCK + 30_000,
        profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers: 1100 },
      },
    );
    vi.setSystemTime(CLOCK + 60_000);
    expect(await h.deleteAuthor('x:nasa', DASHBOARD)).toMatchObject({ ok: true });
    expect(await h.recordReadings(late, CONTENT)).toMatchObject({ ok: true, stored: 1, dropped: 2 });
    expect(await postKeys()).toEqual(['x:4']);
    expect(await authorKeys()).toEqual(['x:other']);
    expect(await followerAuthors()).toEqual([]);
  });

  it('control: the author read after the delete is stored', async () => {
    const { h } = handlers();
    expect(await h.recordReadings(batch([reading({ postId: '1' })]), CONTENT)).toMatchObject({ stored: 1 });
    vi.setSystemTime(CLOCK + 60_000);
    expect(await h.deleteAuthor('x:nasa', DASHBOARD)).toMatchObject({ ok: true });
    vi.setSystemTime(CLOCK + 120_000);
    const after = batch([reading({ postId: '1' })], {
      readAt: CLOCK + 61_000,
      profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers: 1200 },
    });
    expect(await h.recordReadings(after, CONTENT)).toMatchObject({ ok: true, stored: 1, dropped: 0 });
    expect(await postKeys()).toEqual(['x:1']);
    expect(await authorKeys()).toEqual(['x:nasa']);
  });
});

describe('one delete and the batches under way', () => {
  it('a batch sent as a message, checked before the delete and stored after it, does not bring the post back', async () => {
    const { h } = handlers();
    expect(await h.recordReadings(batch([reading({ postId: '1' })]), CONTENT)).toMatchObject({ stored: 1 });
    // The message's write waits (a slow disk); the delete's does not.
    const { h: slowly, open } = slowDiskHandlers(true);
    const sent = slowly.recordReadings(
      batch([reading({ postId: '1', likes: 160 })], { readAt: CLOCK + 10_000 }),
      CONTENT,
    );
    await tick();
    vi.setSystemTime(CLOCK + 60_000);
    const deleted = h.deletePost('x:1', DASHBOARD);
    for (let i = 0; i < 5; i++) await tick();
    open();
    await Promise.all([sent, deleted]);
    expect(await deleted).toMatchObject({ ok: true });
    expect(await postKeys()).toEqual([]);
  });

  it(`keeps the last ${MAX_DELETED_KEYS.toLocaleString('en')} keys deleted one by one; past it the oldest are forgotten, and said so`, async () => {
    const posts = Object.fromEntries(
      Array.from({ length: MAX_DELETED_KEYS }, (_, i) => [`x:old${i}`, CLOCK - 1000 + (i % 2)]),
    );
    await deletedKeysItem.setValue({ posts, authors: {} });
    const { h } = handlers();
    // The worker's log (a delete's notes go to the console, as "delete all"'s do).
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.setSystemTime(CLOCK + 60_000);
    expect(await h.deletePost('x:1', DASHBOARD)).toMatchObject({ ok: true });
    const kept = await deletedKeysItem.getValue();
    expect(Object.keys(kept.posts)).toHaveLength(MAX_DELETED_KEYS);
    expect(kept.posts['x:1']).toBe(CLOCK + 60_000);
    expect(kept.posts['x:old0']).toBeUndefined();
    expect(kept.posts['x:old1']).toBe(CLOCK - 999);
    expect(warn.mock.calls.join('\n')).toMatch(
      `past ${MAX_DELETED_KEYS} deleted keys, the 1 oldest are forgotten`,
    );
  });

  it('delete all covers the keys deleted one by one before it: they are forgotten', async () => {
    const { h } = handlers();
    expect(await h.recordReadings(batch([reading({ postId: '1' })]), CONTENT)).toMatchObject({ stored: 1 });
    vi.setSystemTime(CLOCK + 60_000);
    expect(await h.deleteAuthor('x:nasa', DASHBOARD)).toMatchObject({ ok: true });
    expect(await deletedKeysItem.getValue()).toEqual({
      posts: { 'x:1': CLOCK + 60_000 },
      authors: { 'x:nasa': CLOCK + 60_000 },
    });
    vi.setSystemTime(CLOCK + 120_000);
    expect(await h.deleteAll(undefined, DASHBOARD)).toMatchObject({ ok: true });
    expect(await deletedKeysItem.getValue()).toEqual({ posts: {}, authors: {} });
    const late = batch([reading({ postId: '1' })], { readAt: CLOCK + 30_000 });
    expect(await handlers().h.recordReadings(late, CONTENT)).toMatchObject({ ok: true, stored: 0 });
    expect(await postKeys()).toEqual([]);
  });
});
