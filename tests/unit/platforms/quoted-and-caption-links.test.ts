// A post quoted inside another (Mastodon 4.4+ quotes, a link in a Facebook
// caption) must not lend the host post its id, author, date or counts.
import { readFileSync } from 'node:fs';
import { facebookAdapter } from '@/lib/platforms/facebook';
import { mastodonAdapter } from '@/lib/platforms/mastodon';
import type { AdapterContext } from '@/lib/types';

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const fixture = (platform: string, name: string) =>
  parse(readFileSync(`tests/fixtures/${platform}/${name}`, 'utf8'));
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale, now: NOW });

describe('mastodon: a status quoting another status', () => {
  it('keeps the focused post its own id, author and date when it quotes a post', () => {
    const c = ctx('https://mastodon.social/@kenji/114108310514044143', 'ja');
    const doc = fixture('mastodon', 'thread-ja.html');
    const [focused, reply] = mastodonAdapter.findPosts(doc);
    // Mastodon 4.4+ draws the quoted post as a status inside the quoting one.
    focused!.querySelector('.status__content')!.append(reply!.cloneNode(true));
    const r = mastodonAdapter.readPost(focused!, c);
    expect(r?.postId).toBe('114108310514044143@mastodon.social');
    expect(r?.url).toBe('https://mastodon.social/@kenji/114108310514044143');
    expect(r?.author).toEqual({ handle: 'kenji@mastodon.social', name: '佐藤健二' });
    expect(r?.publishedAt).toBe('2025-03-05T06:04:00.412Z');
    expect([r?.likes, r?.reposts]).toEqual([987, 2300]);
  });

  it("reads a timeline status's own counters, not those of the status it quotes", () => {
    const c = ctx('https://social.example.org/explore/posts', 'de');
    const doc = fixture('mastodon', 'explore-de.html');
    const [outer, quoted] = mastodonAdapter.findPosts(doc);
    outer!.querySelector('.status__content')!.append(quoted!.cloneNode(true));
    const r = mastodonAdapter.readPost(outer!, c);
    expect(r?.postId).toBe('114108815802377431@social.example.org');
    expect(r?.author.handle).toBe('lena@social.example.org');
    expect([r?.likes, r?.comments, r?.reposts]).toEqual([16000, 987, 1200]);
  });
});

describe('facebook: a link to another post in the caption', () => {
  it("keeps a reel post's own id when its caption links to another post", () => {
    const c = ctx('https://www.facebook.com/', 'en');
    const doc = fixture('facebook', 'feed-en.html');
    const post = facebookAdapter.findPosts(doc)[3]!;
    const a = doc.createElement('a');
    a.setAttribute(
      'href',
      'https://www.facebook.com/orbitdaily/posts/pfbid02XaQ7mN3vR8tKp1LsW9yHc4DfG6jB2eZu5oAi7rTq3nVw8xYk1mPdLs4',
    );
    a.textContent = 'as Orbit Daily said';
    post.querySelector('[data-ad-rendering-role="story_message"] span')!.append(a);
    const r = facebookAdapter.readPost(post, c);
    expect(r?.postId).toBe('1234567890123456');
    expect(r?.url).toBe('https://www.facebook.com/reel/1234567890123456');
  });
});
