// A video page's container (#main-content-video_detail) holds more than its video: beside the
// comments it can list the creator's other videos, each a link to /@handle/video/<id>. The video the
// page shows is the one its player plays (xgwrapper-<n>-<id>), else the address bar's: the first
// video link in the container could be another video, whose id would file this video's counts
// under it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tiktokAdapter as adapter } from '@/lib/platforms/tiktok';
import type { AdapterContext } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/tiktok', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const NOW = Date.parse('2025-03-11T16:00:00Z');
const OWN = '7351234567890123456';
const OTHER = '7351234567890999999';
const URL_OWN = `https://www.tiktok.com/@backstube.berlin/video/${OWN}`;
const ctx = (url: string): AdapterContext => ({ url: new URL(url), locale: 'de-DE', now: NOW });

// The creator's other videos, listed in the comment column before the comments (a link per video,
// as every video tile of TikTok's web app is one).
const withOtherVideos = (source: string) =>
  source.replace(
    '<div data-e2e="search-comment-container"',
    `<div class="css-other-videos"><a href="https://www.tiktok.com/@backstube.berlin/video/${OTHER}"><div>Sauerteig ansetzen</div></a></div><div data-e2e="search-comment-container"`,
  );

const read = (source: string, url: string) => {
  const doc = parse(source);
  return adapter.findPosts(doc).map((el) => adapter.readPost(el, ctx(url)));
};

describe("tiktok: a video page's id", () => {
  it("is its own video with the creator's other videos listed inside the container", () => {
    const source = withOtherVideos(html('video-de.html'));
    expect(source).toContain(`/video/${OTHER}`);
    const r = read(source, URL_OWN);
    expect(r.map((x) => x?.postId)).toEqual([OWN]);
    expect(r[0]?.likes).toBe(read(html('video-de.html'), URL_OWN)[0]?.likes);
  });

  it("is its player's video while the address already names the next one (single-page navigation)", () => {
    const r = read(
      withOtherVideos(html('video-de.html')),
      `https://www.tiktok.com/@backstube.berlin/video/${OTHER}`,
    );
    expect(r.map((x) => x?.postId)).toEqual([OWN]);
  });

  it("is the address bar's video when the player has no id yet", () => {
    const source = withOtherVideos(html('video-de.html')).replace(
      `id="xgwrapper-0-${OWN}"`,
      'id="xgwrapper-0"',
    );
    expect(source).not.toContain(`xgwrapper-0-${OWN}`);
    expect(read(source, URL_OWN).map((x) => x?.postId)).toEqual([OWN]);
  });
});
