// The saved pages each platform's feed pages are built from, and where they are served. Data
// only (no Node or browser imports), so unit tests can check the bench's baselines against them.
import type { BenchPlatform } from './lab/platforms';

export interface FeedSource {
  /** Saved pages (under tests/fixtures) whose posts are repeated. English UI. */
  files: string[];
  /** Where the built page is served (the platform's real address: its content script runs). */
  url: string;
  lang: string;
  /** The feed item around each post, when the platform has one (X's timeline cell). */
  itemSelector?: string;
  /**
   * Spread the copies over this many authors per saved author (the handle gets a number), as a
   * home feed shows many people; without it, thousands of posts would share a handful of authors.
   */
  authorsPerHandle?: number;
}

export const FEED_SOURCES: Record<BenchPlatform, FeedSource> = {
  x: {
    files: ['x/x-timeline-engaged.html', 'x/x-timeline-promoted.html', 'x/x-timeline-zeros.html'],
    url: 'https://x.com/home',
    lang: 'en',
    itemSelector: '[data-testid="cellInnerDiv"]',
    authorsPerHandle: 200,
  },
  reddit: {
    files: ['reddit/shreddit-listing.html'],
    url: 'https://www.reddit.com/r/popular/',
    lang: 'en-US',
  },
  linkedin: { files: ['linkedin/feed-en.html'], url: 'https://www.linkedin.com/feed/', lang: 'en' },
  instagram: { files: ['instagram/feed-en.html'], url: 'https://www.instagram.com/', lang: 'en' },
  youtube: { files: ['youtube/home-en.html'], url: 'https://www.youtube.com/', lang: 'en' },
};
