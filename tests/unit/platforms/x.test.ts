// @vitest-environment node

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xAdapter as adapter } from '@/lib/platforms/x';
import { alignLabelNumbers, exactFromLabel, readEnglishLabel } from '@/lib/platforms/x/counts';
import type { AdapterContext, PostReading } from '@/lib/types';
import { savedPageParser } from '../fixtures/saved-pages';

const html = (dir: string, name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures', dir, name), 'utf8');
// Parsed as the inspect command parses a saved page: inert, nothing loads.
const parseAt = savedPageParser();
const parse = (source: string): Document => parseAt(source, 'https://x.com/home');
const ctx = (url: string, locale = 'en'): AdapterContext => ({ url: new URL(url), locale });
const HOME = ctx('https://x.com/home');

type Counts = Pick<PostReading, 'likes' | 'comments' | 'reposts' | 'saves' | 'views'>;
const counts = (r: PostReading | null | undefined): Counts | null =>
  r ? { likes: r.likes, comments: r.comments, reposts: r.reposts, saves: r.saves, views: r.views } : null;

function readAll(doc: ParentNode, c: AdapterContext = HOME): (PostReading | null)[] {
  return adapter.findPosts(doc).map((el) => adapter.readPost(el, c));
}

// Expected counts are the exact integers of each bar's aria-label in the fixture.
describe('x: real captures', () => {
  it.each([
    {
      file: 'x-tweet-sample.html',
      // "48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views" (no analytics link)
      post: {
        postId: '1981398750557065646',
        url: 'https://x.com/TestUser123/status/1981398750557065646',
        author: { handle: 'TestUser123', name: 'Test User Account' },
        publishedAt: '2025-10-23T16:34:09.000Z',
        text: "Democrat Shutdown Jeopardizes America's Skies",
        promoted: false,
      },
      counts: { comments: 48, reposts: 152, likes: 553, saves: 9, views: 30142 },
    },
    {
      file: 'x-tweet-quote.html',
      // "2534 replies, 4483 reposts, 25616 likes, 797 bookmarks, 2596467 views"; visible 2.5K, 4.4K,
      // 25K, 2.5M and a bare "Bookmark" button
      post: {
        postId: '1983130065320780162',
        url: 'https://x.com/TestQuoter/status/1983130065320780162',
        author: { handle: 'TestQuoter', name: 'Test Quoter' },
        publishedAt: '2025-10-28T11:13:47.000Z',
        text: 'This is a quote tweet with additional commentary',
        promoted: false,
      },
      counts: { comments: 2534, reposts: 4483, likes: 25616, saves: 797, views: 2596467 },
    },
    {
      file: 'x-tweet-quote-video.html',
      // "972 replies, 2370 reposts, 11313 likes, 732 bookmarks, 2195266 views"
      post: {
        postId: '1983128852952998358',
        url: 'https://x.com/QuotingUser/status/1983128852952998358',
        author: { handle: 'QuotingUser', name: 'Quoting User' },
        publishedAt: '2025-10-28T11:08:57.000Z',
        text: 'How to share Example.com links',
        promoted: false,
      },
      counts: { comments: 972, reposts: 2370, likes: 11313, saves: 732, views: 2195266 },
    },
  ])('$file: one post with the exact counts', ({ file, post, counts: expected }) => {
    const readings = readAll(parse(html('x', file)));
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ platform: 'x', ...post });
    expect(counts(readings[0])).toEqual(expected);
  });

  it('does not take the quoted post as a post, nor its author, time or text', () => {
    for (const file of ['x-tweet-quote.html', 'x-tweet-quote-video.html']) {
      const doc = parse(html('x', file));
      expect(doc.querySelectorAll('[data-testid="User-Name"]')).toHaveLength(2);
      const [r] = readAll(doc);
      expect(r?.author.handle).not.toMatch(/^Original/);
      expect(r?.text).not.toContain('original quoted tweet');
      expect(r?.text).not.toContain('Tap any heading');
    }
  });

  it('puts the badge on the action bar', () => {
    const doc = parse(html('x', 'x-tweet-sample.html'));
    const post = adapter.findPosts(doc)[0];
    expect(post && adapter.badgeAnchor?.(post)?.getAttribute('role')).toBe('group');
  });
});

