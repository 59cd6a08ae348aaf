import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';
import { type ScannedPost, Scanner } from '@/lib/read/scanner';
import type { AdapterContext, PostReading } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/youtube', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
// Ages ("3 days ago") resolve against this fixed "now", never the clock.
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale, now: NOW });

const WATCH_EN = { file: 'watch-en.html', url: 'https://www.youtube.com/watch?v=dQw4w9WgXc1', locale: 'en' };
const WATCH_DE = {
  file: 'watch-de.html',
  url: 'https://www.youtube.com/watch?v=Kx9BrOt2dE5&t=42s',
  locale: 'de-DE',
};
const HOME_EN = { file: 'home-en.html', url: 'https://www.youtube.com/', locale: 'en' };
const SEARCH_JA = {
  file: 'search-ja.html',
  url: 'https://www.youtube.com/results?search_query=喫茶店',
  locale: 'ja-JP',
};
const CHANNEL_PT = {
  file: 'channel-pt-BR.html',
  url: 'https://www.youtube.com/@canalchico',
  locale: 'pt-BR',
};
const HOME_SHELVES = { file: 'home-shelves-en.html', url: 'https://www.youtube.com/', locale: 'en' };
const ALL = [WATCH_EN, WATCH_DE, HOME_EN, HOME_SHELVES, SEARCH_JA, CHANNEL_PT];

type Counts = Pick<PostReading, 'likes' | 'comments' | 'reposts' | 'saves' | 'views'>;
const counts = (r: PostReading | null | undefined): Counts | null =>
  r ? { likes: r.likes, comments: r.comments, reposts: r.reposts, saves: r.saves, views: r.views } : null;
const c = (views: number | null, likes: number | null = null, comments: number | null = null): Counts => ({
  likes,
  comments,
  reposts: null,
  saves: null,
  views,
});

function load(f: { file: string; url: string; locale: string }) {
  const doc = parse(html(f.file));
  const cx = ctx(f.url, f.locale);
  const posts = adapter.findPosts(doc);
  return { doc, cx, posts, readings: posts.map((el) => adapter.readPost(el, cx)) };
}

describe('youtube: watch page (watch-en.html)', () => {
  const { doc, cx, posts, readings } = load(WATCH_EN);

  it('reads the video: exact views, likes from the like button, comments, subscribers', () => {
    expect(posts).toHaveLength(1);
    expect(readings[0]).toMatchObject({
      platform: 'youtube',
      postId: 'dQw4w9WgXc1',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXc1',
      author: { handle: 'northwindlabs', name: 'Northwind Labs', followers: 1500000 },
      // from the page's ytInitialPlayerResponse: publishDate 2025-03-08T07:00:02-08:00
      publishedAt: '2025-03-08T15:00:02.000Z',
      text: 'How we cut our build times by 80%',
      promoted: false,
    });
    expect(counts(readings[0])).toEqual(c(1234567, 12345, 842));
  });

  it('takes the views from the JSON when the view-count label is missing', () => {
    const copy = parse(html(WATCH_EN.file));
    copy.querySelector('#view-count')?.remove();
    const script = copy.querySelector('script')!;
    script.textContent = script.textContent!.replace('"viewCount":"1234567"', '"viewCount":"1234999"');
    expect(adapter.readPost(adapter.findPosts(copy)[0]!, cx)?.views).toBe(1234999);
  });

  it('leaves likes null when the owner hid them ("like this video")', () => {
    const copy = parse(html(WATCH_EN.file));
    copy.querySelector('like-button-view-model button')?.setAttribute('aria-label', 'like this video');
    expect(adapter.readPost(adapter.findPosts(copy)[0]!, cx)?.likes).toBeNull();
  });

  it('puts the badge beside the like button', () => {
    expect(adapter.badgeAnchor?.(posts[0]!)?.id).toBe('top-level-buttons-computed');
  });

  it('reads no profile on a watch page', () => {
    expect(adapter.readProfile(doc, cx)).toBeNull();
  });
});

describe('youtube: watch page, 2023 layout (watch-de.html)', () => {
  const { readings, cx } = load(WATCH_DE);

  it('prefers the exact JSON count over the rounded "1,2 Mio. Aufrufe"; comments not loaded yet', () => {
    expect(readings[0]).toMatchObject({
      postId: 'Kx9BrOt2dE5',
      author: { handle: 'baeckerei-krume', name: 'Bäckerei Krume', followers: 1230000 },
      publishedAt: '2025-03-05T14:00:00.000Z',
    });
    expect(counts(readings[0])).toEqual(c(1234567, 3456, null));
  });

  it('ignores the JSON of another video (a page reached by in-app navigation)', () => {
    const copy = parse(html(WATCH_DE.file));
    const script = copy.querySelector('script')!;
    script.textContent = script.textContent!.replace('"videoId":"Kx9BrOt2dE5"', '"videoId":"AnotherVid1"');
    const r = adapter.readPost(adapter.findPosts(copy)[0]!, cx);
    expect(r?.views).toBe(1200000);
    expect(r?.publishedAt).toBeNull();
  });
});

