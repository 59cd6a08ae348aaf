// Facebook adapter (lib/platforms/facebook/): a post that shares another post, and a timestamp
// link whose address is not filled in yet.
//
// No public source shows Facebook's markup of a shared (attached) post or of the timestamp link
// before it gets its address, so each case is built from the nearest real fixture, feed-en.html
// (see tests/fixtures/facebook/SOURCES.md), with the one change it is about:
// - a shared post: another post of the same fixture, its whole card (header with author and time
//   link, message, footer), moved in place of post 1's photo attachment (the `«r1m»` block). Like
//   the attachment it replaces, it is no `role="article"` of its own.
// - an unreadable own time: post 1's time label "2h" becomes "Just now", the label post 5 of the
//   same fixture carries (no exact time can be read from it).
// - the unfilled link: post 1's time link keeps its label but its href is "#", as Facebook renders
//   it until the pointer rests on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facebookAdapter as adapter } from '@/lib/platforms/facebook';
import type { AdapterContext, PostReading } from '@/lib/types';

const source = readFileSync(join(process.cwd(), 'tests/fixtures/facebook/feed-en.html'), 'utf8');
const NOW = Date.parse('2025-03-11T16:00:00Z');
const c: AdapterContext = { url: new URL('https://www.facebook.com/'), locale: 'en', now: NOW };

const ORBIT_ID = 'pfbid02XaQ7mN3vR8tKp1LsW9yHc4DfG6jB2eZu5oAi7rTq3nVw8xYk1mPdLs4';
const LENA_ID = 'pfbid0Kp7wqZt2HnR5dVx9LmB3cYe8sGf1uJa6oTi4rNq2vWk7yXh3zPm';
const PHOTO_ID = '889900112233445';

interface Edit {
  /** Index (0-based) of the fixture post whose card post 1 shares. */
  shares?: number;
  /** Post 1's time label in place of "2h". */
  label?: string;
  /** Post 1's time link's href. */
  href?: string;
}

function post1(edit: Edit): { post: Element; doc: Document } {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const posts = adapter.findPosts(doc);
  const post = posts[0]!;
  const time = post.querySelector('a[aria-label="2h"]')!;
  expect(time.textContent).toBe('2h');
  if (edit.label) {
    time.setAttribute('aria-label', edit.label);
    time.querySelector('span > span')!.textContent = edit.label;
  }
  if (edit.href) time.setAttribute('href', edit.href);
  if (edit.shares !== undefined) {
    const card = posts[edit.shares]!.firstElementChild!;
    doc.getElementById('«r1m»')!.replaceWith(card);
  }
  return { post, doc };
}

const read = (edit: Edit): PostReading | null => adapter.readPost(post1(edit).post, c);
const counts = (r: PostReading | null) => r && { likes: r.likes, comments: r.comments, reposts: r.reposts };

describe("facebook: a post's date comes from its own header, never from the post it shares", () => {
  it('reads its own time when it can ("2h"), sharing a post timed "5h"', () => {
    const r = read({ shares: 1 });
    expect(r?.postId).toBe(ORBIT_ID);
    expect(r?.publishedAt).toBe('2025-03-11T14:00:00.000Z');
  });

  it('reads no date when its own label cannot be read, not the shared post\'s "5h"', () => {
    const r = read({ shares: 1, label: 'Just now' });
    expect(r?.postId).toBe(ORBIT_ID);
    expect(r?.publishedAt).toBeNull();
  });
});

describe("facebook: counts come from the post's own footer, not the shared post's", () => {
  const own = { likes: 50000, comments: 5900, reposts: 2400 };

  it('reads 50K / 5.9K / 2.4K sharing a post whose footer shows 12 / 3 comments', () => {
    expect(counts(read({ shares: 1 }))).toEqual(own);
  });

  it('reads 50K / 5.9K / 2.4K sharing a brand-new post whose footer shows no counts', () => {
    expect(counts(read({ shares: 4 }))).toEqual(own);
  });

  it('puts the badge on its own footer', () => {
    const { post } = post1({ shares: 1 });
    const anchor = adapter.badgeAnchor?.(post);
    expect(anchor?.textContent).toContain('2.4K shares');
  });
});

describe('facebook: a time link still at href="#" gives the post no id yet', () => {
  it("skips the post rather than storing it under its photo's id", () => {
    const r = read({ href: '#' });
    expect(r?.postId).not.toBe(PHOTO_ID);
    expect(r).toBeNull();
  });

  it("skips the post rather than storing it under the shared post's id", () => {
    const r = read({ href: '#', shares: 1 });
    expect(r?.postId).not.toBe(LENA_ID);
    expect(r).toBeNull();
  });

  // feed-en.html post 4, a reel whose time link is /reel/<id>, sharing post 2 (a story_fbid= link)
  // after its message: the reel keeps its own id, not the shared post's more post-like link.
  it("gives a reel sharing a post the reel's id, not the shared post's", () => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const posts = adapter.findPosts(doc);
    posts[3]!.querySelector('[data-ad-rendering-role="story_message"]')!.after(posts[1]!.firstElementChild!);
    const r = adapter.readPost(posts[3]!, c);
    expect(r?.postId).toBe('1234567890123456');
    expect(r?.url).toBe('https://www.facebook.com/reel/1234567890123456');
    expect(r?.publishedAt).toBe('2025-03-10');
  });

  it('reads the post once the link has its address', () => {
    expect(read({})?.postId).toBe(ORBIT_ID);
  });
});
