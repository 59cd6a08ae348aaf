// A TikTok ad in the For You feed was read as an ordinary post: `promoted` was never set, so an
// ad's counts went into the user's numbers as organic reach.
//
// TikTok marks an in-feed ad with a `data-e2e="ad-tag"` element inside the feed item. Public code
// reads it so, independently of each other (found with find_string `data-e2e="ad-tag"`,
// repositories not named by the index): an ad skipper `document.querySelector('[data-e2e="ad-tag"],
// …')` then `adTag.closest('[data-e2e="recommend-list-item-container"], …')`; a feed filter
// `isAd(article) { return !!article.querySelector('[data-e2e="ad-tag"], …') }`; a content blocker
// `div[data-e2e="feed-item"]:has([data-e2e="ad-tag"])`; another `TIKTOK_AD_SELECTOR =
// '[data-e2e="ad-tag"], [aria-label*="Sponsored"], …'`. No public capture shows the tag's own
// element or classes, so the test adds to a foryou-en.html item only the hook (a div holding the
// label "Sponsored", beside the description): the adapter reads the hook, never the element,
// classes or text.
import { readFileSync } from 'node:fs';
import { tiktokAdapter as adapter } from '@/lib/platforms/tiktok';
import type { AdapterContext } from '@/lib/types';

const source = readFileSync('tests/fixtures/tiktok/foryou-en.html', 'utf8');
const parse = (s: string) => new DOMParser().parseFromString(s, 'text/html');
const ctx: AdapterContext = { url: new URL('https://www.tiktok.com/foryou'), locale: 'en' };
const DESC =
  '<div data-e2e="video-desc" class="css-1ejylhp-DivContainer e11995xo0"><span class="css-j2a19r-SpanText e37luzl0">First upload, be nice</span></div>';
const withAdTag = source.replace(DESC, `${DESC}<div data-e2e="ad-tag">Sponsored</div>`);

const readAll = (s: string) => {
  const doc = parse(s);
  return adapter.findPosts(doc).map((el) => adapter.readPost(el, ctx));
};

describe('tiktok: in-feed ads', () => {
  it('marks the item holding the ad tag as promoted, and no other', () => {
    expect(withAdTag).not.toBe(source);
    const r = readAll(withAdTag);
    const ad = r.find((x) => x?.postId === '7340099988877766655');
    expect(ad?.promoted).toBe(true);
    expect(r.filter((x) => x?.promoted)).toHaveLength(1);
  });

  it('marks nothing on the fixture as it is', () => {
    expect(readAll(source).some((x) => x?.promoted)).toBe(false);
  });
});