describe('x: derived fixtures', () => {
  it('x-timeline-zeros.html: a missing count is 0 only when its control is there', () => {
    const readings = readAll(parse(html('x', 'x-timeline-zeros.html')));
    expect(readings.map((r) => r?.postId)).toEqual(['1981398750557065646', '1570000000000000001']);
    // no replies: the label lacks them, the reply button is there -> 0
    expect(counts(readings[0])).toEqual({ comments: 0, reposts: 152, likes: 553, saves: 9, views: 30142 });
    // no views in the label and no analytics link -> null, not 0
    expect(counts(readings[1])).toEqual({ comments: 48, reposts: 152, likes: 553, saves: 9, views: null });
  });

  it('x-timeline-engaged.html: reads unretweet / unlike / removeBookmark buttons', () => {
    const doc = parse(html('x', 'x-timeline-engaged.html'));
    // Without the bar label only the buttons' own labels are left to read.
    for (const bar of Array.from(doc.querySelectorAll('div[role="group"]')))
      bar.removeAttribute('aria-label');
    expect(counts(readAll(doc)[0])).toEqual({
      comments: 48,
      reposts: 153,
      likes: 554,
      saves: 10,
      views: null,
    });
  });

  it('x-timeline-promoted.html: marks the post served with impression pixels as promoted', () => {
    const readings = readAll(parse(html('x', 'x-timeline-promoted.html')));
    expect(readings.map((r) => [r?.postId, r?.promoted])).toEqual([
      ['1983130065320780162', false],
      ['1983128852952998358', true],
    ]);
    expect(counts(readings[1])).toEqual({
      comments: 972,
      reposts: 2370,
      likes: 11313,
      saves: 732,
      views: 2195266,
    });
  });

  it('x-tweet-quote-ja.html: a Japanese bar label is matched to the buttons by its numbers', () => {
    const readings = readAll(parse(html('x', 'x-tweet-quote-ja.html')), ctx('https://x.com/home', 'ja'));
    expect(readings.map(counts)).toEqual([
      { comments: 2534, reposts: 4483, likes: 25616, saves: 797, views: 2596467 },
      // "152 件のリポスト、553 件のいいね、9 件のブックマーク、30142 件の表示" with a "0 件の返信" button
      { comments: 0, reposts: 152, likes: 553, saves: 9, views: 30142 },
    ]);
  });

  it('falls back to the visible, abbreviated numbers when no label has them', () => {
    const doc = parse(html('x', 'x-tweet-quote.html'));
    for (const el of Array.from(doc.querySelectorAll('div[role="group"], div[role="group"] [aria-label]'))) {
      el.removeAttribute('aria-label');
    }
    // visible: 2.5K, 4.4K, 25K, 2.5M; the bookmark button shows none
    expect(counts(readAll(doc)[0])).toEqual({
      comments: 2500,
      reposts: 4400,
      likes: 25000,
      saves: null,
      views: 2500000,
    });
  });
});

