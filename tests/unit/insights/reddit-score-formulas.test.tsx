// A figure made of many posts names what it adds up as the posts' platforms count it: on Reddit the
// number PostLens reads as a post's likes is its score (upvotes − downvotes, likesAreScore). A figure
// of Reddit posts alone says "score", one mixing Reddit with other platforms says "likes (score on
// Reddit)", one without Reddit "likes". Checked where a figure spans authors and platforms: the
// Sets compared formulas (a competitor set), the Overview's interactions card and its top posts.

import { compareSetsShown } from '@/components/annotations';
import { TopPosts } from '@/components/insights/top-posts';
import { setMessageLookup } from '@/lib/i18n';
import { buildPostOverview, lastDays } from '@/lib/insights';
import { authorFormulas, authorStats, likesWordOf, type PostRow } from '@/lib/queries';
import type { Platform } from '@/lib/types';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';

const NOW = Date.UTC(2026, 2, 15, 12);
const WEEK = lastDays(7, NOW);

/** A post of `platform` by its own author, in the week, with counts and an ER by views. */
const post = (platform: Platform, i: number): PostRow =>
  postRow({
    platform,
    key: `${platform}:${i}`,
    authorKey: `${platform}:a${i}`,
    authorHandle: `a${i}`,
    engagement: 10,
    views: 100,
    er: 0.1,
    erViews: 0.1,
    erBasis: 'views',
    date: WEEK.start + 3_600_000,
    firstSeen: WEEK.start + 3_600_000,
    text: `post ${i}`,
  });

const rowsOf = (platforms: readonly Platform[]) => platforms.map((p, i) => post(p, i));

// [case, platforms of the posts, English term, German term]
const CASES: Array<[string, Platform[], string, string]> = [
  ['no Reddit post', ['x', 'linkedin'], '(likes + comments', '(Likes + Kommentare'],
  ['Reddit posts alone', ['reddit', 'reddit'], '(score + comments', '(Punkte + Kommentare'],
  [
    'Reddit and X posts',
    ['reddit', 'x'],
    '(likes (score on Reddit) + comments',
    '(Likes (Punkte bei Reddit) + Kommentare',
  ],
];

describe('likesWordOf', () => {
  it.each([
    [0, 0, 'likes'],
    [0, 3, 'likes'],
    [3, 3, 'score'],
    [1, 3, 'mixed'],
  ] as const)('%i score posts of %i → %s', (score, posts, word) => {
    expect(likesWordOf(score, posts)).toBe(word);
  });
});

describe('Sets compared: a set’s formulas name Reddit’s score', () => {
  afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

  it.each(CASES)('%s (en)', (_name, platforms, en) => {
    const rows = rowsOf(platforms);
    const sets = [{ id: 's', name: 'Set', authorKeys: rows.map((r) => r.authorKey!) }];
    const [f] = compareSetsShown(sets, rows, 'views', 'en');
    expect(f!.medianErFormula).toContain(`each is ${en}`);
    expect(f!.totalEngagementFormula).toContain(`sum of ${en.slice(1)}`);
  });

  it.each(CASES)('%s (de)', async (_name, platforms, _en, de) => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    const rows = rowsOf(platforms);
    const formulas = authorFormulas(authorStats('s', rows, 0, 'views'), 'de');
    expect(formulas.medianEr).toContain(de);
    expect(formulas.meanEr).toContain(de);
  });

  it('an author’s platform, when given, still decides (one author is on one platform)', () => {
    const stats = authorStats('s', rowsOf(['reddit', 'x']), 0, 'views');
    expect(authorFormulas(stats, 'en', 'x').medianEr).toContain('(likes + comments');
    expect(authorFormulas(stats, 'en', 'reddit').medianEr).toContain('(score + comments');
  });
});

describe('Insights: the interactions card and the top posts by ER', () => {
  afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

  it.each(CASES)('%s: the interactions card (en)', (_name, platforms, en) => {
    const o = buildPostOverview({ rows: rowsOf(platforms), period: WEEK, now: NOW });
    const card = o.cards.find((c) => c.id === 'interactions')!;
    expect(card.formula).toContain(`Σ interactions ${en}`);
  });

  it.each(CASES)('%s: the interactions card (de)', async (_name, platforms, _en, de) => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    const o = buildPostOverview({ rows: rowsOf(platforms), period: WEEK, now: NOW });
    expect(o.cards.find((c) => c.id === 'interactions')!.formula).toContain(`Σ Interaktionen ${de}`);
  });

  it.each(CASES)('%s: the top posts by ER', async (_name, platforms, en, de) => {
    const top = { er: rowsOf(platforms), velocity: [], outlier: [] };
    const { unmount } = render(<TopPosts top={top} erBasis="views" />);
    // The first list is the one by ER; its formula line is written out under its title.
    const list = () => screen.getAllByRole('region')[0]!.querySelector('.overview-formula')!.textContent;
    expect(list()).toContain(`= ${en}`);
    unmount();
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    render(<TopPosts top={top} erBasis="views" />);
    expect(list()).toContain(`= ${de}`);
  });
});
