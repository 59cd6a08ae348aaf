// @vitest-environment node

// The later campaign inputs (lead value, AOV, CLV, paid impressions, reach, video completions,
// mentions, direct messages) on their way through the validator, the JSON export and import, the
// export schema and the campaigns CSV: optional, checked, and kept exactly.
import Papa from 'papaparse';
import { type Campaign, campaignInputs, checkCampaignInput, compareCampaigns } from '@/lib/campaigns';
import {
  buildCampaignCsv,
  CAMPAIGN_CSV_COLUMNS,
  checkAnyExport,
  type ExportV1,
  serializeExport,
  withCampaigns,
} from '@/lib/transfer';
import { NO_OUTCOMES } from '../fixtures/campaign';
import { problems } from '../transfer/export-schema';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const LATER = [
  'leadValue',
  'averageOrderValue',
  'lifetimeValue',
  'impressions',
  'reach',
  'videoCompletions',
  'mentions',
  'directMessages',
] as const;

const FULL: Campaign = {
  id: 'c-full',
  name: 'Everything entered',
  postKeys: ['x:1'],
  start: '2025-03-01',
  end: '2025-03-31',
  spend: eur(50_000),
  revenue: eur(125_000),
  leads: 40,
  clicks: 800,
  conversions: 20,
  csat: 87.5,
  nps: -12,
  leadValue: eur(500),
  averageOrderValue: eur(8_005),
  lifetimeValue: eur(30_000),
  impressions: 10_000_000_000_000,
  reach: 0,
  videoCompletions: 4_000,
  mentions: 30,
  directMessages: 12,
  createdAt: Date.UTC(2025, 2, 1),
  updatedAt: Date.UTC(2025, 2, 5),
};

/** FULL as a page sends it: without id and times. */
const { id: _id, createdAt: _c, updatedAt: _u, ...INPUT } = FULL;

const V1: ExportV1 = {
  format: 'postlens-export',
  version: 1,
  exportedAt: '2025-03-20T10:00:00.000Z',
  posts: [],
  authors: [],
};

const written = (campaigns: Campaign[]) => serializeExport(withCampaigns(V1, campaigns));

describe('checkCampaignInput on the later inputs', () => {
  it('keeps every one exactly', () => {
    expect(checkCampaignInput(INPUT)).toEqual({ ok: true, value: INPUT });
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['absent (an input from before they existed)', {}, { ...NO_OUTCOMES, leads: 40 }],
    ['null', Object.fromEntries(LATER.map((k) => [k, null])), { leadValue: null, impressions: null }],
    ['undefined', Object.fromEntries(LATER.map((k) => [k, undefined])), { reach: null, mentions: null }],
    ['counts at their bounds', { impressions: 0, reach: 1e13 }, { impressions: 0, reach: 1e13 }],
    ['a zero amount', { lifetimeValue: eur(0) }, { lifetimeValue: eur(0) }],
    [
      'amounts in one currency without spend',
      { spend: null, revenue: null, leadValue: eur(1), averageOrderValue: eur(2) },
      { leadValue: eur(1), averageOrderValue: eur(2) },
    ],
  ])('accepts them %s', (_why, over, expected) => {
    const base = { name: 'A', postKeys: [], start: '2025-03-01', end: '2025-03-02', leads: 40 };
    const r = checkCampaignInput({ ...base, ...over });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject(expected);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a fraction of an impression', { impressions: 2.5 }, /^impressions: must be a whole number$/],
    ['a negative reach', { reach: -1 }, /^reach: must not be negative$/],
    ['infinite completions', { videoCompletions: Infinity }, /^videoCompletions: must be a number or empty$/],
    ['NaN mentions', { mentions: Number.NaN }, /^mentions: must be a number or empty$/],
    ['a count as text', { directMessages: '12' }, /^directMessages: must be a number or empty$/],
    [
      'an absurd count',
      { directMessages: 10_000_000_000_001 },
      /^directMessages: must be at most 10,000,000,000,000$/,
    ],
    ['a number for an amount', { leadValue: 12 }, /^leadValue: must be an amount and a currency$/],
    [
      'a fraction of a cent',
      { leadValue: { amountMinor: 1.5, currency: 'EUR' } },
      /^leadValue: the amount must be whole minor units$/,
    ],
    ['a negative AOV', { averageOrderValue: eur(-1) }, /^averageOrderValue: must not be negative$/],
    [
      'an absurd CLV',
      { lifetimeValue: eur(1_000_000_000_000_001) },
      /^lifetimeValue: the amount is too large$/,
    ],
    [
      'a lower-case code',
      { lifetimeValue: { amountMinor: 1, currency: 'eur' } },
      /^lifetimeValue\.currency: "eur" is not an ISO 4217 code$/,
    ],
    [
      "another currency than the spend's",
      { leadValue: { amountMinor: 1, currency: 'USD' } },
      /^leadValue: must be in the spend's currency \(EUR\), not USD$/,
    ],
    [
      'another currency than the first amount, without spend',
      { spend: null, averageOrderValue: { amountMinor: 1, currency: 'USD' } },
      /^averageOrderValue: must be in the currency of revenue \(EUR\), not USD$/,
    ],
  ])('refuses %s', (_why, over, error) => {
    expect(checkCampaignInput({ ...INPUT, ...over })).toEqual({
      ok: false,
      error: expect.stringMatching(error),
    });
  });
});