describe('x: profile header', () => {
  it.each([
    ['x-profile-en.html', 'en', 338], // "338 Followers", verified_followers link
    ['x-profile-ja.html', 'ja', 12000], // "1.2万 フォロワー", followers link
  ])('%s gives the followers of the profile', (file, locale, followers) => {
    const doc = parse(html('x', file));
    const c = ctx('https://x.com/perceptnet', locale);
    expect(adapter.readProfile(doc, c)).toEqual({
      platform: 'x',
      handle: 'perceptnet',
      name: 'rob cheung',
      followers,
    });
    expect(readAll(doc, c).map((r) => r?.postId)).toEqual(['1981398750557065646']);
  });

  it('gives null followers when the header has no followers link for that handle', () => {
    const doc = parse(html('x', 'x-profile-en.html'));
    doc
      .querySelector('a[href$="/verified_followers"]')
      ?.setAttribute('href', '/someoneelse/verified_followers');
    expect(adapter.readProfile(doc, ctx('https://x.com/perceptnet'))?.followers).toBeNull();
  });

  // The display name is free text: one written "@elonmusk" does not file the profile under
  // @elonmusk, whatever the address says.
  it.each([
    ['the profile address', 'https://x.com/perceptnet'],
    ['the address in other casing', 'https://x.com/PerceptNet/media'],
    ['an address of no profile', 'https://x.com/home'],
    ['the address of the named account (the header not yet updated)', 'https://x.com/elonmusk'],
  ])('a display name "@elonmusk" on %s: @perceptnet', (_case, url) => {
    const source = html('x', 'x-profile-en.html').replace(
      'r-poiln3">rob cheung</span>',
      'r-poiln3">@elonmusk</span>',
    );
    expect(source).not.toBe(html('x', 'x-profile-en.html'));
    expect(adapter.readProfile(parse(source), ctx(url))).toMatchObject({
      handle: 'perceptnet',
      followers: 338,
    });
  });

  it('has no profile on a post page', () => {
    expect(adapter.readProfile(parse(html('x', 'x-tweet-sample.html')), HOME)).toBeNull();
  });
});

describe('x: robustness', () => {
  it('reads nothing, without throwing, on an empty page and on a page of another platform', () => {
    for (const doc of [parse(''), parse(html('reddit', 'old-reddit-front.html'))]) {
      expect(adapter.findPosts(doc)).toEqual([]);
      expect(adapter.readProfile(doc, HOME)).toBeNull();
    }
    const other = parse(html('reddit', 'old-reddit-front.html')).querySelector('div.thing');
    expect(other && adapter.readPost(other, HOME)).toBeNull();
  });

  it.each(['x-tweet-sample.html', 'x-tweet-quote.html', 'x-tweet-quote-video.html', 'x-tweet-quote-ja.html'])(
    '%s without its action bars gives null counts, not zeros',
    (file) => {
      const doc = parse(html('x', file));
      for (const bar of Array.from(doc.querySelectorAll('div[role="group"]'))) bar.remove();
      const readings = readAll(doc);
      expect(readings.length).toBeGreaterThan(0);
      for (const r of readings) {
        expect(counts(r)).toEqual({ likes: null, comments: null, reposts: null, saves: null, views: null });
      }
    },
  );

  it('matches x.com, twitter.com and mobile.x.com only', () => {
    const root = parse('');
    for (const u of ['https://x.com/home', 'https://twitter.com/nasa', 'https://mobile.x.com/i/status/1']) {
      expect(adapter.matches(new URL(u), root)).toBe(true);
    }
    expect(adapter.matches(new URL('https://notx.com/'), root)).toBe(false);
    expect(adapter.matches(new URL('https://www.reddit.com/'), root)).toBe(false);
  });
});

