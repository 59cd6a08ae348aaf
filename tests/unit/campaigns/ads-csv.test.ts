// @vitest-environment node

// The ads CSV import: an ads manager's daily export read into a campaign's inputs. Every value is
// taken exactly or refused with its row, column and reason; a date or amount that reads two ways
// is refused until the user chooses the convention. Expected totals are added up by hand.
import {
  type AdsChoices,
  type AdsPeriod,
  type AdsTable,
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

function table(text: string): AdsTable {
  const r = parseAdsCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.table;
}

/** Reads the file with the guessed mapping and the choices given (EUR, nothing else chosen). */
function run(text: string, over: Partial<AdsChoices> = {}, period = JANUARY) {
  const t = table(text);
  const choices: AdsChoices = {
    mapping: guessAdsMapping(t.header),
    currency: 'EUR',
    dateOrder: null,
    decimalMark: null,
    emptyAsZero: false,
    campaignName: null,
    ...over,
  };
  return importAdsRows(t, choices, period);
}

function result(text: string, over: Partial<AdsChoices> = {}, period = JANUARY) {
  const r = run(text, over, period);
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

describe('guessing the columns from the header', () => {
  it.each([
    [
      'Meta',
      'Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Impressions,Clicks (all),Link clicks,Results,Purchases conversion value',
      // "Results" is no conversions from the header alone: see ads-csv-results.test.ts.
      { date: 0, endDate: 1, campaign: 2, spend: 3, impressions: 4, clicks: 6, revenue: 8 },
    ],
    [
      'Google Ads',
      'Day,Campaign,Currency code,Cost,Impr.,Clicks,Conversions,Conv. value',
      { date: 0, campaign: 1, currency: 2, spend: 3, impressions: 4, clicks: 5, conversions: 6, revenue: 7 },
    ],
    [
      'LinkedIn',
      'Start Date (in UTC),End Date (in UTC),Campaign Name,Total Spent,Impressions,Clicks,Conversions,Total Conversion Value',
      { date: 0, endDate: 1, campaign: 2, spend: 3, impressions: 4, clicks: 5, conversions: 6, revenue: 7 },
    ],
    [
      'TikTok',
      'By Day,Campaign name,Cost,Impressions,Clicks (destination),Conversions',
      { date: 0, campaign: 1, spend: 2, impressions: 3, clicks: 4, conversions: 5 },
    ],
    [
      'Microsoft Ads',
      'Date,Campaign name,Spend,Impr.,Clicks,Conv.,Revenue',
      { date: 0, campaign: 1, spend: 2, impressions: 3, clicks: 4, conversions: 5, revenue: 6 },
    ],
    ['upper case, extra spaces', ' DATE ,SPEND,  Link   Clicks', { date: 0, spend: 1, clicks: 2 }],
    ['nothing known', 'Ad set,Reach,Frequency', {}],
  ])('%s', (_, header, expected) => {
    const none = {
      date: null,
      endDate: null,
      campaign: null,
      currency: null,
      spend: null,
      revenue: null,
      clicks: null,
      impressions: null,
      conversions: null,
    };
    expect(guessAdsMapping(header.split(','))).toEqual({ ...none, ...expected });
  });

  it('reads the currency a money column names, and only an unambiguous one', () => {
    const meta = 'Day,Amount spent (EUR),Purchases conversion value (EUR)'.split(',');
    expect(headerCurrency(meta, guessAdsMapping(meta))).toBe('EUR');
    const mixed = 'Day,Amount spent (EUR),Revenue (USD)'.split(',');
    expect(headerCurrency(mixed, guessAdsMapping(mixed))).toBeNull();
    const bare = 'Day,Cost'.split(',');
    expect(headerCurrency(bare, guessAdsMapping(bare))).toBeNull();
  });
});

describe('reading the file', () => {
  it.each([
    ['comma, LF', 'Day,Cost\n2025-01-02,"1,234.50"\n', ','],
    ['semicolon, CRLF, BOM', '\uFEFFDay;Cost\r\n2025-01-02;1234,50\r\n', ';'],
    ['tab', 'Day\tCost\n2025-01-02\t1234.5\n', '\t'],
  ])('%s', (_, text, delimiter) => {
    const t = table(text);
    expect(t.delimiter).toBe(delimiter);
    expect(t.header).toEqual(['Day', 'Cost']);
    const r = result(text);
    expect(r.totals.spend).toEqual({ amountMinor: 123_450, currency: 'EUR' });
    expect(r.rowsUsed).toBe(1);
  });

  it("finds the header under Google's report title and leaves its Total rows out", () => {
    const text = [
      'Campaign performance report',
      '"1 January 2025 - 31 January 2025"',
      'Day,Campaign,Cost',
      '2025-01-02,Spring,10.00',
      'Total: Account,,10.00',
      'Total: Campaigns,--,10.00',
    ].join('\n');
    const t = table(text);
    expect(t.headerIndex).toBe(2);
    const r = result(text, { campaignName: 'Spring' });
    expect(r).toMatchObject({ rowsUsed: 1, rowsSummary: 2, rowsOtherCampaigns: 0, errors: [] });
    expect(adsCampaignNames(t, guessAdsMapping(t.header))).toEqual([{ name: 'Spring', rows: 1 }]);
  });

  it.each([
    ['', 'The file is empty'],
    ['Day,Cost\n2025-01-02,"12\n2025-01-03,5\n', 'Row 2: a quoted cell is never closed'],
  ])('refuses %j', (text, error) => {
    expect(parseAdsCsv(text)).toEqual({ ok: false, error });
  });

  it('decodes UTF-8 and UTF-16 (Excel CSV), and refuses other bytes', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Day'].flatMap((c) => [c.charCodeAt(0), 0])]);
    // The decoder drops the byte-order mark itself.
    expect(decodeAdsFile(utf16)).toEqual({ ok: true, text: 'Day' });
    expect(decodeAdsFile(new TextEncoder().encode('Día'))).toEqual({ ok: true, text: 'Día' });
    expect(decodeAdsFile(new Uint8Array([0x44, 0xed, 0x61]))).toEqual({
      ok: false,
      error: 'The file is not UTF-8 text: save it as "CSV UTF-8" and choose it again',
    });
  });
});

describe('dates', () => {
  const ORDER = /choose the file's date order/;
  it.each([
    ['2025-01-05', null, '2025-01-05'],
    ['2025/01/05', null, '2025-01-05'],
    ['2025-01-05 00:00:00', null, '2025-01-05'],
    ['05/01/2025', 'dmy', '2025-01-05'],
    ['01/05/2025', 'mdy', '2025-01-05'],
    ['5.1.2025', 'dmy', '2025-01-05'],
    ['05/01/2025', null, /^day and month order unknown: choose the file's date order$/],
    ['25/01/2025', null, /date order \(it only reads day first\)$/],
    ['01/25/2025', null, /date order \(it only reads month first\)$/],
    ['25/01/2025', 'mdy', /^not a day of the calendar$/],
    ['2025-02-30', null, /^not a day of the calendar$/],
    ['05/01/25', 'dmy', /^a two-digit year is not read/],
    ['05/01-2025', 'dmy', /^not a date/],
    ['Jan 5, 2025', null, /^not a date/],
    ['2025-01-05 13:00', null, /^not a date/],
    ['', null, /^not a date/],
  ] as const)('%j read %s', (cell, dateOrder, expected) => {
    const r = result(`Day,Cost\n"${cell}",1.00\n`, { dateOrder });
    if (typeof expected === 'string') {
      expect(r.errors).toEqual([]);
      expect(r.dateRange).toEqual({ first: expected, last: expected });
    } else {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ row: 2, column: 'Day', value: cell });
      expect(r.errors[0]!.reason).toMatch(expected);
      expect(r.errors[0]!.need === 'dateOrder').toBe(ORDER.test(r.errors[0]!.reason));
      expect(adsImportReady(r)).toBe(false);
    }
  });
});