describe('youtube: home grid (home-en.html)', () => {
  const { posts, readings } = load(HOME_EN);

  it('finds the six grid items, the Shorts lockup once, the ad as nothing', () => {
    expect(posts).toHaveLength(6);
    expect(readings.map((r) => r?.postId ?? null)).toEqual([
      'XSVoeETsEc1',
      'Lk2025abcd1',
      '5czN4818mx1',
      null,
      'LiveNow1234',
      'NewUpload01',
    ]);
  });

  it.each([
    // exact "17,458 views" in the title link's aria-label, not the rounded "17K views"
    ['XSVoeETsEc1', 'watch', 'warwickeconomicssummit', 'Warwick Economics Summit', c(17458)],
    // 2025 lockup: only the rounded "1.2M views"; the channel name holds a number ("Studio 54")
    ['Lk2025abcd1', 'watch', 'studio54', 'Studio 54', c(1200000)],
    ['5czN4818mx1', 'shorts', null, null, c(34000000)],
    // "1.2K watching" is an audience, not views
    ['LiveNow1234', 'watch', 'northwindlabs', 'Northwind Labs', c(null)],
    // "No views" proves zero
    ['NewUpload01', 'watch', 'lenadraws', 'Lena Draws', c(0)],
  ])('reads %s', (id, kind, handle, name, expected) => {
    const r = readings.find((x) => x?.postId === id);
    expect(r).toMatchObject({
      url:
        kind === 'shorts' ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`,
      author: { handle, name },
    });
    expect(counts(r)).toEqual(expected);
  });

  it('keeps the titles', () => {
    expect(readings[1]?.text).toBe('Top 10 tips for remote teams');
    expect(readings[2]?.text).toBe('Did you know you can cut an avocado like this? 😱');
  });

  // The title link's aria-label repeats the title and channel name before "17,458 views": words in
  // either are not the count.
  const TITLE = 'Eric Maskin - An Introduction to Mechanism Design';
  const CHANNEL = 'Warwick Economics Summit';
  it.each([
    ['a title with a number before "views"', TITLE, 'Top 5 views of Paris'],
    ['a title with a rounded count', TITLE, '1.2M views in a day?'],
    ['a title saying "no views"', TITLE, 'Why my videos get no views'],
    ['a channel name with a number before "views"', CHANNEL, 'Top 5 Views'],
    ['a channel name saying "no views"', CHANNEL, 'No Views Club'],
  ])('reads the exact views past %s', (_case, original, hostile) => {
    const doc = parse(html(HOME_EN.file).replaceAll(original, hostile));
    const cx = ctx(HOME_EN.url, HOME_EN.locale);
    const r = adapter.findPosts(doc).map((el) => adapter.readPost(el, cx));
    expect(r.find((x) => x?.postId === 'XSVoeETsEc1')?.views).toBe(17458);
  });

  // A 2025 lockup's label holds no views; its metadata rows are the channel's link, then the views.
  it.each(['Top 5 Views', 'No Views Club'])('reads the lockup views past a channel named %j', (hostile) => {
    const doc = parse(html(HOME_EN.file).replaceAll('Studio 54', hostile));
    const cx = ctx(HOME_EN.url, HOME_EN.locale);
    const r = adapter.findPosts(doc).map((el) => adapter.readPost(el, cx));
    expect(r.find((x) => x?.postId === 'Lk2025abcd1')).toMatchObject({
      author: { name: hostile },
      views: 1200000,
    });
  });

  it('reads the rounded metadata line when the label does not hold the title', () => {
    const source = html(HOME_EN.file).replace(`title="${TITLE}"`, 'title="Another title"');
    expect(source).not.toBe(html(HOME_EN.file));
    const cx = ctx(HOME_EN.url, HOME_EN.locale);
    const r = adapter.findPosts(parse(source)).map((el) => adapter.readPost(el, cx));
    expect(r.find((x) => x?.postId === 'XSVoeETsEc1')?.views).toBe(17000);
  });

  it('puts the badge beside the metadata line', () => {
    expect(adapter.badgeAnchor?.(posts[0]!)?.id).toBe('metadata-line');
    expect(adapter.badgeAnchor?.(posts[1]!)?.className).toBe('yt-content-metadata-view-model__metadata-row');
  });
});

describe('youtube: home shelves, ads and playlists (home-shelves-en.html)', () => {
  const { posts, readings } = load(HOME_SHELVES);

  it.each([
    // 2025 lockup video
    [0, 'Gr1dVid0001', c(301)],
    // playlist lockup: links /watch?v=Pl4yL1stV01&list=… and /playlist?list=…, but is no video
    [1, null, null],
    // in-feed video ad: a /watch?v= link inside <ytd-ad-slot-renderer>
    [2, null, null],
    // Shorts shelf: the two shown items
    [3, 'ShortSh0wn1', c(3300000)],
    [4, 'ShortSh0wn2', c(61000)],
    // …and the two past "Show more", <ytd-rich-item-renderer hidden="">
    [5, null, null],
    [6, null, null],
    [7, 'Gr1dVid0002', c(1200000)],
  ])('item %i reads as %s', (i, id, expected) => {
    expect(posts).toHaveLength(8);
    const r = readings[i];
    expect(r?.postId ?? null).toBe(id);
    expect(counts(r)).toEqual(expected);
  });

  it('reads the hidden Shorts once "Show more" shows them, and a page again once it is shown again', async () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      html(HOME_SHELVES.file),
      'text/html',
    ).documentElement.innerHTML;
    const seen: ScannedPost[][] = [];
    let pending: (() => void) | null = null;
    const scanner = new Scanner({
      adapter,
      root: document,
      context: () => ctx(HOME_SHELVES.url, 'en'),
      schedule: (f) => {
        pending = f;
      },
      isOwnNode: () => false,
      onReadings: (changed) => seen.push(changed),
    });
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 0));
      const f = pending;
      pending = null;
      f?.();
    };
    const ids = () => seen.flat().map((p) => p.reading.postId);
    scanner.start();
    await settle();
    expect(ids()).toEqual(['Gr1dVid0001', 'ShortSh0wn1', 'ShortSh0wn2', 'Gr1dVid0002']);
    // "Show more": YouTube takes `hidden` off the items past the first row.
    for (const el of Array.from(
      document.querySelectorAll('ytd-rich-shelf-renderer ytd-rich-item-renderer[hidden]'),
    ))
      el.removeAttribute('hidden');
    await settle();
    expect(ids().slice(4)).toEqual(['ShortH1dde1', 'ShortH1dde2']);
    // A whole page hidden (left for another) and shown again: nothing new read while hidden.
    const browse = document.querySelector('ytd-browse')!;
    browse.setAttribute('hidden', '');
    await settle();
    expect(ids()).toHaveLength(6);
    scanner.stop();
  });
});

describe('youtube: search results with Shorts (search-ja.html)', () => {
  const { posts, readings } = load(SEARCH_JA);

  it('finds the three videos and both Shorts', () => {
    expect(posts.map((p) => p.tagName.toLowerCase())).toEqual([
      'ytd-video-renderer',
      'ytd-video-renderer',
      'ytm-shorts-lockup-view-model-v2',
      'ytd-reel-item-renderer',
      'ytd-video-renderer',
    ]);
  });

  it.each([
    // aria-label "… 12,345 回視聴 …" over the rounded "1.2万 回視聴"
    ['KyotoKissa1', 'kyoto-sanpo', '京都さんぽ', c(12345)],
    // the title and channel carry numbers too ("2025年のベスト10", "スタジオ54")
    ['Best10of25a', 'studio54jp', 'スタジオ54', c(1234567)],
    ['ShortJa0001', null, null, c(1200000)],
    ['ShortJa0002', null, null, c(89000)],
    // no aria-label: the rounded "3.4万 回視聴"
    ['NoLabel0001', 'channel/UCochanojikan00000000001', 'お茶の時間', c(34000)],
  ])('reads %s', (id, handle, name, expected) => {
    const r = readings.find((x) => x?.postId === id);
    expect(r?.author).toEqual({ handle, name });
    expect(counts(r)).toEqual(expected);
  });
});

describe('youtube: channel page (channel-pt-BR.html)', () => {
  const { doc, cx, readings } = load(CHANNEL_PT);

  it('reads the channel header', () => {
    expect(adapter.readProfile(doc, cx)).toEqual({
      platform: 'youtube',
      handle: 'canalchico',
      name: 'Canal Chico',
      followers: 1230000,
    });
  });

  it.each([
    ['CanalChic01', c(12345)],
    ['CanalChic02', c(1200000)],
    ['CanalChic03', c(0)],
  ])('reads %s on the channel shelf, authored by the channel', (id, expected) => {
    const r = readings.find((x) => x?.postId === id);
    expect(r?.author).toEqual({ handle: 'canalchico', name: null });
    expect(counts(r)).toEqual(expected);
  });

  it('reads null subscribers when the header hides them', () => {
    const copy = parse(html(CHANNEL_PT.file));
    const row = copy.querySelectorAll('.yt-content-metadata-view-model-wiz__metadata-row')[1]!;
    row.innerHTML = '<span class="yt-core-attributed-string" role="text">456 vídeos</span>';
    expect(adapter.readProfile(copy, cx)).toMatchObject({ handle: 'canalchico', followers: null });
  });
});

describe('youtube: counts removed (nulls, never zeros)', () => {
  it.each(ALL)('$file', (f) => {
    const doc = parse(html(f.file));
    const countNodes = [
      'script',
      '#view-count',
      '#info',
      'like-button-view-model',
      '#segmented-like-button',
      'ytd-comments-header-renderer',
      '#metadata-line',
      '.yt-content-metadata-view-model__metadata-row',
      '.shortsLockupViewModelHostMetadataSubhead',
    ];
    for (const el of Array.from(doc.querySelectorAll(countNodes.join(', ')))) el.remove();
    for (const el of Array.from(doc.querySelectorAll('[aria-label]'))) el.removeAttribute('aria-label');
    const read = adapter
      .findPosts(doc)
      .map((el) => adapter.readPost(el, ctx(f.url, f.locale)))
      .filter((r): r is PostReading => r !== null);
    expect(read.length).toBeGreaterThan(0);
    for (const r of read) expect(counts(r)).toEqual(c(null));
  });
});

describe('youtube: pages it does not know', () => {
  const others = [
    ['an empty page', '<!doctype html><html><body></body></html>'],
    ['an X post', readFileSync('tests/fixtures/x/x-tweet-sample.html', 'utf8')],
    ['a Reddit listing', readFileSync('tests/fixtures/reddit/shreddit-listing.html', 'utf8')],
  ] as const;

  it.each(others)('finds nothing on %s and never throws', (_name, source) => {
    const doc = parse(source);
    expect(adapter.findPosts(doc)).toEqual([]);
    expect(adapter.readProfile(doc, ctx('https://www.youtube.com/@nasa', 'en'))).toBeNull();
    expect(adapter.readPost(doc.body, ctx('https://www.youtube.com/', 'en'))).toBeNull();
  });

  it('reads nothing from a watch element without a video id, or a broken player JSON', () => {
    const doc = parse(
      '<ytd-watch-flexy></ytd-watch-flexy><script>var ytInitialPlayerResponse = {"videoDetails":{"videoId":"x"</script>',
    );
    const el = adapter.findPosts(doc)[0]!;
    expect(adapter.readPost(el, ctx('https://www.youtube.com/watch', 'en'))).toBeNull();
    expect(adapter.readPost(el, ctx('https://www.youtube.com/watch?v=dQw4w9WgXc1', 'en'))?.views).toBeNull();
  });

  it('matches youtube.com only', () => {
    const doc = parse('<html></html>');
    expect(adapter.matches(new URL('https://www.youtube.com/'), doc)).toBe(true);
    expect(adapter.matches(new URL('https://youtube.com.example/'), doc)).toBe(false);
  });
});

describe('youtube: publication time from the age on grid items', () => {
  // Ages count from the start of now's unit (hour, UTC day, month, year): "3 days ago" read on
  // 2025-03-11 is 2025-03-08T00:00Z, within the 3 to 4 days the label says.
  it.each([
    // home-en.html: <span class="inline-metadata-item">10 years ago</span>
    [HOME_EN, 'XSVoeETsEc1', '10 years ago', '2015-01-01'],
    // 2025 lockup metadata row: "1.2M views • 3 days ago"
    [HOME_EN, 'Lk2025abcd1', '3 days ago', '2025-03-08'],
    // Shorts lockups show no age
    [HOME_EN, '5czN4818mx1', '(none)', null],
    // live: "1.2K watching"
    [HOME_EN, 'LiveNow1234', '(none)', null],
    [HOME_EN, 'NewUpload01', '5 minutes ago', '2025-03-11T15:55:00.000Z'],
    // search-ja.html
    [SEARCH_JA, 'KyotoKissa1', '3 日前', '2025-03-08'],
    [SEARCH_JA, 'Best10of25a', '1 年前', '2024-01-01'],
    [SEARCH_JA, 'ShortJa0001', '(none)', null],
    [SEARCH_JA, 'ShortJa0002', '(none)', null],
    [SEARCH_JA, 'NoLabel0001', '2 週間前', '2025-02-25'],
    // channel-pt-BR.html
    [CHANNEL_PT, 'CanalChic01', 'há 2 semanas', '2025-02-25'],
    [CHANNEL_PT, 'CanalChic02', 'há 1 mês', '2025-02-01'],
    [CHANNEL_PT, 'CanalChic03', 'há 1 hora', '2025-03-11T15:00:00.000Z'],
  ])('%#: %s, "%s", reads %s', (page, id, _label, iso) => {
    const r = load(page).readings.find((x) => x?.postId === id);
    expect(r).toBeTruthy();
    expect(r?.publishedAt).toBe(iso);
  });
});
