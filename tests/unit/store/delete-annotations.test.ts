// @vitest-environment node

// Deleting a post, an author or everything takes the user's tags and notes on those posts with it:
// a tag left on a deleted post is still counted in the Posts filter ("launch (2)" with one post
// carrying it), and "All PostLens data was deleted." must not leave the notes behind.
import { annotationsItem, getAnnotations, tagCounts } from '@/lib/annotations';
import { backend, reading, record, resetAll } from '../components/helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };

beforeEach(resetAll);

async function seed() {
  await record([
    reading({ postId: '1', likes: 1 }),
    reading({ postId: '2', likes: 2 }),
    reading({ postId: '3', likes: 3, author: { handle: 'other', name: 'Other' } }),
  ]);
  await annotationsItem.setValue({
    sets: [{ id: 's1', name: 'Mine', authorKeys: ['x:someone', 'x:other'] }],
    tags: { 'x:1': ['launch'], 'x:2': ['launch'], 'x:3': ['launch', 'other'] },
    notes: { 'x:1': 'private note on 1', 'x:3': 'note on 3' },
  });
}

describe('deleting data takes its tags and notes', () => {
  it('deletePost: the deleted post no longer counts in a tag, its note is gone', async () => {
    await seed();
    expect(await backend().deletePost('x:1', PAGE)).toEqual({ ok: true });
    const a = await getAnnotations();
    expect(tagCounts(a)).toEqual([
      { tag: 'launch', count: 2 },
      { tag: 'other', count: 1 },
    ]);
    expect(a.notes).toEqual({ 'x:3': 'note on 3' });
    expect(a.sets).toHaveLength(1);
  });

  it('deleteAuthor: the tags and notes of every post of theirs go', async () => {
    await seed();
    expect(await backend().deleteAuthor('x:someone', PAGE)).toEqual({ ok: true });
    const a = await getAnnotations();
    expect(a.tags).toEqual({ 'x:3': ['launch', 'other'] });
    expect(a.notes).toEqual({ 'x:3': 'note on 3' });
  });

  it('deleteAll: no tag or note is left on posts that no longer exist', async () => {
    await seed();
    expect(await backend().deleteAll(undefined, PAGE)).toEqual({ ok: true });
    const a = await getAnnotations();
    expect(a.tags).toEqual({});
    expect(a.notes).toEqual({});
  });

  it('a refused delete leaves the annotations as they were', async () => {
    await seed();
    const before = await getAnnotations();
    const res = await backend().deletePost('x:1', { id: 'evil', url: 'https://evil.example/' });
    expect(res.ok).toBe(false);
    expect(await getAnnotations()).toEqual(before);
  });

  it('a delete that committed stands when storage then refuses the tags and notes, and says so', async () => {
    await seed();
    const before = await getAnnotations();
    const spy = vi
      .spyOn(annotationsItem, 'setValue')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    try {
      expect(await backend().deleteAll(undefined, PAGE)).toEqual({
        ok: true,
        // Storage's own words enclosed apart, for the page to fold (withRawError).
        kept: 'Deleted, but the tags and notes of the deleted posts could not be removed. \u2063QUOTA_BYTES quota exceeded\u2063',
      });
    } finally {
      spy.mockRestore();
    }
    expect(await getAnnotations()).toEqual(before);
    // The records are gone: deleting again removes the tags and notes.
    expect(await backend().deleteAll(undefined, PAGE)).toEqual({ ok: true });
    expect((await getAnnotations()).notes).toEqual({});
  });
});
