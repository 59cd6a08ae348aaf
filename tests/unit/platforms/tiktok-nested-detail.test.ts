// TikTok's video page read twice. TikTok names its main container `#main-content-video_detail`
// (public scrapers read `#main-content-video_detail > div > div.DivContentContainer > …`, found
// with find_string, repositories not named by the index; tests/fixtures/tiktok/SOURCES.md). When
// the app re-renders the page in place (in-app navigation to the same video, a layout swap) the
// new container can be drawn inside the old one before the old one is dropped: two elements
// match, one inside the other, and each was read as a post: the same video twice (two badges, two
// readings). The same happens when the scanner reads only the inserted subtree (its scope is the
// inserted node and what it holds): the inner container was found again although the outer one,
// already read, holds it. A post inside another post is part of it (as `outermost` does for X and
// Reddit).
//
// Built from video-de.html (hand-written from public markup, SOURCES.md) with its own container
// drawn once more inside itself: no markup is invented beyond repeating the fixture's own.
import { readFileSync } from 'node:fs';
import { tiktokAdapter as adapter } from '@/lib/platforms/tiktok';
import type { ScannedPost } from '@/lib/read/scanner';
import type { AdapterContext } from '@/lib/types';
import { driveScanner } from '../content/scanner-harness';

const source = readFileSync('tests/fixtures/tiktok/video-de.html', 'utf8');
const OPEN = '<div id="main-content-video_detail" class="css-1qjw4dg-DivMainContent e1tqp4v30">';
const ID = '7351234567890123456';
const URL_OWN = `https://www.tiktok.com/@backstube.berlin/video/${ID}`;
const ctx: AdapterContext = {
  url: new URL(URL_OWN),
  locale: 'de-DE',
  now: Date.parse('2025-03-11T16:00:00Z'),
};
const parse = (s: string) => new DOMParser().parseFromString(s, 'text/html');

describe('tiktok: a video page container drawn inside another', () => {
  it('the fixture has one container', () => {
    expect(source.split(OPEN).length).toBe(2);
    expect(adapter.findPosts(parse(source))).toHaveLength(1);
  });

  it('is read once when the whole page is read', () => {
    const nested = source.replace(OPEN, `${OPEN}${OPEN}`).replace('</body>', '</div></body>');
    const doc = parse(nested);
    expect(doc.querySelectorAll('#main-content-video_detail')).toHaveLength(2);
    const posts = adapter.findPosts(doc);
    expect(posts).toHaveLength(1);
    const r = adapter.readPost(posts[0]!, ctx);
    expect(r?.postId).toBe(ID);
    expect(r?.likes).toBe(12345);
  });

  it('is not read again when the scanner reads the inserted container', async () => {
    const doc = parse(source);
    document.body.innerHTML = doc.body.innerHTML;
    const sent: ScannedPost[][] = [];
    const { scanner, settle } = driveScanner({
      adapter,
      context: () => ctx,
      onReadings: (changed) => {
        if (changed.length > 0) sent.push(changed);
      },
    });
    scanner.start();
    await settle();
    const outer = document.querySelector('#main-content-video_detail')!;
    expect(sent.flat().map((s) => s.el)).toEqual([outer]);
    // The re-rendered container, drawn inside the old one.
    const inner = outer.cloneNode(true) as Element;
    outer.prepend(inner);
    await settle();
    const readEls = new Set(sent.flat().map((s) => s.el));
    expect(readEls.has(inner)).toBe(false);
    scanner.stop();
  });
});
