// @vitest-environment node

import {
  type Campaign,
  campaignFigures,
  type FigureId,
  figuresById,
  type PostFacts,
} from '@/lib/campaigns/figures';
import { campaignInputs } from '@/lib/campaigns/inputs';
import { gainedFacts } from './fixtures/campaign';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function campaign(over: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c1',
    name: 'Spring launch',
    postKeys: ['x:1', 'x:2'],
    start: '2025-03-01',
    end: '2025-03-31',
    spend: eur(50_000),
    revenue: eur(125_000),
    leads: 40,
    clicks: 800,
    conversions: 20,
    csat: null,
    nps: null,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

const counts = (likes: number | null, comments: number | null, views: number | null) => ({
  likes,
  comments,
  reposts: null,
  saves: null,
  views,
});

// Two posts: engagement 300 + 200 = 500, views 10,000 + 30,000 = 40,000, followers 2,000 + 3,000.
const FACTS: PostFacts[] = [
  gainedFacts('x:1', counts(250, 50, 10_000), 2_000),
  gainedFacts('x:2', counts(200, null, 30_000), 3_000),
];

function figures(c: Campaign, facts: PostFacts[] = FACTS) {
  return figuresById(campaignFigures(c, new Map(facts.map((f) => [f.key, f])), 'en-US'));
}

describe('campaignFigures with every input', () => {
  // Spend €500, revenue €1,250, 40 leads, 800 clicks, 20 conversions.
  it.each<[FigureId, number, string]>([
    ['engagement', 500, '500'],
    ['views', 40_000, '40,000'],
    ['erViews', 500 / 40_000, '1.25%'],
    ['erFollowers', 500 / 5_000, '10%'],
    ['costPerEngagement', 500 / 500, '€1.00'],
    ['cpm', (500 / 40_000) * 1000, '€12.50'],
    ['cpc', 500 / 800, '€0.625'],
    ['ctr', 800 / 40_000, '2%'],
    ['conversionRate', 20 / 800, '2.5%'],
    ['costPerLead', 500 / 40, '€12.50'],
    ['costPerAcquisition', 500 / 20, '€25.00'],
    ['roas', 1250 / 500, '2.5×'],
    ['roi', (1250 - 500) / 500, '150%'],
  ])('%s = %d (%s)', (id, value, display) => {
    const f = figures(campaign())[id];
    expect(f.value).toBeCloseTo(value, 12);
    expect(f.display).toBe(display);
    expect(f.needs).toEqual([]);
    expect(f.formula).not.toBe('');
  });

  // A rate that is not 0 never reads as 0%: 30 interactions on a million views is 0.003%.
  it.each<[FigureId, Partial<Campaign>, string]>([
    ['erViews', {}, '0.003%'],
    ['erFollowers', {}, '0.0015%'],
    ['ctr', { clicks: 4 }, '0.0004%'],
    // €500 spent, €2 back: ROAS 0.004×, not 0×.
    ['roas', { revenue: { amountMinor: 200, currency: 'EUR' } }, '0.004×'],
  ])('a small %s reads as it is (%s)', (id, over, display) => {
    const facts = [gainedFacts('x:1', counts(30, null, 1_000_000), 2_000_000)];
    const f = figures(campaign({ postKeys: ['x:1'], ...over }), facts)[id];
    expect(f.value).toBeGreaterThan(0);
    expect(f.display).toBe(display);
  });

  it('gives money figures the spend currency and rates none', () => {
    const f = figures(campaign({ spend: { amountMinor: 5000, currency: 'JPY' }, revenue: null }));
    expect(f.cpc.currency).toBe('JPY');
    // ¥5,000 ÷ 800 clicks: yen have no minor unit, so a cost above ¥1 shows whole yen.
    expect(f.cpc.display).toBe('¥6');
    expect(f.ctr.currency).toBeNull();
  });

  it.each<[FigureId, string]>([
    [
      'engagement',
      "Σ (likes + comments + reposts + saves) gained: each post's last snapshot in the period − its last before the start (from 0, i.e. publication, without one)",
    ],
    [
      'views',
      "Σ views gained: each post's last snapshot in the period − its last before the start (from 0, i.e. publication, without one)",
    ],
    ['erViews', 'engagement ÷ views'],
    ['costPerEngagement', 'spend ÷ engagement'],
    ['cpm', 'spend ÷ views × 1,000'],
    ['cpc', 'spend ÷ clicks'],
    ['ctr', 'clicks ÷ views'],
    ['conversionRate', 'conversions ÷ clicks'],
    ['costPerLead', 'spend ÷ leads'],
    ['costPerAcquisition', 'spend ÷ conversions'],
    ['roas', 'revenue ÷ spend'],
    ['roi', '(revenue − spend) ÷ spend'],
  ])('%s shows its formula', (id, formula) => {
    expect(figures(campaign())[id].formula).toBe(formula);
  });
});

// What unlocks ROI when no value is entered (lib/campaigns/value.ts), and ROAS without revenue.
const ROI_VALUE = 'revenue (or lead value, average order value or customer lifetime value)';
const ROAS_REVENUE = 'revenue (or average order value)';

describe('campaignFigures with missing inputs: needs, never 0', () => {
  const noViews: PostFacts[] = [FACTS[0]!, gainedFacts('x:2', counts(200, null, null), 3_000)];
  const noPost: PostFacts[] = [FACTS[0]!];
  const noEngagement: PostFacts[] = [FACTS[0]!, gainedFacts('x:2', counts(null, null, 5), 3_000)];
  it.each<[string, FigureId, string[], Partial<Campaign>, PostFacts[]]>([
    ['no spend', 'costPerEngagement', ['spend'], { spend: null }, FACTS],
    ['no spend', 'cpm', ['spend'], { spend: null }, FACTS],
    ['no spend', 'cpc', ['spend'], { spend: null }, FACTS],
    ['no spend', 'costPerLead', ['spend'], { spend: null }, FACTS],
    ['no spend', 'roi', ['spend'], { spend: null }, FACTS],
    ['no revenue', 'roi', [ROI_VALUE], { revenue: null }, FACTS],
    ['no spend nor revenue', 'roi', [ROI_VALUE, 'spend'], { spend: null, revenue: null }, FACTS],
    ['no clicks', 'cpc', ['clicks'], { clicks: null }, FACTS],
    ['no clicks', 'ctr', ['clicks'], { clicks: null }, FACTS],
    ['no clicks', 'conversionRate', ['clicks'], { clicks: null }, FACTS],
    ['no conversions', 'conversionRate', ['conversions'], { conversions: null }, FACTS],
    [
      'no conversions nor clicks',
      'conversionRate',
      ['conversions', 'clicks'],
      { conversions: null, clicks: null },
      FACTS,
    ],
    ['no leads', 'costPerLead', ['leads'], { leads: null }, FACTS],
    ['no conversions', 'costPerAcquisition', ['conversions'], { conversions: null }, FACTS],
    ['no spend', 'costPerAcquisition', ['spend'], { spend: null }, FACTS],
    ['no revenue', 'roas', [ROAS_REVENUE], { revenue: null }, FACTS],
    ['no spend', 'roas', ['spend'], { spend: null }, FACTS],
    [
      'revenue in another currency',
      'roas',
      ['revenue in EUR'],
      { revenue: { amountMinor: 1, currency: 'USD' } },
      FACTS,
    ],
    ['a post without views', 'views', ['views in the period of 1 of 2 posts'], {}, noViews],
    ['a post without views', 'erViews', ['views in the period of 1 of 2 posts'], {}, noViews],
    // Paid impressions would unlock CPM and CTR without the views.
    ['a post without views', 'cpm', ['paid impressions or views in the period of 1 of 2 posts'], {}, noViews],
    ['a post without views', 'ctr', ['paid impressions or views in the period of 1 of 2 posts'], {}, noViews],
    ['a post not stored', 'engagement', ['engagement in the period of 1 of 2 posts'], {}, noPost],
    [
      'a post showing no engagement count',
      'costPerEngagement',
      ['engagement in the period of 1 of 2 posts'],
      {},
      noEngagement,
    ],
    ['no posts', 'engagement', ['posts'], { postKeys: [] }, FACTS],
    ['no posts', 'cpm', ['paid impressions or posts'], { postKeys: [] }, FACTS],
    ['no posts and no spend', 'costPerEngagement', ['spend', 'posts'], { postKeys: [], spend: null }, FACTS],
  ])('%s: %s needs %j', (_why, id, needs, over, facts) => {
    const f = figures(campaign(over), facts)[id];
    expect(f.value).toBeNull();
    expect(f.needs).toEqual(needs);
    expect(f.display).toBe(`needs ${needs.join(', ')}`);
  });
});

describe('campaignFigures: a post with no reading in the period', () => {
  // Its caption says it is left out (describeBasis), so the figures are the other posts': a need
  // for every figure would say "left out" and show nothing.
  const noSnapshot: PostFacts[] = [FACTS[0]!, gainedFacts('x:2', null, null)];
  it.each<[FigureId, number]>([
    ['engagement', 300],
    ['erFollowers', 0.15],
  ])('%s is the posts read: %s', (id, value) => {
    expect(figures(campaign({}), noSnapshot)[id].value).toBeCloseTo(value, 12);
    expect(figures(campaign({}), noSnapshot)[id].needs).toEqual([]);
  });
});

describe('campaignFigures with zeros', () => {
  const zeroViews: PostFacts[] = FACTS.map((f) =>
    gainedFacts(f.key, { ...f.latest!, views: 0 }, f.followers),
  );
  const zeroEngagement: PostFacts[] = FACTS.map((f) => gainedFacts(f.key, counts(0, 0, 100), f.followers));
  it.each<[string, FigureId, number | string[], Partial<Campaign>, PostFacts[]]>([
    // A division by zero is a need, not Infinity or NaN.
    ['zero spend', 'roi', ['non-zero spend'], { spend: eur(0) }, FACTS],
    ['zero spend, no revenue', 'roi', [ROI_VALUE, 'non-zero spend'], { spend: eur(0), revenue: null }, FACTS],
    ['zero clicks', 'cpc', ['non-zero clicks'], { clicks: 0 }, FACTS],
    ['zero clicks', 'conversionRate', ['non-zero clicks'], { clicks: 0 }, FACTS],
    ['zero leads', 'costPerLead', ['at least one lead'], { leads: 0 }, FACTS],
    ['zero conversions', 'costPerAcquisition', ['at least one conversion'], { conversions: 0 }, FACTS],
    ['zero spend', 'roas', ['non-zero spend'], { spend: eur(0) }, FACTS],
    ['zero views', 'cpm', ['paid impressions or non-zero views'], {}, zeroViews],
    ['zero views', 'erViews', ['non-zero views'], {}, zeroViews],
    ['zero views', 'ctr', ['paid impressions or non-zero views'], {}, zeroViews],
    ['zero engagement', 'costPerEngagement', ['non-zero engagement'], {}, zeroEngagement],
    // Zero as a numerator is a real 0: free engagement, no clicks, nothing earned.
    ['zero spend', 'costPerEngagement', 0, { spend: eur(0) }, FACTS],
    ['zero spend', 'cpm', 0, { spend: eur(0) }, FACTS],
    ['zero spend', 'cpc', 0, { spend: eur(0) }, FACTS],
    ['zero spend', 'costPerLead', 0, { spend: eur(0) }, FACTS],
    ['zero clicks', 'ctr', 0, { clicks: 0 }, FACTS],
    ['zero conversions', 'conversionRate', 0, { conversions: 0 }, FACTS],
    ['zero engagement', 'engagement', 0, {}, zeroEngagement],
    ['zero revenue', 'roi', -1, { revenue: eur(0) }, FACTS],
    ['zero revenue', 'roas', 0, { revenue: eur(0) }, FACTS],
    ['revenue equal to spend', 'roi', 0, { revenue: eur(50_000) }, FACTS],
  ])('%s: %s → %j', (_why, id, expected, over, facts) => {
    const f = figures(campaign(over), facts)[id];
    if (Array.isArray(expected)) {
      expect(f.value).toBeNull();
      expect(f.needs).toEqual(expected);
      expect(f.display).toBe(`needs ${expected.join(', ')}`);
    } else {
      expect(f.value).toBe(expected);
      expect(f.needs).toEqual([]);
    }
  });

  it('shows a zero spend cost as a zero amount and a lost revenue as −100%', () => {
    expect(figures(campaign({ spend: eur(0) })).cpc.display).toBe('€0.00');
    expect(figures(campaign({ revenue: eur(0) })).roi.display).toBe('-100%');
  });
});

it('refuses a ROI from revenue in another currency than the spend', () => {
  const f = figures(campaign({ revenue: { amountMinor: 100, currency: 'USD' } })).roi;
  expect(f.value).toBeNull();
  expect(f.needs).toEqual(['revenue in EUR']);
});

it('computes ROI from exact minor units', () => {
  // €0.30 revenue on €0.10 spend: (30 − 10) / 10 = 2, not 1.9999999999999998.
  expect(figures(campaign({ spend: eur(10), revenue: eur(30) })).roi.value).toBe(2);
});

describe('campaignInputs', () => {
  it('formats what was entered and says what was not', () => {
    const inputs = campaignInputs(campaign({ csat: 87.5, nps: -12, leads: null }), 'en-US');
    expect(Object.fromEntries(inputs.map((i) => [i.id, i.display]))).toEqual({
      spend: '€500.00',
      revenue: '€1,250.00',
      leads: 'not entered',
      clicks: '800',
      conversions: '20',
      csat: '87.5%',
      nps: '-12',
      leadValue: 'not entered',
      averageOrderValue: 'not entered',
      lifetimeValue: 'not entered',
      impressions: 'not entered',
      reach: 'not entered',
      videoCompletions: 'not entered',
      mentions: 'not entered',
      directMessages: 'not entered',
    });
    expect(campaignInputs(campaign({ nps: 30 }), 'en-US').find((i) => i.id === 'nps')!.display).toBe('+30');
  });
});
