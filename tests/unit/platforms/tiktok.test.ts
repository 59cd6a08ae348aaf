import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tiktokAdapter as adapter } from '@/lib/platforms/tiktok';
import { timeFromVideoId } from '@/lib/platforms/tiktok/adapter';
import type { AdapterContext, PostReading } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/tiktok', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
// A fixed "now" (after every fixture's dates), so reading a saved page never depends on the clock.
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale, now: NOW });

const FORYOU = { file: 'foryou-en.html', url: 'https://www.tiktok.com/foryou', locale: 'en' };
const VIDEO = {
  file: 'video-de.html',
  url: 'https://www.tiktok.com/@backstube.berlin/video/7351234567890123456',
  locale: 'de-DE',
};
const PROFILE = { file: 'profile-ja.html', url: 'https://www.tiktok.com/@kyoto.kissa', locale: 'ja-JP' };
const FORYOU_LEGACY = { file: 'foryou-legacy-en.html', url: 'https://www.tiktok.com/foryou', locale: 'en' };
const VIDEO_LEGACY_OVERLAY_URL =
  'https://www.tiktok.com/@lisbon.tiles/video/7477301200172247217?is_from_webapp=v1&item_id=7477301200172247217';
const VIDEO_LEGACY = {
  file: 'video-legacy-en.html',
  url: 'https://www.tiktok.com/@harbour.knits/video/7478330613885698770',
  locale: 'en',
};

function readAll(doc: Document, c: AdapterContext): (PostReading | null)[] {
  return adapter.findPosts(doc).map((el) => adapter.readPost(el, c));
}

type Counts = Pick<PostReading, 'likes' | 'comments' | 'reposts' | 'saves' | 'views'>;
const counts = (r: PostReading | null | undefined): Counts | null =>
  r ? { likes: r.likes, comments: r.comments, reposts: r.reposts, saves: r.saves, views: r.views } : null;

describe('tiktok: For You feed (foryou-en.html)', () => {
  const doc = parse(html(FORYOU.file));
  const c = ctx(FORYOU.url, FORYOU.locale);
  const readings = readAll(doc, c);

  it('finds the five feed items, the 2022 one without a video id unreadable', () => {
    expect(readings).toHaveLength(5);
    expect(readings[4]).toBeNull();
  });

  it.each([
    [
      '7340011122233344455',
      'maya.cooks',
      'Maya Cooks',
      { likes: 128400, comments: 1532, reposts: 3021, saves: 24100, views: null },
    ],
    // zero counters are shown as "0"; a share counter showing the word "Share" is not a number
    [
      '7340099988877766655',
      'trailrunner_jo',
      'Jo on the Trail',
      { likes: 0, comments: 0, reposts: null, saves: 0, views: null },
    ],
    [
      '7339876543210987654',
      'nightbus.music',
      'Night Bus',
      { likes: 2100000, comments: 18900, reposts: 96500, saves: 402700, views: null },
    ],
    [
      '7338000111222333444',
      'deskplants',
      'Desk Plants Daily',
      { likes: 87, comments: 4, reposts: 3, saves: 12, views: null },
    ],
  ])('reads %s by @%s', (id, handle, name, expected) => {
    const r = readings.find((x) => x?.postId === id);
    expect(r).toMatchObject({
      platform: 'tiktok',
      url: `https://www.tiktok.com/@${handle}/video/${id}`,
      author: { handle, name },
    });
    expect(counts(r)).toEqual(expected);
  });

  it('takes the handle from the avatar link when the handle text is missing', () => {
    const bare = parse(html(FORYOU.file));
    for (const h of bare.querySelectorAll('[data-e2e="video-author-uniqueid"]')) h.remove();
    const handles = adapter.findPosts(bare).map((el) => adapter.readPost(el, c)?.author.handle);
    expect(handles).toEqual(readings.map((r) => r?.author.handle));
  });

  it('keeps the description text', () => {
    expect(readings[0]?.text).toBe('Three-ingredient flatbread, no oven needed #recipe #foodtok');
  });

  it('puts the badge beside the action bar', () => {
    const first = adapter.findPosts(doc)[0]!;
    expect(adapter.badgeAnchor?.(first)?.className).toContain('SectionActionBarContainer');
  });

  it('has no profile header', () => {
    expect(adapter.readProfile(doc, c)).toBeNull();
  });
});

