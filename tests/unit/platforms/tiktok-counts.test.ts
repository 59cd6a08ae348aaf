// TikTok counts read in the page's language, and the rehydration JSON kept from the first
// page load after in-app navigation back to the same video or profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tiktokAdapter as adapter } from '@/lib/platforms/tiktok';
import type { AdapterContext } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/tiktok', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale, now: NOW });
const VIDEO_URL = 'https://www.tiktok.com/@backstube.berlin/video/7351234567890123456';
const PROFILE_URL = 'https://www.tiktok.com/@kyoto.kissa';

describe('tiktok: "1.2M" on a page in Indonesian (video-de.html / profile-ja.html markup)', () => {
  // TikTok web writes K/M/B in every UI language (tests/fixtures/tiktok/SOURCES.md, "Number
  // formats"); in Indonesian compact notation "M" is miliar (10^9), in Turkish "B" is bin (10^3).
  it('reads a video page\'s "1.2M" likes as 1,200,000 in Indonesian', () => {
    // video-de.html without its JSON, the like counter showing "1.2M"
    const doc = parse(html('video-de.html').replace('>12.3K</strong>', '>1.2M</strong>'));
    doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, ctx(VIDEO_URL, 'id-ID'));
    expect(r?.likes).toBe(1_200_000);
  });

  it('reads a profile\'s "1.2M" followers as 1,200,000 in Indonesian', () => {
    // profile-ja.html without its JSON, the followers counter showing "1.2M"
    const doc = parse(
      html('profile-ja.html').replace('data-e2e="followers-count">41.3K', 'data-e2e="followers-count">1.2M'),
    );
    doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
    expect(adapter.readProfile(doc, ctx(PROFILE_URL, 'id-ID'))?.followers).toBe(1_200_000);
  });

  it('reads "1.2B" likes as 1.2 billion in Turkish and Spanish', () => {
    for (const locale of ['tr-TR', 'es-ES']) {
      const doc = parse(html('video-de.html').replace('>12.3K</strong>', '>1.2B</strong>'));
      doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
      const r = adapter.readPost(adapter.findPosts(doc)[0]!, ctx(VIDEO_URL, locale));
      expect(r?.likes).toBe(1_200_000_000);
    }
  });
});

describe('tiktok: rehydration JSON from the first load, the page showing newer counts', () => {
  // The JSON is written once per page load; after in-app navigation back to the same video (or
  // profile) the page shows fresh counts while the JSON keeps the old ones.
  it('does not record the JSON\'s old 12,345 likes when the page now shows "15.1K"', () => {
    const doc = parse(
      html('video-de.html')
        .replace('>12.3K</strong>', '>15.1K</strong>')
        .replace(
          'data-e2e="comment-count" class="css-w1dlre-StrongText e1hk3hf92">1843',
          'data-e2e="comment-count" class="css-w1dlre-StrongText e1hk3hf92">2210',
        ),
    );
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, ctx(VIDEO_URL, 'de-DE'));
    expect(r?.likes).toBe(15_100);
    expect(r?.comments).toBe(2210);
    // counts the page shows as the JSON has them stay exact
    expect(r?.reposts).toBe(611);
    expect(r?.saves).toBe(2045);
  });

  it('still takes the exact count when it is what the page shows, abbreviated', () => {
    const doc = parse(html('video-de.html'));
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, ctx(VIDEO_URL, 'de-DE'));
    expect(r?.likes).toBe(12_345);
  });

  it('does not record the JSON\'s old 41,296 followers when the header now shows "52.8K"', () => {
    const doc = parse(
      html('profile-ja.html').replace('data-e2e="followers-count">41.3K', 'data-e2e="followers-count">52.8K'),
    );
    expect(adapter.readProfile(doc, ctx(PROFILE_URL, 'ja-JP'))?.followers).toBe(52_800);
  });
});
