// @vitest-environment node
// A Reddit post's author in a reading sent from a page (lib/check.ts): a Reddit user's handle never
// holds a "/" (userHandle, lib/platforms/reddit/new-reddit.ts), and "r/<name>" is a community's
// record (isCommunity), whose members are no poster's followers. The Reddit readers never give
// one, so only a page's own (hostile) text could: the post is kept without an author, said, as the
// import refuses such a post author (transfer/import-check.ts). A community's profile reading
// ("r/foo", its members) and other platforms' handles pass as before.
import { validateBatch } from '@/lib/check';
import { t } from '@/lib/i18n';
import { batch } from './fixtures/batch-input';

const reddit = (handle: unknown, followers: number | null = 26_000_000) => ({
  platform: 'reddit',
  postId: 't3_abc',
  url: 'https://www.reddit.com/r/space/comments/abc/launch/',
  author: { handle, name: handle, followers },
  publishedAt: null,
  text: 'Launch thread',
  likes: 5,
  comments: null,
  reposts: null,
  saves: null,
  views: null,
});

function checked(posts: unknown[], profile: unknown = null) {
  const r = validateBatch(batch(posts, { pageUrl: 'https://www.reddit.com/r/space/', profile }));
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe("a Reddit post's author handle holding a slash, from a page", () => {
  it.each(['r/space', 'R/Space', 'u/jane', 'jane/doe'])(
    '%s: the post is kept without an author (no community members as followers), and said',
    (handle) => {
      const r = checked([reddit(handle)]);
      expect(r.dropped).toEqual([]);
      expect(r.batch.posts).toHaveLength(1);
      expect(r.batch.posts[0]?.author).toEqual({ handle: null, name: null, followers: null });
      expect(r.batch.posts[0]?.likes).toBe(5);
      expect(r.nulled).toEqual([
        `reddit:t3_abc author: ${t('checks.redditPostAuthor', JSON.stringify(handle))}`,
      ]);
    },
  );

  it.each<[string, ReturnType<typeof reddit> | Record<string, unknown>]>([
    ['a Reddit user', reddit('spacefan', null)],
    ['an X handle with a slash', { ...reddit('a/b', null), platform: 'x', url: 'https://x.com/a/status/1' }],
  ])('%s keeps its author', (_what, post) => {
    const r = checked([post]);
    expect(r.nulled).toEqual([]);
    expect(r.batch.posts[0]?.author.handle).toBe((post.author as { handle: string }).handle);
  });

  it("a community's profile reading (r/space, its members) is kept", () => {
    const profile = { platform: 'reddit', handle: 'r/space', name: 'space', followers: 26_000_000 };
    const r = checked([], profile);
    expect(r.dropped).toEqual([]);
    expect(r.batch.profile).toEqual(profile);
  });
});