describe('amounts', () => {
  it.each([
    ['1,234.56', null, 123_456],
    ['1.234,56', null, 123_456],
    ['12.5', null, 1250],
    ['12,5', null, 1250],
    ['1,23', null, 123],
    ['0,123', ',', /^more decimals than EUR has \(2\): not rounded$/],
    ['1,234,567', null, 123_456_700],
    ['1 234,56', null, 123_456],
    ['12,34,567.00', null, 1_234_567_00],
    ['1,234', '.', 123_400],
    ['1.234', ',', 123_400],
    ['1,234', null, /^reads as a decimal or as thousands: choose the decimal mark$/],
    ['1.234', null, /choose the decimal mark/],
    ['12.345', '.', /^more decimals than EUR has \(2\)/],
    ['1,234', ',', /^more decimals than EUR has/],
    ['1.234,5', '.', /^not a number with "\." as decimal mark$/],
    ['1,2,3', null, /^thousands marks in the wrong places$/],
    ['1,234.5,6', null, /^not a number with/],
    ['€12.50', null, 1250],
    ['12.50 EUR', null, 1250],
    ['$12.50', null, /^not a number$/],
    ['-5.00', null, /^must not be negative$/],
    ['(5.00)', null, /^must not be negative$/],
    ["=cmd|' /C calc'!A0", null, /^not a number$/],
    ['+1', null, /^not a number$/],
    ['1e6', null, /^not a number$/],
    ['Infinity', null, /^not a number$/],
    ['99999999999999999999', null, /^too large$/],
    ['10000000000000.00', null, 1e15],
    ['10000000000000.01', null, /^too large$/],
  ] as const)('%j with decimal mark %s', (cell, decimalMark, expected) => {
    const r = result(`Day;Cost\n2025-01-05;${cell}\n`, { decimalMark });
    if (typeof expected === 'number') {
      expect(r.errors).toEqual([]);
      expect(r.totals.spend).toEqual({ amountMinor: expected, currency: 'EUR' });
    } else {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ row: 2, column: 'Cost', value: cell });
      expect(r.errors[0]!.reason).toMatch(expected);
      expect(r.errors[0]!.need === 'decimalMark').toBe(/choose the decimal mark$/.test(r.errors[0]!.reason));
    }
  });

  it('takes the currency’s own decimals: none for JPY, three for KWD', () => {
    expect(result('Day;Cost\n2025-01-05;1234\n', { currency: 'JPY' }).totals.spend).toEqual({
      amountMinor: 1234,
      currency: 'JPY',
    });
    expect(result('Day;Cost\n2025-01-05;12.5\n', { currency: 'JPY' }).errors[0]!.reason).toBe(
      'more decimals than JPY has (0): not rounded',
    );
    expect(
      result('Day;Cost\n2025-01-05;1.234\n', { currency: 'KWD', decimalMark: '.' }).totals.spend,
    ).toEqual({ amountMinor: 1234, currency: 'KWD' });
  });
});

