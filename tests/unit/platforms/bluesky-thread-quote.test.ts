// Bluesky: a thread's main post that only quotes the same author's older post must be read as
// itself, never as the quoted post. social-app's ThreadItemAnchor (src/screens/PostThread/
// components/ThreadItemAnchor.tsx) renders no RichText when the post has no text
// (`richText?.text ? <RichText …/> : undefined`), puts the embed inside the ContentHider, shows the
// date as plain text (no link to the post itself), and shows the stats row only when reposts,
// quotes, likes or saves are not all 0. The action bar then carries "0" in the exact like and
// reply labels and no visible counts (src/components/PostControls/index.tsx, RepostButton.web.tsx).
import { readFileSync } from 'node:fs';
import { blueskyAdapter } from '@/lib/platforms/bluesky';
import type { AdapterContext } from '@/lib/types';

const load = (path: string) => new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

const THREAD_URL = 'https://bsky.app/profile/kenji.bsky.social/post/3ljmcnxijv2eh';
const QUOTED = '3ljftpz5y7zwg'; // kenji's older post (a TID minted for 2 March 2025)

/** The quote embed exactly as home-en.html draws it (frank quoting alice: a bordered View holding
 * a PostMeta and a RichText, src/components/Post/Embed), moved to another author and language. */
function quoteEmbed(
  doc: Document,
  handle: string,
  name: string,
  viewProfile: string,
  date: string,
  ago: string,
) {
  const home = load('tests/fixtures/bluesky/home-en.html');
  const embed = home
    .querySelector('[data-testid="feedItem-by-frank.bsky.social"] a[href$="/post/3ljftpz5y7zwg"]')!
    .closest('[style*="border-radius: 8px"]')!;
  for (const a of Array.from(embed.querySelectorAll('a[href^="/profile/alice.bsky.social"]'))) {
    a.setAttribute('href', a.getAttribute('href')!.replace('alice.bsky.social', handle));
    if (a.getAttribute('aria-label') === 'View profile') {
      a.setAttribute('aria-label', viewProfile);
      a.textContent = a.textContent!.replace('Alice Nguyen', name).replace('alice.bsky.social', handle);
    } else {
      a.setAttribute('aria-label', date);
      a.setAttribute('data-tooltip', date);
      a.lastChild!.textContent = ago;
    }
  }
  return doc.importNode(embed, true);
}

/** thread-ja.html's focused post turned into a post with no text, only a quote of kenji's older
 * post, and no engagement yet (no stats row; zero labels; no visible counts). */
function threadSelfQuote() {
  const doc = load('tests/fixtures/bluesky/thread-ja.html');
  const item = doc.querySelector('[data-testid="postThreadItem-by-kenji.bsky.social"]')!;
  const text = item.querySelector('[data-word-wrap="1"]')!;
  const hider = text.parentElement!; // the ContentHider child container (pt_sm)
  text.remove();
  const wrap = doc.createElement('div');
  wrap.className = 'css-175oi2r';
  wrap.setAttribute('style', 'padding-top: 4px; padding-bottom: 4px;'); // a.py_xs
  wrap.append(
    quoteEmbed(doc, 'kenji.bsky.social', '佐藤健二', 'プロフィールを表示', '2025年3月2日 16:20', '3日'),
  );
  hider.append(wrap);
  item.querySelector('[data-testid="repostCount-expanded"]')!.closest('a')!.parentElement!.remove();
  const reply = item.querySelector('[data-testid="replyBtn"]')!;
  reply.setAttribute('aria-label', '返信する（0件の返信）');
  reply.querySelector('div[dir="auto"]')!.remove();
  item.querySelector('[data-testid="repostCount"]')!.remove();
  const like = item.querySelector('[data-testid="likeBtn"]')!;
  like.setAttribute('aria-label', 'いいねする（0件のいいね）');
  item.querySelector('[data-testid="likeCount"]')!.remove();
  return item;
}

describe('bluesky: a thread main post quoting its own author, no text, no stats row (thread-ja.html)', () => {
  it('is read as the post in the address bar, not as the quoted post', () => {
    const r = blueskyAdapter.readPost(threadSelfQuote(), ctx(THREAD_URL, 'ja'));
    expect(r?.postId).toBe('3ljmcnxijv2eh');
    expect(r?.url).toBe(THREAD_URL);
    expect(r?.publishedAt?.slice(0, 10)).toBe('2025-03-05');
    // The quoted post's text is not this post's.
    expect(r?.text).toBe('');
  });

  it('reads the zeros the labels show and no saves (no stats row shown)', () => {
    const r = blueskyAdapter.readPost(threadSelfQuote(), ctx(THREAD_URL, 'ja'));
    expect(r).toMatchObject({ likes: 0, comments: 0, reposts: 0, saves: null, views: null });
  });

  it('gives no reading when the address bar names another post (no own id anywhere)', () => {
    // E.g. the page kept on screen after navigating to another thread of the same author.
    const r = blueskyAdapter.readPost(
      threadSelfQuote(),
      ctx('https://bsky.app/profile/kenji.bsky.social', 'ja'),
    );
    expect(r?.postId).not.toBe(QUOTED);
    expect(r).toBeNull();
  });
});

describe('bluesky: a feed quote post quoting its own author, no text (home-en.html, frank)', () => {
  function feedSelfQuote() {
    const doc = load('tests/fixtures/bluesky/home-en.html');
    const item = doc.querySelector('[data-testid="feedItem-by-frank.bsky.social"]')!;
    item.querySelector('[data-testid="postText"]')!.remove();
    const old = item
      .querySelector('a[href$="/post/3ljftpz5y7zwg"]')!
      .closest('[style*="border-radius: 8px"]')!;
    old.replaceWith(
      quoteEmbed(doc, 'frank.bsky.social', 'Frank', 'View profile', 'March 2, 2025 at 4:20 PM', '3d'),
    );
    return item;
  }

  it('is read as itself from its own header link', () => {
    const r = blueskyAdapter.readPost(feedSelfQuote(), ctx('https://bsky.app/', 'en'));
    expect(r?.postId).toBe('3ljmwhclnga6k');
    expect(r?.text).toBe('');
    expect(r?.likes).toBe(7);
  });

  it("gives no reading rather than the quoted post's id when its own header link is missing", () => {
    // PostMeta's timestamp link removed (the item's own id is nowhere else in a feed item).
    const item = feedSelfQuote();
    item.querySelector('a[href$="/post/3ljmwhclnga6k"]')!.remove();
    expect(blueskyAdapter.readPost(item, ctx('https://bsky.app/', 'en'))).toBeNull();
  });
});
