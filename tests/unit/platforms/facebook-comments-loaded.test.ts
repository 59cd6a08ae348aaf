// Facebook: comments loaded into a post after the page is read ("View 4 more comments"). The
// scanner hands the reader only the added nodes then, where the post around them is out of its
// sight; a comment is a div[role="article"] inside the feed, so the reader took it for a post
// (page-de.html's pattern). Its time link names the parent post (…/posts/pfbid…?comment_id=…),
// so the comment was sent as a reading of that post with no counts, and drawn with a badge.
//
// The comment is feed-en.html's own (tests/fixtures/facebook/SOURCES.md), "Comment by Jamie Fox",
// copied with another name and comment id, as Facebook adds each loaded comment: the same
// div[role="article"] in the same comment list below the post's footer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facebookAdapter } from '@/lib/platforms/facebook';
import type { ScannedPost } from '@/lib/read/scanner';
import { driveScanner } from '../content/scanner-harness';

const fixture = (name: string) =>
  new DOMParser().parseFromString(
    readFileSync(join(process.cwd(), 'tests/fixtures/facebook', name), 'utf8'),
    'text/html',
  ).body.innerHTML;

const COMMENT = new DOMParser()
  .parseFromString(fixture('feed-en.html'), 'text/html')
  .querySelector('div[role="article"][aria-label^="Comment by"]')!.outerHTML;

/** The comment list of the page's first post (feed-en's own; one made like it on page-de). */
function commentList(page: string): Element {
  const first = facebookAdapter.findPosts(document)[0]!;
  if (page === 'feed-en.html') return first.querySelector('div[role="article"]')!.parentElement!;
  const list = document.createElement('div');
  first.firstElementChild!.append(list);
  return list;
}

it.each(['feed-en.html', 'page-de.html'])(
  '%s: a comment loaded into a post is no post of its own, and sends no reading',
  async (page) => {
    document.body.innerHTML = fixture(page);
    const sent: ScannedPost[] = [];
    const { scanner, settle } = driveScanner({
      adapter: facebookAdapter,
      context: () => ({
        url: new URL('https://www.facebook.com/'),
        locale: page === 'page-de.html' ? 'de' : 'en',
      }),
      onReadings: (changed) => sent.push(...changed),
    });
    scanner.start();
    await settle();
    const posts = facebookAdapter.findPosts(document);
    expect(sent.map((s) => s.el)).toEqual(posts);
    const before = sent.length;
    const list = commentList(page);
    list.insertAdjacentHTML(
      'beforeend',
      COMMENT.replace('Jamie Fox', 'Ana Ruiz').replace('comment_id=771122334455', 'comment_id=771122334499'),
    );
    await settle();
    const after = sent.slice(before);
    // A post may be read again (a change inside it); a comment never stands for one.
    for (const s of after) expect(posts).toContain(s.el);
    expect(after.filter((s) => s.reading.likes === null && s.reading.comments === null)).toEqual([]);
    scanner.stop();
  },
);
