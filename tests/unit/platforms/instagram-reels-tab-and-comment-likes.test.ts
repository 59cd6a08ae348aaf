// Instagram: a profile's Reels tab tiles (read as posts, views from the tile's views strip), and a
// comment's own like count on a post page (never the post's likes).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instagramAdapter as adapter } from '@/lib/platforms/instagram';
import type { AdapterContext } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/instagram', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

// Two tiles of a profile's Reels tab (/<user>/reels/), copied from a saved page pasted into a
// script: code index file 8828034213 (find_string 'class="_aaj_'). Kept as there: the row
// div._ac7v, the tile box, the link to /<user>/reel/<code>/, the thumbnail as a div with a
// background-image (no <img>), the hover overlay div._aajz > div._aaj- > … > ul > li (likes, then
// comments, icons without the _9-j_ / _9-k0 classes), and the views strip div._aaj_ > … > div._aajy
// with svg[aria-label="View Count Icon"] and the number in span[dir=auto] > span.html-span.
// Shortened: the thumbnail URL's query string and the svg path's d. The same strip, icon and
// sibling span are read by other scrapers of the Reels tab (code index files 7805869520: "Views +
// Pinned are in the gradient strip ._aaj_"; 71112003920, 40004362705, 9598676765, 69493990515).
const LI_CLASS =
  'x972fbf x10w94by x1qhh985 x14e42zd x3nfvp2 x15zctf7 xln7xf2 xk390pu xdj266r x1lziwak x1j4z8aw x2pibh5 x1j53mea x1ou96c xexx8yu xyri2b x18d9i69 x1c1uobl x11njtxf';
const TEXT_SPAN =
  'x1lliihq x1plvlek xryxfnj x1n2onr6 xyejjpt x15dsfln x193iq5w xeuugli x1fj9vlw x13faqbe x1vvkbs x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x1i0vuye xl565be x1xlr1w8 x9bdzbf x10wh9bi xpm28yp x8viiok x1o7cslx';
const NUM_SPAN =
  'html-span xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs';
const STYLE = 'style="--x---base-line-clamp-line-height: 20px; --x-lineHeight: 20px;"';
const hoverLi = (n: string, icon: string) =>
  `<li class="${LI_CLASS}"><span class="${TEXT_SPAN}" dir="auto" ${STYLE}><span class="${NUM_SPAN}">${n}</span></span><span class="x972fbf x10w94by x1qhh985 x14e42zd xln7xf2 xk390pu xat24cr x1lziwak xcknrev xr9ek0c xexx8yu xyri2b x18d9i69 x1c1uobl x11njtxf xo3uz88 xnsbi7g ${icon} xiy17q3 xermsev xhvdbge xn6xy2s"></span></li>`;
