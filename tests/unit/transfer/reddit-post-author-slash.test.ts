// @vitest-environment node
// A Reddit post's author in an imported file: a Reddit user's handle never holds a "/" (userHandle,
// lib/platforms/reddit/new-reddit.ts), and "r/<name>" is a community's record (isCommunity), whose
// members are no author's followers and which posts nothing of its own. A post author "r/foo" (a
// hand-edited or foreign file) would be keyed as that community, so the check refuses it, saying
// where and why; the authors list keeps "r/foo" (a community's members, as PostLens exports them),
// and other platforms' post authors are checked as before.
import { t } from '@/lib/i18n';
import type { ExportPost } from '@/lib/transfer/format';
import type { Platform } from '@/lib/types';
import { type Author, checkFile, exportOf, problemsIn, T1 } from '../fixtures/export-file';

const post = (platform: Platform, url: string, handle: string | null, postId = 't3_abc'): ExportPost => ({
  platform,
  postId,
  url,
  author: { handle, name: 'someone', followers: null },
  publishedAt: null,
  text: 'hello',
  snapshots: [
    { capturedAt: T1, likes: 5, comments: null, reposts: null, saves: null, views: null, followers: null },
  ],
});
const reddit = (handle: string | null, id = 'abc') =>
  post('reddit', `https://www.reddit.com/r/foo/comments/${id}/x/`, handle, `t3_${id}`);
const community: Author = {
  platform: 'reddit',
  handle: 'r/foo',
  name: 'foo',
  followerSnapshots: [{ capturedAt: T1, followers: 120_000 }],
};

describe("a Reddit post's author handle holding a slash", () => {
  it.each(['r/foo', 'R/Foo', 'u/jane', 'jane/doe'])(
    '%s: refused at the post author, saying why',
    (handle) => {
      expect(problemsIn(exportOf([], [reddit('jane', 'abc'), reddit(handle, 'def')]))).toEqual([
        ['posts[1].author.handle', t('transfer.check.redditPostAuthor')],
      ]);
    },
  );

  it('refused when the authors list holds the community too (its members are no poster)', () => {
    expect(problemsIn(exportOf([community], [reddit('r/foo')]))).toEqual([
      ['posts[0].author.handle', t('transfer.check.redditPostAuthor')],
    ]);
  });

  it.each([['jane'], ['Jane_Doe-2'], [null]])(
    '%s: a Reddit user (or none) is kept as the file gives it',
    (handle) => {
      const r = checkFile(exportOf([], [reddit(handle)]));
      expect(r.ok && r.data.posts.map((p) => p.author.handle)).toEqual([handle]);
    },
  );

  it('an author entry "r/foo" (a community\'s members) is still imported', () => {
    const r = checkFile(exportOf([community]));
    expect(r.ok && r.data.authors).toEqual([community]);
  });

  it.each<[Platform, string, string]>([
    ['x', 'https://x.com/jane/status/1', 'r/foo'],
    ['mastodon', 'https://mastodon.social/@jane/1', 'jane@mastodon.social/x'],
    ['youtube', 'https://www.youtube.com/watch?v=abc', 'r/foo'],
  ])('%s: a post author with a slash is checked as before', (platform, url, handle) => {
    const r = checkFile(exportOf([], [post(platform, url, handle)]));
    expect(r.ok && r.data.posts.map((p) => p.author.handle)).toEqual([handle]);
  });
});
