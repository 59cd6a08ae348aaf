// The comparison's "All campaigns" ROI weighs each campaign's value as that campaign's own ROI
// counts it, and the ads CSV import says how many rows the file has below its header. Runs in
// happy-dom (the default) because the ads import's choices are rendered.
import Papa from 'papaparse';
import { h, render } from 'preact';
import { Choices, type Loaded } from '@/components/campaigns/ads-import-choices';
import {
  type Campaign,
  type CampaignFacts,
  compareCampaigns,
  guessAdsMapping,
  parseAdsCsv,
} from '@/lib/campaigns';
import { buildCampaignCsv } from '@/lib/transfer/campaign-csv';
import { NO_OUTCOMES } from '../fixtures/campaign';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const campaign = (over: Partial<Campaign>): Campaign => ({
  id: 'A',
  name: 'Spring',
  postKeys: [],
  start: '2025-03-01',
  end: '2025-03-31',
  ...NO_OUTCOMES,
  createdAt: 0,
  updatedAt: 0,
  ...over,
});
const facts = (c: Campaign): CampaignFacts => ({ campaign: c, facts: new Map(), snapshots: [] });
const NOW = new Date(2025, 3, 10).getTime();
const compare = (...list: Campaign[]) => compareCampaigns(list.map(facts), NOW, 'en-US');
const roiTotal = (...list: Campaign[]) => compare(...list).totals.find((x) => x.id === 'roi')!;

describe('"All campaigns" ROI', () => {
  it.each<[string, Partial<Campaign>, number, string]>([
    // (1,000 + 100 × 10 − 500) ÷ 500 = 300%
    [
      'revenue and leads × lead value',
      { spend: eur(50_000), revenue: eur(100_000), leads: 100, leadValue: eur(1_000) },
      3,
      '300%',
    ],
    // (10 × 200 − 500) ÷ 500 = 300% (the CLV holds the revenue: not added)
    [
      'customer lifetime value',
      { spend: eur(50_000), revenue: eur(60_000), conversions: 10, lifetimeValue: eur(20_000) },
      3,
      '300%',
    ],
    // (10 × 100 − 500) ÷ 500 = 100%, no revenue entered
    [
      'conversions × average order value',
      { spend: eur(50_000), conversions: 10, averageOrderValue: eur(10_000) },
      1,
      '100%',
    ],
    // (20 × 50 − 500) ÷ 500 = 100%, leads only
    ['leads × lead value only', { spend: eur(50_000), leads: 20, leadValue: eur(5_000) }, 1, '100%'],
  ])('of one campaign valued by %s is that campaign’s ROI', (_why, over, value, display) => {
    const cmp = compare(campaign(over));
    const total = cmp.totals.find((x) => x.id === 'roi')!;
    expect(cmp.rows[0]!.figures.roi.display).toBe(display);
    expect(total.value).toBeCloseTo(value, 12);
    expect(total.display).toBe(display);
  });

  it('adds each campaign’s value by its own rule: (Σ value − Σ spend) ÷ Σ spend', () => {
    // A: revenue 1,000 + 100 leads × 10 = 2,000 on 500; B: 10 conversions × CLV 200 = 2,000 on 500
    // (its revenue 600 is in the CLV); C: 10 × AOV 100 = 1,000 on 1,000. (5,000 − 2,000) ÷ 2,000 = 150%.
    const a = campaign({
      id: 'A',
      name: 'A',
      spend: eur(50_000),
      revenue: eur(100_000),
      leads: 100,
      leadValue: eur(1_000),
    });
    const b = campaign({
      id: 'B',
      name: 'B',
      spend: eur(50_000),
      revenue: eur(60_000),
      conversions: 10,
      lifetimeValue: eur(20_000),
    });
    const c = campaign({
      id: 'C',
      name: 'C',
      spend: eur(100_000),
      conversions: 10,
      averageOrderValue: eur(10_000),
    });
    const total = roiTotal(a, b, c);
    expect(total.value).toBeCloseTo(1.5, 12);
    expect(total.display).toBe('150%');
  });

  it('needs what a campaign’s own ROI needs, naming the campaign', () => {
    // Lead value entered without leads: the row needs leads, so the total needs "leads of “B”".
    const a = campaign({ id: 'A', name: 'A', spend: eur(50_000), revenue: eur(100_000) });
    const b = campaign({ id: 'B', name: 'B', spend: eur(50_000), leadValue: eur(1_000) });
    const cmp = compare(a, b);
    expect(cmp.rows[1]!.figures.roi.needs).toEqual(['leads']);
    const total = cmp.totals.find((x) => x.id === 'roi')!;
    expect(total.value).toBeNull();
    expect(total.needs).toEqual(['leads of “B”']);
    expect(total.display).toBe('needs leads of “B”');
  });

  it('does not claim a campaign needs revenue when any value would do', () => {
    const a = campaign({ id: 'A', name: 'A', spend: eur(50_000), revenue: eur(100_000) });
    const b = campaign({ id: 'B', name: 'B', spend: eur(50_000) });
    expect(roiTotal(a, b).needs).toEqual([
      'revenue (or lead value, average order value or customer lifetime value) of “B”',
    ]);
  });

  it('still says "mixed currencies" for spends in two currencies', () => {
    const a = campaign({ id: 'A', name: 'A', spend: eur(50_000), revenue: eur(100_000) });
    const b = campaign({ id: 'B', name: 'B', spend: usd(50_000), leads: 10, leadValue: usd(10_000) });
    const total = roiTotal(a, b);
    expect(total.value).toBeNull();
    expect(total.display).toBe('mixed currencies (EUR, USD): not added');
  });

  it('says in its formula that the value is each campaign’s, not only the revenue', () => {
    const total = roiTotal(campaign({ spend: eur(50_000), leads: 20, leadValue: eur(5_000) }));
    expect(total.formula).not.toBe('(Σ revenue − Σ spend) ÷ Σ spend');
    expect(total.formula).toMatch(/value/);
  });

  it('is the same figure in the campaigns CSV total row', () => {
    const csv = buildCampaignCsv(
      compare(campaign({ spend: eur(50_000), revenue: eur(100_000), leads: 100, leadValue: eur(1_000) })),
    );
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows[0]!.roi).toBe('3');
    expect(rows[1]!.name).toBe('All campaigns (total)');
    expect(rows[1]!.roi).toBe('3');
  });
});

