import { LIMITS, validateBatch } from '@/lib/check';
import { hostBelongs } from '@/lib/platforms';
import type { Platform } from '@/lib/types';

const post = (over: Record<string, unknown> = {}) => ({
  platform: 'x',
  postId: '1790000000000000001',
  url: 'https://x.com/nasa/status/1790000000000000001',
  author: { handle: 'nasa', name: 'NASA', followers: null },
  publishedAt: '2025-03-01T12:00:00.000Z',
  text: 'Liftoff!',
  likes: 1200,
  comments: 34,
  reposts: 210,
  saves: null,
  views: 98000,
  ...over,
});

const batch = (posts: unknown[], over: Record<string, unknown> = {}) => ({
  batchId: 'b-1',
  pageUrl: 'https://x.com/home',
  posts,
  profile: null,
  ...over,
});

function validOne(input: unknown) {
  const r = validateBatch(batch([input]));
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('hostBelongs', () => {
  it.each([
    ['x', 'x.com', true],
    ['x', 'mobile.x.com', true],
    ['x', 'twitter.com', true],
    ['x', 'x.com.evil.example', false],
    ['x', 'notx.com', false],
    ['reddit', 'old.reddit.com', true],
    ['reddit', 'reddit.com.example', false],
    ['youtube', 'youtu.be', true],
    ['youtube', 'm.youtube.com', true],
    ['threads', 'www.threads.net', true],
    ['threads', 'www.threads.com', true],
    ['bluesky', 'bsky.app', true],
    ['bluesky', 'bsky.social.example', false],
    ['facebook', 'web.facebook.com', true],
    ['tiktok', 'www.tiktok.com', true],
    ['instagram', 'instagram.com.attacker.net', false],
    ['linkedin', 'www.linkedin.com', true],
    ['mastodon', 'fosstodon.org', true],
  ] as Array<[Platform, string, boolean]>)('%s on %s: %s', (platform, host, expected) => {
    expect(hostBelongs(platform, host)).toBe(expected);
  });
});

describe('validateBatch: readings that pass', () => {
  it('keeps a well-formed reading unchanged in substance', () => {
    const r = validOne(post());
    expect(r.dropped).toEqual([]);
    expect(r.batch.posts).toEqual([{ ...post(), author: { handle: 'nasa', name: 'NASA', followers: null } }]);
  });

  it.each([
    [
      'strips unknown fields',
      { evil: '<script>', __proto__x: 1 },
      (p: Record<string, unknown>) => !('evil' in p),
    ],
    [
      'caps text at 2000',
      { text: 'a'.repeat(5000) },
      (p: Record<string, unknown>) => (p.text as string).length === 2000,
    ],
    ['missing text becomes empty', { text: undefined }, (p: Record<string, unknown>) => p.text === ''],
    [
      'publishedAt normalised to UTC',
      { publishedAt: '2025-03-01T14:00:00+02:00' },
      (p: Record<string, unknown>) => p.publishedAt === '2025-03-01T12:00:00.000Z',
    ],
    [
      'date-only publishedAt',
      { publishedAt: '2025-03-01' },
      (p: Record<string, unknown>) => p.publishedAt === '2025-03-01T00:00:00.000Z',
    ],
    ['float noise rounded', { likes: 1.1 * 1000 }, (p: Record<string, unknown>) => p.likes === 1100],
    ['missing count is null, not 0', { saves: undefined }, (p: Record<string, unknown>) => p.saves === null],
    ['zero stays zero', { comments: 0 }, (p: Record<string, unknown>) => p.comments === 0],
    ['promoted kept', { promoted: true }, (p: Record<string, unknown>) => p.promoted === true],
    [
      'mastodon on any https host',
      { platform: 'mastodon', url: 'https://social.example.org/@a/1' },
      (p: Record<string, unknown>) => p.platform === 'mastodon',
    ],
    [
      'author name capped',
      { author: { handle: 'a', name: 'n'.repeat(400) } },
      (p: Record<string, unknown>) => (p.author as { name: string }).name.length === 300,
    ],
  ])('%s', (_name, over, check) => {
    const r = validOne(post(over));
    expect(r.dropped).toEqual([]);
    expect(check(r.batch.posts[0] as unknown as Record<string, unknown>)).toBe(true);
  });
});

describe('validateBatch: readings that are dropped', () => {
  it.each([
    ['unknown platform', { platform: 'myspace' }, 'platform'],
    ['platform not a string', { platform: 7 }, 'platform'],
    ['empty postId', { postId: '' }, 'postId'],
    ['blank postId', { postId: '   ' }, 'postId'],
    ['numeric postId', { postId: 12 }, 'postId'],
    ['oversized postId', { postId: 'p'.repeat(201) }, 'postId'],
    ['http url', { url: 'http://x.com/a/status/1' }, 'https'],
    ['javascript url', { url: 'javascript:alert(1)' }, 'url'],
    ['not a url', { url: 'nope' }, 'not a valid URL'],
    ['url of another platform', { url: 'https://www.reddit.com/r/a/comments/1' }, 'is not x'],
    ['lookalike host', { url: 'https://x.com.evil.example/a/status/1' }, 'is not x'],
    ['url with credentials', { url: 'https://user:pw@x.com/a/status/1' }, 'credentials'],
    ['oversized url', { url: `https://x.com/${'a'.repeat(3000)}` }, 'url'],
    ['negative count', { likes: -1 }, 'likes'],
    ['NaN count', { views: Number.NaN }, 'views'],
    ['Infinity count', { reposts: Number.POSITIVE_INFINITY }, 'reposts'],
    ['huge count', { comments: 1e14 }, 'comments'],
    ['count as string', { likes: '1.2K' }, 'likes'],
    ['bad publishedAt', { publishedAt: 'yesterday' }, 'publishedAt'],
    ['impossible date', { publishedAt: '2025-13-45T00:00:00Z' }, 'publishedAt'],
    ['publishedAt as number', { publishedAt: 1700000000000 }, 'publishedAt'],
    ['author missing', { author: null }, 'author'],
    ['author handle oversized', { author: { handle: 'h'.repeat(301), name: null } }, 'author.handle'],
    ['author followers negative', { author: { handle: 'a', name: null, followers: -5 } }, 'author.followers'],
    ['text not a string', { text: { toString: 1 } }, 'text'],
    ['promoted not boolean', { promoted: 'yes' }, 'promoted'],
  ])('%s', (_name, over, reasonPart) => {
    const r = validateBatch(batch([post(over), post({ postId: 'ok-2' })]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.batch.posts.map((p) => p.postId)).toEqual(['ok-2']);
    expect(r.droppedCount).toBe(1);
    expect(r.dropped).toHaveLength(1);
    expect(r.dropped[0]).toContain(reasonPart);
  });

  it.each([null, 42, 'post', [], [post()]])('a post that is not an object (%j) is dropped', (item) => {
    const r = validateBatch(batch([item]));
    expect(r.ok && r.batch.posts.length === 0 && r.droppedCount === 1).toBe(true);
  });
});

describe('validateBatch: the batch itself', () => {
  it.each([
    ['not an object', 'batch'],
    [null, 'batch'],
    [[], 'batch'],
    [batch([], { batchId: '' }), 'batchId'],
    [batch([], { batchId: 'b'.repeat(101) }), 'batchId'],
    [batch([], { batchId: 5 }), 'batchId'],
    [{ batchId: 'b', pageUrl: '', posts: 'many', profile: null }, 'posts'],
    [batch([], { pageUrl: 9 }), 'pageUrl'],
  ])('refuses %j', (input, reasonPart) => {
    const r = validateBatch(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(reasonPart);
  });

  it(`keeps at most ${LIMITS.posts} posts and counts the rest as dropped`, () => {
    const posts = Array.from({ length: 1200 }, (_, i) => post({ postId: `p${i}` }));
    const r = validateBatch(batch(posts));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.batch.posts).toHaveLength(LIMITS.posts);
    expect(r.batch.posts.at(-1)?.postId).toBe(`p${LIMITS.posts - 1}`);
    expect(r.droppedCount).toBe(700);
    expect(r.dropped).toEqual([`700 posts beyond the ${LIMITS.posts} a batch may hold`]);
  });

  it('validates the profile and drops only it when malformed', () => {
    const good = validateBatch(
      batch([], { profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers: 8.9e7 } }),
    );
    expect(good.ok && good.batch.profile).toEqual({
      platform: 'x',
      handle: 'nasa',
      name: 'NASA',
      followers: 89_000_000,
    });

    const bad = validateBatch(batch([post()], { profile: { platform: 'x', handle: '', followers: 10 } }));
    expect(bad.ok).toBe(true);
    if (!bad.ok) return;
    expect(bad.batch.profile).toBeNull();
    expect(bad.batch.posts).toHaveLength(1);
    expect(bad.dropped[0]).toContain('profile.handle');
  });

  it('survives hostile objects without throwing', () => {
    const hostile = {
      get platform(): string {
        throw new Error('boom');
      },
    };
    const looped: Record<string, unknown> = { ...post() };
    looped.author = looped;
    const r = validateBatch(batch([hostile, looped, post({ postId: 'fine' })]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // The getter that throws costs one reading; the self-referencing one is copied field by
    // field, so the cycle does not come along.
    expect(r.batch.posts.map((p) => p.postId)).toEqual([post().postId, 'fine']);
    expect(r.batch.posts[0]?.author).toEqual({ handle: null, name: null, followers: null });
    expect(r.dropped).toHaveLength(1);
    expect(r.dropped[0]).toContain('boom');
  });
});
