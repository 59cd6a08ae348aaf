// Two Threads like-button cases the adapter read wrong:
//
// 1. Hidden like counts. "Hide like and share counts" is a Meta setting (Threads lists it under
//    Content preferences; Instagram's text: "the number of likes and shares on posts … from other
//    accounts will be hidden"), and an author can hide them on their own posts. The like button
//    then shows its heart and no number. Threads also draws no number for 0 (a public Threads-style
//    clone found with find_string, `aria-label="J’aime" role="img"`: `like_count !== 0 ? <span> :
//    null`, repository not named by the index). No public source shows the markup of a hidden
//    count, so the case is built from the nearest fixture (feed-en.html) with the one change the
//    defect is about: the like button's number removed. An empty like button is then a hidden
//    count or a zero, and nothing on the page tells which: the count is unknown (null), never 0.
//
// 2. French "J’aime" with the typographic apostrophe (U+2019), as Meta writes it: Instagram's
//    French like icon is `svg[aria-label="J’aime"]` (vincenthirtz/cypress-bot,
//    cypress/support/commands.js), and a Threads-style clone copies `<svg aria-label="J’aime"
//    role="img" …><title>J’aime</title>` beside `<svg aria-label="Répondre" role="img">` (found
//    with find_string, repository not named by the index). Built from feed-en.html with the icon
//    labels and titles changed to French; "Republier" and "Partager" are not confirmed by a public
//    source (they are the adapter's own translations); the compact count is written the French way.
import { readFileSync } from 'node:fs';
import { threadsAdapter } from '@/lib/platforms/threads';
import type { AdapterContext, PostReading } from '@/lib/types';

const source = readFileSync('tests/fixtures/threads/feed-en.html', 'utf8');
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const ctx = (locale: string): AdapterContext => ({ url: new URL('https://www.threads.net/'), locale });

function readById(doc: Document, c: AdapterContext, code: string): PostReading | null {
  const readings = threadsAdapter.findPosts(doc).map((el) => threadsAdapter.readPost(el, c));
  return readings.find((r) => r?.postId === code) ?? null;
}

/** The like button's number removed, its heart kept (what a hidden count looks like). */
function hideLikeNumber(doc: Document, code: string): void {
  const post = threadsAdapter.findPosts(doc).find((el) => el.querySelector(`a[href$="/post/${code}"]`))!;
  const button = post.querySelector('svg[aria-label="Like"]')!.closest('[role="button"]')!;
  const number = Array.from(button.querySelectorAll('span')).filter((s) => !s.closest('svg'));
  expect(number.length).toBeGreaterThan(0);
  number[0]!.remove();
}

describe('threads: a like button without a number', () => {
  it('reads likes as null, not 0, when the like number is hidden and the reply count shows', () => {
    const doc = parse(source);
    // Before: 1.2K likes, 48 replies, 12 reposts (threads.test.ts).
    hideLikeNumber(doc, 'C5xYz12AbCd');
    const r = readById(doc, ctx('en'), 'C5xYz12AbCd');
    expect(r?.postId).toBe('C5xYz12AbCd');
    expect([r?.likes, r?.comments, r?.reposts]).toEqual([null, 48, 12]);
  });

  it('reads every like count as null when the viewer hides counts on all posts, other counts kept', () => {
    const doc = parse(source);
    for (const svg of Array.from(doc.querySelectorAll('svg[aria-label="Like"], svg[aria-label="Unlike"]'))) {
      const button = svg.closest('[role="button"]')!;
      for (const s of Array.from(button.querySelectorAll('span'))) if (!s.closest('svg')) s.remove();
    }
    const c = ctx('en');
    const readings = threadsAdapter.findPosts(doc).map((el) => threadsAdapter.readPost(el, c));
    expect(readings.map((r) => r?.likes)).toEqual([null, null, null, null, null]);
    // Replies and reposts are read as before (threads.test.ts).
    expect(readings.map((r) => [r?.comments, r?.reposts])).toEqual([
      [48, 12],
      [0, 3],
      [null, null],
      [1024, 3300],
      [9, 1],
    ]);
  });
});

describe('threads: French icon labels', () => {
  const french = source
    .replaceAll('aria-label="Like"', 'aria-label="J’aime"')
    .replaceAll('<title>Like</title>', '<title>J’aime</title>')
    .replaceAll('aria-label="Reply"', 'aria-label="Répondre"')
    .replaceAll('<title>Reply</title>', '<title>Répondre</title>')
    .replaceAll('aria-label="Repost"', 'aria-label="Republier"')
    .replaceAll('<title>Repost</title>', '<title>Republier</title>')
    .replaceAll('aria-label="Share"', 'aria-label="Partager"')
    .replaceAll('<title>Share</title>', '<title>Partager</title>')
    // French number format for the compact count (1.2K in feed-en.html)
    .replace('>1.2K<', '>1,2 k<');

  it('reads the likes of a French post whose like icon is "J’aime" (U+2019)', () => {
    expect(french).toContain('aria-label="J\u2019aime"');
    const r = readById(parse(french), ctx('fr'), 'C5xYz12AbCd');
    expect(r?.postId).toBe('C5xYz12AbCd');
    expect([r?.likes, r?.comments, r?.reposts]).toEqual([1200, 48, 12]);
  });

  it('reads "J’aime" and the straight "J\'aime" alike', () => {
    const straight = french.replaceAll('J’aime', "J'aime");
    expect(straight).not.toBe(french);
    const curly = readById(parse(french), ctx('fr'), 'C5xQq9LmN0p');
    const plain = readById(parse(straight), ctx('fr'), 'C5xQq9LmN0p');
    expect(curly?.likes).toBe(87);
    expect(plain?.likes).toBe(87);
  });
});
