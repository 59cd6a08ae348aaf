import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instagramAdapter as adapter } from '@/lib/platforms/instagram';
import { type AdapterContext, type PostReading, postKey } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/instagram', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

const FEED_EN = { file: 'feed-en.html', url: 'https://www.instagram.com/', locale: 'en' };
const FEED_DE = { file: 'feed-de.html', url: 'https://www.instagram.com/', locale: 'de' };
const POST_JA = { file: 'post-ja.html', url: 'https://www.instagram.com/p/C4jaPo5tKyo/', locale: 'ja' };
const PROFILE_PT = {
  file: 'profile-pt-BR.html',
  url: 'https://www.instagram.com/atelie.marina/',
  locale: 'pt-BR',
};
const WITH_POSTS = [FEED_EN, FEED_DE, POST_JA];

type Counts = Pick<PostReading, 'likes' | 'comments' | 'reposts' | 'saves' | 'views'>;
const counts = (r: PostReading | null | undefined): Counts | null =>
  r ? { likes: r.likes, comments: r.comments, reposts: r.reposts, saves: r.saves, views: r.views } : null;
const c2 = (likes: number | null, comments: number | null): Counts => ({
  likes,
  comments,
  reposts: null,
  saves: null,
  views: null,
});

function load(f: { file: string; url: string; locale: string }) {
  const doc = parse(html(f.file));
  const c = ctx(f.url, f.locale);
  const posts = adapter.findPosts(doc);
  return { doc, c, posts, readings: posts.map((el) => adapter.readPost(el, c)) };
}

type Row = [
  code: string,
  kind: 'p' | 'reel',
  handle: string,
  counts: Counts,
  promoted: boolean,
  publishedAt: string | null,
];

function checkRows(rows: Row[], readings: (PostReading | null)[]) {
  it.each(rows)('reads %s (%s) by @%s', (code, kind, handle, expected, promoted, publishedAt) => {
    const r = readings.find((x) => x?.postId === code);
    expect(r).toMatchObject({
      platform: 'instagram',
      url: `https://www.instagram.com/${kind}/${code}/`,
      author: { handle, name: handle },
      publishedAt,
      promoted,
    });
    expect(counts(r)).toEqual(expected);
  });
}

describe('instagram: home feed (feed-en.html)', () => {
  const { doc, posts, readings } = load(FEED_EN);

  it('finds the six articles', () => {
    expect(posts).toHaveLength(6);
    expect(readings.every((r) => r !== null)).toBe(true);
  });

  checkRows(
    [
      ['C4xYz12AbCd', 'p', 'maya.bakes', c2(1234, 56), false, '2025-03-10T09:15:00.000Z'],
      // "Liked by tomas.ortega and 1,233 others": tomas.ortega is one more
      ['C4wQp98LmNo', 'p', 'northwind.coffee', c2(1234, 8), false, '2025-03-09T15:40:00.000Z'],
      // "Liked by priya.r and others": the owner hid the count
      ['C4vHid3Lk_s', 'p', 'studio.kite', c2(null, 3), false, '2025-03-08T11:00:00.000Z'],
      // ads have no timestamp and, here, no comments link
      ['C4uAd00SpOn', 'p', 'contoso.shoes', c2(2345, null), true, null],
      ['C4tRe3lXyZa', 'reel', 'trail.jo', c2(9876, null), false, '2025-03-07T06:30:00.000Z'],
      // a new post with neither a likes line nor a comments link
      ['C4sNew0Post', 'p', 'lena.draws', c2(null, null), false, '2025-03-11T07:59:00.000Z'],
    ],
    readings,
  );

  it('keeps the caption', () => {
    expect(readings[0]?.text).toBe('Sourdough day. Recipe in bio #sourdough #homebaking');
  });

  it('puts the badge beside the action bar', () => {
    expect(adapter.badgeAnchor?.(posts[0]!)?.tagName).toBe('SECTION');
    expect(adapter.badgeAnchor?.(posts[0]!)?.querySelector('svg[aria-label="Like"]')).not.toBeNull();
  });

  it('reads no profile on the home feed', () => {
    expect(adapter.readProfile(doc, ctx(FEED_EN.url, 'en'))).toBeNull();
  });
});

