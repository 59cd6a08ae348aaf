// Reddit feed ads (real capture: tests/fixtures/reddit/shreddit-listing.html, = /work/shared/fixtures
// reddit/shreddit-listing.html, jggonz/os8088 tests/proxy/reddit-www-listing.htm @ 6ac5d14829ec):
// every <shreddit-ad-post promoted=""> carries `locked=""` and `comment-count="0"`, and its light
// DOM has no comment control at all (slots full-post-link, credit-bar, title, post-media-container
// with the call-to-action, action-row-whitespace): advertisers turn comments off, and the "0" is
// that switch, not a count the page shows. It was stored as 0 comments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redditAdapter as adapter } from '@/lib/platforms/reddit';
import type { AdapterContext } from '@/lib/types';
import { savedPageParser } from '../fixtures/saved-pages';

const parse = savedPageParser();
const source = readFileSync(join(process.cwd(), 'tests/fixtures/reddit/shreddit-listing.html'), 'utf8');
const ctx: AdapterContext = { url: new URL('https://www.reddit.com/r/vintagecomputing/'), locale: 'en-US' };

describe('Reddit ads with comments turned off', () => {
  const doc = parse(source, ctx.url.href);
  const posts = adapter.findPosts(doc);
  const ads = posts.filter((el) => el.localName === 'shreddit-ad-post');

  it('the capture holds locked ads whose comment-count is 0', () => {
    expect(ads.length).toBe(4);
    for (const ad of ads) {
      expect(ad.hasAttribute('locked')).toBe(true);
      expect(ad.getAttribute('comment-count')).toBe('0');
    }
  });

  it('reads no comment count for them (not 0)', () => {
    for (const ad of ads) {
      const r = adapter.readPost(ad, ctx);
      expect(r?.promoted).toBe(true);
      expect(r?.comments).toBeNull();
    }
  });

  it('organic posts still read their exact comment-count, 0 included', () => {
    const organic = posts.filter((el) => el.localName === 'shreddit-post');
    const zero = organic.find((el) => el.getAttribute('comment-count') === '0');
    expect(zero).toBeDefined();
    expect(adapter.readPost(zero!, ctx)?.comments).toBe(0);
    const many = organic.find((el) => el.getAttribute('id') === 't3_1vmmr2k');
    expect(adapter.readPost(many!, ctx)?.comments).toBe(54);
  });
});
