// Live and upcoming videos read no views: "N watching" is an audience and "N waiting" a queue, and
// a scheduled date is no count. The texts are YouTube's own, as public parsers saved them:
// - a channel's /streams page (code index file 52544879160, "captured … on 2026-02-17"): upcoming
//   `"viewCountText":{"runs":[{"text":"787"},{"text":" waiting"}]},"upcomingEventData":{…}` and live
//   `"viewCountText":{"runs":[{"text":"14k"},{"text":" watching"}]}`, with a live watch page's
//   `"videoDetails":{"videoId":…,"isLive":true,"isLiveContent":true}`;
// - a 2025 lockup of an upcoming stream (code index file 56690295168): metadata parts
//   `"123 waiting"` and `"Scheduled for 6/22/26, 12:00 PM"`;
// - the watch page's view count of a live stream and of a waiting room (code index file 41425980792):
//   `{"text":" watching now"}]},"isLive":true}` and `{"text":" waiting"}]},"isLive":true}`.
// home-en.html and home-shelves-en.html are the frames; only these texts and the JSON flag change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';
import type { AdapterContext, PostReading } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/youtube', name), 'utf8');
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = (url: string): AdapterContext => ({ url: new URL(url), locale: 'en', now: NOW });

function read(source: string, url: string, id: string): PostReading | null | undefined {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  return adapter
    .findPosts(doc)
    .map((el) => adapter.readPost(el, ctx(url)))
    .find((r) => r?.postId === id);
}

/** `from` must be in the fixture: a replacement that misses would test the unchanged page. */
function swap(source: string, pairs: readonly (readonly [string, string])[]): string {
  let out = source;
  for (const [from, to] of pairs) {
    expect(out).toContain(from);
    out = out.replace(from, to);
  }
  return out;
}

describe('YouTube lists: live and upcoming items read no views and no posting time', () => {
  const span = (text: string) =>
    `<span class="inline-metadata-item style-scope ytd-video-meta-block">${text}</span>`;
  // home-en.html's live item, whose line this replaces
  const LIVE_LINE = span('1.2K watching');

  it.each([
    ['live, "14k watching"', [span('14k watching')]],
    ['upcoming, "787 waiting" and its date', [span('787 waiting'), span('Scheduled for 6/22/26, 12:00 PM')]],
    ['upcoming with nobody waiting yet', [span('0 waiting'), span('Scheduled for 6/22/26, 12:00 PM')]],
    ['a premiere, "Premieres <date>"', [span('3 waiting'), span('Premieres 12/10/26, 3:00 PM')]],
  ])('home grid item (ytd-rich-grid-media), %s', (_name, line) => {
    const source = swap(html('home-en.html'), [[LIVE_LINE, line.join('')]]);
    const r = read(source, 'https://www.youtube.com/', 'LiveNow1234');
    expect(r?.author.handle).toBe('northwindlabs');
    expect(r?.views).toBeNull();
    expect(r?.publishedAt).toBeNull();
  });

  it.each([
    ['123 waiting', 'Scheduled for 6/22/26, 12:00 PM'],
    ['1.2K watching', 'Started streaming 2 hours ago'],
  ])('2025 lockup: "%s • %s"', (first, second) => {
    const source = swap(html('home-shelves-en.html'), [
      ['role="text">301 views<', `role="text">${first}<`],
      ['role="text">3 hours ago<', `role="text">${second}<`],
    ]);
    const r = read(source, 'https://www.youtube.com/', 'Gr1dVid0001');
    expect(r?.author.handle).toBe('fretworkshop');
    expect(r?.views).toBeNull();
    expect(r?.publishedAt).toBeNull();
  });
});

describe('YouTube watch page: a live stream reads no views', () => {
  const URL_EN = 'https://www.youtube.com/watch?v=dQw4w9WgXc1';

  it.each([
    ['watching now', '1,234 watching now'],
    ['waiting room', '12 waiting'],
  ])('%s: neither the view line nor the JSON count is views', (_name, line) => {
    const source = swap(html('watch-en.html'), [
      ['aria-label="1,234,567 views"', `aria-label="${line}"`],
      ['aria-hidden="true">1,234,567 views<', `aria-hidden="true">${line}<`],
      ['>1.2M views<', `>${line}<`],
      // The player JSON's count of a live stream is its audience: "isLive":true says so.
      ['"lengthSeconds":"754",', '"lengthSeconds":"0","isLive":true,'],
      ['"isLiveContent":false', '"isLiveContent":true'],
    ]);
    expect(source).toContain('"viewCount":"1234567"');
    expect(read(source, URL_EN, 'dQw4w9WgXc1')?.views).toBeNull();
  });
});
