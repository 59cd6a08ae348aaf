// The campaign comparison's column headings: the formula of every row under them.
import { h } from 'preact';
import { CampaignComparison } from '@/components/campaigns/campaign-comparison';
import { type CampaignFacts, compareCampaigns } from '@/lib/campaigns/compare';
import type { Campaign, PostFacts } from '@/lib/campaigns/figures';
import { gainedFacts, NO_OUTCOMES } from '../fixtures/campaign';
import { render, within } from '../testing-library';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function campaign(id: string, over: Partial<Campaign>): Campaign {
  return {
    id,
    name: id,
    postKeys: ['x:1'],
    start: '2025-03-01',
    end: '2025-03-31',
    ...NO_OUTCOMES,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

const facts = (): ReadonlyMap<string, PostFacts> =>
  new Map([
    [
      'x:1',
      gainedFacts('x:1', { likes: 300, comments: 50, reposts: null, saves: null, views: 20_000 }, 1000),
    ],
  ]);
const of = (c: Campaign): CampaignFacts => ({ campaign: c, facts: facts(), snapshots: [] });

describe('the comparison table heads each column with the formula of every row under it', () => {
  // "Impressions" paid for: CPM and CTR divide by them; "Views" (none entered): by the views the
  // posts gained. "Lifetime" values conversions by their CLV; "Revenue" uses the revenue entered.
  const byImpressions = campaign('Impressions', {
    spend: eur(10_000),
    impressions: 50_000,
    clicks: 100,
    conversions: 4,
    lifetimeValue: eur(20_000),
  });
  const byViews = campaign('Views', { spend: eur(10_000), clicks: 100, revenue: eur(30_000) });

  function header(name: RegExp): string {
    const comparison = compareCampaigns([of(byImpressions), of(byViews)], Date.UTC(2025, 3, 1), 'en-US');
    render(h(CampaignComparison, { comparison, onOpen: () => {}, now: () => 0, locale: 'en-US' }));
    const table = document.querySelector('table.comparison') as HTMLElement;
    return within(table).getByRole('columnheader', { name }).textContent ?? '';
  }

  it('CPM: the "Views" row is spend ÷ views × 1,000, not ÷ paid impressions', () => {
    // €100 ÷ 20,000 views × 1,000 = €5.00 in the Views row, €100 ÷ 50,000 × 1,000 = €2.00 above it.
    const text = header(/^CPM/);
    expect(text).toContain('spend ÷ views × 1,000');
    expect(text).toContain('spend ÷ paid impressions × 1,000');
  });

  it('CTR: the "Views" row is clicks ÷ views', () => {
    const text = header(/^CTR/);
    expect(text).toContain('clicks ÷ views');
    expect(text).toContain('clicks ÷ paid impressions');
  });

  it('ROI: the "Revenue" row is (revenue − spend) ÷ spend, not conversions × lifetime value', () => {
    // Revenue row: (€300 − €100) ÷ €100 = 200%; Lifetime row: (4 × €200 − €100) ÷ €100 = 700%.
    const text = header(/^ROI/);
    expect(text).toContain('(revenue − spend) ÷ spend');
    expect(text).toContain('customer lifetime value');
  });
});
