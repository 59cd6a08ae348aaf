// @vitest-environment node

// A Reddit post's "likes" are its score (upvotes − downvotes), and its count is labelled so in the
// popup, the posts table and the post page: the formulas of its rates, and of a Reddit author's
// figures in the popup and the dashboard's comparison, name the score too. Other platforms' say likes.
import { authorFormulas, type PostRow, rateNote } from '@/lib/queries';
import { postRow } from '../fixtures/post-row';

const counted: Partial<PostRow> = { likes: 100, comments: 20, engagement: 120, authorHandle: 'acme' };

describe('a post’s ER formulas', () => {
  it.each<[string, Partial<PostRow>, 'er' | 'erFollowers' | 'erViews', string]>([
    [
      'Reddit, ER by views',
      { platform: 'reddit' },
      'erViews',
      '(score + comments + reposts + saves, those shown) ÷ views',
    ],
    [
      'Reddit, ER by followers',
      { platform: 'reddit' },
      'erFollowers',
      '(score + comments + reposts + saves, those shown) ÷ followers',
    ],
    [
      'Reddit, the ER on no basis yet',
      { platform: 'reddit' },
      'er',
      '(score + comments + reposts + saves, those shown) ÷ views or ÷ followers, as Settings choose',
    ],
    [
      'Reddit, the ER on its basis (views)',
      { platform: 'reddit', erBasis: 'views', er: 0.1, erViews: 0.1 },
      'er',
      '(score + comments + reposts + saves, those shown) ÷ views',
    ],
    [
      'X, ER by views',
      { platform: 'x' },
      'erViews',
      '(likes + comments + reposts + saves, those shown) ÷ views',
    ],
  ])('%s', (_, over, field, formula) => {
    expect(rateNote(postRow({ ...counted, ...over }), field).formula).toBe(formula);
  });
});

describe('an author’s figures’ formulas', () => {
  const stats = {
    postsSeen: 10,
    postsWithEr: 4,
    postsDated: 8,
    postsWithEngagement: 9,
    erBasis: 'views' as const,
  };

  it('name the score for a Reddit author', () => {
    const f = authorFormulas(stats, 'en', 'reddit');
    for (const text of [f.medianEr, f.meanEr, f.totalEngagement]) {
      expect(text).toContain('score + comments');
      expect(text).not.toMatch(/likes/i);
    }
    expect(f.medianEr).toMatch(/^median of the ERs by views of 4 of the 10 posts seen/);
    expect(f.totalEngagement).toMatch(/of the latest reading of 9 of the 10 posts seen/);
  });

  it('name the likes for any other author, and when no platform is given', () => {
    for (const f of [authorFormulas(stats, 'en', 'x'), authorFormulas(stats, 'en')]) {
      for (const text of [f.medianEr, f.meanEr, f.totalEngagement])
        expect(text).toContain('likes + comments');
    }
  });
});
