// @vitest-environment node

import { type CampaignFacts, compareCampaigns, type TotalId } from '@/lib/campaigns/compare';
import type { Campaign, PostFacts } from '@/lib/campaigns/figures';
import { gainedFacts, NO_OUTCOMES } from './fixtures/campaign';

const money = (amountMinor: number, currency = 'EUR') => ({ amountMinor, currency });

function campaign(id: string, over: Partial<Campaign> = {}): Campaign {
  return {
    id,
    name: id,
    postKeys: [],
    start: '2025-03-01',
    end: '2025-03-03',
    ...NO_OUTCOMES,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

const post = (key: string, likes: number, views: number | null): PostFacts =>
  gainedFacts(key, { likes, comments: null, reposts: null, saves: null, views }, 1000);

const FACTS = new Map(
  [post('x:1', 100, 1000), post('x:2', 50, 4000), post('x:3', 10, null)].map((p) => [p.key, p]),
);
const at = (day: number) => new Date(2025, 2, day, 12).getTime();
const NOW = at(20);

const entry = (c: Campaign): CampaignFacts => ({
  campaign: c,
  facts: FACTS,
  snapshots: [
    { postKey: 'x:1', capturedAt: at(1), likes: 40, comments: null, reposts: null, saves: null },
    { postKey: 'x:2', capturedAt: at(1), likes: 10, comments: null, reposts: null, saves: null },
    { postKey: 'x:1', capturedAt: at(3), likes: 100, comments: null, reposts: null, saves: null },
  ],
});

const A = campaign('A', {
  postKeys: ['x:1', 'x:2'],
  spend: money(30_000),
  revenue: money(90_000),
  leads: 10,
  clicks: 100,
  conversions: 5,
});
const B = campaign('B', {
  postKeys: ['x:2'],
  spend: money(10_000),
  revenue: money(5_000),
  leads: 2,
  clicks: 50,
  conversions: 1,
});

function totals(list: Campaign[]) {
  const cmp = compareCampaigns(list.map(entry), NOW, 'en-US');
  return Object.fromEntries(cmp.totals.map((t) => [t.id, t])) as Record<TotalId, (typeof cmp.totals)[number]>;
}

describe('compareCampaigns rows', () => {
  it('computes every figure per campaign, side by side', () => {
    const cmp = compareCampaigns([entry(A), entry(B)], NOW, 'en-US');
    expect(cmp.rows.map((r) => r.campaign.id)).toEqual(['A', 'B']);
    expect(cmp.rows.map((r) => r.figures.engagement.value)).toEqual([150, 50]);
    expect(cmp.rows.map((r) => r.figures.roi.display)).toEqual(['200%', '-50%']);
    expect(cmp.rows.map((r) => r.figures.cpc.display)).toEqual(['€3.00', '€2.00']);
    expect(cmp.rows[0]!.inputs.find((i) => i.id === 'spend')!.display).toBe('€300.00');
  });

  it('carries the engagement trend and the gain over the period', () => {
    const [a] = compareCampaigns([entry(A)], NOW, 'en-US').rows;
    expect(a!.trend.map((p) => p.engagement)).toEqual([50, 50, 110]);
    expect(a!.gain).toMatchObject({ value: 60, display: '60', needs: [] });
  });
});

describe('compareCampaigns totals', () => {
  it.each<[TotalId, number, string]>([
    ['spend', 400, '€400.00'],
    ['revenue', 950, '€950.00'],
    ['leads', 12, '12'],
    ['clicks', 150, '150'],
    ['conversions', 6, '6'],
    // x:2 is in both campaigns and counts once: 100 + 50.
    ['engagement', 150, '150'],
    ['views', 5000, '5,000'],
    ['costPerEngagement', 400 / 150, '€2.67'],
    ['roi', (950 - 400) / 400, '137.5%'],
  ])('%s = %d (%s)', (id, value, display) => {
    const t = totals([A, B])[id];
    expect(t.value).toBeCloseTo(value, 12);
    expect(t.display).toBe(display);
  });

  it('does not add amounts in different currencies, and says so', () => {
    const usd = campaign('C', { postKeys: ['x:1'], spend: money(1000, 'USD'), revenue: money(2000, 'USD') });
    const t = totals([A, usd]);
    for (const id of ['spend', 'revenue', 'costPerEngagement', 'roi'] as const) {
      expect(t[id].value).toBeNull();
      expect(t[id].display).toBe('mixed currencies (EUR, USD): not added');
    }
    // Counts still add up.
    expect(t.engagement.value).toBe(150);
  });

  it.each<[string, Campaign[], TotalId, string[]]>([
    ['a campaign without spend', [A, campaign('C', { postKeys: ['x:1'] })], 'spend', ['spend of “C”']],
    [
      'a campaign without spend',
      [A, campaign('C', { postKeys: ['x:1'] })],
      'roi',
      // C's own ROI needs a value of any kind: the total needs what C's row needs.
      ['revenue (or lead value, average order value or customer lifetime value) of “C”', 'spend of “C”'],
    ],
    [
      'three without clicks',
      [A, campaign('C'), campaign('D'), campaign('E')],
      'clicks',
      ['clicks of 3 campaigns'],
    ],
    [
      'a post without views',
      [A, campaign('C', { postKeys: ['x:3'] })],
      'views',
      ['views in the period of 1 of 3 posts'],
    ],
    ['no campaigns', [], 'spend', ['campaigns']],
    [
      'zero spend in total',
      [campaign('Z', { spend: money(0), revenue: money(10) })],
      'roi',
      ['non-zero spend'],
    ],
  ])('with %s, %s needs %j', (_why, list, id, needs) => {
    const t = totals(list)[id];
    expect(t.value).toBeNull();
    expect(t.needs).toEqual(needs);
    expect(t.display).toBe(`needs ${needs.join(', ')}`);
  });
});
