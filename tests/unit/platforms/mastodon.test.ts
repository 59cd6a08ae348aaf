import { readFileSync } from 'node:fs';
import { MASTODON_DEFAULT_HOSTS, mastodonAdapter } from '@/lib/platforms/mastodon';
import { counterValue, snowflakeDate, wholeCount } from '@/lib/platforms/mastodon/counts';
import { fullAcct, isMastodonPage } from '@/lib/platforms/mastodon/detect';
import type { AdapterContext, PostReading } from '@/lib/types';

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const fixture = (name: string) => parse(readFileSync(`tests/fixtures/mastodon/${name}`, 'utf8'));
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

const PAGES: Record<string, AdapterContext> = {
  'profile-en.html': ctx('https://mastodon.social/@alice', 'en'),
  'explore-de.html': ctx('https://social.example.org/explore/posts', 'de'),
  'thread-ja.html': ctx('https://mastodon.social/@kenji/114108310514044143', 'ja'),
  'profile-pt-BR.html': ctx('https://mastodon.example.com.br/@joana', 'pt-BR'),
};

function readAll(doc: Document, c: AdapterContext): (PostReading | null)[] {
  return mastodonAdapter.findPosts(doc).map((el) => mastodonAdapter.readPost(el, c));
}

type Row = [string, string, string, string, number | null, number | null, number | null];
// postId, handle, name, publishedAt, likes (favourites), comments (replies), reposts (boosts)
const expected: Record<string, Row[]> = {
  'profile-en.html': [
    [
      '114080809920759967@mastodon.social',
      'alice@mastodon.social',
      'Alice Nguyen',
      '2025-02-28T09:30:14.660Z',
      null,
      1200,
      null,
    ],
    [
      '114109963784557269@mastodon.social',
      'alice@mastodon.social',
      'Alice Nguyen',
      '2025-03-05T13:04:27.318Z',
      null,
      12,
      null,
    ],
    // Boosted by alice: the post and its author are bob's.
    [
      '114099116139286472@mastodon.social',
      'bob@fosstodon.org',
      'Bob Lindqvist',
      '2025-03-03T15:05:45.387Z',
      null,
      0,
      null,
    ],
    [
      '114105652032405748@mastodon.social',
      'alice@mastodon.social',
      'Alice Nguyen',
      '2025-03-04T18:47:55.201Z',
      null,
      3,
      null,
    ],
  ],
  'explore-de.html': [
    [
      '114108815802377431@social.example.org',
      'lena@social.example.org',
      'Lena Hoffmann',
      '2025-03-05T08:12:30.500Z',
      16000,
      987,
      1200,
    ],
    [
      '114106564799299734@social.example.org',
      'pixelpaul@mastodon.art',
      'Pixel Paul',
      '2025-03-04T22:40:02.919Z',
      1000000,
      0,
      45,
    ],
    [
      '114109180739722860@social.example.org',
      'hannah@social.example.org',
      'Hannah',
      '2025-03-05T09:45:19.002Z',
      1,
      1,
      0,
    ],
    [
      '114109753589714464@social.example.org',
      'ole@norden.example',
      'Ole',
      '2025-03-05T12:10:59.999Z',
      210,
      12,
      3,
    ],
  ],
  'thread-ja.html': [
    // The focused post: counts from its meta line, no reply count shown, date from its id.
    [
      '114108310514044143@mastodon.social',
      'kenji@mastodon.social',
      '佐藤健二',
      '2025-03-05T06:04:00.412Z',
      987,
      null,
      2300,
    ],
    [
      '114108417885668136@mastodon.social',
      'yuki@mstdn.jp',
      'ゆき',
      '2025-03-05T06:31:18.773Z',
      null,
      1,
      null,
    ],
    [
      '114108541517170357@mastodon.social',
      'kenji@mastodon.social',
      '佐藤健二',
      '2025-03-05T07:02:45.240Z',
      null,
      0,
      null,
    ],
  ],
  'profile-pt-BR.html': [
    // "1+" is Mastodon's obfuscated reply count (any count above one): not a count.
    [
      '110186281901757470@mastodon.example.com.br',
      'joana@mastodon.example.com.br',
      'Joana Ribeiro',
      '2023-04-12T14:20:33.120Z',
      null,
      null,
      null,
    ],
    // Counter mid-animation from 0 to 1: the staying value counts.
    [
      '110179368139489583@mastodon.example.com.br',
      'joana@mastodon.example.com.br',
      'Joana Ribeiro',
      '2023-04-11T09:02:17.480Z',
      null,
      1,
      null,
    ],
    [
      '110168746214756498@mastodon.example.com.br',
      'carlos@bolha.example',
      'Carlos',
      '2023-04-09T12:00:59.771Z',
      null,
      0,
      null,
    ],
    [
      '110186846657577961@mastodon.example.com.br',
      'joana@mastodon.example.com.br',
      'Joana Ribeiro',
      '2023-04-12T16:44:10.610Z',
      null,
      0,
      null,
    ],
  ],
};

