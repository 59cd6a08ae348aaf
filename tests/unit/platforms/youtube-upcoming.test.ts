// A scheduled premiere or upcoming live stream: nobody can have viewed it yet, and the page shows
// no view count (its view line says who is waiting and when it starts). The player JSON still
// carries "viewCount":"0" beside "isUpcoming":true, the form public scrapers key scheduled streams
// on (e.g. the saved watch page of a premiere in a public test module, code index file 68994351639:
// `"playabilityStatus":{"status":"LIVE_STREAM_OFFLINE",…},"videoDetails":{…,"lengthSeconds":"0",
// "isUpcoming":true,…,"viewCount":"0",…,"isLiveContent":true}`; code index files 53641855204 and
// 25750910599 read `"isUpcoming":true` as "scheduled, not started"). Reading that 0 stored 0 views.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';
import type { AdapterContext } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/youtube', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const ctx: AdapterContext = {
  url: new URL('https://www.youtube.com/watch?v=dQw4w9WgXc1'),
  locale: 'en-US',
  now: Date.parse('2025-03-11T16:00:00Z'),
};

/** watch-en.html as an upcoming premiere: the view line shows who waits, the JSON says 0 views. */
function upcoming(extra = ''): string {
  const source = html('watch-en.html')
    .replace('aria-label="1,234,567 views"', 'aria-label="12 waiting"')
    .replace('aria-hidden="true">1,234,567 views<', 'aria-hidden="true">12 waiting<')
    .replace('>1.2M views<', '>12 waiting<')
    .replace('>3 days ago<', '>Premieres Dec 24, 2026<')
    .replace('"status":"OK","playableInEmbed":true', '"status":"LIVE_STREAM_OFFLINE","playableInEmbed":true')
    .replace('"lengthSeconds":"754",', `"lengthSeconds":"0","isUpcoming":true,${extra}`)
    .replaceAll('"viewCount":"1234567"', '"viewCount":"0"')
    .replace('"isLiveContent":false', '"isLiveContent":true');
  expect(source).toContain('"isUpcoming":true');
  expect(source).not.toContain('1234567');
  return source;
}

describe('YouTube: upcoming premieres and streams', () => {
  it('an upcoming video reads no views (not 0)', () => {
    const doc = parse(upcoming());
    const [post] = adapter.findPosts(doc);
    const r = adapter.readPost(post!, ctx);
    expect(r?.postId).toBe('dQw4w9WgXc1');
    expect(r?.views).toBeNull();
  });

  it('a video that is not upcoming still reads the JSON count when the view line has none', () => {
    const source = html('watch-en.html')
      .replace('aria-label="1,234,567 views"', 'aria-label="12 waiting"')
      .replace('>1.2M views<', '>12 waiting<');
    const doc = parse(source);
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, ctx);
    expect(r?.views).toBe(1_234_567);
  });
});
