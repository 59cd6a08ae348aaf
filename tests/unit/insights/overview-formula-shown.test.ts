// The Overview's interactions add only the counts a post shows: a post whose likes the page hides
// (Instagram's "Liked by … and others") adds its comments alone. Its formulas say "those shown", as
// the product's other formulas do, and the line under the interactions card does not say "all 2
// posts show counts" of two posts one of which hides its likes: it says how many show not every
// count. The figures themselves are as before.

import { h } from 'preact';
import { OverviewView } from '@/components/insights/overview';
import { setMessageLookup } from '@/lib/i18n';
import { buildPostOverview, lastDays } from '@/lib/insights';
import { engagement, erByFollowers } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import type { Counts, Platform } from '@/lib/types';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { resetAll } from '../components/helpers';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';

vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const D = 86_400_000;
const NOW = Date.UTC(2026, 2, 15, 12);
const WEEK = lastDays(7, NOW);
const none: Counts = { likes: null, comments: null, reposts: null, saves: null, views: null };

/** A post of `daysAgo` with its counts as last read, engagement and ER by followers from them. */
function post(daysAgo: number, counts: Partial<Counts>, platform: Platform = 'instagram'): PostRow {
  const c = { ...none, ...counts };
  const date = NOW - daysAgo * D;
  return postRow({
    platform,
    authorHandle: 'acme',
    date,
    firstSeen: date,
    ...c,
    engagement: engagement(c),
    erFollowers: erByFollowers(c, 10_000),
  });
}
const shown = { likes: 900, comments: 40 }; // Instagram shows no reposts nor saves: every count it has
const hiddenLikes = { comments: 35 }; // its author hides the like count
const noComments = { likes: 70 }; // comments turned off

beforeEach(async () => {
  await resetAll();
});
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

describe("the Overview's formulas say the interactions are those shown", () => {
  const cards = (platforms: Platform[]) =>
    buildPostOverview({
      rows: platforms.map((p) => post(1, shown, p)),
      period: WEEK,
      now: NOW,
      pref: 'followers',
    }).cards;

  it.each([
    [['instagram'], 'Σ interactions (likes + comments + reposts + saves, those shown, as last read)'],
    [['reddit'], 'Σ interactions (score + comments + reposts + saves, those shown, as last read)'],
    [
      ['reddit', 'x'],
      'Σ interactions (likes (score on Reddit) + comments + reposts + saves, those shown, as last read)',
    ],
  ] as const)('interactions of %j posts', (platforms, formula) => {
    expect(cards([...platforms]).find((c) => c.id === 'interactions')!.formula).toContain(formula);
  });

  it('the median ER, on its basis and with none', () => {
    const er = cards(['instagram']).find((c) => c.id === 'medianEr')!;
    expect(er.formula).toContain('(interactions ÷ followers), the interactions those shown;');
    const views = buildPostOverview({
      rows: [{ ...post(1, shown), erFollowers: null, erViews: 0.05 }],
      period: WEEK,
      now: NOW,
    }).cards.find((c) => c.id === 'medianEr')!;
    expect(views.formula).toContain('(interactions ÷ views), the interactions those shown;');
    const blank = buildPostOverview({ rows: [post(1, {})], period: WEEK, now: NOW }).cards.find(
      (c) => c.id === 'medianEr',
    )!;
    expect(blank.formula).toContain('(interactions ÷ followers, or ÷ views), the interactions those shown');
  });

  it('in German', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    const [, interactions, er] = cards(['instagram']);
    expect(interactions!.formula).toContain(
      'Σ Interaktionen (Likes + Kommentare + Reposts + Speicherungen, soweit angezeigt, wie zuletzt gelesen)',
    );
    expect(er!.formula).toContain('(Interaktionen ÷ Follower), die Interaktionen soweit angezeigt;');
  });
});

describe('the line under the interactions card', () => {
  const line = () =>
    screen.getByRole('article', { name: /^(Interactions|Interaktionen)$/ }).querySelectorAll('p.muted')[0]
      ?.textContent;
  const show = (rows: PostRow[]) => render(h(OverviewView, { rows, now: NOW }));

  it('of two posts, one hiding its likes: "2 posts show counts, 1 of them not every count"', () => {
    show([post(1, shown), post(2, hiddenLikes)]);
    expect(line()).toBe('2 posts show counts, 1 of them not every count');
    // The figure is as it was: 940 + 35 (the hidden likes add nothing).
    const card = screen.getByRole('article', { name: 'Interactions' });
    expect(card.querySelector('.overview-value')?.textContent).toBe('975');
  });

  it.each([
    [
      'comments turned off',
      [post(1, shown), post(2, noComments)],
      '2 posts show counts, 1 of them not every count',
    ],
    ['both', [post(1, hiddenLikes), post(2, noComments)], '2 posts show counts, 2 of them not every count'],
    ['the one post', [post(1, hiddenLikes)], 'the 1 post shows counts, but not every count'],
    [
      'beside a post showing no counts',
      [post(1, shown), post(2, hiddenLikes), post(3, {})],
      '1 of 3 posts show no interaction counts and add nothing; of the 2 that show counts, 1 not every count',
    ],
    // Unchanged where every post shows its likes and comments (Instagram shows no more).
    ['every count shown', [post(1, shown), post(2, shown)], 'all 2 posts show counts'],
    [
      'one post showing none',
      [post(1, shown), post(2, {})],
      '1 of 2 posts show no interaction counts and add nothing',
    ],
    // Only the period's posts (the last 30 days): one hiding its likes 40 days ago is the previous
    // period's.
    ['before the period', [post(1, shown), post(40, hiddenLikes)], 'the 1 post shows counts'],
  ])('%s', (_name, rows, expected) => {
    show(rows);
    expect(line()).toBe(expected);
  });

  it('in German', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    show([post(1, shown), post(2, hiddenLikes)]);
    expect(line()).toBe('2 Beiträge mit sichtbaren Zahlen, 1 davon nicht mit allen');
  });
});