describe('mastodon adapter on the fixtures', () => {
  it.each(Object.keys(expected))('%s: reads every post with its counts', (name) => {
    const c = PAGES[name]!;
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
      ]),
    ).toEqual(expected[name]);
    for (const r of readings) {
      expect(r?.platform).toBe('mastodon');
      expect(r?.saves).toBeNull(); // Mastodon never shows bookmark counts
      expect(r?.views).toBeNull();
      const id = r?.postId.split('@')[0];
      expect(r?.url).toMatch(new RegExp(`^https://${c.url.hostname.replace(/\./g, '\\.')}/@[^/]+/${id}$`));
      expect(r?.text.length).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(PAGES))('recognises %s by its markup on %s', (name, c) => {
    expect(mastodonAdapter.matches(c.url, fixture(name))).toBe(true);
  });

  it('works on instances that are not built in', () => {
    for (const name of ['explore-de.html', 'profile-pt-BR.html']) {
      const host = PAGES[name]!.url.hostname;
      expect(MASTODON_DEFAULT_HOSTS as readonly string[]).not.toContain(host);
      expect(readAll(fixture(name), PAGES[name]!).every((r) => r !== null)).toBe(true);
    }
  });

  it('links a boost to the original post on this instance, not to the boost', () => {
    const readings = readAll(fixture('profile-en.html'), PAGES['profile-en.html']!);
    expect(readings[2]?.url).toBe('https://mastodon.social/@bob@fosstodon.org/114099116139286472');
    expect(readings[2]?.text).toMatch(/^Release notes/);
  });

  it('skips filtered and off-screen statuses, which carry no status markup', () => {
    const doc = fixture('profile-en.html');
    expect(doc.querySelectorAll('article[data-id]')).toHaveLength(6);
    expect(mastodonAdapter.findPosts(doc)).toHaveLength(4);
  });

  it('does not count a quoted status inside a status as a post of its own', () => {
    const doc = fixture('explore-de.html');
    const [outer, inner] = mastodonAdapter.findPosts(doc);
    outer!.querySelector('.status__content')!.append(inner!.cloneNode(true));
    expect(mastodonAdapter.findPosts(doc)).toHaveLength(4);
  });

  it.each([
    [
      'profile-en.html',
      { platform: 'mastodon', handle: 'alice@mastodon.social', name: 'Alice Nguyen', followers: 48213 },
    ],
    [
      'profile-pt-BR.html',
      {
        platform: 'mastodon',
        handle: 'joana@mastodon.example.com.br',
        name: 'Joana Ribeiro',
        followers: 12345,
      },
    ],
  ])('reads the exact follower count from the title on %s', (name, want) => {
    expect(mastodonAdapter.readProfile(fixture(name), PAGES[name]!)).toEqual(want);
  });

  it('falls back to the short follower count without the title', () => {
    const doc = fixture('profile-en.html');
    doc.querySelector('a[href="/@alice/followers"]')!.removeAttribute('title');
    expect(mastodonAdapter.readProfile(doc, PAGES['profile-en.html']!)?.followers).toBe(48000);
  });

  it.each(['explore-de.html', 'thread-ja.html'])('%s has no account header', (name) => {
    expect(mastodonAdapter.readProfile(fixture(name), PAGES[name]!)).toBeNull();
  });

  it('puts the badge on the action bar, the focused post beside its own', () => {
    const doc = fixture('thread-ja.html');
    const [focused, reply] = mastodonAdapter.findPosts(doc);
    expect(mastodonAdapter.badgeAnchor?.(focused!)?.className).toBe('detailed-status__action-bar');
    expect(mastodonAdapter.badgeAnchor?.(reply!)?.className).toBe('status__action-bar');
  });
});

