// @vitest-environment node

// Meta's "Results" column was preselected as conversions. Results count whatever the campaign's
// objective is, and the file's "Result indicator" column names it per row: for a Traffic campaign
// (actions:link_click) 500 link clicks became 500 conversions, a conversion rate of 100% and an ROI
// of 13,233%. It is now preselected only when every row's indicator names a purchase, a lead or a
// conversion; otherwise it is left unchosen, and the preview says why.
import { importAdsRows } from '@/lib/campaigns/ads-csv';
import { guessAdsMapping, headerCurrency } from '@/lib/campaigns/ads-csv-columns';
import { parseAdsCsv } from '@/lib/campaigns/ads-csv-decode';
import type { AdsChoices, AdsPeriod } from '@/lib/campaigns/ads-csv-rows';

const MARCH: AdsPeriod = {
  start: '2025-03-01',
  end: '2025-03-31',
  spend: null,
  revenue: null,
  leadValue: null,
  averageOrderValue: null,
  lifetimeValue: null,
};

const HEADER =
  'Reporting starts,Reporting ends,Campaign name,Result indicator,Results,Link clicks,Amount spent (EUR)';
/** A Meta export of one campaign whose rows' Result indicators are these. */
const file = (...indicators: string[]) =>
  [
    HEADER,
    ...indicators.map((ind, i) => `2025-03-0${i + 1},2025-03-0${i + 1},Spring,${ind},400,400,100.00`),
  ].join('\n');

function load(text: string) {
  const r = parseAdsCsv(text);
  if (!r.ok) throw new Error(r.error);
  const { table } = r;
  const mapping = guessAdsMapping(table.header, table.rows.slice(table.headerIndex + 1));
  const choices: AdsChoices = {
    mapping,
    currency: headerCurrency(table.header, mapping) ?? '',
    dateOrder: null,
    decimalMark: null,
    emptyAsZero: false,
    campaignName: 'Spring',
  };
  const out = importAdsRows(table, choices, MARCH);
  if (!out.ok) throw new Error(out.error);
  return { mapping, result: out.result };
}

describe('Meta’s "Results" as conversions', () => {
  it('is not taken from a Traffic campaign’s file, and the preview is told what the results count', () => {
    // The reviewer's t9.ts: Results are link clicks, as the Result indicator says.
    const { mapping, result } = load(file('actions:link_click', 'actions:link_click'));
    expect(mapping.conversions).toBeNull();
    expect(mapping.clicks).toBe(5);
    expect(result.totals.conversions).toBeNull();
    expect(result.totals.clicks).toBe(800);
    expect(result.resultsNotTaken).toEqual({ column: 'Results', counts: ['actions:link_click'] });
  });

  it.each([
    ['purchases', ['actions:offsite_conversion.fb_pixel_purchase', 'actions:omni_purchase']],
    ['leads', ['actions:lead', 'actions:onsite_conversion.lead_grouped']],
    [
      'registrations and custom conversions',
      ['actions:complete_registration', 'actions:offsite_conversion.custom.42'],
    ],
  ])('is taken when every row’s indicator names %s', (_, indicators) => {
    const { mapping, result } = load(file(...indicators));
    expect(mapping.conversions).toBe(4);
    expect(result.totals.conversions).toBe(800);
    expect(result.resultsNotTaken).toBeNull();
  });

  it('is not taken when one row counts something else, which the preview names', () => {
    const { mapping, result } = load(file('actions:offsite_conversion.fb_pixel_purchase', 'reach', ''));
    expect(mapping.conversions).toBeNull();
    expect(result.resultsNotTaken).toEqual({ column: 'Results', counts: ['reach', ''] });
  });

  it('is not taken without a Result indicator column, and the preview says nothing tells what they count', () => {
    const { mapping, result } = load(
      ['Day,Campaign name,Results,Amount spent (EUR)', '2025-03-01,Spring,12,10.00'].join('\n'),
    );
    expect(mapping.conversions).toBeNull();
    expect(result.resultsNotTaken).toEqual({ column: 'Results', counts: null });
  });

  it('is never taken from the header alone', () => {
    expect(guessAdsMapping(HEADER.split(',')).conversions).toBeNull();
  });

  it('is left to the user: chosen by hand, its rows are read as conversions and nothing more is said', () => {
    const text = file('actions:link_click');
    const r = parseAdsCsv(text);
    if (!r.ok) throw new Error(r.error);
    const mapping = { ...guessAdsMapping(r.table.header), conversions: 4 };
    const out = importAdsRows(
      r.table,
      {
        mapping,
        currency: 'EUR',
        dateOrder: null,
        decimalMark: null,
        emptyAsZero: false,
        campaignName: 'Spring',
      },
      MARCH,
    );
    if (!out.ok) throw new Error(out.error);
    expect(out.result.totals.conversions).toBe(400);
    expect(out.result.resultsNotTaken).toBeNull();
  });

  it('keeps a column named "Conversions" as it was guessed', () => {
    const { mapping, result } = load(
      ['Day,Campaign,Cost (EUR),Conversions,Results', '2025-03-01,Spring,10.00,3,7'].join('\n'),
    );
    expect(mapping.conversions).toBe(3);
    expect(result.resultsNotTaken).toBeNull();
  });
});
