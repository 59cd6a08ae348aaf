// @vitest-environment node

// Two things an ads manager's numbers must not do: a whole count an export writes with decimals
// ("3.00" conversions, as Google Ads writes them) is that whole number, exactly, while a real
// fraction ("2.50", data-driven attribution) is refused, never rounded; and a cost per engagement
// (or per view) over a period in which engagement fell is not computable, never a negative cost.
import {
  type AdsChoices,
  type AdsPeriod,
  type CampaignFacts,
  campaignFigures,
  compareCampaigns,
  figuresById,
  guessAdsMapping,
  importAdsRows,
  type PostFacts,
  parseAdsCsv,
  periodGain,
} from '@/lib/campaigns';
import { campaignOf } from '../fixtures/campaign';

const JANUARY: AdsPeriod = {
  start: '2025-01-01',
  end: '2025-01-31',
  spend: null,
  revenue: null,
  leadValue: null,
  averageOrderValue: null,
  lifetimeValue: null,
};

function read(text: string, over: Partial<AdsChoices> = {}) {
  const parsed = parseAdsCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const choices: AdsChoices = {
    mapping: guessAdsMapping(parsed.table.header),
    currency: 'EUR',
    dateOrder: null,
    decimalMark: null,
    emptyAsZero: false,
    campaignName: null,
    ...over,
  };
  const r = importAdsRows(parsed.table, choices, JANUARY);
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

describe('whole counts written with decimals in an ads export', () => {
  it('reads a Google Ads export whose conversions, clicks and impressions end in ".00" as those whole numbers', () => {
    // Google Ads writes "Conversions" with two decimals; summed by hand: 3 + 2 = 5 conversions,
    // 1234 + 10 clicks, 5000 + 12,345 impressions, €12.50 + €3.00 spend.
    const r = read(
      [
        'Day,Cost,Clicks,Impr.,Conversions',
        '2025-01-05,12.50,"1,234.00",5000.00,3.00',
        '2025-01-06,3.00,10.00,"12,345.00",2.00',
        '',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.totals).toMatchObject({
      spend: { amountMinor: 1550, currency: 'EUR' },
      clicks: 1244,
      impressions: 17_345,
      conversions: 5,
    });
  });

  it('reads "1.234,00" with a decimal comma (German export) as 1234', () => {
    const r = read('Tag;Kosten;Klicks;Conversions\n2025-01-05;1,00;1.234,00;3,00\n', {
      mapping: { ...guessAdsMapping([]), date: 0, spend: 1, clicks: 2, conversions: 3 },
    });
    expect(r.errors).toEqual([]);
    expect(r.totals).toMatchObject({ clicks: 1234, conversions: 3 });
  });

  it('refuses a real fraction of a conversion ("2.50") with its cell, never rounding it', () => {
    const r = read('Day,Conversions\n2025-01-05,3.00\n2025-01-06,2.50\n');
    expect(r.errors).toEqual([
      { row: 3, column: 'Conversions', value: '2.50', reason: 'not a whole number' },
    ]);
  });

  it('reads an amount whose extra decimals are zeros ("12.500" EUR) as that amount, exactly', () => {
    const r = read('Day,Cost\n2025-01-05,12.500\n', { decimalMark: '.' });
    expect(r.errors).toEqual([]);
    expect(r.totals.spend).toEqual({ amountMinor: 1250, currency: 'EUR' });
  });
});

const campaign = campaignOf;

const START = Date.UTC(2025, 2, 1);

/** A post read before the period with 112 likes and 900 views, and in it with 100 likes and `views`. */
function fellFacts(views: number): PostFacts {
  const reading = (likes: number, v: number, capturedAt: number) => ({
    likes,
    comments: null,
    reposts: null,
    saves: null,
    views: v,
    capturedAt,
  });
  const before = reading(112, 900, START - 86_400_000);
  const last = reading(100, views, START + 86_400_000);
  return {
    key: 'x:1',
    latest: last,
    period: periodGain(before, [last], '2025-02-01T00:00:00Z', START),
    followers: 1000,
  };
}

describe('engagement or views that fell over the period', () => {
  const spend = { amountMinor: 1000, currency: 'EUR' };

  it('shows no cost per engagement when engagement fell by 12 (never −€0.83)', () => {
    const f = figuresById(campaignFigures(campaign({ spend }), new Map([['x:1', fellFacts(1000)]]), 'en-US'));
    // The engagement itself is what was read: it fell by 12.
    expect(f.engagement.value).toBe(-12);
    expect(f.costPerEngagement.value).toBeNull();
    expect(f.costPerEngagement.display).toBe('needs a rise in engagement over the period (it fell by 12)');
  });

  it('shows no CPM or CTR by views when views fell by 100 (never a negative cost)', () => {
    const f = figuresById(
      campaignFigures(campaign({ spend, clicks: 5 }), new Map([['x:1', fellFacts(800)]]), 'en-US'),
    );
    expect(f.views.value).toBe(-100);
    for (const id of ['cpm', 'ctr'] as const) {
      expect(f[id].value).toBeNull();
      expect(f[id].display).toBe(
        'needs paid impressions or a rise in views over the period (they fell by 100)',
      );
    }
    // Paid impressions, the ad tool's own count, still give both.
    const paid = figuresById(
      campaignFigures(
        campaign({ spend, clicks: 5, impressions: 2000 }),
        new Map([['x:1', fellFacts(800)]]),
        'en-US',
      ),
    );
    expect(paid.cpm.value).toBe(5);
    expect(paid.ctr.value).toBe(0.0025);
  });

  it('shows no engagement rate or completion rate by views that fell', () => {
    const f = figuresById(
      campaignFigures(campaign({ videoCompletions: 10 }), new Map([['x:1', fellFacts(800)]]), 'en-US'),
    );
    for (const id of ['erViews', 'videoCompletionRate'] as const) {
      expect(f[id].value).toBeNull();
      expect(f[id].display).toBe('needs a rise in views over the period (they fell by 100)');
    }
  });

  it('shows no total cost per engagement in the comparison when engagement fell', () => {
    const f: CampaignFacts = {
      campaign: campaign({ spend }),
      facts: new Map([['x:1', fellFacts(1000)]]),
      snapshots: [],
    };
    const cmp = compareCampaigns([f], Date.UTC(2025, 3, 1), 'en-US');
    const total = cmp.totals.find((x) => x.id === 'costPerEngagement')!;
    expect(total.value).toBeNull();
    expect(total.display).toBe('needs a rise in engagement over the period (it fell by 12)');
    expect(cmp.rows[0]!.figures.costPerEngagement.value).toBeNull();
  });
});
