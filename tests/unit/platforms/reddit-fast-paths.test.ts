// The shortcuts Reddit's reader takes per post (lib/platforms/reddit) must give exactly what the
// general way gives: a date parsed by Date, a permalink resolved by URL, a title folded by
// excerpt() (its shortcut for a text already folded, tested here on titles), posts found by a
// query per kind and the crosspost check on every post.

import { LIMITS } from '@/lib/limits';
import { excerpt } from '@/lib/platforms/dom';
import { redditReader } from '@/lib/platforms/reddit/adapter';
import { permalinkUrl, redditDate } from '@/lib/platforms/reddit/new-reddit';

/** The general way: Reddit's form made ISO 8601, then parsed. */
function parsedDate(value: string): string | null {
  const v = value
    .trim()
    .replace(/(\.\d{3})\d+/, '$1')
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const d = new Date(v);
  return Number.isFinite(d.getTime()) ? d.toISOString() : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('redditDate', () => {
  it('gives what parsing gives for every day of six years, a leap year among them', () => {
    for (let year = 2023; year <= 2028; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const v = `${year}-${pad(month)}-${pad(day)}T13:16:25.896000+0000`;
          expect(redditDate(v), v).toBe(parsedDate(v));
        }
      }
    }
  });

  it.each([
    '2026-08-18T00:00:00.000+0000',
    '2026-08-18T23:59:59.999999+0000',
    '2026-08-18T24:00:00.000000+0000', // rolls over to the next day
    '2026-08-18T23:60:00.000000+0000',
    '2026-13-01T00:00:00.000000+0000',
    '2026-00-10T00:00:00.000000+0000',
    '2026-02-30T10:00:00.000000+0000', // read as March 2 by Date
    '2026-08-18T13:16:25.896000+0530',
    '2026-08-18T13:16:25.896000-0000',
    '2026-08-18T13:16:25.896000-0800',
    '2026-08-18T13:16:25.896+00:00',
    '2026-08-18T13:16:25.896Z',
    '2026-08-18T13:16:25.8+0000',
    ' 2026-08-18T13:16:25.896000+0000 ',
    '0000-01-01T00:00:00.000000+0000',
    'not a date',
  ])('%s as parsing reads it', (v) => {
    expect(redditDate(v)).toBe(parsedDate(v));
  });
});

describe('permalinkUrl', () => {
  const resolved = (p: string) => {
    try {
      return new URL(p, 'https://www.reddit.com/').href;
    } catch {
      return null;
    }
  };
  it.each([
    '/r/news/comments/1vr82w4/cdc_us_kindergarten_vaccine_exemptions_hit_record/',
    '/r/news/comments/1vr82w4',
    '/r/Some-Sub/comments/a/b/',
    '/r/x/comments/a/../b/',
    '/r/x/comments/a/%2e%2e/b/',
    '/r/x/comments/a/./b',
    '/r/x/comments/a b/',
    '/r/x/comments/é/',
    // Slugs of titles beyond ASCII, as Reddit writes them (shreddit-listing.html has the first two).
    '/r/vintagecomputing/comments/1vrrtx6/ich_hab_da_was_schönes/',
    '/user/PureLeafUS/comments/1v4qk3y/𝗣𝘂𝗿𝗲_𝗟𝗲𝗮𝗳_𝗭𝗲𝗿𝗼_relax_and_renew/',
    '/r/japan/comments/1abc/東京の天気/',
    '/r/x/comments/1abc/🎉_party/',
    '/r/x/comments/1abc/zero\u200bwidth\u00a0space\ufeff/',
    '/r/x/comments/1abc/lone\ud800surrogate/',
    '/r/x/comments/1abc/lone\udfffsurrogate/',
    '/r/x/comments/1abc/é%20/',
    '/r/x/comments/1abc/é.é/',
    '/r/x/comments/a/?utm=1#c',
    '/r/x\\comments',
    '//evil.example/r/x/',
    '/',
    '//',
  ])('%s as URL resolves it', (p) => {
    expect(permalinkUrl(p)).toBe(resolved(p));
  });
  it('is null for what is no path', () => {
    expect(permalinkUrl(null)).toBeNull();
    expect(permalinkUrl('https://www.reddit.com/r/x/')).toBeNull();
  });
});

/** excerpt()'s general way: white space folded, whole up to the limit, two characters more past it. */
function folded(text: string, max: number = LIMITS.text): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max + 2);
}

