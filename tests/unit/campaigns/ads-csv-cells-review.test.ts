// @vitest-environment node

// The ads CSV import's reading of cells, rows and files, each defect proved by a test.
import {
  type AdsChoices,
  type AdsPeriod,
  adsCampaignNames,
  adsImportReady,
  decodeAdsFile,
  guessAdsMapping,
  headerCurrency,
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

function run(text: string, over: Partial<AdsChoices> = {}) {
  const p = parseAdsCsv(text);
  if (!p.ok) throw new Error(p.error);
  const mapping = guessAdsMapping(p.table.header);
  const r = importAdsRows(
    p.table,
    {
      mapping,
      currency: headerCurrency(p.table.header, mapping) ?? 'EUR',
      dateOrder: null,
      decimalMark: null,
      emptyAsZero: false,
      campaignName: null,
      ...over,
    },
    JANUARY,
  );
  if (!r.ok) throw new Error(r.error);
  return { table: p.table, mapping, result: r.result };
}

describe('a money column whose header names another currency than the one chosen', () => {
  it('is refused rather than written in the chosen currency', () => {
    // Spend in EUR, revenue in USD: the file says so in its header; adding USD as EUR is wrong.
    const { result } = run('Day,Amount spent (EUR),Revenue (USD)\n2025-01-05,10.00,25.00\n', {
      currency: 'EUR',
    });
    expect(adsImportReady(result)).toBe(false);
    expect(result.errors.map((e) => e.column)).toContain('Revenue (USD)');
  });

  it('is refused when the user picks a currency the only money column contradicts', () => {
    const { result } = run('Day,Cost (USD)\n2025-01-05,10.00\n', { currency: 'EUR' });
    expect(adsImportReady(result)).toBe(false);
    expect(result.errors[0]?.reason).toBe(
      'the column is in USD, not in EUR, the currency chosen for the file',
    );
  });
});

describe('"--" and "-", the exports’ marks of no value', () => {
  it.each(['--', '-'])('reads %s as an empty cell, not as a negative amount', (mark) => {
    const { result } = run(`Day,Cost,Clicks\n2025-01-05,5.00,${mark}\n`);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.need).toBe('emptyAsZero');
    expect(result.errors[0]!.reason).toBe('empty: choose whether an empty cell is 0');
    const chosen = run(`Day,Cost,Clicks\n2025-01-05,5.00,${mark}\n`, { emptyAsZero: true }).result;
    expect(chosen.errors).toEqual([]);
    expect(chosen.totals.clicks).toBe(0);
  });

  it('still refuses a real negative amount as negative', () => {
    const { result } = run('Day,Cost\n2025-01-05,-5.00\n');
    expect(result.errors[0]!.reason).toBe('must not be negative');
  });
});

describe('a German Google Ads export’s "Gesamt" rows', () => {
  const text = [
    'Tag;Kosten;Klicks',
    '2025-01-02;10,50;4',
    '2025-01-03;2,25;1',
    'Gesamt: Konto;12,75;5',
    'Gesamt: Suche;12,75;5',
  ].join('\r\n');

  it('are counted as total rows, not refused as dates', () => {
    const p = parseAdsCsv(text);
    if (!p.ok) throw new Error(p.error);
    const mapping = { ...guessAdsMapping(p.table.header), date: 0, spend: 1, clicks: 2 };
    const r = importAdsRows(
      p.table,
      {
        mapping,
        currency: 'EUR',
        dateOrder: null,
        decimalMark: null,
        emptyAsZero: false,
        campaignName: null,
      },
      JANUARY,
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.result.errors).toEqual([]);
    expect(r.result.rowsSummary).toBe(2);
    expect(r.result.totals.spend).toEqual({ amountMinor: 1275, currency: 'EUR' });
    expect(r.result.totals.clicks).toBe(5);
  });

  it('are not offered as a campaign of the file', () => {
    const withCampaign = ['Tag;Kampagne;Kosten', '2025-01-02;Frühling;10,50', 'Gesamt: Konto;;10,50'].join(
      '\r\n',
    );
    const p = parseAdsCsv(withCampaign);
    if (!p.ok) throw new Error(p.error);
    const mapping = { ...guessAdsMapping(p.table.header), date: 0, campaign: 1, spend: 2 };
    expect(adsCampaignNames(p.table, mapping)).toEqual([{ name: 'Frühling', rows: 1 }]);
  });
});

describe('a UTF-16 file without its byte order mark', () => {
  it('is refused, not read as UTF-8 text with a NUL between every letter', () => {
    const text = 'Day,Cost\n2025-01-05,5.00\n';
    const le = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0), 0]));
    const r = decodeAdsFile(le);
    expect(r.ok && r.text.includes('\u0000')).toBe(false);
  });
});
