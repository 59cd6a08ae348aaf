// @vitest-environment node

// The author medians knownPosts gives a badge (its ER basis's median and count, and the medians of
// engagement and of views) equal the median of the author's other posts worked out naively, one
// post at a time, on seeded random authors: ties, posts without views, zero counts, a second
// reading, and a post of the page that is not stored.
import { type ErPref, engagement, erByFollowers, erByViews, median, preferredEr } from '@/lib/metrics';
import { knownPosts, recordBatch } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';
import { random } from '../random';
import { batch, freshIndexedDb, HOUR, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

/** The median of `measure` over every post but `key`, and how many posts it rests on. */
function naive(latest: Map<string, PostReading>, key: string, measure: (r: PostReading) => number | null) {
  const others = [...latest]
    .filter(([k]) => k !== key)
    .map(([, r]) => measure(r))
    .filter((v): v is number => v !== null);
  return [median(others), others.length];
}

describe('author medians for the badge', () => {
  it.each([
    [1, 'auto'],
    [2, 'followers'],
    [3, 'views'],
    [4, 'auto'],
  ] as const)('seed %i, ER preference %s: every post of a 40-post author', async (seed, pref: ErPref) => {
    const rnd = random(seed);
    const db = await getDb();
    const followers = rnd.pick([null, 0, 5000]);
    const profile = { platform: 'x' as const, handle: 'nasa', name: 'NASA', followers };
    const make = (i: number) =>
      reading({
        postId: `p${i}`,
        // Few distinct values: many ties, and zeros.
        likes: rnd.pick([0, 1, 2, 5, 5, 40]),
        comments: rnd.pick([0, 0, 3]),
        reposts: rnd.pick([null, 0, 1]),
        views: rnd.pick([null, 0, 100, 1000, 1000]),
      });
    const latest = new Map<string, PostReading>();
    const first = Array.from({ length: 40 }, (_, i) => make(i));
    await recordBatch(db, batch(first, { profile }), SETTINGS, T0);
    for (const r of first) latest.set(`x:${r.postId}`, r);
    // A second reading of some: their latest is what counts.
    const again = first.filter(() => rnd.chance(0.3)).map((r) => ({ ...make(Number(r.postId.slice(1))) }));
    await recordBatch(db, batch(again), SETTINGS, T0 + HOUR);
    for (const r of again) latest.set(`x:${r.postId}`, r);

    const keys = [...latest.keys(), 'x:not-stored'];
    const known = await knownPosts(db, keys, pref);
    expect(known['x:not-stored']).toBeUndefined();
    for (const key of latest.keys()) {
      const k = known[key]!;
      expect(k.authorMedians).toEqual({
        engagement: naive(latest, key, (r) => engagement(r)),
        views: naive(latest, key, (r) => r.views),
      });
      // The ER basis is the post's own, as the badge picks it; its median is over that basis.
      const basis = preferredEr(latest.get(key)!, followers, pref)?.basis ?? null;
      if (basis === null) {
        expect([k.authorMedianEr, k.authorMedianErBasis, k.authorPostCount]).toEqual([null, null, 0]);
        continue;
      }
      const rate = (r: PostReading) => (basis === 'views' ? erByViews(r) : erByFollowers(r, followers));
      expect([k.authorMedianEr, k.authorPostCount]).toEqual(naive(latest, key, rate));
      expect(k.authorMedianErBasis).toBe(k.authorMedianEr === null ? null : basis);
    }
  });
});