describe('counts', () => {
  it.each([
    ['1234', null, 1234],
    ['1,234', null, 1234],
    ['1.234', null, 1234],
    ['1 234 567', null, 1_234_567],
    ['1,234,567', null, 1_234_567],
    ['0', null, 0],
    ['1,234', ',', /^not a whole number$/],
    ['12.5', null, /^not a whole number$/],
    ['-1', null, /^must not be negative$/],
    ['10000000000000', null, 1e13],
    ['10000000000001', null, /^too large$/],
    ['=1+1', null, /^not a number$/],
  ] as const)('%j with decimal mark %s', (cell, decimalMark, expected) => {
    const r = result(`Day;Clicks\n2025-01-05;${cell}\n`, { decimalMark });
    if (typeof expected === 'number') expect(r.totals.clicks).toBe(expected);
    else expect(r.errors).toMatchObject([{ row: 2, column: 'Clicks', value: cell, reason: expected }]);
  });

  it('refuses an empty cell unless the user says empty is 0', () => {
    const text = 'Day,Clicks,Conversions\n2025-01-05,3,\n2025-01-06,4,2\n';
    const strict = result(text);
    expect(strict.errors).toEqual([
      {
        row: 2,
        column: 'Conversions',
        value: '',
        reason: 'empty: choose whether an empty cell is 0',
        need: 'emptyAsZero',
      },
    ]);
    expect(adsImportReady(strict)).toBe(false);
    const zero = result(text, { emptyAsZero: true });
    expect(zero).toMatchObject({ rowsUsed: 2, errors: [] });
    expect(zero.totals).toMatchObject({ clicks: 7, conversions: 2 });
  });
});