describe('the later inputs in the JSON export', () => {
  it('survive a round trip exactly, and the file writes the same bytes again', () => {
    const text = written([FULL]);
    const checked = checkAnyExport(JSON.parse(text));
    expect(checked).toEqual({ ok: true, data: V1, campaigns: [FULL] });
    if (checked.ok) expect(written(checked.campaigns)).toBe(text);
  });

  it('match the export schema, and so does a file written before they existed', () => {
    const file = JSON.parse(written([FULL]));
    expect(problems(file)).toEqual([]);
    for (const k of LATER) delete file.campaigns[0][k];
    expect(problems(file)).toEqual([]);
  });

  it('write null when not entered, also for a campaign stored before they existed', () => {
    const old = Object.fromEntries(
      Object.entries(FULL).filter(([k]) => !(LATER as readonly string[]).includes(k)),
    );
    const file = JSON.parse(written([old as unknown as Campaign]));
    for (const k of LATER) expect(file.campaigns[0][k]).toBeNull();
  });

  it('import as not entered from a file written before they existed', () => {
    const file = JSON.parse(written([FULL]));
    for (const k of LATER) delete file.campaigns[0][k];
    const checked = checkAnyExport(file);
    expect(checked.ok).toBe(true);
    if (checked.ok)
      expect(checked.campaigns).toEqual([{ ...FULL, ...Object.fromEntries(LATER.map((k) => [k, null])) }]);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'a fraction of an impression',
      { impressions: 1.5 },
      'impressions',
      /impressions: must be a whole number/,
    ],
    ['a negative reach', { reach: -3 }, 'reach', /reach: must not be negative/],
    [
      'a lead value in another currency',
      { leadValue: { amountMinor: 5, currency: 'USD' } },
      'leadValue',
      /leadValue: must be in the spend's currency \(EUR\), not USD/,
    ],
  ])('refuses a file with %s, saying where', (_why, over, field, reason) => {
    const file = JSON.parse(written([FULL]));
    Object.assign(file.campaigns[0], over);
    const r = checkAnyExport(file);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toContainEqual(
        expect.objectContaining({ path: 'campaigns[0]', reason: expect.stringMatching(reason) }),
      );
    }
    // The schema refuses the same file (a fraction and a negative count by type and minimum).
    if (field !== 'leadValue') expect(problems(file)).not.toEqual([]);
  });
});

describe('the later inputs in the campaigns CSV and the campaign view', () => {
  it('has a column per input after the first seven, with exact amounts, empty when not entered', () => {
    const stored = Object.fromEntries(
      Object.entries({ ...FULL, id: 'old', name: 'Old' }).filter(
        ([k]) => !(LATER as readonly string[]).includes(k),
      ),
    );
    const cmp = compareCampaigns(
      [FULL, stored as unknown as Campaign].map((campaign) => ({
        campaign,
        facts: new Map(),
        snapshots: [],
      })),
      Date.UTC(2025, 3, 1),
      'en-US',
    );
    const { data, meta } = Papa.parse<Record<string, string>>(buildCampaignCsv(cmp), {
      header: true,
      skipEmptyLines: true,
    });
    expect(meta.fields).toEqual([...CAMPAIGN_CSV_COLUMNS]);
    expect(CAMPAIGN_CSV_COLUMNS.slice(4, 20)).toEqual([
      'currency',
      'spend',
      'revenue',
      'leads',
      'clicks',
      'conversions',
      'csat',
      'nps',
      ...LATER,
    ]);
    expect(data[0]).toMatchObject({
      leadValue: '5.00',
      averageOrderValue: '80.05',
      lifetimeValue: '300.00',
      impressions: '10000000000000',
      reach: '0',
      videoCompletions: '4000',
      mentions: '30',
      directMessages: '12',
      // (20 × €300 − €500) ÷ €500 with the CLV; 30 + 12 conversations.
      roi: '11',
      conversations: '42',
    });
    for (const k of LATER) expect(data[1]![k]).toBe('');
  });

  it('shows what was entered, and "not entered" for the rest', () => {
    const shown = (c: Campaign) =>
      Object.fromEntries(campaignInputs(c, 'en-US').map((i) => [i.id, i.display]));
    expect(shown(FULL)).toMatchObject({
      leadValue: '€5.00',
      averageOrderValue: '€80.05',
      lifetimeValue: '€300.00',
      impressions: '10,000,000,000,000',
      reach: '0',
      videoCompletions: '4,000',
      mentions: '30',
      directMessages: '12',
    });
    const none = shown({ ...FULL, ...Object.fromEntries(LATER.map((k) => [k, null])) });
    for (const k of LATER) expect(none[k]).toBe('not entered');
  });
});
