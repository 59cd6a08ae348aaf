// YouTube: a channel's name is no age of its videos, and a Japanese watch page's
// "視聴回数 1,234,567 回" is its view count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';
import { viewsIn } from '@/lib/platforms/youtube/text';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/youtube', name), 'utf8');
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = { url: new URL('https://www.youtube.com/'), locale: 'en', now: NOW };

function read(source: string, id: string) {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  return adapter
    .findPosts(doc)
    .map((el) => adapter.readPost(el, ctx))
    .find((r) => r?.postId === id);
}

describe('youtube: a channel’s name does not date its videos (home-en.html, 2025 lockup)', () => {
  it('keeps "3 days ago" when the channel calls itself "1 hour ago"', () => {
    const original = html('home-en.html');
    // One string changed: the channel's name in the lockup's first metadata row, which the
    // channel's owner chooses.
    const source = original.replace('href="/@studio54">Studio 54</a>', 'href="/@studio54">1 hour ago</a>');
    expect(source).not.toBe(original);
    const r = read(source, 'Lk2025abcd1');
    expect(r?.author.handle).toBe('studio54');
    expect(r?.publishedAt).toBe('2025-03-08');
    expect(r?.views).toBe(1200000);
  });
});

describe('youtube: views as the Japanese watch page prints them ("視聴回数 1,234,567 回")', () => {
  it('reads the view count’s refreshed aria-label on a Japanese watch page (watch-en.html)', () => {
    const original = html('watch-en.html');
    // One string changed: the view count's aria-label, in Japanese, as YouTube refreshed it while
    // the page was open (the page's JSON still holds 1234567 from loading).
    const source = original.replace('aria-label="1,234,567 views"', 'aria-label="視聴回数 1,234,999 回"');
    expect(source).not.toBe(original);
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const jaCtx = { url: new URL('https://www.youtube.com/watch?v=dQw4w9WgXc1'), locale: 'ja', now: NOW };
    const r = adapter
      .findPosts(doc)
      .map((el) => adapter.readPost(el, jaCtx))
      .find((x) => x?.postId === 'dQw4w9WgXc1');
    expect(r?.views).toBe(1234999);
  });
});

describe('youtube: viewsIn reads the Japanese word-first form', () => {
  it.each([
    ['視聴回数 1,234,567 回', 1234567],
    ['視聴回数 172万 回', 1720000],
    ['8.9万 回視聴', 89000],
  ])('%s → %s', (text, n) => {
    expect(viewsIn(text, 'ja')).toBe(n);
  });
});
