// TikTok photo posts ("photo mode", carousels) live at /@handle/photo/<id>, beside /@handle/video/<id>.
// Evidence that the web app treats them as the same kind of item, with the same hooks:
// - Profile grid tiles (div[data-e2e="user-post-item"]) link to /video/<id> or /photo/<id>, and the
//   tile's play counter is the same [data-e2e=video-views] (Dinoosauro/tiktok-to-ytdlp, script.js:
//   "allow_images: Save also TikTok Image URLs", links filtered on "/video/" or "/photo/").
// - A photo page's rehydration data is the same `webapp.video-detail.itemInfo.itemStruct`, with an
//   `imagePost.images[]` instead of a playable video, and the same id serves /@i/video/<id> (issue
//   Desiders/ytdl_tg_bot#98; yt-dlp/yt-dlp#6217 shows the imagePost shape; TikTok_Rabbit userscript,
//   AlexRabbit/Userscripts, names the kind 'photo' when itemStruct.imagePost is set and tries
//   /@tiktok/video/<id> for a photo's id): one id space, so a photo is keyed by its numeric id as a
//   video is.
// - The photo page shows the slides in a swiper, not an xgplayer: `.swiper-horizontal .swiper-slide >
//   img.css-brxox6-ImgPhotoSlide.e10jea832` (several public scrapers select that class), so there is
//   no xgwrapper-<n>-<id> to read the id from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tiktokAdapter as adapter } from '@/lib/platforms/tiktok';
import type { AdapterContext } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/tiktok', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale, now: NOW });
const read = (source: string, url: string, locale: string) => {
  const doc = parse(source);
  return adapter.findPosts(doc).map((el) => adapter.readPost(el, ctx(url, locale)));
};

const TILE_ID = '7192055279939505454'; // profile-ja.html's first tile
const PROFILE_URL = 'https://www.tiktok.com/@kyoto.kissa';

describe('tiktok: a photo post on a profile grid', () => {
  const asPhoto = (source: string) =>
    source.replace(`/@kyoto.kissa/video/${TILE_ID}`, `/@kyoto.kissa/photo/${TILE_ID}`);

  it('is read like a video tile, keyed by its numeric id, with its /photo/ address', () => {
    const source = asPhoto(html('profile-ja.html'));
    expect(source).toContain(`/photo/${TILE_ID}`);
    const photo = read(source, PROFILE_URL, 'ja-JP').find((r) => r?.postId === TILE_ID);
    const video = read(html('profile-ja.html'), PROFILE_URL, 'ja-JP').find((r) => r?.postId === TILE_ID);
    expect(photo).toMatchObject({
      platform: 'tiktok',
      postId: TILE_ID,
      url: `https://www.tiktok.com/@kyoto.kissa/photo/${TILE_ID}`,
      author: { handle: 'kyoto.kissa' },
      views: 9948,
    });
    // Same key, time and text as the same id read as a video: one id space.
    expect(photo?.publishedAt).toBe(video?.publishedAt);
    expect(photo?.text).toBe(video?.text);
  });

  it('reads no views (null, never 0) when the photo tile shows no play counter', () => {
    const source = asPhoto(html('profile-ja.html')).replace(
      '<strong data-e2e="video-views" class="video-count css-dirst9-StrongVideoCount e148ts222">9948</strong>',
      '',
    );
    const photo = read(source, PROFILE_URL, 'ja-JP').find((r) => r?.postId === TILE_ID);
    expect(photo?.views).toBeNull();
  });
});

const OWN = '7351234567890123456'; // video-de.html's item
const PHOTO_URL = `https://www.tiktok.com/@backstube.berlin/photo/${OWN}`;
// video-de.html as a photo post's page: the swiper in place of the player, the data's item with
// its imagePost (the shape of yt-dlp/yt-dlp#6217), the address /photo/<id>.
const photoPage = (playCount: string) =>
  html('video-de.html')
    .replace(
      `<div id="xgwrapper-0-${OWN}" class="xgplayer xgplayer-pc"><video playsinline="" src="blob:https://www.tiktok.com/5c1e"></video></div>`,
      '<div class="swiper swiper-horizontal"><div class="swiper-wrapper"><div class="swiper-slide swiper-slide-active"><img src="https://p16-sign.tiktokcdn.com/photomode-1.jpeg" class="css-brxox6-ImgPhotoSlide e10jea832"></div></div></div>',
    )
    .replace(
      `"itemStruct":{"id":"${OWN}",`,
      `"itemStruct":{"id":"${OWN}","imagePost":{"images":[{"imageURL":{"urlList":["https://p16-sign.tiktokcdn.com/photomode-1.jpeg"]},"imageWidth":1080,"imageHeight":1440}]},`,
    )
    .replace(/"playCount":198765/, `"playCount":${playCount}`)
    .replace(/"playCount":"198765"/, `"playCount":"${playCount}"`);

describe("tiktok: a photo post's own page", () => {
  it('is read at /photo/<id>: its id, its address, its counters', () => {
    const source = photoPage('198765');
    expect(source).not.toContain('xgwrapper-');
    expect(source).toContain('"imagePost"');
    const r = read(source, PHOTO_URL, 'de-DE');
    expect(r.map((x) => x?.postId)).toEqual([OWN]);
    expect(r[0]).toMatchObject({
      url: PHOTO_URL,
      author: { handle: 'backstube.berlin', name: 'Backstube Berlin' },
      likes: 12345,
      comments: 1843,
      reposts: 611,
      saves: 2045,
    });
  });

  it.each(['0', '198765'])(
    'reads null views, never a play count, with the data saying playCount %s',
    (plays) => {
      expect(read(photoPage(plays), PHOTO_URL, 'de-DE')[0]?.views).toBeNull();
    },
  );

  it('still reads a video page at /video/<id> with its play count', () => {
    const r = read(html('video-de.html'), `https://www.tiktok.com/@backstube.berlin/video/${OWN}`, 'de-DE');
    expect(r[0]).toMatchObject({
      postId: OWN,
      url: `https://www.tiktok.com/@backstube.berlin/video/${OWN}`,
      views: 198765,
    });
  });
});

const OVERLAY_ID = '7477301200172247217'; // foryou-legacy-en.html's browse overlay
describe("tiktok: a photo post opened in the older layout's browse overlay", () => {
  // No player to name the id; the overlay's "Copy link" text is the post's address, here /photo/.
  const source = html('foryou-legacy-en.html')
    .replace(`id="xgwrapper-2-${OVERLAY_ID}"`, 'id="xgwrapper-2"')
    .replace(
      `https://www.tiktok.com/@lisbon.tiles/video/${OVERLAY_ID}?is_from_webapp=1`,
      `https://www.tiktok.com/@lisbon.tiles/photo/${OVERLAY_ID}?is_from_webapp=1`,
    );

  it('is read by the id in its copied /photo/ link, with null views', () => {
    expect(source).toContain(`/photo/${OVERLAY_ID}`);
    expect(source).not.toContain(`xgwrapper-2-${OVERLAY_ID}`);
    const r = read(source, 'https://www.tiktok.com/foryou', 'en').find((x) => x?.postId === OVERLAY_ID);
    expect(r).toMatchObject({
      url: `https://www.tiktok.com/@lisbon.tiles/photo/${OVERLAY_ID}`,
      author: { handle: 'lisbon.tiles' },
      views: null,
    });
    expect(r?.likes).not.toBeNull();
  });
});
