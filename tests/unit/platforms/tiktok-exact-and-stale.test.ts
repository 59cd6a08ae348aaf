// TikTok: the page data's exact counts (statsV2) over its rounded ones, and no play count from data an earlier load left.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tiktokAdapter as tiktok } from '@/lib/platforms/tiktok';
import type { AdapterContext } from '@/lib/types';

const html = (dir: string, name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures', dir, name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale, now: NOW });
const VIDEO_URL = 'https://www.tiktok.com/@backstube.berlin/video/7351234567890123456';
const PROFILE_URL = 'https://www.tiktok.com/@kyoto.kissa';

describe('tiktok: the page data\'s "stats" are rounded; "statsV2" holds the exact counts', () => {
  // davidteather/TikTok-Api PR #1143 (2024-04-25), the same item as TikTok sends it:
  //   "stats": {"collectCount": 2787, "commentCount": 16000, "diggCount": 22600, "playCount": 1800000, "shareCount": 259}
  //   "statsV2": {"collectCount": "2787", "commentCount": "15955", "diggCount": "22609", "playCount": "1776621", "shareCount": "259"}
  // (that library gives statsV2 priority). TobyG74/tiktok-api-dl PR #57 (2025-07-31), a user:
  //   stats.followerCount 156500000, statsV2.followerCount 156537139.
  // video-de.html and profile-ja.html carry both objects in the same places.
  it('records the exact 22,609 likes and 1,776,621 plays, not the rounded 22,600 and 1,800,000', () => {
    const source = html('tiktok', 'video-de.html')
      .replace(
        /"stats":\{[^}]*\}/,
        '"stats":{"collectCount":2787,"commentCount":16000,"diggCount":22600,"playCount":1800000,"shareCount":259}',
      )
      .replace(
        /"statsV2":\{[^}]*\}/,
        '"statsV2":{"collectCount":"2787","commentCount":"15955","diggCount":"22609","playCount":"1776621","shareCount":"259"}',
      )
      // the counters as TikTok writes those numbers: "22.6K", plain digits below 10,000
      .replace('>12.3K</strong>', '>22.6K</strong>')
      .replace(
        'data-e2e="comment-count" class="css-w1dlre-StrongText e1hk3hf92">1843',
        'data-e2e="comment-count" class="css-w1dlre-StrongText e1hk3hf92">15.9K',
      )
      .replace(
        'data-e2e="share-count" class="css-w1dlre-StrongText e1hk3hf92">611',
        'data-e2e="share-count" class="css-w1dlre-StrongText e1hk3hf92">259',
      )
      .replace(
        'data-e2e="undefined-count" class="css-w1dlre-StrongText e1hk3hf92">2045',
        'data-e2e="undefined-count" class="css-w1dlre-StrongText e1hk3hf92">2787',
      );
    expect(source).toContain('"diggCount":"22609"');
    expect(source).toContain('>22.6K</strong>');
    const doc = parse(source);
    const r = tiktok.readPost(tiktok.findPosts(doc)[0]!, ctx(VIDEO_URL, 'de-DE'));
    expect(r?.likes).toBe(22_609);
    expect(r?.comments).toBe(15_955);
    expect(r?.views).toBe(1_776_621);
    expect(r?.reposts).toBe(259);
    expect(r?.saves).toBe(2787);
  });

  it('records the exact 156,537,139 followers, not the rounded 156,500,000', () => {
    const source = html('tiktok', 'profile-ja.html')
      .replace('"stats":{"followerCount":41296', '"stats":{"followerCount":156500000')
      .replace('"statsV2":{"followerCount":"41296"', '"statsV2":{"followerCount":"156537139"')
      .replace('data-e2e="followers-count">41.3K', 'data-e2e="followers-count">156.5M');
    expect(source).toContain('"followerCount":"156537139"');
    expect(source).toContain('data-e2e="followers-count">156.5M');
    expect(tiktok.readProfile(parse(source), ctx(PROFILE_URL, 'ja-JP'))?.followers).toBe(156_537_139);
  });
});

describe('tiktok: page data shown to be from an earlier load gives no play count', () => {
  // The rehydration JSON is written once per page load; back on the same video after in-app
  // navigation it keeps the first load's counts (tiktok-counts.test.ts: the page shows 15.1K
  // likes, the JSON 12,345). The page shows no play count, so the JSON's 198,765 plays are the
  // first load's, and recording them now would date an old count to now.
  it('records no plays when the counters the page shows contradict the JSON', () => {
    const doc = parse(html('tiktok', 'video-de.html').replace('>12.3K</strong>', '>15.1K</strong>'));
    const r = tiktok.readPost(tiktok.findPosts(doc)[0]!, ctx(VIDEO_URL, 'de-DE'));
    expect(r?.likes).toBe(15_100);
    expect(r?.views).toBeNull();
  });

  it('still records the plays when every counter shown agrees with the JSON', () => {
    const doc = parse(html('tiktok', 'video-de.html'));
    const r = tiktok.readPost(tiktok.findPosts(doc)[0]!, ctx(VIDEO_URL, 'de-DE'));
    expect(r?.views).toBe(198_765);
  });
});
