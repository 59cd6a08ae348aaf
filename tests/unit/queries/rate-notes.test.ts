// @vitest-environment node

// The hover text of a row's rates (popup and posts table): the formula, and for a blank the first
// input it lacks, in the words the badge card uses.
import type { PostRow } from '@/lib/queries';
import { RATE_FIELDS, rateHint, rateNote, rateTitle } from '@/lib/queries';
import { postRow } from '../fixtures/post-row';

const FORMULA = {
  er: '(likes + comments + reposts + saves, those shown) ÷ views or ÷ followers, as Settings choose',
  erFollowers: '(likes + comments + reposts + saves, those shown) ÷ followers',
  erViews: '(likes + comments + reposts + saves, those shown) ÷ views',
  velocity: 'engagement gained ÷ hours between the latest reading and the newest one 5 min or more before it',
  outlier: "ER ÷ median ER of the author's other posts seen, on the same basis (views or followers)",
};

// A row with counts (engagement 120), nothing else worked out yet.
const counted: Partial<PostRow> = { likes: 100, comments: 20, engagement: 120, authorHandle: 'acme' };

describe('rateNote', () => {
  it.each<[string, Partial<PostRow>, keyof typeof FORMULA, string | null]>([
    ['no counts: every rate needs them', {}, 'erFollowers', 'needs counts'],
    ['no counts, views', {}, 'erViews', 'needs counts'],
    ['no counts, velocity', { snapshotCount: 5 }, 'velocity', 'needs counts'],
    [
      'no followers: open the profile',
      counted,
      'erFollowers',
      "open @acme's profile once to rate by followers",
    ],
    [
      'no handle: the name',
      { ...counted, authorHandle: null, authorName: 'Acme Inc' },
      'erFollowers',
      "open Acme Inc's profile once to rate by followers",
    ],
    [
      'a path or id handle: the name, as the badge says it',
      {
        ...counted,
        platform: 'linkedin',
        authorHandle: 'company/contoso-cloud',
        authorName: 'Contoso Cloud',
      },
      'erFollowers',
      "open Contoso Cloud's profile once to rate by followers",
    ],
    ['followers known, rate blank', { ...counted, followers: 0 }, 'erFollowers', 'needs more data'],
    ['no views shown', counted, 'erViews', 'needs views: this post shows none'],
    ['one reading', counted, 'velocity', 'needs 2 stored readings; 1 so far'],
    [
      'two readings, rate blank',
      { ...counted, snapshotCount: 2 },
      'velocity',
      'needs 2 stored readings 5 min or more apart, both showing counts',
    ],
    ['no ER: outlier needs it first', counted, 'outlier', "needs this post's ER (by views or by followers)"],
    [
      'an ER, too few others',
      { ...counted, er: 0.02 },
      'outlier',
      'needs 3 other posts by @acme with an ER on the same basis, their median above 0',
    ],
    [
      'the ER, blank: either basis',
      counted,
      'er',
      "needs views or followers: this post shows no views; open @acme's profile once",
    ],
    ['the ER, no counts', {}, 'er', 'needs counts'],
    [
      'Reddit: no profile to open for followers',
      { ...counted, platform: 'reddit' },
      'erFollowers',
      'needs a follower count above 0',
    ],
    [
      'Reddit: the ER',
      { ...counted, platform: 'reddit' },
      'er',
      'needs views or followers: this post shows no views, and Reddit shows no followers for its authors',
    ],
    ['a value: nothing needed', { ...counted, followers: 1000, erFollowers: 0.12 }, 'erFollowers', null],
    ['a value of 0 is a value', { ...counted, velocity: 0, snapshotCount: 2 }, 'velocity', null],
  ])('%s', (_what, over, field, needs) => {
    // A Reddit post's likes are its score, and its formulas say so (rate-notes-reddit.test.ts).
    const formula = over.platform === 'reddit' ? FORMULA[field].replace('(likes', '(score') : FORMULA[field];
    expect(rateNote(postRow(over), field)).toEqual({ formula, needs });
  });

  it.each([
    ['views', '(likes + comments + reposts + saves, those shown) ÷ views'],
    ['followers', '(likes + comments + reposts + saves, those shown) ÷ followers'],
  ] as const)("the ER by %s has that basis's formula", (erBasis, formula) => {
    expect(rateNote(postRow({ ...counted, er: 0.1, erBasis }), 'er')).toEqual({ formula, needs: null });
  });

  it('every rate has its formula', () => {
    expect(RATE_FIELDS.map((f) => rateNote(postRow(), f).formula)).toEqual(Object.values(FORMULA));
  });
});

describe('rateTitle', () => {
  it('puts what is missing before the formula, and the formula alone for a value', () => {
    expect(rateTitle(postRow(counted), 'erViews')).toBe(
      `needs views: this post shows none · ${FORMULA.erViews}`,
    );
    expect(rateTitle(postRow({ ...counted, views: 1000, erViews: 0.12 }), 'erViews')).toBe(FORMULA.erViews);
  });
});

describe("rateHint (the popup card's line under a post without an ER)", () => {
  it.each<[string, Partial<PostRow>, string | null]>([
    ['an ER: no hint', { ...counted, er: 0.02, erBasis: 'views' }, null],
    ['no counts: open the post', {}, 'open the post: no counts shown here'],
    [
      'counts, no basis: open the profile',
      counted,
      "needs views or followers: this post shows no views; open @acme's profile once",
    ],
    ['Reddit, counts: nothing to open', { ...counted, platform: 'reddit' }, null],
    ['Reddit, no counts: open the post', { platform: 'reddit' }, 'open the post: no counts shown here'],
  ])('%s', (_what, over, hint) => {
    expect(rateHint(postRow(over))).toBe(hint);
  });
});