describe('instagram: home feed in German (feed-de.html)', () => {
  const { readings } = load(FEED_DE);

  checkRows(
    [
      ['C4dEu01Brot', 'p', 'baeckerei.krume', c2(1234, 56), false, '2025-03-09T05:30:00.000Z'],
      // "Gefällt lena.vogel und 1.233 weiteren Personen"
      ['C4dEu02Rad_', 'p', 'radweg.berlin', c2(1234, 12), false, '2025-03-08T16:00:00.000Z'],
      ['C4dEu03Ad00', 'p', 'adler.kaffee', c2(410, null), true, null],
      ['C4dEu04Reel', 'reel', 'bergblick.tv', c2(12345, 1024), false, '2025-03-05T18:45:00.000Z'],
    ],
    readings,
  );
});

describe('instagram: "Liked by x and N others" counts x only when the line names exactly one', () => {
  const line = () => {
    const d = parse(html(FEED_EN.file));
    const el = adapter.findPosts(d).find((p) => p.querySelector('a[href="/p/C4wQp98LmNo/liked_by/"]'))!;
    const others = el.querySelector('a[href="/p/C4wQp98LmNo/liked_by/"]')!;
    return { d, el, others, named: others.parentElement!.querySelector('a[href="/tomas.ortega/"]')! };
  };
  const read = (el: Element) => adapter.readPost(el, ctx(FEED_EN.url, 'en'))?.likes;

  it('one named liker by a profile link: N + 1', () => {
    expect(read(line().el)).toBe(1234);
  });

  it('the named liker as plain text (no link): not certain, null', () => {
    const { el, named } = line();
    named.replaceWith(named.textContent ?? '');
    expect(read(el)).toBeNull();
  });

  it('two named likers: not certain how many the line names, null', () => {
    const { d, el, named } = line();
    const second = d.createElement('a');
    second.setAttribute('href', '/priya.r/');
    second.textContent = 'priya.r';
    named.after(', ', second);
    expect(read(el)).toBeNull();
  });
});

describe('instagram: post page (post-ja.html)', () => {
  const { doc, c, posts, readings } = load(POST_JA);

  it('reads the post, its date and not a comment date', () => {
    expect(posts).toHaveLength(1);
    expect(readings[0]).toMatchObject({
      postId: 'C4jaPo5tKyo',
      url: 'https://www.instagram.com/p/C4jaPo5tKyo/',
      author: { handle: 'kyoto.kissa', name: 'kyoto.kissa' },
      publishedAt: '2025-03-06T02:00:00.000Z',
      text: '京都の朝、いつもの喫茶店で。 #京都 #喫茶店',
      promoted: false,
    });
    // the page lists comments instead of counting them
    expect(counts(readings[0])).toEqual(c2(1234, null));
  });

  it('reads no profile on a post page', () => {
    expect(adapter.readProfile(doc, c)).toBeNull();
  });
});

describe('instagram: profile page (profile-pt-BR.html)', () => {
  const { doc, c, posts } = load(PROFILE_PT);

  it('reads the exact followers from the title, not the rounded "2,2 mi"', () => {
    expect(adapter.readProfile(doc, c)).toEqual({
      platform: 'instagram',
      handle: 'atelie.marina',
      name: null,
      followers: 2230586,
    });
  });

  it('falls back to the rounded text without the title', () => {
    const copy = parse(html(PROFILE_PT.file));
    copy.querySelector('span[title]')?.removeAttribute('title');
    expect(adapter.readProfile(copy, c)?.followers).toBe(2200000);
  });

  it("reads the profile on its reels tab too, and not another account's header", () => {
    expect(
      adapter.readProfile(doc, ctx('https://www.instagram.com/atelie.marina/reels/', 'pt-BR'))?.handle,
    ).toBe('atelie.marina');
    expect(adapter.readProfile(doc, ctx('https://www.instagram.com/someone.else/', 'pt-BR'))).toBeNull();
  });

  it('finds its three grid tiles as posts, with no counts: none is hovered', () => {
    const readings = posts.map((el) => adapter.readPost(el, c));
    expect(readings.map((r) => r?.postId)).toEqual(['C4ptGrid001', 'C4ptGrid002', 'C4ptGrid003']);
    for (const r of readings) expect(counts(r)).toEqual(c2(null, null));
  });
});