describe('mastodon adapter when markup is missing or different', () => {
  const COUNT_NODES = '.icon-button__counter, .detailed-status__reblogs, .detailed-status__favorites';

  it.each(Object.keys(expected))('%s without its counters reads nulls, not zeros', (name) => {
    const doc = fixture(name);
    for (const n of Array.from(doc.querySelectorAll(COUNT_NODES))) n.remove();
    const readings = readAll(doc, PAGES[name]!);
    expect(readings).toHaveLength(expected[name]!.length);
    for (const r of readings) {
      expect(r).not.toBeNull();
      expect([r?.likes, r?.comments, r?.reposts, r?.saves, r?.views]).toEqual([null, null, null, null, null]);
    }
  });

  it('still recognises a page whose root element is gone, by its statuses', () => {
    const doc = fixture('explore-de.html');
    doc.getElementById('mastodon')!.removeAttribute('id');
    expect(mastodonAdapter.matches(PAGES['explore-de.html']!.url, doc)).toBe(true);
    for (const n of Array.from(doc.querySelectorAll('.status__action-bar'))) n.remove();
    expect(mastodonAdapter.matches(PAGES['explore-de.html']!.url, doc)).toBe(false);
  });

  it('takes the page host for local accounts when the initial state is missing', () => {
    const doc = fixture('explore-de.html');
    doc.getElementById('initial-state')!.remove();
    const c = ctx('https://social.example.org/explore/posts', 'de');
    expect(readAll(doc, c)[0]?.author.handle).toBe('lena@social.example.org');
  });

  it.each([
    ['an empty page', '<!doctype html><html><body></body></html>', 'https://mastodon.social/'],
    ['an X page', readFileSync('tests/fixtures/x/x-tweet-sample.html', 'utf8'), 'https://x.com/'],
    ['a Bluesky page', readFileSync('tests/fixtures/bluesky/home-en.html', 'utf8'), 'https://bsky.app/'],
    [
      'a Reddit page',
      readFileSync('tests/fixtures/reddit/old-reddit-front.html', 'utf8'),
      'https://old.reddit.com/',
    ],
  ])('does not match, finds nothing and throws nothing on %s', (_label, markup, url) => {
    const doc = parse(markup);
    const c = ctx(url, 'en');
    expect(mastodonAdapter.matches(c.url, doc)).toBe(false);
    expect(mastodonAdapter.findPosts(doc)).toEqual([]);
    expect(mastodonAdapter.readProfile(doc, c)).toBeNull();
    expect(mastodonAdapter.readPost(doc.body, c)).toBeNull();
  });

  it('does not match a Mastodon page served over plain http', () => {
    expect(mastodonAdapter.matches(new URL('http://social.example.org/'), fixture('explore-de.html'))).toBe(
      false,
    );
  });

  it('ignores a status whose id is not a status id', () => {
    const doc = fixture('explore-de.html');
    const [first] = mastodonAdapter.findPosts(doc);
    first!.setAttribute('data-id', 'f-114108815802377431');
    expect(mastodonAdapter.readPost(first!, PAGES['explore-de.html']!)).toBeNull();
  });
});

describe('mastodon readers', () => {
  const button = (counter: string) =>
    parse(`<button><span class="icon-button__counter">${counter}</span></button>`).body.firstElementChild;

  it.each([
    ['<span class="animated-number"><span style="position: static;">12</span></span>', 'en', 12],
    ['1,2 Tsd.', 'de', 1200],
    ['16 Tsd.', 'de', 16000],
    ['12,3 mil', 'pt-BR', 12300],
    ['2.3K', 'ja', 2300],
    ['0', 'en', 0],
    ['1+', 'en', null],
    ['<span class="animated-number"><span style="position: static;">1+</span></span>', 'pt-BR', null],
    ['', 'en', null],
  ])('counterValue(%j, %s) = %j', (counter, locale, want) => {
    expect(counterValue(button(counter), locale)).toBe(want);
  });

  it('reads no counter on a button without one', () => {
    expect(counterValue(parse('<button></button>').body.firstElementChild, 'en')).toBeNull();
    expect(counterValue(null, 'en')).toBeNull();
  });

  it.each([
    ['12,345', 'en', 12345],
    ['12.345', 'de', 12345],
    ['12.345', 'pt-BR', 12345],
    ['1.5', 'en', null],
  ])('wholeCount(%j, %s) = %j', (text, locale, want) => {
    expect(wholeCount(text, locale)).toBe(want);
  });

  it.each([
    ['114108310514044143', '2025-03-05T06:04:00.412Z'],
    ['110186281901757470', '2023-04-12T14:20:33.120Z'],
    ['12345', null], // pre-snowflake ids (2016) carry no date
    ['abc', null],
  ])('snowflakeDate(%s) = %s', (id, want) => {
    expect(snowflakeDate(id)).toBe(want);
  });

  it.each([
    ['alice', 'mastodon.social', 'alice@mastodon.social'],
    ['@bob@Fosstodon.org', 'mastodon.social', 'bob@fosstodon.org'],
    ['', 'mastodon.social', null],
    ['not an acct', 'mastodon.social', null],
  ])('fullAcct(%j, %s) = %j', (acct, domain, want) => {
    expect(fullAcct(acct, domain)).toBe(want);
  });

  it('detects Mastodon pages only from Mastodon markup', () => {
    expect(isMastodonPage(fixture('thread-ja.html'))).toBe(true);
    expect(isMastodonPage(parse('<div class="app-body"><div class="status">not mastodon</div></div>'))).toBe(
      false,
    );
  });
});
