// Bluesky: a quote post with no text of its own must not take the quoted post's text (its
// hashtags and mentions would be counted as the quoting author's in Insights).
import { readFileSync } from 'node:fs';
import { blueskyAdapter } from '@/lib/platforms/bluesky';
import type { AdapterContext } from '@/lib/types';

const load = (path: string) => new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

describe('bluesky: a quote post without text of its own (home-en.html, frank quoting alice)', () => {
  it("reads no text rather than the quoted post's", () => {
    // home-en.html's quote post with its own RichText removed: social-app renders no
    // RichText (testID "postText") for an empty text, and the quote embed stays.
    const doc = load('tests/fixtures/bluesky/home-en.html');
    const item = doc.querySelector('[data-testid="feedItem-by-frank.bsky.social"]')!;
    item.querySelector('[data-testid="postText"]')!.remove();
    const r = blueskyAdapter.readPost(item, ctx('https://bsky.app/', 'en'));
    expect(r?.postId).toBe('3ljmwhclnga6k');
    expect(r?.text).toBe('');
  });

  it('keeps the own text when there is one', () => {
    const doc = load('tests/fixtures/bluesky/home-en.html');
    const item = doc.querySelector('[data-testid="feedItem-by-frank.bsky.social"]')!;
    const r = blueskyAdapter.readPost(item, ctx('https://bsky.app/', 'en'));
    expect(r?.text).toBe('This aged well. Same meadow, three days later:');
  });
});