const PROFILE_GRID = {
  file: 'profile-grid-en.html',
  url: 'https://www.instagram.com/north.clay/',
  locale: 'en',
};

describe('instagram: profile grid (profile-grid-en.html)', () => {
  const { doc, c, posts, readings } = load(PROFILE_GRID);

  it('finds every tile once, each by the shortcode in its link', () => {
    expect(posts).toHaveLength(6);
    expect(new Set(readings.map((r) => r?.postId)).size).toBe(6);
  });

  it.each([
    // the hovered tile: its overlay's heart and bubble counts
    ['C5nGrd01Hov', 'p', c2(1234, 56)],
    // no hover, no overlay: the tile shows no count
    ['C5nGrd02Rel', 'reel', c2(null, null)],
    ['C5nGrd03Car', 'p', c2(null, null)],
    ['C5nGrd04Pht', 'p', c2(null, null)],
    ['C5nGrd05Pht', 'p', c2(null, null)],
    ['C5nGrd06Rel', 'reel', c2(null, null)],
  ] as const)('reads %s (%s)', (code, kind, expected) => {
    const r = readings.find((x) => x?.postId === code);
    expect(r).toMatchObject({
      platform: 'instagram',
      url: `https://www.instagram.com/${kind}/${code}/`,
      // a tile names no author and shows no time or caption text of its own
      author: { handle: null, name: null },
      publishedAt: null,
      text: '',
      promoted: false,
    });
    expect(counts(r)).toEqual(expected);
  });

  it('reads the profile header beside the grid', () => {
    expect(adapter.readProfile(doc, c)).toEqual({
      platform: 'instagram',
      handle: 'north.clay',
      name: null,
      followers: 48217,
    });
  });

  it('puts the badge in the tile box, before the link (not inside the link)', () => {
    const box = posts[0]!;
    const anchor = adapter.badgeAnchor?.(box);
    expect(anchor?.tagName).toBe('A');
    expect(anchor?.parentElement).toBe(box);
  });

  // The overlay variants below are the fixture's overlay with parts taken away, as the scrapers
  // that read it describe them: one li when the page shows one count, li without icons.
  const hovered = () => {
    const d = parse(html(PROFILE_GRID.file));
    const box = adapter.findPosts(d)[0]!;
    return { box, items: Array.from(box.querySelectorAll('ul > li')) };
  };

  it.each([
    ['only the comments li (likes hidden)', [0], false, c2(null, 56)],
    ['only the likes li (comments off)', [1], false, c2(1234, null)],
    ['both li without icons: likes then comments', [], true, c2(1234, 56)],
    ['one li without its icon: either count, so none', [1], true, c2(null, null)],
  ] as const)('%s', (_name, drop, noIcons, expected) => {
    const { box, items } = hovered();
    for (const i of drop) items[i]?.remove();
    if (noIcons) for (const icon of Array.from(box.querySelectorAll('._abpn'))) icon.remove();
    expect(counts(adapter.readPost(box, ctx(PROFILE_GRID.url, 'en')))).toEqual(expected);
  });

  it('reads abbreviated hover counts ("12.5K") as the page shows them', () => {
    const { box, items } = hovered();
    const n = items[0]?.querySelector('.html-span');
    if (n) n.textContent = '12.5K';
    expect(adapter.readPost(box, ctx(PROFILE_GRID.url, 'en'))?.likes).toBe(12500);
  });

  it('reads tiles, not one post, when the grid sits in an <article> (older profile pages)', () => {
    // article._aayp / article._aao7 > … > div._ac7v rows (code index files 46897488383, 31611033042)
    const d = parse(html(PROFILE_GRID.file));
    const grid = d.querySelector('div._ac7v')!.parentElement!;
    const article = d.createElement('article');
    grid.replaceWith(article);
    article.append(grid);
    const found = adapter.findPosts(d);
    expect(found.some((el) => el.tagName === 'ARTICLE')).toBe(false);
    expect(found.map((el) => adapter.readPost(el, c)?.postId)).toEqual(readings.map((r) => r?.postId));
  });

  it('gives a tile and the same post opened over the grid one key', () => {
    const d = parse(html(PROFILE_GRID.file));
    const post = parse(html(POST_JA.file)).querySelector('article')!;
    const tile = adapter.findPosts(d)[1]!;
    tile.querySelector('a')!.setAttribute('href', '/p/C4jaPo5tKyo/');
    d.body.append(d.importNode(post, true));
    const keys = adapter
      .findPosts(d)
      .map((el) => adapter.readPost(el, c))
      .filter((r) => r?.postId === 'C4jaPo5tKyo')
      .map((r) => r && postKey(r));
    expect(keys).toEqual(['instagram:C4jaPo5tKyo', 'instagram:C4jaPo5tKyo']);
  });
});