describe('ads CSV import: the rows below the header', () => {
  function shown(text: string): string {
    const parsed = parseAdsCsv(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const loaded: Loaded = {
      fileName: 'ads.csv',
      table: parsed.table,
      choices: {
        mapping: guessAdsMapping(parsed.table.header),
        currency: 'EUR',
        dateOrder: null,
        decimalMark: null,
        emptyAsZero: false,
        campaignName: null,
      },
    };
    const root = document.createElement('div');
    render(h(Choices, { loaded, names: [], result: null, set: () => {} }), root);
    const text1 = root.querySelector('p.muted')!.textContent ?? '';
    render(null, root);
    return text1;
  }

  it.each([
    ['CRLF, the last line too', 'Day,Amount spent (EUR)\r\n2025-03-02,10.00\r\n2025-03-03,5.00\r\n', 1, 2],
    ['LF, no newline at the end', 'Day,Amount spent (EUR)\n2025-03-02,10.00\n2025-03-03,5.00', 1, 2],
    [
      'blank lines between and after',
      'Day,Amount spent (EUR)\n2025-03-02,10.00\n\n2025-03-03,5.00\n\n\n',
      1,
      2,
    ],
    ['one data row', 'Day,Amount spent (EUR)\r\n2025-03-02,10.00\r\n', 1, 1],
    [
      'title lines above the header, as Google Ads writes them',
      'Campaign report\r\n"March 1, 2025 - March 31, 2025"\r\nDay,Cost\r\n2025-03-02,10.00\r\n2025-03-03,5.00\r\n2025-03-04,1.00\r\n',
      3,
      3,
    ],
  ])('counts only the rows with something in them (%s)', (_why, text, headerRow, rows) => {
    const noun = rows === 1 ? 'row' : 'rows';
    expect(shown(text)).toBe(`ads.csv: header on row ${headerRow}, ${rows} ${noun} below it`);
  });
});