describe('one campaign, one period', () => {
  const FILE = [
    'Day,Campaign,Cost,Clicks,Impr.,Conversions,Conv. value',
    '2024-12-31,Spring,not read,1,100,0,0',
    '2025-01-01,Spring,"1,234.56",10,1000,2,50.00',
    '2025-01-15,Spring,0.44,5,"2,500",1,"1,000.10"',
    '2025-01-15,Summer,99.99,9,999,9,9.00',
    '2025-01-31,Spring,5,0,0,0,0',
    '2025-02-01,Spring,7.00,1,1,1,1.00',
    'Total: Account,,1347.99,26,4600,13,1060.10',
  ].join('\r\n');

  it('adds up the rows of the chosen campaign in the period and counts the others', () => {
    const r = result(FILE, { campaignName: 'Spring' });
    // 1,234.56 + 0.44 + 5 = 1,240.00; revenue 50.00 + 1,000.10 + 0 = 1,050.10.
    expect(r.totals).toEqual({
      spend: { amountMinor: 124_000, currency: 'EUR' },
      revenue: { amountMinor: 105_010, currency: 'EUR' },
      clicks: 15,
      impressions: 3500,
      conversions: 3,
    });
    expect(r).toMatchObject({
      rowsUsed: 3,
      rowsOutsidePeriod: 2,
      rowsOtherCampaigns: 1,
      rowsSummary: 1,
      errors: [],
      dateRange: { first: '2024-12-31', last: '2025-02-01' },
    });
    expect(adsImportReady(r)).toBe(true);
    const names = adsCampaignNames(table(FILE), guessAdsMapping(table(FILE).header));
    expect(names).toEqual([
      { name: 'Spring', rows: 5 },
      { name: 'Summer', rows: 1 },
    ]);
  });

  it('takes the other campaign only when it is chosen', () => {
    const r = result(FILE, { campaignName: 'Summer' });
    expect(r.totals.spend).toEqual({ amountMinor: 9999, currency: 'EUR' });
    expect(r).toMatchObject({ rowsUsed: 1, rowsOtherCampaigns: 5 });
  });

  it('takes every row without a campaign column', () => {
    const r = result('Day,Clicks\n2025-01-02,3\n2025-01-03,4\n2025-03-01,100\n');
    expect(r.totals.clicks).toBe(7);
    expect(r).toMatchObject({ rowsUsed: 2, rowsOutsidePeriod: 1, rowsOtherCampaigns: 0 });
  });

  it('is not ready when no row falls in the period', () => {
    const r = result('Day,Clicks\n2025-03-01,100\n');
    expect(r).toMatchObject({ rowsUsed: 0, rowsOutsidePeriod: 1, errors: [] });
    expect(adsImportReady(r)).toBe(false);
  });

  it('refuses a row that covers several days, and a row whose cells do not line up', () => {
    const text = [
      'Reporting starts,Reporting ends,Amount spent (EUR)',
      '2025-01-01,2025-01-01,1.00',
      '2025-01-01,2025-01-31,30.00',
      '2025-01-02,2025-01-02,1,50',
      '2025-01-03,2025-01-03',
    ].join('\n');
    expect(result(text).errors).toEqual([
      {
        row: 3,
        column: 'Reporting ends',
        value: '2025-01-31',
        reason: 'the row covers 2025-01-01 to 2025-01-31: export one row per day',
      },
      {
        row: 4,
        column: 'row',
        value: '2025-01-02,2025-01-02,1,50',
        reason: '4 cells where the header has 3',
      },
      { row: 5, column: 'row', value: '2025-01-03,2025-01-03', reason: '2 cells where the header has 3' },
    ]);
  });

  it('checks a currency column against the currency chosen', () => {
    const r = result('Day,Currency code,Cost\n2025-01-02,EUR,1.00\n2025-01-03,USD,2.00\n');
    expect(r.errors).toEqual([
      { row: 3, column: 'Currency code', value: 'USD', reason: 'not the currency chosen for the file (EUR)' },
    ]);
    // Counts alone need no currency, so the column is not checked.
    const counts = result('Day,Currency code,Clicks\n2025-01-02,USD,3\n', { currency: '' });
    expect(counts).toMatchObject({ rowsUsed: 1, errors: [] });
  });
});

