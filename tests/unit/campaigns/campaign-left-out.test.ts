// A campaign post with no reading in the period (deleted, published after the end, added to an
// old campaign) has no gain PostLens can know. The caption said it was "left out", yet it blocked
// every figure ("needs engagement in the period of 1 of 2 posts") and the trend called every day
// partial. It is left out now, as said, and named; only when no post has a reading is it a need.
// The need's count of posts is written as the user's language writes numbers ("1,234", "1.234").
import { h } from 'preact';
import { CampaignTrend } from '@/components/campaigns/campaign-trend';
import {
  type Campaign,
  campaignFigures,
  compareCampaigns,
  dayStart,
  describeBasis,
  engagementTrend,
  type Figure,
  figuresById,
  type PostFacts,
  periodGain,
  type TrendSnapshot,
  trendGain,
} from '@/lib/campaigns';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen } from '../testing-library';

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
// x:1: 100 likes before the start, 300 on Mar 10: gained 200 engagement, 4,000 views.
const READ = periodGain(
  reading('2025-02-27T10:00:00Z', 100, 1000),
  [reading('2025-03-10T10:00:00Z', 300, 5000)],
  '2025-02-20T10:00:00Z',
  FROM,
);
const NONE = periodGain(undefined, [], null, FROM);
const fact = (key: string, read: boolean): PostFacts => ({
  key,
  latest: null,
  followers: read ? 1000 : null,
  period: read ? READ : NONE,
});

const campaign = (postKeys: string[]): Campaign => ({
  id: 'a',
  name: 'A',
  postKeys,
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
});
const factsOf = (list: PostFacts[]) => new Map(list.map((f) => [f.key, f]));

describe('a post with no reading in the period is left out of the figures', () => {
  const figures = figuresById(
    campaignFigures(campaign(['x:1', 'x:2']), factsOf([fact('x:1', true), fact('x:2', false)]), 'en-US'),
  );
  it.each([
    ['engagement', '200'],
    ['views', '4,000'],
    ['erViews', '5%'],
    ['erFollowers', '20%'],
    ['costPerEngagement', '€2.50'],
  ] as const)('%s reads %s', (id, shown) => {
    expect(figures[id].display).toBe(shown);
  });

  it('and so in the comparison’s totals', () => {
    const { totals } = compareCampaigns(
      [
        {
          campaign: campaign(['x:1', 'x:2']),
          facts: factsOf([fact('x:1', true), fact('x:2', false)]),
          snapshots: [],
        },
      ],
      Date.parse('2025-04-10T00:00:00Z'),
      'en-US',
    );
    expect(totals.find((t) => t.id === 'engagement')!.display).toBe('200');
  });

  it('is a need only when no post has a reading', () => {
    const f = figuresById(
      campaignFigures(campaign(['x:1', 'x:2']), factsOf([fact('x:1', false), fact('x:2', false)]), 'en-US'),
    );
    expect(f.engagement.display).toBe('needs engagement in the period of 2 of 2 posts');
  });

  it('leaves a post with a reading but no count shown a need', () => {
    const noViews: PostFacts = {
      ...fact('x:3', true),
      period: { ...READ, gained: { ...READ.gained!, views: null } },
    };
    const f = figuresById(
      campaignFigures(
        campaign(['x:1', 'x:2', 'x:3']),
        factsOf([fact('x:1', true), fact('x:2', false), noViews]),
        'en-US',
      ),
    );
    expect(f.views.display).toBe('needs views in the period of 1 of 3 posts');
  });
});

describe('the caption names the posts left out', () => {
  it.each<[string, 'en' | 'de', string[], string]>([
    ['one', 'en', ['x:2'], '1 post left out, no reading in the period: x:2'],
    ['three', 'en', ['x:2', 'x:3', 'x:4'], '3 posts left out, no reading in the period: x:2, x:3, x:4'],
    [
      'five',
      'en',
      ['x:2', 'x:3', 'x:4', 'x:5', 'x:6'],
      '5 posts left out, no reading in the period: x:2, x:3, x:4 and 2 more',
    ],
    ['one, in German', 'de', ['x:2'], '1 Beitrag nicht berücksichtigt, keine Messung im Zeitraum: x:2'],
  ])('%s (%s)', async (_why, lang, missing, text) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    const keys = ['x:1', ...missing];
    const gains = keys.map((k) => (k === 'x:1' ? READ : NONE));
    expect(describeBasis(gains, keys).split('; ').at(-1)).toBe(text);
  });
});

describe('the count of posts missing data, in the user’s language', () => {
  const keys = Array.from({ length: 2500 }, (_, i) => `x:${i}`);
  // 1,266 posts were read; the other 1,234 have no facts at all (unknown: a need, not left out).
  const facts = factsOf(keys.slice(0, 1266).map((k) => fact(k, true)));
  it.each([
    ['en', 'en-US', 'needs engagement in the period of 1,234 of 2,500 posts'],
    ['de', 'de', 'braucht Interaktionen im Zeitraum für 1.234 von 2.500 Beiträgen'],
  ] as const)('%s', async (lang, locale, text) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), locale);
    expect(figuresById(campaignFigures(campaign(keys), facts, locale)).engagement.display).toBe(text);
  });
});

describe('the trend leaves out a post never read', () => {
  const at = (day: number) => new Date(2025, 2, day, 12).getTime();
  const snap = (capturedAt: number, likes: number): TrendSnapshot => ({
    postKey: 'x:1',
    capturedAt,
    likes,
    comments: 0,
    reposts: 0,
    saves: null,
  });
  const c = campaign(['x:1', 'x:2']);
  const trend = engagementTrend(c, [snap(at(2), 100), snap(at(9), 160)], at(20));

  it('its gain is the followed post’s', () => {
    expect(trendGain(trend, 2)).toEqual({ value: 60, needs: [] });
  });

  it('no day is called partial; the post left out is said once', () => {
    const gain = { label: 'Gained', display: '60', value: 60, formula: 'f' } as unknown as Figure<'gain'>;
    render(h(CampaignTrend, { trend, gain, postCount: 2 }));
    expect(screen.queryByText(/not every post had been captured/)).toBeNull();
    expect(screen.getByText('1 post left out: not read by the end of the period.')).toBeTruthy();
  });
});