describe('x: reading the bar label', () => {
  const none = { present: true, exact: null, visible: null };
  const known = (exact: number) => ({ present: true, exact, visible: null });

  it.each([
    [
      '48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views',
      { comments: 48, reposts: 152, likes: 553, saves: 9, views: 30142 },
    ],
    ['1 reply, 1 repost, 2 likes, 174 views', { comments: 1, reposts: 1, likes: 2, views: 174 }],
    ['152 reposts, 553 likes', { reposts: 152, likes: 553 }],
    ['', {}],
    ['48 replies, 48 replies', null], // a field twice: not the bar label
    ['553 likes, 48 replies', null], // out of X's order
    ['48 réponses, 152 reposts', null], // not English: left to alignLabelNumbers
    ['1,234 likes', null], // grouped digits are not X's raw integers
  ])('readEnglishLabel(%j)', (label, expected) => {
    expect(readEnglishLabel(label)).toEqual(expected);
  });

  it.each([
    // All five numbers: one placement only.
    [
      '110 件の返信、169 件のリポスト、2714 件のいいね、1081 件のブックマーク、221859 件の表示',
      [none, none, none, none, none],
      { comments: 110, reposts: 169, likes: 2714, saves: 1081, views: 221859 },
    ],
    // Four numbers, the buttons' own numbers pin three of them: replies are the missing one.
    [
      '152 件のリポスト、553 件のいいね、9 件のブックマーク、30142 件の表示',
      [known(0), known(152), known(553), known(9), none],
      { reposts: 152, likes: 553, saves: 9, views: 30142 },
    ],
    // Four numbers and nothing known: which one is missing cannot be told.
    [
      '152 件のリポスト、553 件のいいね、9 件のブックマーク、30142 件の表示',
      [none, none, none, none, none],
      {
        comments: 'ambiguous',
        reposts: 'ambiguous',
        likes: 'ambiguous',
        saves: 'ambiguous',
        views: 'ambiguous',
      },
    ],
    // A button label that contradicts every placement: the label is not understood.
    ['5 件の返信', [known(7), none, none, none, none], null],
    // Native digits are never guessed at.
    ['٤٨ ردًا', [none, none, none, none, none], null],
    // Words but no number: not an all-zero label.
    ['Antworten', [none, none, none, none, none], null],
  ])('alignLabelNumbers(%j)', (label, facts, expected) => {
    expect(alignLabelNumbers(label, facts)).toEqual(expected);
  });
});

describe("x: a control label's own number", () => {
  it.each([
    ['48 Replies. Reply', 48],
    ['2195266 views. View post analytics', 2195266],
    ['Bookmark', null],
    ['', null],
    [null, null],
    ['48. Reply', 48], // separators after the number end it
    ["7' likes", 7],
    ['2,534 Replies', null], // grouped: not one plain integer
    ['2.5K', null],
    ['12\u00a0345 Likes', null],
    ['12\u202f345 Likes', null],
    ['123456789012345 views', 123456789012345],
    ['1234567890123456 views', null], // more digits than a count has
    ['Reply 5', 5], // the first number, wherever it is
    ['0 Likes', 0],
    ['٤٨ Likes', null], // native digits are not read here
  ])('%j gives %j', (label, expected) => {
    expect(exactFromLabel(label)).toBe(expected);
  });
});

describe('x: a bar label that disagrees with its buttons', () => {
  const visibleNumber = (doc: Document, control: string) =>
    doc.querySelector(`[data-testid="${control}"] [data-testid="app-text-transition-container"]`)!;

  it('is trusted when a button with an exact label shows a higher number (X animates a new count in)', () => {
    const doc = parse(html('x', 'x-timeline-zeros.html'));
    // "553 Likes. Like", and the bar says 553 likes: the visible number is ahead of both
    visibleNumber(doc, 'like').textContent = '554';
    // the labels' counts, and the reply the bar leaves out is still 0
    expect(counts(readAll(doc)[0])).toEqual({
      comments: 0,
      reposts: 152,
      likes: 553,
      saves: 9,
      views: 30142,
    });
  });

  it('is not trusted when a button whose label has no number shows more than the bar says', () => {
    const doc = parse(html('x', 'x-timeline-zeros.html'));
    // a bare "Like" label: its visible number is all that checks the bar's 553
    doc.querySelector('[data-testid="like"]')!.setAttribute('aria-label', 'Like');
    visibleNumber(doc, 'like').textContent = '554';
    // each button's own reading: 554 shown; the reply button neither numbers nor shows a count,
    // and the views were the bar's alone (this post has no analytics link)
    expect(counts(readAll(doc)[0])).toEqual({
      comments: null,
      reposts: 152,
      likes: 554,
      saves: 9,
      views: null,
    });
  });

  it('is not trusted: an empty label on a bar whose buttons show numbers gives no zeros', () => {
    const doc = parse(html('x', 'x-tweet-quote.html'));
    doc.querySelector('div[role="group"]')?.setAttribute('aria-label', '');
    // the buttons' own labels (exact), and the bookmark button has none -> null
    expect(counts(readAll(doc)[0])).toEqual({
      comments: 2534,
      reposts: 4483,
      likes: 25616,
      saves: null,
      views: 2596467,
    });
  });
});
