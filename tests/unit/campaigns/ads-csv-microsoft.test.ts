// @vitest-environment node

// A Microsoft Advertising report as it downloads (the "Report File Schema" of Microsoft's reporting
// guide): nine lines about the report and a blank line above the header, the API's column names,
// and after the rows a blank line and a notice of one cell, "©2025 Microsoft Corporation. All
// rights reserved.". The README names Microsoft among the exports the ads import reads.
import {
  type AdsChoices,
  type AdsPeriod,
  adsCampaignNames,
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

const REPORT = [
  '"Report Name: Campaign Performance Report"',
  '"Report Time: 1/1/2025,1/31/2025"',
  '"Time Zone: (GMT-08:00) Pacific Time (US & Canada); Tijuana"',
  '"Last Completed Available Day: 2/1/2025 10:15:00 PM (GMT)"',
  '"Last Completed Available Hour: 2/1/2025 10:15:00 PM (GMT)"',
  '"Report Aggregation: Daily"',
  '"Report Filter: "',
  '"Potential Incomplete Data: false"',
  '"Rows: 3"',
  '',
  '"TimePeriod","CampaignName","CurrencyCode","Impressions","Clicks","Spend","Conversions","Revenue"',
  '"1/2/2025","Spring launch","EUR","12000","120","1200.50","3","450.00"',
  '"1/3/2025","Spring launch","EUR","8000","80","99.50","2","1050.25"',
  '"1/3/2025","Autumn sale","EUR","100","1","10.00","0","0.00"',
  '',
  '"©2025 Microsoft Corporation. All rights reserved. "',
  '',
].join('\r\n');

function table() {
  const r = parseAdsCsv(REPORT);
  if (!r.ok) throw new Error(r.error);
  return r.table;
}

describe('a Microsoft Advertising daily report', () => {
  it('finds the header below the report lines and guesses its columns', () => {
    const t = table();
    expect(t.headerIndex).toBe(10);
    expect(t.header[0]).toBe('TimePeriod');
    expect(guessAdsMapping(t.header)).toEqual({
      date: 0,
      endDate: null,
      campaign: 1,
      currency: 2,
      spend: 5,
      revenue: 7,
      clicks: 4,
      impressions: 3,
      conversions: 6,
    });
  });

  it('offers only the campaigns of its rows, not the closing notice', () => {
    const t = table();
    expect(adsCampaignNames(t, guessAdsMapping(t.header))).toEqual([
      { name: 'Spring launch', rows: 2 },
      { name: 'Autumn sale', rows: 1 },
    ]);
  });

  it('adds up the campaign’s rows: the closing notice is no row to refuse', () => {
    const t = table();
    const choices: AdsChoices = {
      mapping: guessAdsMapping(t.header),
      currency: 'EUR',
      dateOrder: 'mdy',
      decimalMark: null,
      emptyAsZero: false,
      campaignName: 'Spring launch',
    };
    const out = importAdsRows(t, choices, JANUARY);
    if (!out.ok) throw new Error(out.error);
    expect(out.result.errors).toEqual([]);
    expect(out.result).toMatchObject({
      totals: {
        spend: { amountMinor: 130_000, currency: 'EUR' },
        revenue: { amountMinor: 150_025, currency: 'EUR' },
        clicks: 200,
        impressions: 20_000,
        conversions: 5,
      },
      rowsUsed: 2,
      rowsOtherCampaigns: 1,
      rowsSummary: 0,
      rowsOutsidePeriod: 0,
    });
  });
});