const reelTile = (href: string, likes: string, comments: string, views: string) => `
  <div class="x1qjc9v5 x972fbf x10w94by x1qhh985 x14e42zd x9f619 x78zum5 xdt5ytf x2lah0s xln7xf2 xk390pu xdj266r xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1n2onr6 x11njtxf xhe4ym4 x1mpyi22 x1j53mea">
    <div><a class="x1i10hfl xjbqb8w x1ejq31n x18oe1m7 x1sy0etr xstzfhl x972fbf x10w94by x1qhh985 x14e42zd x9f619 x1ypdohk xt0psk2 x3ct3a4 xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x16tdsg8 x1hl2dhg xggy1nq x1a2a7pz _a6hd" href="${href}" role="link" tabindex="0">
      <div class="x1n2onr6 x1lvsgvq xiy17q3 x18d0r48" style="background-image: url(&quot;https://scontent.cdninstagram.com/v/t51.71878-15/552338320_717488754669499_3284318990014840508_n.jpg&quot;); display: block; padding-top: 155.66%; width: 100%;">
        <div class="x5yr21d x1o0tod x10l6tqk x13vifvy xh8yej3"></div>
      </div>
      <div class="_aajz">
        <div class="_aaj-">
          <div class="x1ey2m1c x78zum5 xdt5ytf xtijo5x x1o0tod xl56j7k x10l6tqk x13vifvy" style="background: rgba(0, 0, 0, 0.7);">
            <div class="html-div xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x9f619 xjbqb8w x78zum5 x15mokao x1ga7v0g x16uus16 xbiv7yw x1uhb9sk x1plvlek xryxfnj x1iyjqo2 x2lwn1j xeuugli xdt5ytf xqjyukv x1qjc9v5 x1oa3qoh xl56j7k">
              <ul class="x6s0dn4 x972fbf x10w94by x1qhh985 x14e42zd x78zum5 xa5j0wu xln7xf2 xk390pu x5yr21d xl56j7k xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x11njtxf xh8yej3">
                ${hoverLi(likes, 'xlsotpv x1s790e0')}
                ${hoverLi(comments, 'x100pdo0 x19bvch8')}
              </ul>
            </div>
          </div>
        </div>
        <div class="_aaj_">
          <div class="x1ey2m1c x78zum5 xdt5ytf xtijo5x x1o0tod xl56j7k x10l6tqk x13vifvy" style="background: linear-gradient(0deg, rgba(0, 0, 0, 0.4) 0%, rgba(0, 0, 0, 0) 22.27%);">
            <div class="_aajy">
              <div class="html-div xdj266r x14z9mp xexx8yu xyri2b x18d9i69 x1c1uobl x9f619 xjbqb8w x78zum5 x15mokao x1ga7v0g x16uus16 xbiv7yw x1yztbdb xyqm7xq x10l6tqk x1ey2m1c x1plvlek xryxfnj x1c4vz4f x2lah0s x1q0g3np xqjyukv x6s0dn4 x1oa3qoh x1nhvcw1">
                <div class="html-div xdj266r xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x9f619 xjbqb8w x78zum5 x15mokao x1ga7v0g x16uus16 xbiv7yw x1xegmmw x1n2onr6 x1plvlek xryxfnj x1c4vz4f x2lah0s xdt5ytf xqjyukv x1qjc9v5 x1oa3qoh x1nhvcw1">
                  <svg aria-label="View Count Icon" class="x1lliihq x1n2onr6 x9bdzbf" fill="currentColor" height="16" role="img" viewBox="0 0 24 24" width="16"><title>View Count Icon</title><path d="M23.441 11.819Z" fill-rule="evenodd"></path></svg></div><span class="x1lliihq x1plvlek xryxfnj x1n2onr6 xyejjpt x15dsfln x193iq5w xeuugli x1fj9vlw x13faqbe x1vvkbs x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x1i0vuye xl565be x1s688f x9bdzbf x1tu3fi x3x7a5m x10wh9bi xpm28yp x8viiok x1o7cslx" dir="auto" ${STYLE}><span class="${NUM_SPAN}">${views}</span></span>
              </div>
            </div>
          </div>
        </div>
      </div>
    </a></div>
  </div>`;
const REELS_TAB = `<main role="main"><div style="display: flex; flex-direction: column; padding-bottom: 1088.05px; padding-top: 0px; position: relative;">
  <div class="_ac7v x1ty9z65 xzboxd6">
    ${reelTile('/memes.debajacalidad/reel/DO9VhvqEVfC/', '7,442', '15', '77.1K')}
    ${reelTile('/memes.debajacalidad/reel/DO6yrFwkU15/', '293K', '516', '1,204')}
  </div>
</div></main>`;
const REELS_URL = 'https://www.instagram.com/memes.debajacalidad/reels/';

