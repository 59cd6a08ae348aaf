// @vitest-environment node

// lib/metrics/: what the badge's card says must be true of the counts it was given.
import type { PostKnowledge } from '@/lib/messages';
import { type BadgeInput, buildBadgeView } from '@/lib/metrics/badge-model';
import type { PostReading } from '@/lib/types';
import { instagramReading, storedReading } from '../fixtures/reading';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 10, 12);

const knowledge = (over: Partial<PostKnowledge> = {}): PostKnowledge => ({
  firstSeen: NOW - 3 * HOUR,
  lastSeen: NOW - HOUR,
  history: [],
  authorFollowers: null,
  authorMedianEr: null,
  authorPostCount: 0,
  ...over,
});

const view = (r: PostReading, over: Partial<BadgeInput> = {}) =>
  buildBadgeView({ reading: r, knowledge: undefined, preference: 'auto', locale: 'en', now: NOW, ...over });

describe('the outlier compares an ER with a median ER on the same basis', () => {
  // The background takes the author's median ER on the basis this post's LATEST STORED reading
  // gives (lib/store/known-posts.ts: preferredEr(latest, …)) and says which (authorMedianErBasis):
  // here by views, 1.8% (the post page showed 10,000 views). In a feed the same post shows no views, so the badge rates it by
  // followers (180 / 100,000 = 0.18%). Its ER by views is 180 / 10,000 = 1.8%, the median itself,
  // and its engagement (180) is the median engagement: it is the author's usual, not a tenth of it.
  const k = knowledge({
    history: [storedReading(NOW - 2 * HOUR, 150, 10_000, { comments: 30 })],
    authorFollowers: 100_000,
    authorFollowersAt: NOW - 24 * HOUR,
    authorFollowersSource: 'profile',
    authorMedianEr: 0.018,
    authorMedianErBasis: 'views',
    authorPostCount: 6,
    authorMedians: { engagement: [180, 6], views: [10_000, 6] },
  });

  it('does not divide an ER by followers by a median ER by views', () => {
    const v = view(instagramReading(), { knowledge: k });
    expect(v.headline).toBe('0.18% of followers');
    const usual = v.figures.find((f) => f.label === "Against @acme's usual");
    expect(usual?.value).not.toBe('0.1× usual');
    expect(v.label).not.toContain('0.1× usual');
    // Where an outlier is given, it is the post's true standing: 1× its author's usual.
    if (usual?.value.endsWith('usual')) expect(usual.value).toBe('1× usual');
  });
});

describe("a Reddit post whose score the page hides (old Reddit's '•', a new post's hidden score)", () => {
  // The adapter reads a hidden score as null (lib/platforms/reddit/old-reddit.ts, HIDDEN). With
  // the comments shown, what a posting time unlocks is comments per hour (badge-velocity.ts's
  // Reddit lifetime figures): the formula must not name the score, which the page does not show.
  const hidden = (over: Partial<PostReading> = {}) =>
    instagramReading({
      platform: 'reddit',
      postId: 't3_abc',
      url: 'https://www.reddit.com/r/science/comments/abc/title/',
      author: { handle: 'someone', name: null },
      likes: null,
      comments: 4,
      ...over,
    });

  it('names comments per hour as what a posting time unlocks, not the hidden score', () => {
    // Posted 2 minutes ago: too new for a count per hour.
    const young = view(hidden({ publishedAt: new Date(NOW - 2 * 60_000).toISOString() }), {
      profileFollowers: false,
    });
    expect(young.headline).toMatch(/^too new: a rate from /);
    expect(young.formula).toBe('comments / hours since posting');
    // Once it is old enough, that is the figure it leads with.
    const older = view(hidden({ publishedAt: new Date(NOW - 2 * HOUR).toISOString() }), {
      profileFollowers: false,
    });
    expect(older.headline).toBe('2 comments/h since posting');
  });

  it('says the same without a posting time', () => {
    const v = view(hidden({ publishedAt: null }), { profileFollowers: false });
    expect(v.headline).toBe('open the post for its posting time');
    expect(v.formula).toBe('comments / hours since posting');
  });
});

describe('the velocity between visits says truly what it needs', () => {
  // A TikTok profile grid shows each video's plays alone (lib/platforms/tiktok/adapter.ts,
  // readTile: likes, comments, reposts and saves null). Three such readings are stored: the
  // figure must not claim it needs 2 stored readings and has 3.
  it('does not say "needs 2 stored readings; 3 so far"', () => {
    const k = knowledge({
      history: [
        storedReading(NOW - 3 * HOUR, null, 1_000),
        storedReading(NOW - 2 * HOUR, null, 1_500),
        storedReading(NOW - HOUR, null, 2_100),
      ],
    });
    const tile = instagramReading({
      platform: 'tiktok',
      postId: '7300000000000000000',
      url: 'https://www.tiktok.com/@acme/video/7300000000000000000',
      likes: null,
      comments: null,
      views: 2_400,
    });
    const f = view(tile, { knowledge: k }).figures.find(
      (x) => x.label === 'Engagements per hour between visits',
    );
    expect(f).toBeDefined();
    expect(f!.value).not.toMatch(/needs 2 stored readings; [2-9]/);
  });
});

describe('views per hour between visits, where both readings show views', () => {
  // The same TikTok grid: plays alone, read three times an hour apart. Both of the last two
  // readings show views, so the card's views per hour between visits is (2,100 − 1,500) / 1 h.
  it('is given although no engagement count is shown', () => {
    const k = knowledge({
      history: [
        storedReading(NOW - 3 * HOUR, null, 1_000),
        storedReading(NOW - 2 * HOUR, null, 1_500),
        storedReading(NOW - HOUR, null, 2_100),
      ],
    });
    const tile = instagramReading({
      platform: 'tiktok',
      postId: '7300000000000000000',
      url: 'https://www.tiktok.com/@acme/video/7300000000000000000',
      likes: null,
      comments: null,
      views: 2_400,
    });
    const f = view(tile, { knowledge: k }).figures.find((x) => x.label === 'Views per hour between visits');
    expect(f?.value).toBe('+600/h');
    expect(f?.formula).toBe('Δ views / Δ hours = (2,100 − 1,500) / 1 h');
  });
});
