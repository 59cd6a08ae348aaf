import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facebookAdapter as adapter } from '@/lib/platforms/facebook';
import { facebookPermalink } from '@/lib/platforms/facebook/links';
import type { AdapterContext, PostReading } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/facebook', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
// Relative labels ("2h", "3 Std.") resolve against this fixed "now", never the clock.
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale, now: NOW });

const FEED = { file: 'feed-en.html', url: 'https://www.facebook.com/', locale: 'en' };
const PAGE = { file: 'page-de.html', url: 'https://www.facebook.com/baeckerei.sonnenschein', locale: 'de' };
const GROUP = { file: 'group-es.html', url: 'https://www.facebook.com/groups/huertourbano', locale: 'es' };

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

type Case = [id: string, url: string, handle: string, name: string, want: Counts, promoted: boolean];
interface PageCase {
  page: { file: string; url: string; locale: string };
  expected: Case[];
}

const PAGES: PageCase[] = [
  {
    page: FEED,
    expected: [
      [
        'pfbid02XaQ7mN3vR8tKp1LsW9yHc4DfG6jB2eZu5oAi7rTq3nVw8xYk1mPdLs4',
        'https://www.facebook.com/orbitdaily/posts/pfbid02XaQ7mN3vR8tKp1LsW9yHc4DfG6jB2eZu5oAi7rTq3nVw8xYk1mPdLs4',
        'orbitdaily',
        'Orbit Daily',
        c3(50000, 5900, 2400),
        false,
      ],
      [
        'pfbid0Kp7wqZt2HnR5dVx9LmB3cYe8sGf1uJa6oTi4rNq2vWk7yXh3zPm',
        'https://www.facebook.com/permalink.php?story_fbid=pfbid0Kp7wqZt2HnR5dVx9LmB3cYe8sGf1uJa6oTi4rNq2vWk7yXh3zPm&id=100012345678901',
        '100012345678901',
        'Lena Park',
        c3(12, 3, null),
        false,
      ],
      [
        '987654321098765',
        'https://www.facebook.com/brightsidesolar/posts/987654321098765',
        'brightsidesolar',
        'Brightside Solar',
        c3(1100, 86, 41),
        true,
      ],
      [
        '1234567890123456',
        'https://www.facebook.com/reel/1234567890123456',
        'trailkitchen',
        'Trail Kitchen',
        c3(8700, 312, 1000),
        false,
      ],
      // a brand-new post: Facebook shows no counts at all, so none are claimed
      [
        'pfbid0Rt5yUi8oPa2sDf4gHj6kLz1xCv3bNm7qWe9rTy2uIo4pAs6dFg',
        'https://www.facebook.com/hillsidelibrary/posts/pfbid0Rt5yUi8oPa2sDf4gHj6kLz1xCv3bNm7qWe9rTy2uIo4pAs6dFg',
        'hillsidelibrary',
        'Hillside Library',
        c3(null, null, null),
        false,
      ],
    ],
  },
  {
    page: PAGE,
    expected: [
      [
        'pfbid0abcDEF123ghiJKL456mnoPQR789stuVWX012yzABC345',
        'https://www.facebook.com/baeckerei.sonnenschein/posts/pfbid0abcDEF123ghiJKL456mnoPQR789stuVWX012yzABC345',
        'baeckerei.sonnenschein',
        'Bäckerei Sonnenschein',
        c3(1200, 248, 37),
        false,
      ],
      [
        '845612378945612',
        'https://www.facebook.com/baeckerei.sonnenschein/videos/845612378945612/',
        'baeckerei.sonnenschein',
        'Bäckerei Sonnenschein',
        c3(5900, 1043, 1100),
        false,
      ],
      [
        '1234567890123456',
        'https://www.facebook.com/baeckerei.sonnenschein/posts/1234567890123456',
        'baeckerei.sonnenschein',
        'Bäckerei Sonnenschein',
        c3(17, null, 2),
        false,
      ],
    ],
  },
  {
    page: GROUP,
    expected: [
      [
        '7890123456789012',
        'https://www.facebook.com/groups/huertourbano/posts/7890123456789012/',
        '100004455667788',
        'Carmen Ruiz',
        c3(2400, 312, 56),
        false,
      ],
      [
        '7890123456789099',
        'https://www.facebook.com/groups/huertourbano/posts/7890123456789099/',
        '100009988776655',
        'Diego Marín',
        c3(15300, 12480, 2100),
        false,
      ],
      [
        'pfbid0Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa9ZyXwVuTs',
        'https://www.facebook.com/semillasdelsur/posts/pfbid0Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa9ZyXwVuTs',
        'semillasdelsur',
        'Semillas del Sur',
        c3(430, 27, null),
        true,
      ],
      [
        '556677889900112',
        'https://www.facebook.com/watch/?v=556677889900112',
        'huertotv',
        'Huerto TV',
        c3(98, 9, 3),
        false,
      ],
    ],
  },
];

