// @vitest-environment node

// Three things an ads manager's numbers must not do: the campaign form must read a whole count
// typed with zero decimals ("3.00" conversions) as that count, exactly, as the ads import does,
// and still refuse a real fraction; an engagement rate over a period in which engagement fell is
// not computable, never a negative rate; and a conversions cell that reads as a fraction or as
// thousands ("2.125", data-driven attribution) is refused until the user picks the decimal mark.
import {
  type AdsChoices,
  type AdsPeriod,
  type CampaignFormValues,
  campaignFigures,
  figuresById,
  guessAdsMapping,
  importAdsRows,
  type PostFacts,
  parseAdsCsv,
  periodGain,
  readCampaignForm,
} from '@/lib/campaigns';
import { campaignOf, EMPTY_FORM } from '../fixtures/campaign';

const EMPTY = EMPTY_FORM;

const form = (over: Partial<CampaignFormValues>, locale = 'en-US') =>
  readCampaignForm({ ...EMPTY, ...over }, { postKeys: ['x:1'] }, locale);

describe('the campaign form: decimals beyond those allowed', () => {
  it('reads "3.00" conversions, "10.0" clicks, "5000.000" impressions and "7.00" leads as those whole numbers', () => {
    const r = form({ conversions: '3.00', clicks: '10.0', impressions: '5000.000', leads: '7.00' });
    expect(r.ok && r.input).toMatchObject({ conversions: 3, clicks: 10, impressions: 5000, leads: 7 });
  });

  it('reads "3,00" conversions in German as 3', () => {
    const r = form({ conversions: '3,00' }, 'de-DE');
    expect(r.ok && r.input.conversions).toBe(3);
  });

  it('still refuses a real fraction ("2.50" conversions), never rounding it', () => {
    const r = form({ conversions: '2.50' });
    expect(r).toEqual({ ok: false, errors: { conversions: 'Conversions must be a whole number' } });
  });

  it('reads "12.500" EUR as €12.50 exactly, and refuses "12.505" EUR', () => {
    const r = form({ spend: '12.500' });
    expect(r.ok && r.input.spend).toEqual({ amountMinor: 1250, currency: 'EUR' });
    const bad = form({ spend: '12.505' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.spend).toMatch(/2 decimals/);
  });

  it('reads a CSAT of "45.50" as 45.5 and refuses "45.55"', () => {
    const r = form({ csat: '45.50' });
    expect(r.ok && r.input.csat).toBe(45.5);
    expect(form({ csat: '45.55' }).ok).toBe(false);
  });
});

const campaign = campaignOf;

const START = Date.UTC(2025, 2, 1);

/** A post read before the period with 112 likes and 900 views, and in it with 100 likes and 1000 views. */
function fellFacts(): PostFacts {
  const reading = (likes: number, views: number, capturedAt: number) => ({
    likes,
    comments: null,
    reposts: null,
    saves: null,
    views,
    capturedAt,
  });
  const before = reading(112, 900, START - 86_400_000);
  const last = reading(100, 1000, START + 86_400_000);
  return {
    key: 'x:1',
    latest: last,
    period: periodGain(before, [last], '2025-02-01T00:00:00Z', START),
    followers: 1000,
  };
}

describe('engagement rates over a period in which engagement fell by 12', () => {
  const f = figuresById(
    campaignFigures(
      campaign({ reach: 500, impressions: 2000, spend: { amountMinor: 1000, currency: 'EUR' } }),
      new Map([['x:1', fellFacts()]]),
      'en-US',
    ),
  );

  it.each(['erFollowers', 'erReach', 'erImpressions', 'erViews'] as const)(
    '%s is not computable and says why (never a negative rate)',
    (id) => {
      expect(f[id].value).toBeNull();
      expect(f[id].display).toBe('needs a rise in engagement over the period (it fell by 12)');
    },
  );

  it('keeps the engagement itself (−12) and what does not divide it (CTR by impressions)', () => {
    expect(f.engagement.value).toBe(-12);
    expect(f.views.value).toBe(100);
    expect(f.cpm.value).toBe(5);
  });
});

const JANUARY: AdsPeriod = {
  start: '2025-01-01',
  end: '2025-01-31',
  spend: null,
  revenue: null,
  leadValue: null,
  averageOrderValue: null,
  lifetimeValue: null,
};

function ads(text: string, over: Partial<AdsChoices> = {}) {
  const parsed = parseAdsCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = importAdsRows(
    parsed.table,
    {
      mapping: guessAdsMapping(parsed.table.header),
      currency: 'EUR',
      dateOrder: null,
      decimalMark: null,
      emptyAsZero: false,
      campaignName: null,
      ...over,
    },
    JANUARY,
  );
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

describe('a conversions cell with three digits after its only mark', () => {
  it.each(['3.000', '2.125', '3,000'])(
    'refuses %j until the decimal mark is chosen (never 3000 or 2125 conversions)',
    (cell) => {
      const r = ads(`Day;Conversions\n2025-01-05;${cell}\n`);
      expect(r.errors).toEqual([
        {
          row: 2,
          column: 'Conversions',
          value: cell,
          reason: 'reads as a decimal or as thousands: choose the decimal mark',
          need: 'decimalMark',
        },
      ]);
    },
  );

  it('reads "3.000" conversions as 3 with "." chosen and as 3000 with ","; "2.125" with "." is not whole', () => {
    expect(ads('Day;Conversions\n2025-01-05;3.000\n', { decimalMark: '.' }).totals.conversions).toBe(3);
    expect(ads('Day;Conversions\n2025-01-05;3.000\n', { decimalMark: ',' }).totals.conversions).toBe(3000);
    expect(ads('Day;Conversions\n2025-01-05;2.125\n', { decimalMark: '.' }).errors).toMatchObject([
      { reason: 'not a whole number' },
    ]);
  });

  it('still reads conversions that say their mark ("1,234.00", "1,234,567") without a choice', () => {
    const r = ads('Day,Conversions\n2025-01-05,"1,234.00"\n2025-01-06,"1,234,567"\n');
    expect(r.errors).toEqual([]);
    expect(r.totals.conversions).toBe(1_235_801);
  });
});
