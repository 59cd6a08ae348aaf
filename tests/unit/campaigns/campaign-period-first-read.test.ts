// @vitest-environment node

// A post published before a campaign's start and first read during it: PostLens never saw what it
// had at the start, so its gain counts from that first reading, and the formula and caption say so
// with the day. Counted from 0 it showed the post's whole lifetime as gained in the period (10,050
// engagement, €0.0498 per engagement) while the trend on the same page said 50. A post published
// inside the period still counts from 0: its counts before publication were 0.
import {
  type Campaign,
  campaignFigures,
  dayStart,
  describeBasis,
  engagementTrend,
  figuresById,
  type PeriodGain,
  type PostFacts,
  periodGain,
  trendGain,
} from '@/lib/campaigns';
import { setMessageLookup } from '@/lib/i18n';
import type { Counts } from '@/lib/types';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';

const english = lookupFrom(await loadMessages('en'));
afterEach(() => setMessageLookup(english, 'en'));

const FROM = dayStart('2025-03-01');
const reading = (iso: string, likes: number, views: number) => ({
  capturedAt: Date.parse(iso),
  likes,
  comments: 0,
  reposts: 0,
  saves: null,
  views,
});
const MAR3 = reading('2025-03-03T10:00:00Z', 10_000, 500_000);
const MAR20 = reading('2025-03-20T10:00:00Z', 10_050, 501_000);
const counts = (likes: number, views: number): Counts => ({
  likes,
  comments: 0,
  reposts: 0,
  saves: null,
  views,
});

const CAMPAIGN: Campaign = {
  id: 'a',
  name: 'Boost',
  postKeys: ['x:1'],
  start: '2025-03-01',
  end: '2025-03-31',
  spend: { amountMinor: 50_000, currency: 'EUR' },
  revenue: null,
  leads: null,
  clicks: null,
  conversions: null,
  csat: null,
  nps: null,
  createdAt: 0,
  updatedAt: 0,
};
const factsOf = (period: PeriodGain): Map<string, PostFacts> =>
  new Map([['x:1', { key: 'x:1', latest: counts(10_050, 501_000), followers: 1000, period }]]);

describe('periodGain of a post with no reading before the start', () => {
  it.each<[string, string | null, Counts, PeriodGain['basis']]>([
    ['published long before the start', '2024-06-01T12:00:00Z', counts(50, 1000), 'no-reading-before-start'],
    ['published at an unknown time', null, counts(50, 1000), 'no-reading-before-start'],
    [
      'published inside the period (from 0)',
      '2025-03-02T12:00:00Z',
      counts(10_050, 501_000),
      'published-in-period',
    ],
  ])('%s', (_why, publishedAt, gained, basis) => {
    const g = periodGain(undefined, [MAR3, MAR20], publishedAt, FROM);
    expect(g.gained).toEqual(gained);
    expect(g.basis).toBe(basis);
    expect(g.countedFrom).toBe(basis === 'no-reading-before-start' ? MAR3.capturedAt : undefined);
  });
});

describe('the figures of a post first read during the campaign', () => {
  const figures = figuresById(
    campaignFigures(
      CAMPAIGN,
      factsOf(periodGain(undefined, [MAR3, MAR20], '2024-06-01T12:00:00Z', FROM)),
      'en-US',
    ),
  );
  it.each([
    ['engagement', '50'],
    ['views', '1,000'],
    ['costPerEngagement', '€10.00'],
    ['erFollowers', '5%'],
    ['cpm', '€500.00'],
  ] as const)('%s reads %s', (id, shown) => {
    expect(figures[id].display).toBe(shown);
  });

  it('agree with the trend on the same page', () => {
    const trend = engagementTrend(
      CAMPAIGN,
      [MAR3, MAR20].map((s) => ({ ...s, postKey: 'x:1' })),
      Date.parse('2025-03-25T00:00:00Z'),
    );
    expect(trendGain(trend, 1).value).toBe(figures.engagement.value);
  });

  it('say in the formula that such a post counts from its first snapshot', () => {
    expect(figures.engagement.formula).toBe(
      "Σ (likes + comments + reposts + saves) gained: each post's last snapshot in the period − its last before the start (without one: from 0 for a post published in the period, else from its first snapshot in the period)",
    );
  });

  it('keep the formula of posts all against a reading or published in the period', () => {
    const f = figuresById(
      campaignFigures(
        CAMPAIGN,
        factsOf(periodGain(undefined, [MAR3], '2025-03-02T12:00:00Z', FROM)),
        'en-US',
      ),
    );
    expect(f.engagement.formula).toContain('(from 0, i.e. publication, without one)');
  });
});

describe('the caption names the day counted from', () => {
  const MAR5 = reading('2025-03-05T10:00:00Z', 7, 70);
  const first = (r: typeof MAR3) => periodGain(undefined, [r, MAR20], null, FROM);
  it.each<[string, 'en' | 'de', PeriodGain[], string]>([
    [
      'one post',
      'en',
      [first(MAR3)],
      'from 2 readings in the period; no reading before the start for 1 post: counted from its first reading, Mar 3, 2025',
    ],
    [
      'two posts first read on different days',
      'en',
      [first(MAR3), first(MAR5)],
      'from 4 readings in the period; no reading before the start for 2 posts: counted from their first readings, Mar 3, 2025 – Mar 5, 2025',
    ],
    [
      'two posts first read on one day',
      'en',
      [first(MAR3), first(MAR3)],
      'from 4 readings in the period; no reading before the start for 2 posts: counted from their first readings, Mar 3, 2025',
    ],
    [
      'one post, in German',
      'de',
      [first(MAR3)],
      'aus 2 Messungen im Zeitraum; keine Messung vor dem Beginn für 1 Beitrag: ab seiner ersten Messung gezählt, 03.03.2025',
    ],
  ])('%s (%s)', async (_why, lang, gains, text) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    expect(describeBasis(gains, [], lang === 'de' ? 'de' : 'en-US')).toBe(text);
  });
});
