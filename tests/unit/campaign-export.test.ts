// @vitest-environment node

import Papa from 'papaparse';
import { type CampaignFacts, compareCampaigns } from '@/lib/campaigns/compare';
import type { Campaign } from '@/lib/campaigns/figures';
import { buildCampaignCsv, CAMPAIGN_CSV_COLUMNS } from '@/lib/transfer/campaign-csv';
import {
  campaignsOf,
  checkAnyExport,
  checkExportCampaigns,
  splitExport,
  withCampaigns,
} from '@/lib/transfer/campaigns-in-export';
import type { ExportV1 } from '@/lib/transfer/format';
import { checkExport } from '@/lib/transfer/import-check';
import { serializeExport } from '@/lib/transfer/json-export';
import { gainedFacts, NO_OUTCOMES } from './fixtures/campaign';

const V1: ExportV1 = {
  format: 'postlens-export',
  version: 1,
  exportedAt: '2025-03-20T10:00:00.000Z',
  posts: [
    {
      platform: 'x',
      postId: '1',
      url: 'https://x.com/a/status/1',
      author: { handle: 'a', name: 'A', followers: 10 },
      publishedAt: null,
      text: 'hi',
      snapshots: [
        {
          capturedAt: '2025-03-02T10:00:00.000Z',
          likes: 5,
          comments: null,
          reposts: null,
          saves: null,
          views: 100,
          followers: 10,
        },
      ],
    },
  ],
  authors: [],
};

// The later inputs (lead value, impressions…) not entered: the figures below are those of the
// first inputs alone. tests/unit/campaigns/inputs-transfer.test.ts round-trips every input.
const CAMPAIGN: Campaign = {
  ...NO_OUTCOMES,
  id: 'c1',
  name: 'Spring',
  postKeys: ['x:1'],
  start: '2025-03-01',
  end: '2025-03-31',
  spend: { amountMinor: 12_345, currency: 'EUR' },
  revenue: { amountMinor: 50_000, currency: 'EUR' },
  leads: 3,
  clicks: 40,
  conversions: 2,
  csat: 90,
  nps: 35,
  createdAt: Date.UTC(2025, 2, 1),
  updatedAt: Date.UTC(2025, 2, 5),
};

describe('JSON export version 2', () => {
  it('adds the campaigns to a version 1 export, times as ISO strings', () => {
    const v2 = withCampaigns(V1, [CAMPAIGN]);
    expect(v2.version).toBe(2);
    expect(v2.posts).toEqual(V1.posts);
    // Each amount says how many decimals its minor units count (EUR: 2).
    expect(v2.campaigns).toEqual([
      {
        ...CAMPAIGN,
        spend: { amountMinor: 12_345, currency: 'EUR', minorDigits: 2 },
        revenue: { amountMinor: 50_000, currency: 'EUR', minorDigits: 2 },
        createdAt: '2025-03-01T00:00:00.000Z',
        updatedAt: '2025-03-05T00:00:00.000Z',
      },
    ]);
  });

  it('reads back the campaigns it wrote, through JSON text', () => {
    const text = serializeExport(withCampaigns(V1, [CAMPAIGN]) as unknown as ExportV1);
    expect(checkExportCampaigns(JSON.parse(text))).toEqual({ ok: true, campaigns: [CAMPAIGN] });
  });

  it('checks a whole version 1 or 2 export', () => {
    expect(checkAnyExport(V1)).toEqual({ ok: true, data: V1, campaigns: [] });
    const v2 = JSON.parse(JSON.stringify(withCampaigns(V1, [CAMPAIGN])));
    expect(checkAnyExport(v2)).toEqual({ ok: true, data: V1, campaigns: [CAMPAIGN] });
    // A bad post refuses a version 2 file as it does a version 1 file.
    const badPost = { ...v2, posts: [{ ...V1.posts[0], url: 'https://evil.example/1' }] };
    expect(checkAnyExport(badPost)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/posts\[0\]\.url/),
    });
  });

  it('gives back the campaigns of a checked export', () => {
    expect(campaignsOf(withCampaigns(V1, [CAMPAIGN]))).toEqual([CAMPAIGN]);
    expect(campaignsOf(V1)).toEqual([]);
  });

  it('imports a version 1 file: no campaigns, nothing to refuse', () => {
    expect(checkExportCampaigns(V1)).toEqual({ ok: true, campaigns: [] });
    expect(splitExport(V1)).toEqual({ ok: true, base: V1, campaigns: [] });
  });

  it('splits a version 2 file into what the version 1 check accepts and the campaigns', () => {
    const split = splitExport(JSON.parse(JSON.stringify(withCampaigns(V1, [CAMPAIGN]))));
    if (!split.ok) throw new Error(split.error);
    expect(split.campaigns).toEqual([CAMPAIGN]);
    expect(checkExport(split.base)).toEqual({ ok: true, data: V1 });
  });

  const v2With = (campaigns: unknown) => ({ ...V1, version: 2, campaigns });
  const good = withCampaigns(V1, [CAMPAIGN]).campaigns[0]!;
  it.each([
    ['no campaigns array', { ...V1, version: 2 }, /campaigns must be an array/],
    ['a newer version', { ...V1, version: 3, campaigns: [] }, /unsupported export version 3/],
    [
      'a bad currency',
      v2With([{ ...good, spend: { amountMinor: 1, currency: 'EURO' } }]),
      /campaigns\[0\]: .*not an ISO 4217 code/,
    ],
    ['negative clicks', v2With([{ ...good, clicks: -1 }]), /campaigns\[0\]: clicks: must not be negative/],
    [
      'mixed spend and revenue currencies',
      v2With([{ ...good, revenue: { amountMinor: 1, currency: 'USD' } }]),
      /spend's currency/,
    ],
    ['no id', v2With([{ ...good, id: undefined }]), /campaigns\[0\]\.id: must be/],
    [
      'a bad createdAt',
      v2With([{ ...good, createdAt: 'yesterday' }]),
      /campaigns\[0\]\.createdAt: must be an ISO 8601 date/,
    ],
    ['a duplicate id', v2With([good, good]), /campaigns\[1\]\.id: c1 appears twice/],
    ['not an object', 'campaigns', /not a PostLens export/],
  ])('refuses a file with %s', (_why, input, error) => {
    const r = splitExport(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });
});

