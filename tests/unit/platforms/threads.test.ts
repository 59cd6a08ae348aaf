import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadsAdapter as adapter } from '@/lib/platforms/threads';
import type { AdapterContext, PostReading } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/threads', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

const FEED = { file: 'feed-en.html', url: 'https://www.threads.net/', locale: 'en' };
const THREAD = {
  file: 'thread-de.html',
  url: 'https://www.threads.net/@kaffeehaus.wien/post/C6aBcDeFgHi',
  locale: 'de',
};
const PROFILE = { file: 'profile-ja.html', url: 'https://www.threads.com/@kissa.nikki', locale: 'ja' };

function readAll(file: string, c: AdapterContext, edit?: (doc: Document) => void): (PostReading | null)[] {
  const doc = parse(html(file));
  edit?.(doc);
  return adapter.findPosts(doc).map((el) => adapter.readPost(el, c));
}

type Counts = Pick<PostReading, 'likes' | 'comments' | 'reposts' | 'saves' | 'views'>;
const counts = (r: PostReading | null | undefined): Counts | null =>
  r ? { likes: r.likes, comments: r.comments, reposts: r.reposts, saves: r.saves, views: r.views } : null;
const c3 = (likes: number | null, comments: number | null, reposts: number | null): Counts => ({
  likes,
  comments,
  reposts,
  saves: null,
  views: null,
});

type Case = [code: string, handle: string, publishedAt: string, want: Counts];
interface PageCase {
  page: { file: string; url: string; locale: string };
  host: string;
  expected: Case[];
}

const PAGES: PageCase[] = [
  {
    page: FEED,
    host: 'www.threads.net',
    expected: [
      ['C5xYz12AbCd', 'studio.mara', '2024-05-02T08:15:00.000Z', c3(1200, 48, 12)],
      // no number beside Reply while Like and Repost show theirs: Threads' zero
      ['C5xQq9LmN0p', 'bytes.and.bikes', '2024-05-02T06:02:11.000Z', c3(87, 0, 3)],
      // no number anywhere: nothing proves the bar is read right, so nothing is claimed
      ['C5xRr7TtUuV', 'quiet.reader', '2024-05-02T09:58:40.000Z', c3(null, null, null)],
      // liked by the viewer (icon labelled "Unlike"), quoting another post
      ['C5wAa1Bb2Cc', 'thenewsroom', '2024-05-01T17:30:00.000Z', c3(24500, 1024, 3300)],
      ['C5vMm3Nn4Oo', 'studio.mara', '2024-04-30T11:00:00.000Z', c3(356, 9, 1)],
    ],
  },
  {
    page: THREAD,
    host: 'www.threads.net',
    expected: [
      ['C6aBcDeFgHi', 'kaffeehaus.wien', '2024-06-10T07:45:00.000Z', c3(12300, 1234, 56)],
      ['C6aJkLmNoPq', 'lina.liest', '2024-06-10T08:05:00.000Z', c3(41, 2, 0)],
      ['C6aRsTuVwXy', 'kaffeehaus.wien', '2024-06-10T08:20:00.000Z', c3(5, 0, 0)],
    ],
  },
  {
    page: PROFILE,
    host: 'www.threads.com',
    expected: [
      ['C7kOhAyO1Ab', 'kissa.nikki', '2024-07-01T23:10:00.000Z', c3(15000, 356, 1204)],
      ['C7jYuUgA2Cd', 'kissa.nikki', '2024-06-30T23:00:00.000Z', c3(356, 12, 4)],
      ['C7iGaMe3Efg', 'kissa.nikki', '2024-06-29T23:05:00.000Z', c3(78, 0, 0)],
    ],
  },
];

for (const { page, host, expected } of PAGES)
  describe(`threads: ${page.file}`, () => {
    const c = ctx(page.url, page.locale);
    const readings = readAll(page.file, c);

    it(`finds ${expected.length} posts`, () => {
      expect(readings.map((r) => r?.postId)).toEqual(expected.map((e) => e[0]));
    });

    it.each(expected)('reads %s', (code, handle, publishedAt, want) => {
      const r = readings.find((x) => x?.postId === code);
      expect(r).toMatchObject({
        platform: 'threads',
        url: `https://${host}/@${handle}/post/${code}`,
        author: { handle },
        publishedAt,
      });
      expect(counts(r)).toEqual(want);
    });

    it('reads nulls, not zeros, once the action buttons are removed', () => {
      const bare = readAll(page.file, c, (doc) => {
        for (const svg of doc.querySelectorAll('[role="button"] svg[aria-label]'))
          svg.closest('[role="button"]')?.remove();
      });
      expect(bare).toHaveLength(expected.length);
      for (const r of bare) expect(counts(r)).toEqual(c3(null, null, null));
    });
  });