describe('refusing the whole file', () => {
  const usd = { ...JANUARY, spend: { amountMinor: 100, currency: 'USD' } };
  it.each([
    [
      'a campaign in another currency',
      {},
      usd,
      "The file's amounts are in EUR but this campaign's are in USD: amounts are not converted",
    ],
    ['no currency chosen', { currency: '' }, JANUARY, "Choose the currency of the file's amounts"],
    ['no campaign chosen', { campaignName: null }, JANUARY, 'Choose which campaign of the file this is'],
  ])('%s', (_, over, period, error) => {
    const text = 'Day,Campaign,Cost\n2025-01-02,Spring,1.00\n';
    expect(run(text, { campaignName: 'Spring', ...over }, period)).toEqual({ ok: false, error });
  });

  it('needs no currency when only counts are imported, and takes the campaign’s own', () => {
    expect(run('Day,Clicks\n2025-01-02,3\n', { currency: '' }, usd).ok).toBe(true);
    const revenueOnly = { ...JANUARY, revenue: { amountMinor: 1, currency: 'USD' } };
    expect(run('Day,Cost\n2025-01-02,3.00\n', { currency: 'USD' }, revenueOnly).ok).toBe(true);
    expect(run('Day,Cost\n2025-01-02,3.00\n', { currency: 'EUR' }, revenueOnly).ok).toBe(false);
  });

  it('refuses a mapping without a day, without values, or with a column twice', () => {
    const text = 'Day,Cost,Clicks\n2025-01-02,1.00,3\n';
    const t = table(text);
    const base = guessAdsMapping(t.header);
    const choices = {
      currency: 'EUR',
      dateOrder: null,
      decimalMark: null,
      emptyAsZero: false,
      campaignName: null,
    };
    const refuse = (mapping: typeof base) => importAdsRows(t, { ...choices, mapping }, JANUARY);
    expect(refuse({ ...base, date: null })).toEqual({
      ok: false,
      error: "Choose the column with each row's day",
    });
    expect(refuse({ ...base, spend: null, clicks: null })).toEqual({
      ok: false,
      error: 'Choose at least one column to import',
    });
    expect(refuse({ ...base, revenue: 1 })).toEqual({
      ok: false,
      error: 'The column "Cost" is chosen twice',
    });
  });

  it('refuses totals beyond what PostLens stores instead of capping them', () => {
    // Each row 6,000,000,000,000.00 EUR (6 × 10^14 minor units) is accepted; their sum is not.
    const text = 'Day,Cost\n2025-01-02,6000000000000.00\n2025-01-03,6000000000000.00\n';
    expect(run(text)).toEqual({
      ok: false,
      error: 'The spend of the rows used adds up to more than PostLens accepts',
    });
  });
});

describe('per-row errors', () => {
  it('lists every refused cell with its row, column, value and reason, and nothing is ready', () => {
    const text = [
      'Date;Spend;Clicks',
      '2025-01-02;1,50;3',
      '02/01/2025;2,00;4',
      '2025-01-03;abc;-2',
      '2025-01-04;1.000;5',
    ].join('\n');
    const r = result(text);
    expect(r.errors).toEqual([
      {
        row: 3,
        column: 'Date',
        value: '02/01/2025',
        reason: "day and month order unknown: choose the file's date order",
        need: 'dateOrder',
      },
      { row: 4, column: 'Spend', value: 'abc', reason: 'not a number' },
      { row: 4, column: 'Clicks', value: '-2', reason: 'must not be negative' },
      {
        row: 5,
        column: 'Spend',
        value: '1.000',
        reason: 'reads as a decimal or as thousands: choose the decimal mark',
        need: 'decimalMark',
      },
    ]);
    expect(r.rowsUsed).toBe(1);
    expect(adsImportReady(r)).toBe(false);
    // With both conventions chosen only the cells that are wrong in any convention remain.
    const chosen = result(text, { dateOrder: 'dmy', decimalMark: ',' });
    expect(chosen.errors.map((e) => e.row)).toEqual([4, 4]);
    // 1,50 + 2,00 + 0 + 1.000 = 1,003.50 once row 4 is fixed.
    const fixed = result(text.replace('abc;-2', '0;0'), { dateOrder: 'dmy', decimalMark: ',' });
    expect(fixed.totals.spend).toEqual({ amountMinor: 100_350, currency: 'EUR' });
    expect(fixed.totals.clicks).toBe(12);
  });
});