describe('instagram: counts removed (nulls, never zeros)', () => {
  it.each(WITH_POSTS)('$file', (f) => {
    const doc = parse(html(f.file));
    for (const a of Array.from(doc.querySelectorAll('a[href$="/liked_by/"], a[href$="/comments/"]')))
      a.remove();
    const readings = adapter.findPosts(doc).map((el) => adapter.readPost(el, ctx(f.url, f.locale)));
    expect(readings.length).toBeGreaterThan(0);
    for (const r of readings) expect(counts(r)).toEqual(c2(null, null));
  });
});

describe('instagram: pages it does not know', () => {
  const others = [
    ['an empty page', '<!doctype html><html><body></body></html>'],
    ['an X post', readFileSync('tests/fixtures/x/x-tweet-sample.html', 'utf8')],
    ['a Reddit listing', readFileSync('tests/fixtures/reddit/shreddit-listing.html', 'utf8')],
    ['an article without a permalink', '<article><a href="/p/">x</a><a href="/explore/">y</a></article>'],
  ] as const;

  it.each(others)('finds nothing on %s and never throws', (_name, source) => {
    const doc = parse(source);
    expect(adapter.findPosts(doc)).toEqual([]);
    expect(adapter.readProfile(doc, ctx('https://www.instagram.com/nasa/', 'en'))).toBeNull();
    expect(adapter.readPost(doc.body, ctx('https://www.instagram.com/', 'en'))).toBeNull();
  });

  it('matches instagram.com only', () => {
    const doc = parse('<html></html>');
    expect(adapter.matches(new URL('https://www.instagram.com/'), doc)).toBe(true);
    expect(adapter.matches(new URL('https://instagram.com.example/'), doc)).toBe(false);
  });
});

describe('instagram: publication time only where the post has a <time datetime>', () => {
  // The two posts read without a date are the ads: Instagram prints "Sponsored" / "Gesponsert"
  // where other posts have their <time>, and nothing else in them holds a date.
  it.each([
    [FEED_EN, 'C4uAd00SpOn'],
    [FEED_DE, 'C4dEu03Ad00'],
  ])('%#: the ad %s has no time element and reads null', (page, code) => {
    const { posts, readings } = load(page);
    const i = readings.findIndex((r) => r?.postId === code);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(readings[i]?.promoted).toBe(true);
    expect(posts[i]?.querySelector('time')).toBeNull();
    expect(readings[i]?.publishedAt).toBeNull();
  });
});

describe('instagram: the ad label is read from the header only', () => {
  // The same words written by people (a caption, a comment, a username) are no ad label.
  it.each([
    [
      'a feed caption "Sponsored"',
      FEED_EN,
      'C4xYz12AbCd',
      (s: string) =>
        s.replace(
          /<span([^>]*)>Sourdough day\. Recipe in bio <a[\s\S]*?#homebaking<\/a><\/span>/,
          '<span$1>Sponsored</span>',
        ),
    ],
    [
      'a username "sponsored"',
      FEED_EN,
      'C4xYz12AbCd',
      (s: string) => s.replaceAll('maya.bakes', 'sponsored'),
    ],
    [
      'a comment "patrocinado"',
      POST_JA,
      'C4jaPo5tKyo',
      (s: string) => s.replace('素敵なお店ですね！', 'patrocinado'),
    ],
  ])('%s is not an ad', (_case, page, code, change) => {
    const source = change(html(page.file));
    expect(source).not.toBe(html(page.file));
    const c = ctx(page.url, page.locale);
    const r = adapter
      .findPosts(parse(source))
      .map((el) => adapter.readPost(el, c))
      .find((x) => x?.postId === code);
    expect(r?.postId).toBe(code);
    expect(r?.promoted).toBe(false);
  });
});
