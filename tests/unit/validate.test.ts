// @vitest-environment node

import { LIMITS, validateBatch } from '@/lib/check';
import { hostBelongs } from '@/lib/platforms';
import type { Platform } from '@/lib/types';
import { batch, post } from './fixtures/batch-input';

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
      `caps text at ${LIMITS.text}`,
      { text: 'a'.repeat(LIMITS.text + 5000) },
      (p: Record<string, unknown>) => (p.text as string).length === LIMITS.text,
    ],
    ['missing text becomes empty', { text: undefined }, (p: Record<string, unknown>) => p.text === ''],
    [
      'publishedAt normalised to UTC',
      { publishedAt: '2025-03-01T14:00:00+02:00' },
      (p: Record<string, unknown>) => p.publishedAt === '2025-03-01T12:00:00.000Z',
    ],
    [
      // A page that named only the day: kept a day alone, not made its UTC midnight.
      'date-only publishedAt stays a day alone',
      { publishedAt: '2025-03-01' },
      (p: Record<string, unknown>) => p.publishedAt === '2025-03-01',
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

// Only the identity drops a reading: without platform, post id and a url of that platform, no
// snapshot could be attributed to a post.
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
  ])('%s', (_name, over, reasonPart) => {
    const r = validateBatch(batch([post(over), post({ postId: 'ok-2' })]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.batch.posts.map((p) => p.postId)).toEqual(['ok-2']);
    expect(r.droppedCount).toBe(1);
    expect(r.dropped).toHaveLength(1);
    expect(r.dropped[0]).toContain(reasonPart);
    // A reading left out says nothing about its other fields.
    expect(r.nulled).toEqual([]);
  });

  it.each([null, 42, 'post', [], [post()]])('a post that is not an object (%j) is dropped', (item) => {
    const r = validateBatch(batch([item]));
    expect(r.ok && r.batch.posts.length === 0 && r.droppedCount === 1).toBe(true);
  });
});