describe('tiktok: video page (video-de.html)', () => {
  const c = ctx(VIDEO.url, VIDEO.locale);

  it('prefers the exact JSON counts over the abbreviated visible ones', () => {
    const doc = parse(html(VIDEO.file));
    const posts = adapter.findPosts(doc);
    expect(posts).toHaveLength(1);
    const r = adapter.readPost(posts[0]!, c);
    expect(r).toMatchObject({
      postId: '7351234567890123456',
      url: 'https://www.tiktok.com/@backstube.berlin/video/7351234567890123456',
      author: { handle: 'backstube.berlin', name: 'Backstube Berlin' },
      publishedAt: '2024-03-14T10:32:25.000Z',
      text: 'Roggenbrot ohne Kneten #backen',
    });
    expect(counts(r)).toEqual({ likes: 12345, comments: 1843, reposts: 611, saves: 2045, views: 198765 });
  });

  it('falls back to the visible counts without the JSON', () => {
    const doc = parse(html(VIDEO.file));
    doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, c);
    expect(counts(r)).toEqual({ likes: 12300, comments: 1843, reposts: 611, saves: 2045, views: null });
    // No createTime: the id's time (2024-03-28, the fixture's id is invented) contradicts the
    // "2024-3-14" the page shows beside the name, so the shown day is read.
    expect(r?.publishedAt).toBe('2024-03-14');
  });

  it('without the JSON or the shown date, reads the time in the video id', () => {
    const doc = parse(html(VIDEO.file));
    doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
    doc.querySelector('[data-e2e="browser-nickname"] > span:last-child')?.remove();
    doc.querySelector('[data-e2e="browser-nickname"] > span:last-child')?.remove();
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, c);
    // 7351234567890123456 >> 32 = 1711592676 s
    expect(r?.publishedAt).toBe('2024-03-28T02:24:36.000Z');
  });

  it('ignores JSON that describes another video (stale after in-app navigation)', () => {
    const doc = parse(html(VIDEO.file).replace('"id":"7351234567890123456"', '"id":"7000000000000000001"'));
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, c);
    expect(r?.likes).toBe(12300);
  });

  it('survives JSON that does not parse', () => {
    const doc = parse(html(VIDEO.file).replace('{"__DEFAULT_SCOPE__"', '{"__DEFAULT_SCOPE__"::'));
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, c);
    expect(r?.likes).toBe(12300);
  });

  it('does not read comment like counts as the video counts', () => {
    const doc = parse(html(VIDEO.file));
    doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
    for (const n of doc.querySelectorAll('strong[data-e2e$="-count"]')) n.remove();
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, c);
    expect(counts(r)).toEqual({ likes: null, comments: null, reposts: null, saves: null, views: null });
  });
});

describe('tiktok: older layout, For You with the browse overlay open (foryou-legacy-en.html)', () => {
  const c = ctx(FORYOU_LEGACY.url, FORYOU_LEGACY.locale);
  const doc = parse(html(FORYOU_LEGACY.file));
  const readings = readAll(doc, c);

  it('finds the three feed items and the overlay; the feed items carry no video id', () => {
    expect(readings).toHaveLength(4);
    expect(readings.slice(0, 3)).toEqual([null, null, null]);
  });

  it.each([
    ['postId', '7477301200172247217'],
    ['url', 'https://www.tiktok.com/@lisbon.tiles/video/7477301200172247217'],
    ['author', { handle: 'lisbon.tiles', name: 'Lisbon Tiles 🧱' }],
    ['text', 'Restoring a 1920s azulejo panel #azulejos #restoration'],
    // 7477301200172247217 >> 32; the page shows "3-2", the same day
    ['publishedAt', '2025-03-02T19:47:31.000Z'],
    // the overlay shows likes and comments; no share, collect or play counter
    ['likes', 85200],
    ['comments', 973],
    ['reposts', null],
    ['saves', null],
    ['views', null],
  ] as const)('reads the overlay: %s', (field, value) => {
    expect(readings[3]?.[field]).toEqual(value);
  });

  it.each([
    ['/foryou', FORYOU_LEGACY.url],
    ['the video address the overlay puts in the address bar', VIDEO_LEGACY_OVERLAY_URL],
  ])('reads the same overlay at %s', (_name, url) => {
    const r = readAll(parse(html(FORYOU_LEGACY.file)), ctx(url, 'en')).filter((x) => x !== null);
    expect(r).toEqual([readings[3]]);
  });

  it('reads no overlay whose copy-link text is gone (the player id lies outside the post)', () => {
    const bare = parse(html(FORYOU_LEGACY.file));
    bare.querySelector('[data-e2e="browse-video-link"]')?.remove();
    expect(readAll(bare, c).filter((x) => x !== null)).toEqual([]);
  });

  it('lends the overlay no feed counter and no comment like count', () => {
    const bare = parse(html(FORYOU_LEGACY.file));
    for (const n of bare.querySelectorAll('strong[data-e2e^="browse-"]')) n.remove();
    // without its own counters the overlay is no post (the walk stops before the feed items)
    expect(readAll(bare, c)).toEqual([null, null, null]);
  });

  it('puts the badge beside the overlay buttons', () => {
    const overlay = adapter.findPosts(doc)[3]!;
    expect(adapter.badgeAnchor?.(overlay)?.className).toContain('DivFlexCenterRow');
  });

  it.each([
    // an id whose time (2024-02-26) is far from the shown "3-2": the shown day wins, this year's
    ['7340011122233344455', NOW, '2025-03-02'],
    // read on 2025-01-10: "3-2" is still ahead, so it is last year's (the id's time is after now)
    ['7477301200172247217', Date.parse('2025-01-10T12:00:00Z'), '2024-03-02'],
  ])('reads the shown day "3-2" for id %s', (id, now, iso) => {
    const source = html(FORYOU_LEGACY.file).replace('/video/7477301200172247217?', `/video/${id}?`);
    const r = readAll(parse(source), { url: new URL(FORYOU_LEGACY.url), locale: 'en', now })[3];
    expect(r?.postId).toBe(id);
    expect(r?.publishedAt).toBe(iso);
  });
});

