// @vitest-environment node

// Figures and their exports must keep a nonzero value nonzero.

import Papa from 'papaparse';
import {
  type Campaign,
  type CampaignFacts,
  campaignFigures,
  compareCampaigns,
  figuresById,
} from '@/lib/campaigns';
import { buildCampaignCsv } from '@/lib/transfer/campaign-csv';
import { gainedFacts, NO_OUTCOMES } from '../fixtures/campaign';

const campaign = (over: Partial<Campaign> = {}): Campaign => ({
  id: 'c1',
  name: 'Viral',
  postKeys: ['x:1'],
  start: '2025-03-01',
  end: '2025-03-31',
  ...NO_OUTCOMES,
  createdAt: 0,
  updatedAt: 0,
  ...over,
});

const counts = (likes: number, views: number | null = null) => ({
  likes,
  comments: null,
  reposts: null,
  saves: null,
  views,
});

describe('a cost per engagement far below one cent', () => {
  it.each([
    // €5 boosting a post that gained 200,000 engagements: €0.000025 each.
    ['EUR', 500, 200_000],
    // ¥100 on 50,000 engagements: ¥0.002 each.
    ['JPY', 100, 50_000],
  ])('%s %i on %i engagements is not shown as zero', (currency, amountMinor, likes) => {
    const c = campaign({ spend: { amountMinor, currency } });
    const facts = new Map([['x:1', gainedFacts('x:1', counts(likes), 1000)]]);
    const cpe = figuresById(campaignFigures(c, facts, 'en-US')).costPerEngagement;
    expect(cpe.value).toBeGreaterThan(0);
    // Whatever the digits, some nonzero digit must be shown.
    expect(cpe.display).toMatch(/[1-9]/);
  });
});

describe('the campaigns CSV', () => {
  it('writes a tiny nonzero rate as a nonzero number, not 0', () => {
    // 30 engagements on a post of an account with 200 million followers: 0.00000015.
    const f: CampaignFacts = {
      campaign: campaign(),
      facts: new Map([['x:1', gainedFacts('x:1', counts(30, 10_000_000), 200_000_000)]]),
      snapshots: [],
    };
    const cmp = compareCampaigns([f], Date.UTC(2025, 3, 1), 'en-US');
    expect(cmp.rows[0]!.figures.erFollowers.value).toBeCloseTo(1.5e-7, 12);
    const row = Papa.parse<Record<string, string>>(buildCampaignCsv(cmp), { header: true }).data[0]!;
    expect(Number(row.erFollowers)).toBeCloseTo(1.5e-7, 12);
    expect(Number(row.erViews)).toBeCloseTo(3e-6, 12);
  });
});