for (const { page, expected } of PAGES)
  describe(`facebook: ${page.file}`, () => {
    const c = ctx(page.url, page.locale);
    const readings = readAll(page.file, c);

    it(`finds ${expected.length} posts`, () => {
      expect(readings.map((r) => r?.postId)).toEqual(expected.map((e) => e[0]));
    });

    it.each(expected)('reads %s', (id, url, handle, name, want, promoted) => {
      const r = readings.find((x) => x?.postId === id);
      expect(r).toMatchObject({ platform: 'facebook', url, author: { handle, name } });
      expect(counts(r)).toEqual(want);
      expect(r?.promoted === true).toBe(promoted);
    });

    it('reads nulls, not zeros, once the footers are removed', () => {
      const bare = readAll(page.file, c, (doc) => {
        for (const f of doc.querySelectorAll('div[data-visualcompletion="ignore-dynamic"]')) f.remove();
      });
      expect(bare).toHaveLength(expected.length);
      for (const r of bare) expect(counts(r)).toEqual(c3(null, null, null));
    });
  });

describe('facebook: details', () => {
  const c = ctx(FEED.url, FEED.locale);

  it('reads the post text, from the older message attribute too', () => {
    const readings = readAll(FEED.file, c);
    expect(readings[0]?.text).toBe('Tonight the station passes overhead at 21:14. Look west and wave.');
    expect(readings[1]?.text).toBe('Finally finished the quilt.');
  });

  it('ignores counts inside comments and "View 4 more comments"', () => {
    // post 1 has a comment saying "12 shares" and a "View 4 more comments" button
    expect(readAll(FEED.file, c)[0]?.reposts).toBe(2400);
  });

  it('reads the total after the hidden "All reactions:" label when the icon toolbar is missing', () => {
    const readings = readAll(FEED.file, c, (doc) => {
      for (const t of doc.querySelectorAll('span[role="toolbar"]')) t.remove();
    });
    expect(readings.map((r) => r?.likes)).toEqual([50000, 12, 1100, 8700, null]);
  });

  // Once the reader or a friend has reacted, the summary names them before the others: its number
  // leaves them out, so it is no total (null, never one short), with the icon toolbar or without.
  it.each([
    ['You and 12 others', true],
    ['Jane Doe and 12 others', true],
    ['You, John Doe and 10 others', true],
    ['You and 12 others', false],
    ['Jane Doe and 12 others', false],
  ])('reads no total from the summary %j (toolbar kept: %s)', (summary, toolbar) => {
    const source = html(FEED.file).replace(
      '<span class="x1e558r4">50K</span>',
      `<span class="x1e558r4">${summary}</span>`,
    );
    expect(source).not.toBe(html(FEED.file));
    const doc = parse(source);
    if (!toolbar) for (const t of doc.querySelectorAll('span[role="toolbar"]')) t.remove();
    expect(adapter.readPost(adapter.findPosts(doc)[0]!, c)?.likes).toBeNull();
  });

  it.each([FEED, PAGE, GROUP])('finds the author in the heading without aria-labelledby ($file)', (page) => {
    const c2 = ctx(page.url, page.locale);
    const authors = (edit?: (doc: Document) => void) => readAll(page.file, c2, edit).map((r) => r?.author);
    const stripped = authors((doc) => {
      for (const p of doc.querySelectorAll('[aria-labelledby]')) p.removeAttribute('aria-labelledby');
    });
    expect(stripped).toEqual(authors());
    expect(stripped.every((a) => a?.name)).toBe(true);
  });

  it('puts the badge on the footer', () => {
    const doc = parse(html(FEED.file));
    const anchor = adapter.badgeAnchor?.(adapter.findPosts(doc)[0]!);
    expect(anchor?.getAttribute('data-visualcompletion')).toBe('ignore-dynamic');
  });

  it('reads a comment count only in a language it knows', () => {
    const readings = readAll(FEED.file, c, (doc) => {
      for (const s of doc.querySelectorAll('span[dir="auto"]')) {
        if (s.textContent === '5.9K comments') s.textContent = '5.9K kommenttia';
      }
    });
    expect(readings[0]?.comments).toBeNull();
  });
});