describe('instagram: a profile Reels tab tile is read as a post, its views from the views strip', () => {
  it('finds both tiles and reads each one: views = the strip number, likes and comments from the overlay', () => {
    const doc = parse(REELS_TAB);
    const c = ctx(REELS_URL, 'en');
    const posts = adapter.findPosts(doc);
    expect(posts).toHaveLength(2);
    const readings = posts.map((el) => adapter.readPost(el, c));
    expect(readings[0]).toMatchObject({
      platform: 'instagram',
      postId: 'DO9VhvqEVfC',
      url: 'https://www.instagram.com/reel/DO9VhvqEVfC/',
      // The Reels tab links a tile as /<owner>/reel/<code>/: its author (instagram-liker-avatars-and-reel-tile-author.test.ts).
      author: { handle: 'memes.debajacalidad', name: null },
      publishedAt: null,
      likes: 7442,
      comments: 15,
      reposts: null,
      saves: null,
      views: 77_100,
      promoted: false,
    });
    expect(readings[1]).toMatchObject({ postId: 'DO6yrFwkU15', likes: 293_000, comments: 516, views: 1204 });
  });

  it('reads views null, never 0, for a tile without the strip (reels whose views Instagram does not show)', () => {
    // The capture's tile with its views strip div._aaj_ taken away: "Small accounts and reels that
    // Instagram has not yet activated the metric on do NOT render the overlay" (code index file
    // 71112003920).
    const doc = parse(REELS_TAB);
    for (const strip of Array.from(doc.querySelectorAll('._aaj_'))) strip.remove();
    const posts = adapter.findPosts(doc);
    expect(posts).toHaveLength(2);
    const r = adapter.readPost(posts[0]!, ctx(REELS_URL, 'en'));
    expect(r).toMatchObject({ postId: 'DO9VhvqEVfC', likes: 7442, comments: 15, views: null });
  });

  it('anchors the badge on the tile link, as a posts-tab tile', () => {
    const doc = parse(REELS_TAB);
    const box = adapter.findPosts(doc)[0]!;
    expect(adapter.badgeAnchor?.(box)).toBe(
      doc.querySelector('a[href="/memes.debajacalidad/reel/DO9VhvqEVfC/"]'),
    );
  });

  it('still reads a posts-tab tile (img thumbnail, no strip) with views null', () => {
    const doc = parse(html('profile-grid-en.html'));
    const c = ctx('https://www.instagram.com/north.clay/', 'en');
    const readings = adapter.findPosts(doc).map((el) => adapter.readPost(el, c));
    expect(readings.length).toBeGreaterThan(0);
    for (const r of readings) expect(r?.views).toBeNull();
  });
});

describe("instagram: a comment's own like count is never the post's likes", () => {
  // post-ja.html with one change: its first comment's row (the div holding the comment's
  // /p/<code>/c/<id>/ time link) also holds the comment's like count as Instagram writes it, a
  // button: <button class="_a9ze"><span class="x193iq5w …">12 likes</span></button>, the first of
  // the row's _a9ze buttons (likes, then Reply): code index files 62704795629 (a comment's likes
  // read from "button._a9ze span" matching /likes?/), 39820684847 (the row's button._a9ze list,
  // likes before Reply), 9878396318 (the button's span classes). No public source shows a comment's
  // like count as a /liked_by/ link.
  it('reads the likes line (1,234), not the comment\'s "12 likes"', () => {
    const doc = parse(html('post-ja.html'));
    const time = doc.querySelector('a[href="/p/C4jaPo5tKyo/c/17890000000000001/"]')!;
    const row = time.closest('span')!.parentElement!;
    row.insertAdjacentHTML(
      'beforeend',
      '<button class="_a9ze" type="button"><span class="x193iq5w xeuugli x1fj9vlw x13faqbe x1vvkbs xt0psk2 x1i0vuye x1fhwpqd x1s688f x1roi4f4 x10wh9bi x1wdrske x8viiok x18hxmgj">12 likes</span></button>',
    );
    const c = ctx('https://www.instagram.com/p/C4jaPo5tKyo/', 'ja');
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, c);
    expect(r).toMatchObject({ postId: 'C4jaPo5tKyo', likes: 1234 });
    // With the likes line gone, the comment's count does not stand in for it.
    doc.querySelector('a[href="/p/C4jaPo5tKyo/liked_by/"]')!.closest('section')!.remove();
    expect(adapter.readPost(adapter.findPosts(doc)[0]!, c)?.likes).toBeNull();
  });
});