describe("excerpt() (Reddit's titles)", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i % 10}`).join(' ');
  it.each([
    'Some choice words from Emilia',
    '',
    ' ',
    'x',
    ' leading',
    'trailing ',
    'two  spaces',
    'a\ttab',
    'a\nnew line',
    'no\u00a0break',
    'thin\u2009space',
    'Tom Holland to make over $100 million — “Spider-Man” 🕷️',
    'x'.repeat(LIMITS.text),
    'x'.repeat(LIMITS.text + 1),
    'x'.repeat(LIMITS.text + 3),
    words(667), // 2,000 characters
    words(21_846), // 65,537: past the limit
    `${words(93)}  `,
  ])('%j as folding it gives it', (title) => {
    expect(excerpt(title)).toBe(folded(title));
  });
});

describe('findPosts', () => {
  // Crossposts hold a post in a post, on the current UI and on old reddit; ads sit among posts.
  const NEW_PAGE = `<main>
    <shreddit-post id="t3_a1"><div><shreddit-post id="t3_a2"></shreddit-post></div></shreddit-post>
    <shreddit-ad-post id="t3_b1"></shreddit-ad-post>
    <section><shreddit-post id="t3_d1"></shreddit-post></section>
  </main>`;
  const OLD_PAGE = `<div id="siteTable">
    <div class="thing link" id="c1"><div class="entry"><div class="thing link" id="c2"></div></div></div>
    <section><div class="thing link" id="d1"></div></section>
    <div class="thing link" id="e1"></div>
  </div>`;
  const page = (markup: string) => {
    const doc = document.implementation.createHTMLDocument('reddit');
    doc.body.innerHTML = markup;
    return doc;
  };
  const ids = (els: Element[]) => els.map((el) => el.id);
  /** What the scanner hands findPosts for a changed element: the element and what it holds. */
  const selfAndBelow = (el: Element) =>
    ({
      querySelectorAll: (sel: string) => [...(el.matches(sel) ? [el] : []), ...el.querySelectorAll(sel)],
      querySelector: (sel: string) => (el.matches(sel) ? el : el.querySelector(sel)),
    }) as unknown as ParentNode;

  it.each([
    ['new Reddit', NEW_PAGE, ['t3_a1', 't3_b1', 't3_d1']],
    ['old Reddit', OLD_PAGE, ['c1', 'd1', 'e1']],
  ])(
    '%s: gives the outer posts in page order, ads among them, never a post inside a post',
    (_, markup, expected) => {
      expect(ids(redditReader.findPosts(page(markup)))).toEqual(expected);
    },
  );

  it('under an element inside a post, gives nothing: what it holds belongs to that post', () => {
    const doc = page(NEW_PAGE);
    const inner = doc.querySelector('#t3_a1 > div') as Element;
    expect(redditReader.findPosts(inner)).toEqual([]);
    expect(redditReader.findPosts(selfAndBelow(inner))).toEqual([]);
    expect(redditReader.findPosts(selfAndBelow(doc.querySelector('#t3_a2') as Element))).toEqual([]);
    const old = page(OLD_PAGE);
    expect(redditReader.findPosts(old.querySelector('#c1 > .entry') as Element)).toEqual([]);
    expect(redditReader.findPosts(selfAndBelow(old.querySelector('#c2') as Element))).toEqual([]);
  });

  it('under an element outside every post, or the element and what it holds, gives its outer posts', () => {
    const doc = page(NEW_PAGE);
    expect(ids(redditReader.findPosts(doc.querySelector('main') as Element))).toEqual([
      't3_a1',
      't3_b1',
      't3_d1',
    ]);
    expect(ids(redditReader.findPosts(selfAndBelow(doc.querySelector('section') as Element)))).toEqual([
      't3_d1',
    ]);
    const old = page(OLD_PAGE);
    expect(ids(redditReader.findPosts(selfAndBelow(old.querySelector('#c1') as Element)))).toEqual(['c1']);
    expect(ids(redditReader.findPosts(selfAndBelow(old.querySelector('section') as Element)))).toEqual([
      'd1',
    ]);
  });

  // Old Reddit's markup is the older alternative of a post, as in every selector list: a page
  // that shows new Reddit's posts is read as new Reddit (no page of either UI holds the other's).
  it("reads a page's new Reddit posts only, when it holds old Reddit's markup too", () => {
    const doc = page(`${NEW_PAGE}${OLD_PAGE}`);
    expect(ids(redditReader.findPosts(doc))).toEqual(['t3_a1', 't3_b1', 't3_d1']);
  });
});