describe('facebook: page header (page-de.html)', () => {
  const c = ctx(PAGE.url, PAGE.locale);

  it('reads the followers link', () => {
    const doc = parse(html(PAGE.file));
    expect(adapter.readProfile(doc, c)).toEqual({
      platform: 'facebook',
      handle: 'baeckerei.sonnenschein',
      name: 'Bäckerei Sonnenschein',
      followers: 12487,
    });
  });

  it('reads a profile.php followers link', () => {
    const doc = parse(
      html(PAGE.file).replace(
        '/baeckerei.sonnenschein/followers/',
        '/profile.php?id=100077788899900&amp;sk=followers',
      ),
    );
    const p = adapter.readProfile(doc, ctx('https://www.facebook.com/profile.php?id=100077788899900', 'de'));
    expect(p).toMatchObject({ handle: '100077788899900', followers: 12487 });
  });

  it('reads compact followers in German', () => {
    const doc = parse(html(PAGE.file).replace('12.487 Follower', '1,2 Mio. Follower'));
    expect(adapter.readProfile(doc, c)?.followers).toBe(1200000);
  });

  it('has no profile on the home feed', () => {
    expect(adapter.readProfile(parse(html(FEED.file)), ctx(FEED.url, 'en'))).toBeNull();
  });
});

describe('facebook: permalinks', () => {
  it.each([
    ['/someone/posts/pfbid0abcdefghijklmnop', 'pfbid0abcdefghijklmnop', 0],
    ['https://web.facebook.com/groups/123456/permalink/9876543210/', '9876543210', 0],
    ['/story.php?story_fbid=11223344556&id=99887766554', '11223344556', 0],
    ['/reel/55667788990', '55667788990', 1],
    ['/somepage/videos/1122334455/', '1122334455', 1],
    ['/photo.php?fbid=33445566778&set=a.1', '33445566778', 2],
  ])('%s -> %s', (href, id, rank) => {
    expect(facebookPermalink(href, 'https://www.facebook.com/')).toMatchObject({ id, rank });
  });

  it.each([
    ['/someone'],
    ['/groups/huertourbano/'],
    ['https://evil.example/someone/posts/12345678'],
    ['javascript:alert(1)'],
    ['/hashtag/posts/123456789'],
  ])('%s is no post', (href) => {
    expect(facebookPermalink(href, 'https://www.facebook.com/')).toBeNull();
  });
});

