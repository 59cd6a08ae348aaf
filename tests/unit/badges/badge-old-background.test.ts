// @vitest-environment node

// What the outlier says when the background does not say how many of the author's posts it rests
// on: a count PostLens does not know is not "1 so far".
import type { PostKnowledge } from '@/lib/messages';
import { buildBadgeView } from '@/lib/metrics/badge-model';
import type { PostReading } from '@/lib/types';
import { instagramReading } from '../fixtures/reading';

const NOW = Date.UTC(2026, 0, 10, 12);

const usual = (reading: PostReading, k: PostKnowledge) =>
  buildBadgeView({ reading, knowledge: k, preference: 'auto', locale: 'en', now: NOW }).figures.find(
    (f) => f.label === "Against @acme's usual",
  )!;

describe('a background that predates the optional fields', () => {
  // No authorMedians, no authorMedianErBasis, no authorFollowersAt: as an older background sends.
  const old: PostKnowledge = {
    firstSeen: NOW - 3_600_000,
    lastSeen: NOW - 3_600_000,
    history: [],
    authorFollowers: null,
    authorMedianEr: null,
    authorPostCount: 0,
  };

  it("does not count the author's posts it was not told of", () => {
    const f = usual(instagramReading(), old);
    expect(f.value).not.toMatch(/so far/);
    expect(f.value).toBe('needs 4 stored posts by @acme');
    expect(f.from).not.toMatch(/^0 other/);
    expect(f.from).toBe('PostLens stores the posts you see');
  });
});

describe('a post rated now whose stored reading had no ER', () => {
  // The background takes the median ER on the basis of the post's LATEST STORED reading: it had
  // none (a feed without views), so no median ER, on no basis, and authorPostCount 0, while the
  // author has 6 other posts stored. The page now shows views: the badge rates the post, and must
  // not say "1 so far" of an author with 7 posts stored; it compares engagement, as it knows it.
  const k: PostKnowledge = {
    firstSeen: NOW - 3_600_000,
    lastSeen: NOW - 3_600_000,
    history: [],
    authorFollowers: null,
    authorMedianEr: null,
    authorMedianErBasis: null,
    authorPostCount: 0,
    authorMedians: { engagement: [60, 6], views: [null, 0] },
  };

  it('compares engagement, not an ER with no median', () => {
    const f = usual(instagramReading({ views: 6_000 }), k);
    expect(f.value).not.toMatch(/so far/);
    expect(f.value).toBe('3× usual');
  });
});