describe('tiktok: older layout, video page (video-legacy-en.html)', () => {
  const c = ctx(VIDEO_LEGACY.url, VIDEO_LEGACY.locale);
  const doc = parse(html(VIDEO_LEGACY.file));
  const readings = readAll(doc, c);

  it('finds the one video', () => {
    expect(readings).toHaveLength(1);
  });

  it.each([
    // from the player id xgwrapper-4-<id>
    ['postId', '7478330613885698770'],
    ['url', 'https://www.tiktok.com/@harbour.knits/video/7478330613885698770'],
    // the name is bare text before " · 6d ago"
    ['author', { handle: 'harbour.knits', name: 'Harbour Knits' }],
    ['text', 'Cabled hat in one evening #knitting #wool'],
    // the id's time; "6d ago" (2025-03-05 16:00) agrees with it
    ['publishedAt', '2025-03-05T14:22:10.000Z'],
    ['likes', 48600],
    ['comments', 1204],
    ['reposts', 3187],
    // this layout has no collect button and shows no play count
    ['saves', null],
    ['views', null],
  ] as const)('reads %s', (field, value) => {
    expect(readings[0]?.[field]).toEqual(value);
  });

  it('reads the shown "6d ago" when the id is not a snowflake of that time', () => {
    const source = html(VIDEO_LEGACY.file).replaceAll('7478330613885698770', '7340011122233344455');
    const r = readAll(
      parse(source),
      ctx(VIDEO_LEGACY.url.replace('7478330613885698770', '7340011122233344455'), 'en'),
    )[0];
    // "6d ago" counts whole days: the start of that day
    expect(r?.publishedAt).toBe('2025-03-05');
  });

  it('puts the badge beside the action buttons', () => {
    expect(adapter.badgeAnchor?.(adapter.findPosts(doc)[0]!)?.className).toContain('DivActionItemContainer');
  });

  it('never reads the comments: without the video counters there is no post', () => {
    const bare = parse(html(VIDEO_LEGACY.file));
    for (const n of bare.querySelectorAll('strong[data-e2e$="-count"]')) n.remove();
    expect(adapter.findPosts(bare)).toEqual([]);
  });

  it('reads a missing counter as null, not 0', () => {
    const bare = parse(html(VIDEO_LEGACY.file));
    bare.querySelector('strong[data-e2e="share-count"]')?.remove();
    expect(counts(readAll(bare, c)[0])).toEqual({
      likes: 48600,
      comments: 1204,
      reposts: null,
      saves: null,
      views: null,
    });
  });

  it('has no profile header', () => {
    expect(adapter.readProfile(doc, c)).toBeNull();
  });
});

describe('tiktok: profile page (profile-ja.html)', () => {
  const c = ctx(PROFILE.url, PROFILE.locale);

  it.each([
    ['7192055279939505454', 9948, '雨の日のモーニング ☕ #京都カフェ'],
    ['7191922356800163118', 17800, '創業70年のナポリタン'],
    ['7190616108049632554', 1200000, 'プリンの硬さランキング'],
    ['7189140232141557038', 0, '予告：来週は大阪編'],
  ])('reads the views of tile %s', (id, views, text) => {
    const doc = parse(html(PROFILE.file));
    const r = adapter
      .findPosts(doc)
      .map((el) => adapter.readPost(el, c))
      .find((x) => x?.postId === id);
    expect(r).toMatchObject({ author: { handle: 'kyoto.kissa' }, text });
    expect(counts(r)).toEqual({ likes: null, comments: null, reposts: null, saves: null, views });
  });

  it('reads the exact follower count from the page data', () => {
    const doc = parse(html(PROFILE.file));
    expect(adapter.readProfile(doc, c)).toEqual({
      platform: 'tiktok',
      handle: 'kyoto.kissa',
      name: '京都喫茶めぐり',
      followers: 41296,
    });
  });

  it('falls back to the visible "41.3K" without the page data', () => {
    const doc = parse(html(PROFILE.file));
    doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
    expect(adapter.readProfile(doc, c)?.followers).toBe(41300);
  });

  it('puts the badge on the tile footer', () => {
    const doc = parse(html(PROFILE.file));
    expect(adapter.badgeAnchor?.(adapter.findPosts(doc)[0]!)?.className).toContain('DivCardFooter');
  });
});

