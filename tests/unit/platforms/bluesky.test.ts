import { readFileSync } from 'node:fs';
import { blueskyAdapter } from '@/lib/platforms/bluesky';
import { labelCount, tidDate, wholeCount } from '@/lib/platforms/bluesky/counts';
import type { AdapterContext, PostReading } from '@/lib/types';

const load = (path: string) => new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
const fixture = (name: string) => load(`tests/fixtures/bluesky/${name}`);
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

const HOME = ctx('https://bsky.app/', 'en');
const PROFILE = ctx('https://bsky.app/profile/mareike.bsky.social', 'de');
const THREAD = ctx('https://bsky.app/profile/kenji.bsky.social/post/3ljmcnxijv2eh', 'ja');

function readAll(doc: Document, c: AdapterContext): (PostReading | null)[] {
  return blueskyAdapter.findPosts(doc).map((el) => blueskyAdapter.readPost(el, c));
}

type Row = [
  string,
  string,
  string,
  string | null,
  number | null,
  number | null,
  number | null,
  number | null,
];
// postId, handle, name, publishedAt, likes, comments, reposts, saves
const expected: Record<string, { c: AdapterContext; rows: Row[] }> = {
  'home-en.html': {
    c: HOME,
    rows: [
      [
        '3ljn25rqm6gk7',
        'alice.bsky.social',
        'Alice Nguyen',
        '2025-03-05T13:04:27.318Z',
        15554,
        12,
        1200,
        null,
      ],
      // Reposted by carol: the author is still dan.
      ['3ljletayuccdh', 'dan.example.com', 'Dan Okafor', '2025-03-04T21:10:05.902Z', 1, 0, 3, null],
      ['3ljn7lvuyjn4h', 'erin.bsky.social', 'Erin', '2025-03-05T14:41:50.127Z', 0, 0, 0, null],
      ['3ljmnei7bvbv4', 'gus.bsky.social', 'Gus Ferreira', '2025-03-05T09:15:33.550Z', 2, 1204, 98, null],
      // Quotes alice's post: its own key, not the quoted one's.
      ['3ljmwhclnga6k', 'frank.bsky.social', 'Frank', '2025-03-05T11:58:12.004Z', 7, 2, 1, null],
    ],
  },
  'profile-de.html': {
    c: PROFILE,
    rows: [
      [
        '3ljmwksmr732g',
        'mareike.bsky.social',
        'Mareike Vogel',
        '2025-03-05T12:00:09.481Z',
        2345678,
        56,
        15554,
        null,
      ],
      [
        '3ljhhga57sdo2',
        'mareike.bsky.social',
        'Mareike Vogel',
        '2025-03-03T07:45:51.060Z',
        1234,
        1204,
        999,
        null,
      ],
      ['3lj6ler25kiib', 'jonas.bsky.social', 'Jonas Brandt', '2025-02-27T19:02:38.999Z', 312, 1, 47, null],
      ['3liymqmgotdaf', 'mareike.bsky.social', 'Mareike Vogel', '2025-02-25T10:11:12.131Z', 1, 0, 0, null],
    ],
  },
  'thread-ja.html': {
    c: THREAD,
    rows: [
      ['3ljmcnxijv2eh', 'kenji.bsky.social', '佐藤健二', '2025-03-05T06:04:00.412Z', 15554, 321, 2345, 89],
      ['3ljme6rxdfcpx', 'yuki.bsky.social', 'ゆき', '2025-03-05T06:31:18.773Z', 12, 0, 0, null],
      ['3ljmfwyzqu23v', 'kenji.bsky.social', '佐藤健二', '2025-03-05T07:02:45.240Z', 3, 1, 1, null],
      ['3ljmjuvybnkwk', 'taro.example.jp', 'Taro', '2025-03-05T08:13:09.905Z', 0, 0, 0, null],
    ],
  },
};

