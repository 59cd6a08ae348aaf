// @vitest-environment node

// Ads manager exports as they come, localized.
import {
  type AdsChoices,
  type AdsPeriod,
  guessAdsMapping,
  importAdsRows,
  parseAdsCsv,
} from '@/lib/campaigns';

const JANUARY: AdsPeriod = {
  start: '2025-01-01',
  end: '2025-01-31',
  spend: null,
  revenue: null,
  leadValue: null,
  averageOrderValue: null,
  lifetimeValue: null,
};

describe('a Google Ads report in German, with its title lines above the header', () => {
  // Google Ads writes the report's name and date range above the header, in the account's
  // language; the header's names are German, so no English name finds it.
  const text = [
    'Kampagnenleistung',
    '"1. Januar 2025 - 31. Januar 2025"',
    'Tag;Kampagne;Kosten;Klicks',
    '2025-01-02;Frühling;10,50;4',
    '2025-01-03;Frühling;2,25;1',
  ].join('\r\n');

  it('finds the header row, so its columns can be chosen', () => {
    const r = parseAdsCsv(text);
    if (!r.ok) throw new Error(r.error);
    expect(r.table.headerIndex).toBe(2);
    expect(r.table.header).toEqual(['Tag', 'Kampagne', 'Kosten', 'Klicks']);
  });

  it('imports once the user maps the German columns', () => {
    const r = parseAdsCsv(text);
    if (!r.ok) throw new Error(r.error);
    const choices: AdsChoices = {
      mapping: { ...guessAdsMapping(r.table.header), date: 0, campaign: 1, spend: 2, clicks: 3 },
      currency: 'EUR',
      dateOrder: null,
      decimalMark: null,
      emptyAsZero: false,
      campaignName: 'Frühling',
    };
    const out = importAdsRows(r.table, choices, JANUARY);
    if (!out.ok) throw new Error(out.error);
    expect(out.result.errors).toEqual([]);
    expect(out.result.totals.spend).toEqual({ amountMinor: 1275, currency: 'EUR' });
    expect(out.result.totals.clicks).toBe(5);
  });
});
