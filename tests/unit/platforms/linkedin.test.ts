import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkedinAdapter as adapter } from '@/lib/platforms/linkedin';
import type { AdapterContext, PostReading } from '@/lib/types';

const html = (dir: string, name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures', dir, name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

const FEED_EN = { file: 'feed-en.html', url: 'https://www.linkedin.com/feed/', locale: 'en' };
const FEED_DE = { file: 'feed-de.html', url: 'https://www.linkedin.com/feed/', locale: 'de' };
const COMPANY_JA = {
  file: 'company-ja.html',
  url: 'https://www.linkedin.com/company/sakura-robotics/posts/',
  locale: 'ja',
};
const ACTIVITY_PT = {
  file: 'activity-pt-BR.html',
  url: 'https://www.linkedin.com/in/camila-souza/recent-activity/all/',
  locale: 'pt-BR',
};
const PROFILE_EN = { file: 'profile-en.html', url: 'https://www.linkedin.com/in/elena-marsh/', locale: 'en' };
const PROFILE_DE = { file: 'profile-de.html', url: 'https://www.linkedin.com/in/lena-vogel/', locale: 'de' };
const ALL = [FEED_EN, FEED_DE, COMPANY_JA, ACTIVITY_PT];

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

function load(f: { file: string; url: string; locale: string }) {
  const doc = parse(html('linkedin', f.file));
  const c = ctx(f.url, f.locale);
  const posts = adapter.findPosts(doc);
  return { doc, c, posts, readings: posts.map((el) => adapter.readPost(el, c)) };
}

type Row = [
  id: string,
  handle: string,
  name: string,
  followers: number | undefined,
  counts: Counts,
  promoted: boolean,
  publishedAt: string,
];

function checkRows(rows: Row[], readings: (PostReading | null)[]) {
  it.each(rows)('reads %s by %s', (id, handle, name, followers, expected, promoted, publishedAt) => {
    const r = readings.find((x) => x?.postId === id);
    expect(r).toMatchObject({
      platform: 'linkedin',
      url: `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`,
      author: { handle, name },
      publishedAt,
      promoted,
    });
    expect(r?.author.followers).toBe(followers);
    expect(counts(r)).toEqual(expected);
  });
}

describe('linkedin: home feed, 2023 cards (feed-en.html)', () => {
  const { doc, readings } = load(FEED_EN);

  it('finds the five posts, not the reshared post inside one of them', () => {
    expect(readings.map((r) => r?.postId)).toEqual([
      '7304791877222445658',
      '7303051660492845695',
      '7298250021273645732',
      '7304191672320045769',
      '7305131615846445843',
    ]);
  });

  checkRows(
    [
      [
        '7304791877222445658',
        'maya-lindqvist',
        'Maya Lindqvist',
        undefined,
        c3(1234, 56, 12),
        false,
        '2025-03-10T09:15:00.000Z',
      ],
      [
        '7303051660492845695',
        'company/northwind-analytics',
        'Northwind Analytics',
        12345,
        c3(2948, 221, 305),
        false,
        '2025-03-05T14:00:00.000Z',
      ],
      // reposts item left out by LinkedIn: unknown, not zero
      [
        '7298250021273645732',
        'company/contoso-cloud',
        'Contoso Cloud',
        4112,
        c3(87, 4, null),
        true,
        '2025-02-20T08:00:00.000Z',
      ],
      // the resharer is the author, not the company whose post is quoted
      [
        '7304191672320045769',
        'tomas-ortega',
        'Tomás Ortega',
        undefined,
        c3(9, 1, null),
        false,
        '2025-03-08T17:30:00.000Z',
      ],
      // no counts bar at all; a headline that mentions followers is not a follower count
      [
        '7305131615846445843',
        'priya-raman',
        'Priya Raman',
        undefined,
        c3(null, null, null),
        false,
        '2025-03-11T07:45:00.000Z',
      ],
    ],
    readings,
  );

  it('keeps the post text without screen-reader words', () => {
    expect(readings[0]?.text).toBe(
      'We cut onboarding from 14 days to 3. The change that mattered most was the one nobody asked for: one owner per new account.',
    );
    expect(readings[3]?.text).toBe('Worth reading if you run on-call for a data platform.');
  });

  it('reads the visible numbers when the aria-labels are gone', () => {
    const copy = parse(html('linkedin', FEED_EN.file));
    for (const b of Array.from(copy.querySelectorAll('.social-details-social-counts button[aria-label]'))) {
      b.removeAttribute('aria-label');
    }
    const first = adapter.readPost(adapter.findPosts(copy)[0]!, ctx(FEED_EN.url, 'en'));
    // likes from __reactions-count, comments from the __comments item, reposts from "12 reposts"
    expect(counts(first)).toEqual(c3(1234, 56, 12));
  });

  it('puts the badge beside the counts bar, or the action bar when there is none', () => {
    const posts = adapter.findPosts(doc);
    expect(adapter.badgeAnchor?.(posts[0]!)?.classList.contains('social-details-social-counts')).toBe(true);
    expect(adapter.badgeAnchor?.(posts[4]!)?.classList.contains('feed-shared-social-action-bar')).toBe(true);
  });

  it('reads no profile on the feed', () => {
    expect(adapter.readProfile(doc, ctx(FEED_EN.url, 'en'))).toBeNull();
  });
});

describe('linkedin: newer feed with data-id wrappers (feed-de.html)', () => {
  const { posts, readings } = load(FEED_DE);

  it('keeps the card inside a wrapper, a data-id card, and an unrendered wrapper that reads as nothing', () => {
    expect(posts).toHaveLength(5);
    expect(posts[0]?.classList.contains('feed-shared-update-v2')).toBe(true);
    expect(posts[2]?.getAttribute('data-id')).toBe('urn:li:activity:7305107708313645954');
    expect(posts[4]?.classList.contains('relative')).toBe(true);
    expect(readings[4]).toBeNull();
  });

  checkRows(
    [
      [
        '7304440813977645880',
        'company/brandt-logistik',
        'Brandt Logistik GmbH',
        12345,
        c3(1234, 56, 12),
        false,
        '2025-03-09T10:00:00.000Z',
      ],
      [
        '7301209522176045917',
        'company/kaffeeroesterei-adler',
        'Kaffeerösterei Adler',
        3456,
        c3(410, null, null),
        true,
        '2025-02-28T12:00:00.000Z',
      ],
      [
        '7305107708313645954',
        'jonas-weber',
        'Jonas Weber',
        undefined,
        c3(8, 2, null),
        false,
        '2025-03-11T06:10:00.000Z',
      ],
      // "Lena Vogel gefällt das" header: the author is still the poster
      [
        '7301682639667245991',
        'anna-schmidt',
        'Anna Schmidt',
        undefined,
        c3(310, 18, null),
        false,
        '2025-03-01T19:20:00.000Z',
      ],
    ],
    readings,
  );
});

describe('linkedin: company page (company-ja.html)', () => {
  const { doc, c, readings } = load(COMPANY_JA);

  checkRows(
    [
      [
        '7304304918528046065',
        'company/sakura-robotics',
        'さくらロボティクス',
        21500,
        c3(1234, 56, 12),
        false,
        '2025-03-09T01:00:00.000Z',
      ],
      // "山田 花子さん、他86人": the total is the hidden fallback number, not the 86 others
      [
        '7301805952204846102',
        'company/sakura-robotics',
        'さくらロボティクス',
        21500,
        c3(87, 3, null),
        false,
        '2025-03-02T03:30:00.000Z',
      ],
      [
        '7300027986739246139',
        'company/sakura-robotics',
        'さくらロボティクス',
        21500,
        c3(null, null, null),
        false,
        '2025-02-25T05:45:00.000Z',
      ],
    ],
    readings,
  );

  it('reads the company header', () => {
    expect(adapter.readProfile(doc, c)).toEqual({
      platform: 'linkedin',
      handle: 'company/sakura-robotics',
      name: 'さくらロボティクス',
      followers: 21500,
    });
  });

  it('reads the header followers as null when the item is missing', () => {
    const copy = parse(html('linkedin', COMPANY_JA.file));
    for (const el of Array.from(copy.querySelectorAll('.org-top-card-summary-info-list__info-item')))
      el.remove();
    expect(adapter.readProfile(copy, c)?.followers).toBeNull();
  });
});

describe('linkedin: person activity page (activity-pt-BR.html)', () => {
  const { doc, c, readings } = load(ACTIVITY_PT);

  checkRows(
    [
      [
        '7304848500326446176',
        'camila-souza',
        'Camila Souza',
        undefined,
        c3(1234, 56, 12),
        false,
        '2025-03-10T13:00:00.000Z',
      ],
      [
        '7303816701542446213',
        'rafael-lima',
        'Rafael Lima',
        undefined,
        c3(2948, 221, 305),
        false,
        '2025-03-07T16:40:00.000Z',
      ],
      [
        '7302282844569646250',
        'company/aurora-cafe',
        'Aurora Café',
        8765,
        c3(1, null, null),
        false,
        '2025-03-03T11:05:00.000Z',
      ],
      [
        '7305158039961646287',
        'camila-souza',
        'Camila Souza',
        undefined,
        c3(null, null, null),
        false,
        '2025-03-11T09:30:00.000Z',
      ],
    ],
    readings,
  );

  it('reads no profile on an activity page without a top card (no follower count is guessed)', () => {
    expect(adapter.readProfile(doc, c)).toBeNull();
  });
});

describe('linkedin: person profile header (profile-en.html, profile-de.html)', () => {
  it.each([
    // 2024 self view: followers only in the Activity card header, the top card lists connections
    [PROFILE_EN, { handle: 'elena-marsh', name: 'Elena Marsh', followers: 12345 }],
    // older top card: "1.713 Follower" before "500+ Kontakte" in the pv-top-card--list-bullet list
    [PROFILE_DE, { handle: 'lena-vogel', name: 'Lena Vogel', followers: 1713 }],
  ])('$file', (f, expected) => {
    const doc = parse(html('linkedin', f.file));
    expect(adapter.findPosts(doc)).toEqual([]);
    expect(adapter.readProfile(doc, ctx(f.url, f.locale))).toEqual({ platform: 'linkedin', ...expected });
  });

  it.each([
    [PROFILE_EN, '.pvs-header__optional-link'],
    [PROFILE_DE, '.pv-top-card--list-bullet li:first-child'],
  ])('reads followers as null, never 0, when $file loses them', (f, selector) => {
    const doc = parse(html('linkedin', f.file));
    for (const el of Array.from(doc.querySelectorAll(selector))) el.remove();
    const p = adapter.readProfile(doc, ctx(f.url, f.locale));
    expect(p?.name).toBeTruthy();
    expect(p?.followers).toBeNull();
  });

  it('does not take the connections item, the headline or "Private to you" for followers', () => {
    const doc = parse(html('linkedin', PROFILE_EN.file));
    // the headline says "Helped 3 brands reach 1M followers", the Analytics header "Private to you"
    doc.querySelector('.pvs-header__optional-link a')?.closest('p')?.remove();
    expect(adapter.readProfile(doc, ctx(PROFILE_EN.url, 'en'))?.followers).toBeNull();
    const de = parse(html('linkedin', PROFILE_DE.file));
    de.querySelector('.pv-top-card--list-bullet li')?.remove(); // "500+ Kontakte" is left
    expect(adapter.readProfile(de, ctx(PROFILE_DE.url, 'de'))?.followers).toBeNull();
  });

  it.each([
    ['en', '12,345 followers', 12345],
    ['en', '1 follower', 1],
    ['de', '1.234 Follower', 1234],
    ['fr', '12\u202f345 abonnés', 12345],
    ['fr', '12 345 abonnés', 12345],
    ['pt-BR', '8.765 seguidores', 8765],
    ['es', '2.345 seguidores', 2345],
    ['ja', 'フォロワー21,500人', 21500],
    ['en', '12K followers', 12000],
  ])('reads the Activity header in %s: "%s"', (locale, text, expected) => {
    const doc = parse(html('linkedin', PROFILE_EN.file));
    for (const strong of Array.from(doc.querySelectorAll('.pvs-header__optional-link strong')))
      strong.textContent = text;
    expect(adapter.readProfile(doc, ctx(PROFILE_EN.url, locale))?.followers).toBe(expected);
  });

  it.each([
    ['de', '1.713', '1.713 Follower', 1713],
    ['en', '1,713', '1,713 followers', 1713],
    ['fr', '1\u202f713', '1\u202f713 abonnés', 1713],
  ])('reads the top card list in %s: "%s"', (locale, count, label, expected) => {
    const doc = parse(html('linkedin', PROFILE_DE.file));
    const li = doc.querySelector('.pv-top-card--list-bullet li')!;
    li.querySelector('a')!.innerHTML =
      `<span class="t-bold">${count}</span> ${label.replace(count, '').trim()}`;
    expect(adapter.readProfile(doc, ctx(PROFILE_DE.url, locale))?.followers).toBe(expected);
  });

  it.each([
    // an exact label beside a rounded face: the label wins
    ['aria-label on the link', 'a', 'aria-label', '7,896 followers', '8K followers', 7896],
    ['title on the link', 'a', 'title', '7,896 followers', '8K followers', 7896],
    ['bare number title on the strong', 'strong', 'title', '7,896', '8K followers', 7896],
    // a label far from the face is about something else: the face stays
    ['unrelated number', 'strong', 'title', '120', '8K followers', 8000],
    // a label without a count changes nothing
    ['label without a count', 'a', 'aria-label', 'See all followers', '8K followers', 8000],
  ])('prefers an exact figure: %s', (_what, tag, attr, value, face, expected) => {
    const doc = parse(html('linkedin', PROFILE_EN.file));
    for (const p of Array.from(doc.querySelectorAll('.pvs-header__optional-link'))) {
      const strong = p.querySelector('strong');
      if (!strong) continue;
      strong.textContent = face;
      p.querySelector(`span[aria-hidden="true"] ${tag}`)!.setAttribute(attr, value);
    }
    expect(adapter.readProfile(doc, ctx(PROFILE_EN.url, 'en'))?.followers).toBe(expected);
  });

  it('prefers an exact figure on the company header too', () => {
    const doc = parse(html('linkedin', COMPANY_JA.file));
    const item = Array.from(doc.querySelectorAll('.org-top-card-summary-info-list__info-item')).find((el) =>
      /follower|フォロワー/i.test(el.textContent ?? ''),
    )!;
    item.setAttribute('title', '21,482 followers');
    expect(adapter.readProfile(doc, ctx(COMPANY_JA.url, 'ja'))?.followers).toBe(21482);
  });

  it('reads no person profile on the feed or a company page', () => {
    const feed = parse(html('linkedin', FEED_EN.file));
    expect(adapter.readProfile(feed, ctx(FEED_EN.url, 'en'))).toBeNull();
    const doc = parse(html('linkedin', PROFILE_EN.file));
    expect(adapter.readProfile(doc, ctx('https://www.linkedin.com/feed/', 'en'))).toBeNull();
  });
});

describe('linkedin: promoted label in each language', () => {
  it.each(['Promoted', 'Gesponsert', 'プロモーション', 'Promovido'])('%s', (word) => {
    const doc = parse(html('linkedin', ACTIVITY_PT.file));
    const post = adapter.findPosts(doc)[0]!;
    const sub = post.querySelector('.update-components-actor__sub-description')!;
    sub.innerHTML = `<span aria-hidden="true"><!---->${word}<!----></span><span class="visually-hidden">${word}</span>`;
    expect(adapter.readPost(post, ctx(ACTIVITY_PT.url, 'pt-BR'))?.promoted).toBe(true);
  });

  it('is not fooled by the word in the post text', () => {
    const doc = parse(html('linkedin', FEED_EN.file));
    const post = adapter.findPosts(doc)[0]!;
    post.querySelector('.update-components-text')!.textContent = 'Promoted';
    expect(adapter.readPost(post, ctx(FEED_EN.url, 'en'))?.promoted).toBe(false);
  });
});

describe('linkedin: counts removed (nulls, never zeros)', () => {
  it.each(ALL)('$file', (f) => {
    const doc = parse(html('linkedin', f.file));
    for (const el of Array.from(doc.querySelectorAll('.social-details-social-counts'))) el.remove();
    const readings = adapter.findPosts(doc).map((el) => adapter.readPost(el, ctx(f.url, f.locale)));
    const read = readings.filter((r): r is PostReading => r !== null);
    expect(read.length).toBeGreaterThan(2);
    for (const r of read) expect(counts(r)).toEqual(c3(null, null, null));
  });
});

describe('linkedin: pages it does not know', () => {
  const others = [
    ['an empty page', '<!doctype html><html><body></body></html>'],
    ['an X post', readFileSync('tests/fixtures/x/x-tweet-sample.html', 'utf8')],
    ['a Reddit listing', readFileSync('tests/fixtures/reddit/shreddit-listing.html', 'utf8')],
    ['garbage', '<div data-urn="urn:li:activity:abc"><div data-id="urn:li:activity:"></div></div>'],
  ] as const;

  it.each(others)('finds nothing on %s and never throws', (_name, source) => {
    const doc = parse(source);
    expect(adapter.findPosts(doc)).toEqual([]);
    expect(adapter.readProfile(doc, ctx('https://www.linkedin.com/company/x/', 'en'))).toBeNull();
    expect(adapter.readPost(doc.body, ctx('https://www.linkedin.com/feed/', 'en'))).toBeNull();
  });

  it('matches linkedin.com only', () => {
    const doc = parse('<html></html>');
    expect(adapter.matches(new URL('https://www.linkedin.com/feed/'), doc)).toBe(true);
    expect(adapter.matches(new URL('https://www.linkedin.com.evil.example/'), doc)).toBe(false);
    expect(adapter.matches(new URL('https://x.com/'), doc)).toBe(false);
  });
});