describe('bluesky adapter on the fixtures', () => {
  it.each(Object.keys(expected))('%s: reads every post with its counts', (name) => {
    const { c, rows } = expected[name]!;
    const readings = readAll(fixture(name), c);
    expect(
      readings.map((r) => [
        r?.postId,
        r?.author.handle,
        r?.author.name,
        r?.publishedAt,
        r?.likes,
        r?.comments,
        r?.reposts,
        r?.saves,
      ]),
    ).toEqual(rows);
    for (const r of readings) {
      expect(r?.platform).toBe('bluesky');
      expect(r?.url).toBe(`https://bsky.app/profile/${r?.author.handle}/post/${r?.postId}`);
      expect(r?.views).toBeNull();
      expect(r?.text.length).toBeGreaterThan(0);
    }
  });

  it('keeps the post text and leaves out the quoted post', () => {
    const [, , , , frank] = readAll(fixture('home-en.html'), HOME);
    expect(frank?.text).toBe('This aged well. Same meadow, three days later:');
  });

  it('reads the profile header of a profile page (compact count, de format)', () => {
    expect(blueskyAdapter.readProfile(fixture('profile-de.html'), PROFILE)).toEqual({
      platform: 'bluesky',
      handle: 'mareike.bsky.social',
      name: 'Mareike Vogel',
      followers: 12345,
    });
  });

  it.each([
    ['home-en.html', HOME],
    ['thread-ja.html', THREAD],
  ])('%s has no profile header', (name, c) => {
    expect(blueskyAdapter.readProfile(fixture(name), c)).toBeNull();
  });

  it('does not take a header seen on another page for the profile in the address bar', () => {
    const doc = fixture('profile-de.html');
    expect(blueskyAdapter.readProfile(doc, ctx('https://bsky.app/profile/someone.else', 'de'))).toBeNull();
  });

  it('puts the badge beside the action bar', () => {
    const [first] = blueskyAdapter.findPosts(fixture('home-en.html'));
    const anchor = blueskyAdapter.badgeAnchor?.(first!);
    expect(anchor?.querySelector('[data-testid="likeBtn"]')).not.toBeNull();
    expect(anchor?.querySelector('[data-testid="replyBtn"]')).not.toBeNull();
  });
});