describe('campaign CSV', () => {
  const at = new Date(2025, 2, 2, 12).getTime();
  const facts = (c: Campaign): CampaignFacts => ({
    campaign: c,
    facts: new Map([
      ['x:1', gainedFacts('x:1', { likes: 5, comments: 3, reposts: null, saves: null, views: 100 }, 10)],
    ]),
    snapshots: [{ postKey: 'x:1', capturedAt: at, likes: 5, comments: 3, reposts: null, saves: null }],
  });
  const parse = (csv: string) =>
    Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('keeps counts of trillions exact (only fractions are rounded)', () => {
    const big = 9_007_199_254_740; // × 1e6 is past 2^53
    const f: CampaignFacts = {
      ...facts(CAMPAIGN),
      facts: new Map([
        [
          'x:1',
          gainedFacts('x:1', { likes: big, comments: null, reposts: null, saves: null, views: big }, 10),
        ],
      ]),
    };
    const row = parse(buildCampaignCsv(compareCampaigns([f], Date.UTC(2025, 3, 1), 'en-US'))).data[0]!;
    expect(row.engagement).toBe(String(big));
    expect(row.views).toBe(String(big));
    expect(row.erViews).toBe('1');
  });

  it('has a row per campaign with exact money and raw figures, then the totals', () => {
    const cmp = compareCampaigns([facts(CAMPAIGN)], Date.UTC(2025, 3, 1), 'en-US');
    const { data, meta } = parse(buildCampaignCsv(cmp));
    expect(meta.fields).toEqual([...CAMPAIGN_CSV_COLUMNS]);
    expect(data).toHaveLength(2);
    const row = data[0]!;
    expect(row).toMatchObject({
      name: 'Spring',
      start: '2025-03-01',
      end: '2025-03-31',
      posts: '1',
      currency: 'EUR',
      spend: '123.45',
      revenue: '500.00',
      leads: '3',
      clicks: '40',
      conversions: '2',
      csat: '90',
      nps: '35',
      leadValue: '',
      impressions: '',
      engagement: '8',
      views: '100',
      erViews: '0.08',
      costPerEngagement: String(Math.round((123.45 / 8) * 1e6) / 1e6),
      cpm: '1234.5',
      cpc: String(Math.round((123.45 / 40) * 1e6) / 1e6),
      ctr: '0.4',
      conversionRate: '0.05',
      costPerLead: '41.15',
      costPerAcquisition: '61.725',
      roas: String(Math.round((50_000 / 12_345) * 1e6) / 1e6),
      roi: String(Math.round(((50_000 - 12_345) / 12_345) * 1e6) / 1e6),
    });
    // Only one day in the period has a snapshot: the gain is missing and the row says why.
    expect(row.engagementGained).toBe('');
    // The later inputs are not entered: their figures say so too, in the figures' order.
    expect(row.missing).toBe(
      [
        'ER by reach: needs reach',
        'ER by paid impressions: needs paid impressions',
        'Video completion rate: needs video completions',
        'Conversations: needs mentions, direct messages',
        'Revenue estimate: needs average order value',
        'Engagement gained in period: needs snapshots on two days of the period',
      ].join('; '),
    );
    expect(data[1]).toMatchObject({
      name: 'All campaigns (total)',
      spend: '123.45',
      revenue: '500.00',
      engagement: '8',
    });
  });

  it('leaves a missing figure empty, never 0, and says what it needs', () => {
    const cmp = compareCampaigns(
      [facts({ ...CAMPAIGN, clicks: null, spend: null, revenue: null })],
      at,
      'en-US',
    );
    const row = parse(buildCampaignCsv(cmp)).data[0]!;
    expect([row.spend, row.cpc, row.ctr, row.roi, row.clicks]).toEqual(['', '', '', '', '']);
    expect(row.missing).toContain('CPC: needs spend, clicks');
    expect(row.missing).toContain(
      'ROI: needs revenue (or lead value, average order value or customer lifetime value), spend',
    );
  });

  it('neutralises formulas in campaign names', () => {
    const cmp = compareCampaigns([facts({ ...CAMPAIGN, name: '=HYPERLINK("http://evil")' })], at, 'en-US');
    expect(parse(buildCampaignCsv(cmp)).data[0]!.name).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('says "mixed currencies" in the totals instead of adding them', () => {
    const usd = {
      ...CAMPAIGN,
      id: 'c2',
      name: 'US',
      spend: { amountMinor: 100, currency: 'USD' },
      revenue: null,
    };
    const cmp = compareCampaigns([facts(CAMPAIGN), facts(usd)], at, 'en-US');
    const total = parse(buildCampaignCsv(cmp)).data[2]!;
    expect(total.spend).toBe('mixed currencies (EUR, USD): not added');
    expect(total.currency).toBe('');
  });

  it('is only the header for no campaigns', () => {
    expect(buildCampaignCsv(compareCampaigns([], at)).trim()).toBe(CAMPAIGN_CSV_COLUMNS.join(','));
  });
});