describe('threads: details', () => {
  const c = ctx(FEED.url, FEED.locale);

  it('reads the post text without names, times, counts or the quoted post', () => {
    const readings = readAll(FEED.file, c);
    expect(readings[0]?.text).toBe('New mural going up on 5th street this week. Come say hi!');
    expect(readings[3]?.text).toBe('Breaking: the city council approved the new bike lanes.');
  });

  it('falls back to the buttons order when the icon labels are in an unknown language', () => {
    const readings = readAll(FEED.file, c, (doc) => {
      for (const [i, svg] of Array.from(doc.querySelectorAll('svg[aria-label]')).entries()) {
        svg.setAttribute('aria-label', `tuntematon ${i}`);
      }
    });
    expect(readings.map(counts)).toEqual([
      c3(1200, 48, 12),
      c3(87, 0, 3),
      c3(null, null, null),
      c3(24500, 1024, 3300),
      c3(356, 9, 1),
    ]);
  });

  it('finds the permalink without a <time>', () => {
    const readings = readAll(FEED.file, c, (doc) => {
      for (const t of doc.querySelectorAll('time')) t.replaceWith(doc.createTextNode('2h'));
    });
    expect(readings[0]).toMatchObject({ postId: 'C5xYz12AbCd', publishedAt: null });
  });

  it('puts the badge on the action bar', () => {
    const doc = parse(html(FEED.file));
    expect(adapter.badgeAnchor?.(adapter.findPosts(doc)[0]!)?.className).toContain('xezivpi');
  });

  it('has no profile on the feed or a post page', () => {
    expect(adapter.readProfile(parse(html(FEED.file)), c)).toBeNull();
    expect(adapter.readProfile(parse(html(THREAD.file)), ctx(THREAD.url, 'de'))).toBeNull();
  });
});

describe('threads: profile (profile-ja.html)', () => {
  const c = ctx(PROFILE.url, PROFILE.locale);

  it('reads the exact follower count from the title', () => {
    expect(adapter.readProfile(parse(html(PROFILE.file)), c)).toEqual({
      platform: 'threads',
      handle: 'kissa.nikki',
      name: '喫茶日記',
      followers: 12345,
    });
  });

  it('reads the abbreviated count "1.2万" without the title', () => {
    const doc = parse(html(PROFILE.file).replace(' title="12,345"', ''));
    expect(adapter.readProfile(doc, c)?.followers).toBe(12000);
  });

  // A bio that mentions followers is not the header's follower line: the line is a number and the
  // word alone, and the one with an exact title wins.
  const BIO = '純喫茶の記録。毎朝更新。';
  it.each([
    ['Road to 1M followers', true, 12345],
    ['Top 5 followers of the week', true, 12345],
    ['1M followers', true, 12345],
    ['Road to 1M followers', false, 12000],
    ['フォロワー10万人を目指して', false, 12000],
  ])('a bio %j (title kept: %s) reads %d', (bio, keepTitle, expected) => {
    let source = html(PROFILE.file).replace(BIO, bio);
    if (!keepTitle) source = source.replace(' title="12,345"', '');
    expect(source).toContain(bio);
    expect(adapter.readProfile(parse(source), c)?.followers).toBe(expected);
  });
});

describe('threads: pages it does not know', () => {
  it.each([
    ['empty page', '<!doctype html><html><body></body></html>'],
    [
      'another platform',
      '<!doctype html><html><body><div role="feed"><div aria-posinset="1"><a href="/x/posts/123456789">1h</a></div></div></body></html>',
    ],
  ])('%s: nothing read, no throw', (_n, source) => {
    const doc = parse(source);
    const c = ctx(FEED.url, 'en');
    expect(adapter.findPosts(doc)).toEqual([]);
    expect(adapter.readPost(doc.body, c)).toBeNull();
    expect(adapter.readProfile(doc, ctx('https://www.threads.net/@someone', 'en'))).toBeNull();
  });

  it('matches threads.net and threads.com only', () => {
    expect(adapter.matches(new URL('https://www.threads.net/'), document)).toBe(true);
    expect(adapter.matches(new URL('https://www.threads.com/@a'), document)).toBe(true);
    expect(adapter.matches(new URL('https://threads.example.com/'), document)).toBe(false);
  });
});