describe('bluesky adapter when markup is missing or different', () => {
  const COUNT_NODES =
    '[data-testid="likeBtn"], [data-testid="replyBtn"], [data-testid="repostBtn"], [data-testid="repostCount"], [data-testid$="-expanded"]';

  it.each(Object.keys(expected))('%s without its count nodes reads nulls, not zeros', (name) => {
    const doc = fixture(name);
    for (const n of Array.from(doc.querySelectorAll(COUNT_NODES))) n.remove();
    const readings = readAll(doc, expected[name]!.c);
    expect(readings).toHaveLength(expected[name]!.rows.length);
    for (const r of readings) {
      expect(r).not.toBeNull();
      expect([r?.likes, r?.comments, r?.reposts, r?.saves, r?.views]).toEqual([null, null, null, null, null]);
    }
  });

  it('falls back to the visible like count when the label carries no number', () => {
    const doc = fixture('home-en.html');
    doc.querySelector('[data-testid="likeBtn"]')!.setAttribute('aria-label', 'Like');
    expect(readAll(doc, HOME)[0]?.likes).toBe(15500); // "15.5K", truncated by Bluesky
  });

  it('falls back to the expanded like count of the focused post', () => {
    const doc = fixture('thread-ja.html');
    doc.querySelector('[data-testid="likeBtn"]')!.remove();
    expect(readAll(doc, THREAD)[0]?.likes).toBe(10000); // "1万"
  });

  it('reads a missing repost count as 0 only where the like label is exact', () => {
    const doc = fixture('home-en.html');
    const erin = blueskyAdapter.findPosts(doc)[2]!;
    expect(blueskyAdapter.readPost(erin, HOME)?.reposts).toBe(0);
    erin.querySelector('[data-testid="likeBtn"]')!.setAttribute('aria-label', 'Like');
    expect(blueskyAdapter.readPost(erin, HOME)?.reposts).toBeNull();
  });

  it('takes the focused post from the address bar when it links nowhere (no likes, no reposts)', () => {
    const doc = fixture('thread-ja.html');
    const anchor = blueskyAdapter.findPosts(doc)[0]!;
    for (const a of Array.from(anchor.querySelectorAll('a[href*="/post/"]'))) a.remove();
    expect(blueskyAdapter.readPost(anchor, THREAD)?.postId).toBe('3ljmcnxijv2eh');
    // …but never for a feed item, which always carries its own link.
    const item = blueskyAdapter.findPosts(fixture('home-en.html'))[0]!;
    for (const a of Array.from(item.querySelectorAll('a[href*="/post/"]'))) a.remove();
    expect(blueskyAdapter.readPost(item, HOME)).toBeNull();
  });

  it('never takes a quoted post for the post itself', () => {
    const doc = fixture('home-en.html');
    const frank = blueskyAdapter.findPosts(doc)[4]!;
    frank.querySelector('a[href="/profile/frank.bsky.social/post/3ljmwhclnga6k"]')!.remove();
    expect(blueskyAdapter.readPost(frank, HOME)).toBeNull();
  });

  it.each([
    ['an empty page', '<!doctype html><html><body></body></html>', 'https://bsky.app/'],
    ['an X page', readFileSync('tests/fixtures/x/x-tweet-sample.html', 'utf8'), 'https://x.com/'],
    ['a Mastodon page', readFileSync('tests/fixtures/mastodon/profile-en.html', 'utf8'), 'https://bsky.app/'],
  ])('finds nothing and throws nothing on %s', (_label, markup, url) => {
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    const c = ctx(url, 'en');
    expect(blueskyAdapter.findPosts(doc)).toEqual([]);
    expect(blueskyAdapter.readProfile(doc, c)).toBeNull();
    expect(blueskyAdapter.readPost(doc.body, c)).toBeNull();
  });

  it('matches bsky.app only', () => {
    const doc = fixture('home-en.html');
    expect(blueskyAdapter.matches(new URL('https://bsky.app/profile/x'), doc)).toBe(true);
    expect(blueskyAdapter.matches(new URL('https://mastodon.social/'), doc)).toBe(false);
    expect(blueskyAdapter.matches(new URL('https://bsky.app.example.com/'), doc)).toBe(false);
  });
});

describe('bluesky number readers', () => {
  it.each([
    ['Like (15,554 likes)', 'en', 15554],
    ['Unlike (1 like)', 'en', 1],
    ['Reply (0 replies)', 'en', 0],
    ['Gefällt mir (2.345.678 Gefällt mir)', 'de', 2345678],
    ['いいねする（15,554件のいいね）', 'ja', 15554],
    ['Repost or quote post', 'en', null],
    ['Like', 'en', null],
    ['Like (1.5 likes)', 'en', null],
    [null, 'en', null],
  ])('labelCount(%j, %s) = %j', (label, locale, want) => {
    expect(labelCount(label, locale)).toBe(want);
  });

  it.each([
    ['1.2K', 'en', 1200],
    ['2,3 Mio.', 'de', 2300000],
    ['1.5万', 'ja', 15000],
    ['', 'en', null],
  ])('wholeCount(%j, %s) = %j', (text, locale, want) => {
    expect(wholeCount(text, locale)).toBe(want);
  });

  it.each([
    ['3jzfcijpj2z2a', '2023-06-30T15:03:01.887Z'], // the example TID of the atproto spec
    ['3ljn25rqm6gk7', '2025-03-05T13:04:27.318Z'],
    ['self', null],
    ['3JZFCIJPJ2Z2A', null],
    ['2222222222222', null], // the epoch: not a post time
    ['zzzzzzzzzzzzz', null], // top bit set: not a TID
  ])('tidDate(%s) = %s', (rkey, want) => {
    expect(tidDate(rkey)).toBe(want);
  });
});