describe('facebook: pages it does not know', () => {
  it.each([
    ['empty page', '<!doctype html><html><body></body></html>'],
    [
      'another platform',
      '<!doctype html><html><body><article data-e2e="recommend-list-item-container"><strong data-e2e="like-count">5</strong></article></body></html>',
    ],
    [
      'a feed of something else',
      '<!doctype html><html><body><div role="feed"><div aria-posinset="1">no links here</div></div></body></html>',
    ],
  ])('%s: nothing read, no throw', (_n, source) => {
    const doc = parse(source);
    const c = ctx(FEED.url, 'en');
    for (const el of adapter.findPosts(doc)) expect(adapter.readPost(el, c)).toBeNull();
    expect(adapter.readPost(doc.body, c)).toBeNull();
    expect(adapter.readProfile(doc, c)).toBeNull();
  });

  it('matches facebook.com hosts only', () => {
    expect(adapter.matches(new URL('https://web.facebook.com/'), document)).toBe(true);
    expect(adapter.matches(new URL('https://facebook.com.evil.example/'), document)).toBe(false);
  });
});

describe('facebook: publication time from the timestamp link', () => {
  // Counts start from now's hour ("2h") or UTC day ("1d"): see lib/read/relative-time.ts.
  it.each([
    // feed-en.html: <a aria-label="2h" href="…/posts/pfbid…"><span><span>2h</span></span></a>
    [
      FEED,
      'pfbid02XaQ7mN3vR8tKp1LsW9yHc4DfG6jB2eZu5oAi7rTq3nVw8xYk1mPdLs4',
      '2h',
      '2025-03-11T14:00:00.000Z',
    ],
    [FEED, 'pfbid0Kp7wqZt2HnR5dVx9LmB3cYe8sGf1uJa6oTi4rNq2vWk7yXh3zPm', '5h', '2025-03-11T11:00:00.000Z'],
    // the reel's link is labelled "1d"
    [FEED, '1234567890123456', '1d', '2025-03-10'],
    // "Just now" is no CLDR phrase: unread
    [FEED, 'pfbid0Rt5yUi8oPa2sDf4gHj6kLz1xCv3bNm7qWe9rTy2uIo4pAs6dFg', 'Just now', null],
    // the ad shows "Sponsored" where the time would be
    [FEED, '987654321098765', 'Sponsored', null],
    // page-de.html
    [PAGE, 'pfbid0abcDEF123ghiJKL456mnoPQR789stuVWX012yzABC345', '3 Std.', '2025-03-11T13:00:00.000Z'],
    [PAGE, '845612378945612', '2 T.', '2025-03-09'],
    // a date without a year: this year's, the day alone (no time of day is shown)
    [PAGE, '1234567890123456', '5. März', '2025-03-05'],
    // group-es.html
    [GROUP, '7890123456789012', '4 h', '2025-03-11T12:00:00.000Z'],
    [GROUP, '7890123456789099', '1 d', '2025-03-10'],
    [GROUP, '556677889900112', '3 d', '2025-03-08'],
  ])('%#: %s, "%s", reads %s', (page, id, _label, iso) => {
    const r = readAll(page.file, ctx(page.url, page.locale)).find((x) => x?.postId === id);
    expect(r).toBeTruthy();
    expect(r?.publishedAt).toBe(iso);
  });

  it('reads an old-style abbr[data-utime] first', () => {
    const [r] = readAll(FEED.file, ctx(FEED.url, FEED.locale), (doc) => {
      const post = doc.querySelector('div[aria-posinset]');
      const abbr = doc.createElement('abbr');
      abbr.setAttribute('data-utime', '1741600000');
      abbr.textContent = 'Monday at 10:46';
      post?.appendChild(abbr);
    });
    expect(r?.publishedAt).toBe('2025-03-10T09:46:40.000Z');
  });

  it('resolves against the clock when no now is given', () => {
    const before = Date.now();
    const [r] = readAll(FEED.file, { url: new URL(FEED.url), locale: 'en' });
    const at = Date.parse(r?.publishedAt ?? '');
    expect(at).toBeGreaterThanOrEqual(before - 3 * 3_600_000);
    expect(at).toBeLessThanOrEqual(Date.now() - 2 * 3_600_000);
  });
});
