// @vitest-environment node

// An author's median and mean ER keep to one basis: ER by views (engagement ÷ views) and ER by
// followers (engagement ÷ followers) are unlike figures, often an order of magnitude apart, so a
// median of 4% by views and 0.2% by followers is no figure at all. With Settings leading with
// views ("auto"), the figures are by views over the posts that show views, when any does; else by
// followers over the posts whose author's followers are known. Leading with followers, the other
// way round. The hover text says which basis, and how many posts the figure rests on.
import { compareSets } from '@/components/annotations';
import type { ErPref } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import { authorFormulas, authorStats } from '@/lib/queries';
import { postRow } from '../fixtures/post-row';

/** A post rated as rowFromSummary rates it: each rate that has its inputs, `er` the lead's. */
function rated(erViews: number | null, erFollowers: number | null, pref: ErPref, key: string): PostRow {
  const lead = pref === 'followers' ? erFollowers : erViews;
  const other = pref === 'followers' ? erViews : erFollowers;
  const erBasis =
    lead !== null
      ? pref === 'followers'
        ? 'followers'
        : 'views'
      : other !== null
        ? pref === 'followers'
          ? 'views'
          : 'followers'
        : null;
  return postRow({
    key,
    engagement: 100,
    erViews,
    erFollowers,
    er: lead ?? other,
    erBasis,
  });
}

// Two reels that show views (4% and 6% by views; the author's followers unknown) and two photos
// that show none but were rated by followers once the author's count was known elsewhere (0.2%
// and 0.4%). The old mixed median was (0.4% + 4%) ÷ 2 = 2.2%, a rate none of the posts has.
const mixed = (pref: ErPref) => [
  rated(0.04, null, pref, 'x:1'),
  rated(0.06, null, pref, 'x:2'),
  rated(null, 0.002, pref, 'x:3'),
  rated(null, 0.004, pref, 'x:4'),
];

describe('an author with 2 posts rated by views and 2 by followers', () => {
  it('with Settings leading with views (auto): median and mean are of the 2 ERs by views', () => {
    const s = authorStats('x:a', mixed('auto'), 3, 'auto');
    expect(s.medianEr).toBeCloseTo(0.05, 10);
    expect(s.meanEr).toBeCloseTo(0.05, 10);
    expect(s.postsWithEr).toBe(2);
    expect(s.erBasis).toBe('views');
  });

  it('with Settings leading with followers: median and mean are of the 2 ERs by followers', () => {
    const s = authorStats('x:a', mixed('followers'), 3, 'followers');
    expect(s.medianEr).toBeCloseTo(0.003, 10);
    expect(s.meanEr).toBeCloseTo(0.003, 10);
    expect(s.postsWithEr).toBe(2);
    expect(s.erBasis).toBe('followers');
  });

  it('ranks the best posts on that one basis only (a 0.4% by followers is not "best" beside 4% by views)', () => {
    const s = authorStats('x:a', mixed('followers'), 3, 'followers');
    expect(s.bestPosts.map((r) => r.key)).toEqual(['x:4', 'x:3']);
  });

  it('without a Settings choice given, reads the lead from a post that has both rates', () => {
    // x:5 shows views and its author's followers are known; leading with followers, its ER is by
    // followers: so the rows were made leading with followers.
    const rows = [...mixed('followers'), rated(0.05, 0.001, 'followers', 'x:5')];
    const s = authorStats('x:a', rows);
    expect(s.erBasis).toBe('followers');
    expect(s.medianEr).toBeCloseTo(0.002, 10);
  });

  it('an author set in "Sets compared" keeps to one basis too', () => {
    const [figures] = compareSets([{ id: 's', name: 'S', authorKeys: ['x:a'] }], mixed('auto'));
    expect(figures!.medianEr).toBeCloseTo(0.05, 10);
  });

  it('"Sets compared" follows the Settings choice it is given, and its formula names the basis', () => {
    const [figures] = compareSets(
      [{ id: 's', name: 'S', authorKeys: ['x:a'] }],
      mixed('followers'),
      'followers',
    );
    expect(figures!.medianEr).toBeCloseTo(0.003, 10);
    expect(figures!.medianErFormula).toMatch(/^median of the ERs by followers of 2 of the 4 posts seen/);
  });
});

describe('the other basis, when no post has the lead', () => {
  it('leading with views, no post shows views: by followers over the posts with followers known', () => {
    const rows = [rated(null, 0.002, 'auto', 'x:1'), rated(null, 0.004, 'auto', 'x:2'), postRow()];
    const s = authorStats('x:a', rows, 3, 'auto');
    expect(s.erBasis).toBe('followers');
    expect(s.postsWithEr).toBe(2);
    expect(s.medianEr).toBeCloseTo(0.003, 10);
  });

  it('no post with any ER: no basis, no figure', () => {
    const s = authorStats('x:a', [postRow(), postRow({ engagement: 5 })], 3, 'auto');
    expect(s.erBasis).toBeNull();
    expect(s.postsWithEr).toBe(0);
    expect(s.medianEr).toBeNull();
    expect(s.meanEr).toBeNull();
  });
});

describe('authorFormulas says the basis and how many posts the figure rests on', () => {
  it('by views: 2 of the 4 posts seen', () => {
    const f = authorFormulas(authorStats('x:a', mixed('auto'), 3, 'auto'), 'en');
    expect(f.medianEr).toBe(
      'median of the ERs by views of 2 of the 4 posts seen (those with one); each is (likes + comments + reposts + saves, those shown) ÷ views; ERs by followers are left out, as they are not alike',
    );
    expect(f.meanEr).toBe(
      'mean of the ERs by views of 2 of the 4 posts seen (those with one); each is (likes + comments + reposts + saves, those shown) ÷ views; ERs by followers are left out, as they are not alike',
    );
  });

  it('by followers: 2 of the 4 posts seen', () => {
    const f = authorFormulas(authorStats('x:a', mixed('followers'), 3, 'followers'), 'en');
    expect(f.medianEr).toBe(
      'median of the ERs by followers of 2 of the 4 posts seen (those with one); each is (likes + comments + reposts + saves, those shown) ÷ followers; ERs by views are left out, as they are not alike',
    );
    expect(f.meanEr).toMatch(/^mean of the ERs by followers of 2 of the 4 posts seen/);
  });
});
