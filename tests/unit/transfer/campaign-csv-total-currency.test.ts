// @vitest-environment node

import Papa from 'papaparse';
import type { Campaign } from '@/lib/campaigns';
import { type CampaignFacts, compareCampaigns } from '@/lib/campaigns/compare';
import { buildCampaignCsv } from '@/lib/transfer/campaign-csv';
import { NO_OUTCOMES } from '../fixtures/campaign';

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

const campaign = (over: Partial<Campaign>): Campaign => ({
  ...NO_OUTCOMES,
  id: 'c',
  name: 'C',
  postKeys: [],
  start: '2025-03-01',
  end: '2025-03-31',
  createdAt: Date.UTC(2025, 2, 1),
  updatedAt: Date.UTC(2025, 2, 1),
  ...over,
});
const factsOf = (c: Campaign): CampaignFacts => ({ campaign: c, facts: new Map(), snapshots: [] });

describe('campaigns CSV: the totals row', () => {
  // The columns' promise (campaign-csv.ts): every amount is in the currency column's currency. A
  // total written without its currency cannot be read: 12000 of what, yen or euros?
  it('names the currency of a revenue total when the spend total is missing', () => {
    const a = campaign({ id: 'a', name: 'A', revenue: { amountMinor: 5000, currency: 'JPY' } });
    const b = campaign({
      id: 'b',
      name: 'B',
      spend: { amountMinor: 100, currency: 'JPY' },
      revenue: { amountMinor: 7000, currency: 'JPY' },
    });
    const rows = parse(
      buildCampaignCsv(compareCampaigns([a, b].map(factsOf), Date.UTC(2025, 3, 1), 'en-US')),
    ).data;
    const total = rows[2]!;
    expect(total.name).toBe('All campaigns (total)');
    expect(total.spend).toBe('');
    expect(total.revenue).toBe('12000');
    expect(total.currency).toBe('JPY');
  });
});
