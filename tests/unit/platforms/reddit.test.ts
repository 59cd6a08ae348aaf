import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateBatch } from '@/lib/check';
import { redditAdapter as adapter } from '@/lib/platforms/reddit';
import type { AdapterContext, PostReading } from '@/lib/types';
import { savedPageParser } from '../fixtures/saved-pages';

const html = (dir: string, name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures', dir, name), 'utf8');
const parse = savedPageParser();
// Big pages: parse each once.
const cache = new Map<string, Document>();
function page(name: string, url: string): Document {
  const doc = cache.get(name) ?? parse(html('reddit', name), url);
  cache.set(name, doc);
  return doc;
}
const ctx = (url: string, locale = 'en-US'): AdapterContext => ({ url: new URL(url), locale });
const readAll = (doc: ParentNode, c: AdapterContext) =>
  adapter.findPosts(doc).map((el) => adapter.readPost(el, c));

const LISTING = { file: 'shreddit-listing.html', url: 'https://www.reddit.com/r/vintagecomputing/' };
const COMMENTS = {
  file: 'shreddit-comments.html',
  url: 'https://www.reddit.com/r/mildlyinfuriating/comments/1vrqi5a/how_cooked_the_uk_is_right_now/',
};
const FRONT = { file: 'old-reddit-front.html', url: 'https://old.reddit.com/' };
const THREAD = {
  file: 'old-reddit-thread.html',
  url: 'https://old.reddit.com/r/nottheonion/comments/1vr826t/woman_dies_comes_back_to_life_gets_parking_ticket/',
};
const MEMBERS = { file: 'old-reddit-thread-members.html', url: THREAD.url };

// [id, author, score, comment-count, promoted, upvote-ratio]: the `score`, `comment-count` and
// `upvote-ratio` attributes of each <shreddit-post> / <shreddit-ad-post> of the page, in page
// order (ads carry no score and no ratio; their `locked` comment-count "0" is comments turned off,
// no count the page shows: null, see review-readers-reddit-ad-comments.test.ts).
type NewRow = [string, string, number | null, number | null, boolean, number | null];
const LISTING_POSTS: NewRow[] = [
  ['t3_1vrowh8', 'Longjumping-Let5118', 47, 23, false, 0.8507462686567164],
  ['t3_1ul2h4d', 'Sprite', null, null, true, null],
  ['t3_1vrx1ql', 'Titan_91', 1, 2, false, 1],
  ['t3_1vmmr2k', 'SN74HC04', 697, 54, false, 0.9860529986052998],
  ['t3_1vrn181', 'Holiday_Curious', 54, 13, false, 0.9821428571428571],
  ['t3_1v4qk3y', 'PureLeafUS', null, null, true, null],
  ['t3_1vrvk41', 'ArguelloArts', 4, 1, false, 1],
  ['t3_1vrrtx6', 'Lumpenluchs', 19, 6, false, 0.88],
  ['t3_1vntllh', 'leonTheZombie', 628, 68, false, 0.9968354430379747],
  ['t3_1vrt28m', 'YandersonSilva', 3, 5, false, 0.6666666666666666],
  ['t3_1vrr461', 'BattlerUshiromiyaFan', 20, 36, false, 0.8571428571428571],
  ['t3_1vrsrrh', 'marcham93', 2, 0, false, 1],
  ['t3_1vrsjr1', 'jblakey', 12, 3, false, 0.9285714285714286],
  ['t3_1vr2ywv', 'swaggytaco', 242, 12, false, 0.991869918699187],
  ['t3_1vrou90', 'h4ck1ng_me', 5, 4, false, 1],
  ['t3_1vrbm9l', 'VoidAssembly', 54, 9, false, 0.9821428571428571],
  ['t3_1vrfs2v', 'Royal_Stay_6502', 21, 5, false, 0.8387096774193549],
  ['t3_1v97enp', 'Pepsi_US', null, null, true, null],
  ['t3_1vrop6g', 'QuantumOdysseyGame', 0, 0, false, 0.2857142857142857],
  ['t3_1vrl5wa', 'skywal38', 1, 0, false, 1],
  ['t3_1vr9jy6', 'liminalearth', 45, 4, false, 0.9411764705882353],
  ['t3_1vribc0', 'Ok_Bear_1980', 0, 4, false, 0.5],
  ['t3_1vr8u3f', 'Born-Winner8603', 0, 13, false, 0.3],
  ['t3_1vqz8ci', 'Polydeuces1990', 53, 30, false, 0.9344262295081968],
  ['t3_1vr8rr2', 'Entire_Note_5475', 1, 2, false, 0.6666666666666666],
  ['t3_1vr7l6p', 'radrestoration', 4, 2, false, 1],
  ['t3_1vqwmqe', 'Technical_City_1045', 31, 27, false, 0.9696969696969697],
  ['t3_1vamjry', 'Target_Official', null, null, true, null],
  ['t3_1vqmfxc', 'Inspiron606002', 51, 81, false, 0.9322033898305084],
  ['t3_1vqk4ny', 'thevmcampos', 30, 0, false, 1],
  ['t3_1vqckdy', 'Phydoux', 30, 10, false, 0.8260869565217391],
  ['t3_1vr1sym', 'Opening-Incident2928', 1, 21, false, 0.5454545454545454],
];
const COMMENTS_POSTS: NewRow[] = [['t3_1vrqi5a', 'Phlogistoned', 5039, 612, false, 0.9479495268138801]];
// [data-fullname, data-author, data-score, data-comments-count, data-timestamp (ms)] of each link thing;
// the score null where the vote column shows "•" (a subreddit hiding scores in a post's first hours:
// data-score holds it, the page does not show it).
type OldRow = [string, string, number | null, number, number];
const FRONT_POSTS: OldRow[] = [
  ['t3_1vr5nvc', 'bstr3k', 1154, 165, 1787002570000],
  ['t3_1vrff7j', 'TingTingin', 299, 32, 1787028751000],
  ['t3_1vr8t0z', 'Bubble7um', 624, 14, 1787010241000],
  ['t3_1vr82w4', 'polymute', 11973, 1124, 1787008382000],
  ['t3_1vrhfti', 'Artistic_Dj_6895', 7903, 582, 1787035334000],
  ['t3_1vr826t', 'Mcaber87', 7464, 191, 1787008334000],
  ['t3_1vrbo2j', 'ControlCAD', 9226, 826, 1787017823000],
  ['t3_1vr6mpu', 'Tactical-69', 2667, 237, 1787004856000],
  ['t3_1vrizlw', '1nfer1or', 1523, 90, 1787040767000],
  ['t3_1vrojkb', 'MarvelsGrantMan136', null, 520, 1787058103000],
  ['t3_1vrjrbg', 'ghosts_pumpkin_soup', 832, 191, 1787043572000],
  ['t3_1vrjw46', 'brazzy42', 6180, 523, 1787044026000],
  ['t3_1vrh1q1', 'inutcracker69', 4388, 258, 1787034024000],
  ['t3_1vrihc7', 'ControlCAD', 2061, 64, 1787038919000],
  ['t3_1vrlhl8', 'DavideBelinga', 166, 14, 1787049483000],
  ['t3_1vrmwzh', 'Maaaaaardy', null, 35, 1787053805000],
  ['t3_1vrkq47', 'aceSakirfice', 760, 12, 1787046982000],
  ['t3_1vro3px', 'TheManFromFairwinds', null, 138, 1787056994000],
  ['t3_1vr41zl', 'ahothabeth', 14021, 224, 1786998919000],
  ['t3_1vrlgzp', 'imjustreallyboredddd', 53, 21, 1787049431000],
  ['t3_1vrbsyj', 'Kodo_username', 5788, 2374, 1787018194000],
  ['t3_1vr6owz', 'kyleYOOOO', 1501, 532, 1787004999000],
  ['t3_1vqztae', 'Timmocore', 2, 16, 1786989849000],
  ['t3_1vrootk', 'ArgentineBeauty', null, 23, 1787058467000],
  ['t3_1vrlwz4', 'Rich-Arm-104', 3106, 769, 1787050802000],
];
const THREAD_POSTS: OldRow[] = [['t3_1vr826t', 'Mcaber87', 7489, 191, 1787008334000]];

const counts = (r: PostReading | null | undefined) =>
  r ? [r.likes, r.comments, r.reposts, r.saves, r.views] : null;

describe('reddit (new UI)', () => {
  it.each([
    [LISTING, LISTING_POSTS],
    [COMMENTS, COMMENTS_POSTS],
  ])('$file: every post with its exact score, comment count and upvote ratio', (fx, rows) => {
    const readings = readAll(page(fx.file, fx.url), ctx(fx.url));
    expect(readings.map((r) => r?.postId)).toEqual(rows.map((row) => row[0]));
    readings.forEach((r, i) => {
      const [, author, score, comments, promoted, ratio] = rows[i] as NewRow;
      expect(r?.author).toEqual({ handle: author, name: author });
      expect(counts(r)).toEqual([score, comments, null, null, null]);
      expect(r?.promoted).toBe(promoted);
      expect(r?.upvoteRatio).toEqual(ratio === null ? null : { value: ratio, from: 'attribute' });
    });
  });

  it('reads the post itself: permalink, title, time, and never the comments', () => {
    const doc = page(COMMENTS.file, COMMENTS.url);
    expect(doc.querySelectorAll('shreddit-comment').length).toBe(25);
    expect(readAll(doc, ctx(COMMENTS.url))).toEqual([
      {
        platform: 'reddit',
        postId: 't3_1vrqi5a',
        url: 'https://www.reddit.com/r/mildlyinfuriating/comments/1vrqi5a/how_cooked_the_uk_is_right_now/',
        author: { handle: 'Phlogistoned', name: 'Phlogistoned' },
        publishedAt: '2026-08-18T14:18:25.910Z',
        text: 'How cooked the UK is right now.',
        likes: 5039,
        comments: 612,
        reposts: null,
        saves: null,
        views: null,
        promoted: false,
        upvoteRatio: { value: 0.9479495268138801, from: 'attribute' },
      },
    ]);
  });

  it('keeps the upvote ratio for the badge only: the background stores no such field', () => {
    const posts = readAll(page(COMMENTS.file, COMMENTS.url), ctx(COMMENTS.url));
    expect(posts[0]?.upvoteRatio).toEqual({ value: 0.9479495268138801, from: 'attribute' });
    const v = validateBatch({ batchId: 'b1', pageUrl: COMMENTS.url, posts, profile: null });
    expect(v.ok && v.batch.posts[0]).toMatchObject({ postId: 't3_1vrqi5a', likes: 5039 });
    expect(v.ok && 'upvoteRatio' in v.batch.posts[0]!).toBe(false);
    expect(v.ok && v.nulled).toEqual([]);
  });

  it('gives the community members from the header on a post page', () => {
    const doc = page(COMMENTS.file, COMMENTS.url);
    expect(adapter.readProfile(doc, ctx(COMMENTS.url))).toEqual({
      platform: 'reddit',
      handle: 'r/mildlyinfuriating',
      name: 'jukmifgguggh',
      followers: 12438157,
    });
  });

  it('gives no profile where the header shows weekly visitors, not members', () => {
    const doc = page(LISTING.file, LISTING.url);
    expect(doc.querySelector('shreddit-subreddit-header')?.getAttribute('weekly-active-users')).toBe('69884');
    expect(adapter.readProfile(doc, ctx(LISTING.url))).toBeNull();
  });

  it('the listing without its count attributes gives nulls, not zeros', () => {
    const doc = parse(html('reddit', LISTING.file), LISTING.url);
    for (const el of Array.from(doc.querySelectorAll('shreddit-post, shreddit-ad-post'))) {
      el.removeAttribute('score');
      el.removeAttribute('comment-count');
      el.removeAttribute('upvote-ratio');
    }
    const readings = readAll(doc, ctx(LISTING.url));
    expect(readings).toHaveLength(LISTING_POSTS.length);
    for (const r of readings) {
      expect(counts(r)).toEqual([null, null, null, null, null]);
      expect(r?.upvoteRatio).toBeNull();
    }
  });
});

describe('reddit (old)', () => {
  it.each([
    [FRONT, FRONT_POSTS],
    [THREAD, THREAD_POSTS],
  ])('$file: every link thing with its exact score and comment count', (fx, rows) => {
    const readings = readAll(page(fx.file, fx.url), ctx(fx.url, 'en'));
    expect(readings.map((r) => r?.postId)).toEqual(rows.map((row) => row[0]));
    readings.forEach((r, i) => {
      const [, author, score, comments, ms] = rows[i] as OldRow;
      expect(r?.author.handle).toBe(author);
      expect(r?.publishedAt).toBe(new Date(ms).toISOString());
      expect(counts(r)).toEqual([score, comments, null, null, null]);
      expect(r?.promoted).toBe(false);
    });
  });

  // The thread's sidebar: <div class="linkinfo">…<div class="score"><span class="number">7,489</span>
  // <span class="word">points</span> (97% upvoted)</div><div class="shortlink">… value="https://redd.it/1vr826t">
  it.each([
    ['the front page shows no ratio', FRONT, FRONT.url, FRONT_POSTS.map(() => null)],
    ["the thread's sidebar: “(97% upvoted)”", THREAD, THREAD.url, [{ value: 0.97, from: 'sidebar' }]],
    ['the same, with the members inserted', MEMBERS, MEMBERS.url, [{ value: 0.97, from: 'sidebar' }]],
    [
      "the sidebar read under another post's URL belongs to that post, not this one",
      THREAD,
      'https://old.reddit.com/r/nottheonion/comments/1vr8aaa/other/',
      [null],
    ],
  ])('upvote ratio: %s', (_, fx, url, ratios) => {
    const readings = readAll(page(fx.file, fx.url), ctx(url, 'en'));
    expect(readings.map((r) => r?.upvoteRatio)).toEqual(ratios);
  });

  it('upvote ratio: a sidebar whose shortlink names another post, or without the words, gives null', () => {
    const doc = parse(html('reddit', THREAD.file), THREAD.url);
    const short = doc.querySelector('.side .linkinfo #shortlink-text');
    expect(short?.getAttribute('value')).toBe('https://redd.it/1vr826t');
    short?.setAttribute('value', 'https://redd.it/1vr8aaa');
    expect(readAll(doc, ctx(THREAD.url, 'en'))[0]?.upvoteRatio).toBeNull();
    short?.remove();
    expect(readAll(doc, ctx(THREAD.url, 'en'))[0]?.upvoteRatio).toEqual({ value: 0.97, from: 'sidebar' });
    const score = doc.querySelector('.side .linkinfo .score');
    expect(score?.textContent).toBe('7,489 points (97% upvoted)');
    score!.lastChild!.textContent = ' ';
    expect(readAll(doc, ctx(THREAD.url, 'en'))[0]?.upvoteRatio).toBeNull();
  });

  it('skips the comments of a thread', () => {
    const doc = page(THREAD.file, THREAD.url);
    expect(doc.querySelectorAll('div.thing.comment').length).toBeGreaterThan(100);
    expect(adapter.findPosts(doc)).toHaveLength(1);
  });

  it('reads title and permalink, and puts the badge on the buttons row', () => {
    const doc = page(FRONT.file, FRONT.url);
    const el = adapter.findPosts(doc)[3];
    expect(el && adapter.readPost(el, ctx(FRONT.url, 'en'))).toMatchObject({
      postId: 't3_1vr82w4',
      url: 'https://www.reddit.com/r/news/comments/1vr82w4/cdc_us_kindergarten_vaccine_exemptions_hit_record/',
      text: 'CDC: U.S. kindergarten vaccine exemptions hit record high as coverage falls nationwide',
    });
    expect(el && adapter.badgeAnchor?.(el)?.className).toContain('buttons');
  });

  it('without data attributes, reads the exact score from the title beside "12.0k", then the comments link', () => {
    const doc = parse(html('reddit', FRONT.file), FRONT.url);
    for (const el of Array.from(doc.querySelectorAll('div.thing'))) {
      el.removeAttribute('data-score');
      el.removeAttribute('data-comments-count');
    }
    const r = readAll(doc, ctx(FRONT.url, 'en'))[3];
    // <div class="score unvoted" title="11973">12.0k</div>, <a class="comments">1124 comments</a>
    expect(counts(r)).toEqual([11973, 1124, null, null, null]);
  });

  it('the front page without its count attributes and nodes gives nulls, not zeros', () => {
    const doc = parse(html('reddit', FRONT.file), FRONT.url);
    for (const el of Array.from(doc.querySelectorAll('div.thing'))) {
      el.removeAttribute('data-score');
      el.removeAttribute('data-comments-count');
    }
    for (const el of Array.from(doc.querySelectorAll('.midcol .score, a.comments'))) el.remove();
    const readings = readAll(doc, ctx(FRONT.url, 'en'));
    expect(readings).toHaveLength(FRONT_POSTS.length);
    for (const r of readings) expect(counts(r)).toEqual([null, null, null, null, null]);
  });

  it('gives the members from the sidebar when it shows them, else no profile', () => {
    const c = ctx(THREAD.url, 'en');
    expect(adapter.readProfile(page(THREAD.file, THREAD.url), c)).toBeNull();
    expect(adapter.readProfile(page(MEMBERS.file, MEMBERS.url), c)).toEqual({
      platform: 'reddit',
      handle: 'r/nottheonion',
      name: 'nottheonion',
      followers: 26069891,
    });
  });
});

describe('reddit: robustness', () => {
  it('reads nothing, without throwing, on an empty page and on a page of another platform', () => {
    const c = ctx('https://www.reddit.com/');
    for (const doc of [parse('', c.url.href), parse(html('x', 'x-tweet-quote.html'), c.url.href)]) {
      expect(adapter.findPosts(doc)).toEqual([]);
      expect(adapter.readProfile(doc, c)).toBeNull();
    }
    const tweet = parse(html('x', 'x-tweet-sample.html'), c.url.href).querySelector('article');
    expect(tweet && adapter.readPost(tweet, c)).toBeNull();
  });

  it('matches reddit hosts only', () => {
    const root = parse('', 'https://www.reddit.com/');
    for (const u of ['https://www.reddit.com/', 'https://old.reddit.com/r/x', 'https://sh.reddit.com/']) {
      expect(adapter.matches(new URL(u), root)).toBe(true);
    }
    expect(adapter.matches(new URL('https://notreddit.com/'), root)).toBe(false);
  });
});

describe('negative scores', () => {
  it.each([
    [
      'new UI score attribute',
      'https://www.reddit.com/r/a/',
      '<shreddit-post id="t3_abc" permalink="/r/a/comments/abc/t/" score="-3" comment-count="2" author="u1" post-title="t"></shreddit-post>',
    ],
    [
      'old reddit data-score',
      'https://old.reddit.com/r/a/',
      '<div class="thing link" data-fullname="t3_abc" data-permalink="/r/a/comments/abc/t/" data-score="-3" data-comments-count="2" data-author="u1"><p class="title"><a class="title">t</a></p></div>',
    ],
  ])('%s: a net-downvoted post has null likes, not 3 or 0', (_, url, html) => {
    const doc = new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
    const ctx = { url: new URL(url), locale: 'en' };
    const posts = adapter.findPosts(doc).map((el) => adapter.readPost(el, ctx));
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ likes: null, comments: 2 });
  });
});