// Any other field that fails costs only itself: stored as null (a count the page does not show
// is null, never 0), the rest of the reading kept as it was, and the reason said.
describe('validateBatch: a field that fails is stored as null, the reading kept', () => {
  const WHO = `x:${post().postId}`;
  const NO_AUTHOR = { handle: null, name: null, followers: null };
  const AUTHOR = post().author;

  it.each<[string, Record<string, unknown>, string, unknown, string]>([
    ['likes a fraction', { likes: 1.5 }, 'likes', null, 'likes: must be a whole number, got 1.5'],
    ['likes negative', { likes: -1 }, 'likes', null, 'likes: must be 0 or more, got -1'],
    [
      'comments a string',
      { comments: '1.2K' },
      'comments',
      null,
      'comments: must be a number or null, got "1.2K"',
    ],
    [
      'comments an object',
      { comments: { valueOf: () => 5 } },
      'comments',
      null,
      'comments: must be a number or null, got an object',
    ],
    [
      'reposts Infinity',
      { reposts: Number.POSITIVE_INFINITY },
      'reposts',
      null,
      'reposts: must be a finite number, got Infinity',
    ],
    [
      'saves past the limit',
      { saves: LIMITS.count * 10 },
      'saves',
      null,
      'saves: must be at most 10,000,000,000,000, got 100000000000000',
    ],
    ['views NaN', { views: Number.NaN }, 'views', null, 'views: must be a finite number, got NaN'],
    [
      'publishedAt not ISO',
      { publishedAt: 'yesterday' },
      'publishedAt',
      null,
      'publishedAt: must be an ISO 8601 date, got "yesterday"',
    ],
    [
      'publishedAt impossible',
      { publishedAt: '2025-13-45T00:00:00Z' },
      'publishedAt',
      null,
      'publishedAt: not a real date, got "2025-13-45T00:00:00Z"',
    ],
    [
      'publishedAt a number',
      { publishedAt: 1700000000000 },
      'publishedAt',
      null,
      'publishedAt: must be an ISO 8601 date, got 1700000000000',
    ],
    ['author missing', { author: null }, 'author', NO_AUTHOR, 'author: must be an object, got null'],
    [
      'author a string',
      { author: '<b>me</b>' },
      'author',
      NO_AUTHOR,
      'author: must be an object, got "<b>me</b>"',
    ],
    [
      'author handle oversized',
      { author: { ...AUTHOR, handle: 'h'.repeat(301) } },
      'author',
      { ...AUTHOR, handle: null },
      'author.handle: longer than 300 characters (301)',
    ],
    [
      'author handle empty',
      { author: { ...AUTHOR, handle: '' } },
      'author',
      { ...AUTHOR, handle: null },
      'author.handle: must be a non-empty string, got ""',
    ],
    [
      'author name a number',
      { author: { ...AUTHOR, name: 42 } },
      'author',
      { ...AUTHOR, name: null },
      'author.name: must be a string, got 42',
    ],
    [
      'author followers negative',
      { author: { ...AUTHOR, followers: -5 } },
      'author',
      { ...AUTHOR, followers: null },
      'author.followers: must be 0 or more, got -5',
    ],
    [
      'text not a string',
      { text: { toString: 1 } },
      'text',
      '',
      'text: must be a string, got an object; stored as ""',
    ],
    [
      'promoted not boolean',
      { promoted: 'yes' },
      'promoted',
      undefined,
      'promoted: must be true or false, got "yes"; stored as false',
    ],
  ])('%s', (_name, over, field, stored, reason) => {
    const kept = validOne(post()).batch.posts[0];
    const r = validOne(post(over));
    expect(r.dropped).toEqual([]);
    expect(r.droppedCount).toBe(0);
    expect(r.batch.posts).toEqual([{ ...kept, [field]: stored }]);
    expect(r.nulled).toEqual([`${WHO} ${reason}`]);
  });

  it('keeps a reading whose every field but its identity failed, one reason per field', () => {
    const bad = { author: 7, publishedAt: 'soon', text: 1, likes: -1, comments: 0.5, promoted: 1 };
    const r = validOne(post({ ...bad, reposts: 'x', saves: [], views: 1e99 }));
    expect(r.batch.posts).toEqual([
      {
        platform: 'x',
        postId: post().postId,
        url: post().url,
        author: NO_AUTHOR,
        publishedAt: null,
        text: '',
        likes: null,
        comments: null,
        reposts: null,
        saves: null,
        views: null,
      },
    ]);
    expect(r.nulled.map((n) => n.slice(WHO.length + 1).split(':')[0])).toEqual([
      'author',
      'publishedAt',
      'text',
      'likes',
      'comments',
      'reposts',
      'saves',
      'views',
      'promoted',
    ]);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string]>([
    ['name is a number', { name: 42 }, { name: null }, 'name: must be a string, got 42'],
    [
      'followers is a fraction',
      { followers: 2.5 },
      { followers: null },
      'followers: must be a whole number, got 2.5',
    ],
  ])('a profile whose %s keeps the rest of the profile', (_name, over, stored, reason) => {
    const profile = { platform: 'x', handle: 'nasa', name: 'NASA', followers: 10 };
    const r = validateBatch(batch([], { profile: { ...profile, ...over } }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.batch.profile).toEqual({ ...profile, ...stored });
    expect(r.nulled).toEqual([`profile x:nasa ${reason}`]);
    expect(r.dropped).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string]>([
    [
      'a text',
      { text: 't'.repeat(LIMITS.text + 345) },
      {},
      `x:${post().postId} text: longer than 65,536 characters, kept the first 65,536`,
    ],
    [
      'an author name',
      { author: { handle: 'nasa', name: 'n'.repeat(400) } },
      {},
      `x:${post().postId} author.name: longer than 300 characters, kept the first 300`,
    ],
    [
      'a profile name',
      {},
      { profile: { platform: 'x', handle: 'nasa', name: 'n'.repeat(301), followers: null } },
      'profile x:nasa name: longer than 300 characters, kept the first 300',
    ],
    [
      'a page url',
      {},
      { pageUrl: 'u'.repeat(3000) },
      'pageUrl: longer than 2,048 characters, kept the first 2,048',
    ],
  ])('%s cut to its limit is kept cut, and said', (_name, over, batchOver, note) => {
    const r = validateBatch(batch([post(over)], batchOver));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.batch.posts).toHaveLength(1);
    expect(r.cut).toEqual([note]);
    expect(r.nulled).toEqual([]);
    expect(r.dropped).toEqual([]);
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

  it('turns a getter that throws into a null field, or a dropped reading when it guards the identity', () => {
    const throwing = (thrown: unknown) => () => {
      throw thrown;
    };
    const unprintable = { toString: throwing(new Error('again')) };
    const likes = Object.defineProperty(post(), 'likes', { get: throwing(new Error('boom')) });
    const platform = Object.defineProperty(post(), 'platform', { get: throwing(unprintable) });
    const r = validateBatch(batch([likes, platform]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.batch.posts).toEqual([{ ...validOne(post()).batch.posts[0], likes: null }]);
    expect(r.nulled).toEqual([`x:${post().postId} likes: unreadable: Error: boom`]);
    expect(r.dropped).toEqual(['unreadable: an error that cannot be shown']);
  });
});