describe('tiktok: pages it does not know', () => {
  const cases: [string, string][] = [
    ['empty page', '<!doctype html><html><body></body></html>'],
    [
      'another platform',
      '<!doctype html><html><body><article data-testid="tweet"><div role="group" aria-label="5 replies, 2 reposts, 9 likes"></div></article></body></html>',
    ],
  ];
  it.each(cases)('%s: no posts, no profile, no throw', (_name, source) => {
    const doc = parse(source);
    const c = ctx(FORYOU.url, 'en');
    expect(adapter.findPosts(doc)).toEqual([]);
    expect(adapter.readProfile(doc, c)).toBeNull();
    expect(adapter.readPost(doc.body, c)).toBeNull();
  });

  it('reads nulls, not zeros, when the counters are removed', () => {
    const doc = parse(html(FORYOU.file));
    for (const n of doc.querySelectorAll('strong[data-e2e]')) n.remove();
    const readings = readAll(doc, ctx(FORYOU.url, 'en')).filter((r) => r !== null);
    expect(readings).toHaveLength(4);
    for (const r of readings)
      expect(counts(r)).toEqual({ likes: null, comments: null, reposts: null, saves: null, views: null });
  });

  it('matches tiktok.com hosts only', () => {
    expect(adapter.matches(new URL('https://www.tiktok.com/foryou'), document)).toBe(true);
    expect(adapter.matches(new URL('https://www.nottiktok.com/'), document)).toBe(false);
  });
});

describe('tiktok: publication time from the video id (top 32 bits = Unix seconds)', () => {
  it.each([
    // foryou-en.html (ids in the xgwrapper player ids)
    [FORYOU, '7340011122233344455', '2024-02-26T20:31:54.000Z'],
    [FORYOU, '7340099988877766655', '2024-02-27T02:16:44.000Z'],
    [FORYOU, '7339876543210987654', '2024-02-26T11:49:39.000Z'],
    [FORYOU, '7338000111222333444', '2024-02-21T10:28:09.000Z'],
    // profile-ja.html (ids in the tiles' /video/ links; a January 2023 capture)
    [PROFILE, '7192055279939505454', '2023-01-24T03:27:40.000Z'],
    [PROFILE, '7191922356800163118', '2023-01-23T18:51:51.000Z'],
    [PROFILE, '7190616108049632554', '2023-01-20T06:22:56.000Z'],
    [PROFILE, '7189140232141557038', '2023-01-16T06:55:47.000Z'],
    // video-de.html: the page data's createTime "1710412345" wins over the id
    [VIDEO, '7351234567890123456', '2024-03-14T10:32:25.000Z'],
    // the older layout: the overlay's copy-link id and the video page's player id
    [FORYOU_LEGACY, '7477301200172247217', '2025-03-02T19:47:31.000Z'],
    [VIDEO_LEGACY, '7478330613885698770', '2025-03-05T14:22:10.000Z'],
  ])('%#: %s reads %s', (page, id, iso) => {
    const r = readAll(parse(html(page.file)), ctx(page.url, page.locale)).find((x) => x?.postId === id);
    expect(r?.publishedAt).toBe(iso);
  });

  it.each([
    ['7340011122233344455', '2024-02-26T20:31:54.000Z'],
    // (1700000000 << 32) + 12345
    [String((1700000000n << 32n) + 12345n), '2023-11-14T22:13:20.000Z'],
    // too short to be a snowflake
    ['12345678', null],
    // above 64 bits
    ['99999999999999999999', null],
    // a time before TikTok (2015)
    [String(1420070400n << 32n), null],
    // a time after "now" (2026-01-01, now 2025-03-11)
    [String(1767225600n << 32n), null],
  ])('timeFromVideoId(%s) = %s', (id, iso) => {
    expect(timeFromVideoId(id, NOW)).toBe(iso);
  });
});
