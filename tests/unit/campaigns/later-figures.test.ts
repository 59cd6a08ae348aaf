// @vitest-environment node

// The figures built on the later campaign inputs (lead value, AOV, CLV, paid impressions, reach,
// video completions, mentions, direct messages), and the ones they change (CPM, CTR, ROAS, ROI).
// Every expected value is worked out by hand in the comment or the literal beside it.
import { type Campaign, campaignFigures, type FigureId, figuresById, type PostFacts } from '@/lib/campaigns';
import { gainedFacts, NO_OUTCOMES } from '../fixtures/campaign';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

// Spend €500, revenue €1,250, 40 leads worth €5 each, 800 clicks, 20 conversions, AOV €80, no CLV,
// 100,000 paid impressions, reach 25,000, 4,000 video completions, 30 mentions, 12 DMs.
function campaign(over: Partial<Campaign> = {}): Campaign {
  return {
    ...NO_OUTCOMES,
    id: 'c1',
    name: 'Spring launch',
    postKeys: ['x:1', 'x:2'],
    start: '2025-03-01',
    end: '2025-03-31',
    spend: eur(50_000),
    revenue: eur(125_000),
    leads: 40,
    clicks: 800,
    conversions: 20,
    leadValue: eur(500),
    averageOrderValue: eur(8_000),
    lifetimeValue: null,
    impressions: 100_000,
    reach: 25_000,
    videoCompletions: 4_000,
    mentions: 30,
    directMessages: 12,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

const counts = (likes: number | null, views: number | null) => ({
  likes,
  comments: null,
  reposts: null,
  saves: null,
  views,
});

// Two posts: engagement 300 + 200 = 500, views 10,000 + 30,000 = 40,000.
const FACTS: PostFacts[] = [
  gainedFacts('x:1', counts(300, 10_000), 2_000),
  gainedFacts('x:2', counts(200, 30_000), 3_000),
];
const NO_VIEWS: PostFacts[] = [FACTS[0]!, gainedFacts('x:2', counts(200, null), 3_000)];
const ZERO_VIEWS: PostFacts[] = FACTS.map((f) => gainedFacts(f.key, { ...f.latest!, views: 0 }, f.followers));

function figures(c: Campaign, facts: PostFacts[] = FACTS) {
  return figuresById(campaignFigures(c, new Map(facts.map((f) => [f.key, f])), 'en-US'));
}

const ESTIMATED = ' (no revenue entered: estimated from the average order value)';
const CLV_FORMULA =
  '(conversions × customer lifetime value − spend) ÷ spend (with a lifetime value, revenue and lead value are not added: it holds them)';
const ROI_VALUE = 'revenue (or lead value, average order value or customer lifetime value)';

describe('the later figures with every input', () => {
  it.each<[string, FigureId, Partial<Campaign>, number, string, string]>([
    ['every input', 'erReach', {}, 500 / 25_000, '2%', 'engagement ÷ reach'],
    ['every input', 'erImpressions', {}, 500 / 100_000, '0.5%', 'engagement ÷ paid impressions'],
    ['every input', 'videoCompletionRate', {}, 4_000 / 40_000, '10%', 'video completions ÷ views'],
    ['every input', 'conversations', {}, 42, '42', 'mentions + direct messages'],
    // Paid impressions entered: CPM and CTR are per paid impression, and say so.
    ['every input', 'cpm', {}, 5, '€5.00', 'spend ÷ paid impressions × 1,000'],
    ['every input', 'ctr', {}, 0.008, '0.8%', 'clicks ÷ paid impressions'],
    // Without them, per view: €500 ÷ 40,000 × 1,000 = €12.50; 800 ÷ 40,000 = 2%.
    ['no paid impressions', 'cpm', { impressions: null }, 12.5, '€12.50', 'spend ÷ views × 1,000'],
    ['no paid impressions', 'ctr', { impressions: null }, 0.02, '2%', 'clicks ÷ views'],
    // 20 × €80 = €1,600, shown beside the revenue entered.
    [
      'every input',
      'revenueEstimate',
      {},
      1_600,
      '€1,600.00',
      'conversions × average order value (shown beside the revenue entered, which ROAS and ROI use)',
    ],
    [
      'no revenue',
      'revenueEstimate',
      { revenue: null },
      1_600,
      '€1,600.00',
      'conversions × average order value (no revenue entered: ROAS and ROI use this estimate)',
    ],
    // With a CLV entered, ROI uses conversions × CLV (20 × €300 here), never the estimate: the
    // estimate's formula says ROAS alone uses it.
    [
      'CLV, no revenue',
      'revenueEstimate',
      { revenue: null, lifetimeValue: eur(30_000) },
      1_600,
      '€1,600.00',
      'conversions × average order value (no revenue entered: ROAS uses this estimate; ROI uses conversions × customer lifetime value)',
    ],
    [
      'CLV and revenue',
      'revenueEstimate',
      { lifetimeValue: eur(30_000) },
      1_600,
      '€1,600.00',
      'conversions × average order value (shown beside the revenue entered, which ROAS uses; ROI uses conversions × customer lifetime value)',
    ],
    // Revenue entered: ROAS is €1,250 ÷ €500, the estimate is not used.
    ['every input', 'roas', {}, 2.5, '2.5×', 'revenue ÷ spend'],
    // No revenue: €1,600 ÷ €500.
    [
      'no revenue',
      'roas',
      { revenue: null },
      3.2,
      '3.2×',
      `(conversions × average order value) ÷ spend${ESTIMATED}`,
    ],
    // (€1,250 + 40 × €5 − €500) ÷ €500 = 950 ÷ 500.
    ['every input', 'roi', {}, 1.9, '190%', '(revenue + leads × lead value − spend) ÷ spend'],
    ['no lead value', 'roi', { leadValue: null }, 1.5, '150%', '(revenue − spend) ÷ spend'],
    // (20 × €80 + 40 × €5 − €500) ÷ €500 = 1,300 ÷ 500.
    [
      'no revenue',
      'roi',
      { revenue: null },
      2.6,
      '260%',
      `(conversions × average order value + leads × lead value − spend) ÷ spend${ESTIMATED}`,
    ],
    // (40 × €5 − €500) ÷ €500 = −300 ÷ 500.
    [
      'only lead value',
      'roi',
      { revenue: null, averageOrderValue: null },
      -0.6,
      '-60%',
      '(leads × lead value − spend) ÷ spend',
    ],
    // CLV €300: (20 × €300 − €500) ÷ €500 = 5,500 ÷ 500; revenue and lead value are not added.
    ['a CLV', 'roi', { lifetimeValue: eur(30_000) }, 11, '1,100%', CLV_FORMULA],
    [
      'a CLV and nothing else',
      'roi',
      { lifetimeValue: eur(30_000), revenue: null, leadValue: null, averageOrderValue: null },
      11,
      '1,100%',
      CLV_FORMULA,
    ],
  ])('%s: %s (%j) = %d (%s)', (_why, id, over, value, display, formula) => {
    const f = figures(campaign(over))[id];
    expect(f.value).toBeCloseTo(value, 12);
    expect(f.display).toBe(display);
    expect(f.needs).toEqual([]);
    expect(f.formula).toBe(formula);
  });

  it('lets paid impressions stand in for views that a post does not show', () => {
    const f = figures(campaign(), NO_VIEWS);
    expect([f.cpm.value, f.ctr.value]).toEqual([5, 0.008]);
    expect(f.erViews.value).toBeNull();
  });

  it('keeps ROI exact in minor units with a lifetime value and with lead value', () => {
    // €0.30 CLV × 1 on €0.10 spend: (30 − 10) ÷ 10 = 2, not 1.9999999999999998.
    const clv = { spend: eur(10), lifetimeValue: eur(30), conversions: 1 };
    expect(figures(campaign(clv)).roi.value).toBe(2);
    // 3 leads × €0.10 on €0.10 spend, nothing else: (30 − 10) ÷ 10 = 2.
    const leads = { spend: eur(10), revenue: null, averageOrderValue: null, leads: 3, leadValue: eur(10) };
    expect(figures(campaign(leads)).roi.value).toBe(2);
  });

  it('shows a revenue estimate without spend in the order value currency', () => {
    // 20 × ¥1,500 = ¥30,000.
    const f = figures(
      campaign({ spend: null, revenue: null, averageOrderValue: { amountMinor: 1_500, currency: 'JPY' } }),
    );
    expect([f.revenueEstimate.value, f.revenueEstimate.display, f.revenueEstimate.currency]).toEqual([
      30_000,
      '¥30,000',
      'JPY',
    ]);
    expect(f.roas.needs).toEqual(['spend']);
  });
});

describe('the later figures with missing inputs: needs, never 0', () => {
  it.each<[string, FigureId, Partial<Campaign>, PostFacts[], string[]]>([
    ['no reach', 'erReach', { reach: null }, FACTS, ['reach']],
    ['no posts nor reach', 'erReach', { postKeys: [], reach: null }, FACTS, ['posts', 'reach']],
    ['no paid impressions', 'erImpressions', { impressions: null }, FACTS, ['paid impressions']],
    ['no video completions', 'videoCompletionRate', { videoCompletions: null }, FACTS, ['video completions']],
    ['a post without views', 'videoCompletionRate', {}, NO_VIEWS, ['views in the period of 1 of 2 posts']],
    ['no mentions', 'conversations', { mentions: null }, FACTS, ['mentions']],
    ['no direct messages', 'conversations', { directMessages: null }, FACTS, ['direct messages']],
    [
      'neither',
      'conversations',
      { mentions: null, directMessages: null },
      FACTS,
      ['mentions', 'direct messages'],
    ],
    // Without paid impressions, entering them would unlock CPM and CTR: the need says so.
    [
      'no paid impressions, a post without views',
      'cpm',
      { impressions: null },
      NO_VIEWS,
      ['paid impressions or views in the period of 1 of 2 posts'],
    ],
    [
      'no paid impressions, a post without views',
      'ctr',
      { impressions: null },
      NO_VIEWS,
      ['paid impressions or views in the period of 1 of 2 posts'],
    ],
    [
      'no paid impressions nor clicks',
      'ctr',
      { impressions: null, clicks: null },
      NO_VIEWS,
      ['clicks', 'paid impressions or views in the period of 1 of 2 posts'],
    ],
    ['no AOV', 'revenueEstimate', { averageOrderValue: null }, FACTS, ['average order value']],
    ['no conversions', 'revenueEstimate', { conversions: null }, FACTS, ['conversions']],
    [
      'neither',
      'revenueEstimate',
      { conversions: null, averageOrderValue: null },
      FACTS,
      ['conversions', 'average order value'],
    ],
    [
      'no revenue, AOV but no conversions',
      'roas',
      { revenue: null, conversions: null },
      FACTS,
      ['conversions'],
    ],
    [
      'no revenue nor AOV',
      'roas',
      { revenue: null, averageOrderValue: null },
      FACTS,
      ['revenue (or average order value)'],
    ],
    // A value entered without its count: the count is what unlocks ROI.
    ['lead value but no leads', 'roi', { leads: null }, FACTS, ['leads']],
    [
      'a CLV but no conversions',
      'roi',
      { lifetimeValue: eur(30_000), conversions: null },
      FACTS,
      ['conversions'],
    ],
    [
      'only AOV, no conversions',
      'roi',
      { revenue: null, leadValue: null, conversions: null },
      FACTS,
      ['conversions'],
    ],
    [
      'no value at all',
      'roi',
      { revenue: null, leadValue: null, averageOrderValue: null },
      FACTS,
      [ROI_VALUE],
    ],
    [
      'no value nor spend',
      'roi',
      { revenue: null, leadValue: null, averageOrderValue: null, spend: null },
      FACTS,
      [ROI_VALUE, 'spend'],
    ],
  ])('%s: %s says what it needs', (_why, id, over, facts, needs) => {
    const f = figures(campaign(over), facts)[id];
    expect(f.value).toBeNull();
    expect(f.needs).toEqual(needs);
    expect(f.display).toBe(`needs ${needs.join(', ')}`);
  });

  it('reads a campaign stored before the later inputs existed (no keys) as not entered', () => {
    const {
      leadValue: _l,
      averageOrderValue: _a,
      lifetimeValue: _c,
      impressions: _i,
      reach: _r,
      videoCompletions: _v,
      mentions: _m,
      directMessages: _d,
      ...old
    } = campaign();
    const f = figures(old as Campaign);
    expect(f.erReach.display).toBe('needs reach');
    expect(f.conversations.display).toBe('needs mentions, direct messages');
    // €500 ÷ 40,000 views × 1,000; (€1,250 − €500) ÷ €500.
    expect([f.cpm.value, f.cpm.formula]).toEqual([12.5, 'spend ÷ views × 1,000']);
    expect([f.roi.value, f.roi.formula]).toEqual([1.5, '(revenue − spend) ÷ spend']);
  });
});

describe('the later figures with zeros and other currencies', () => {
  it.each<[string, FigureId, Partial<Campaign>, PostFacts[], number | string[]]>([
    // A division by zero is a need, not Infinity or NaN.
    ['zero reach', 'erReach', { reach: 0 }, FACTS, ['non-zero reach']],
    ['zero paid impressions', 'erImpressions', { impressions: 0 }, FACTS, ['non-zero paid impressions']],
    ['zero paid impressions', 'cpm', { impressions: 0 }, FACTS, ['non-zero paid impressions']],
    ['zero paid impressions', 'ctr', { impressions: 0 }, FACTS, ['non-zero paid impressions']],
    ['zero views', 'videoCompletionRate', {}, ZERO_VIEWS, ['non-zero views']],
    [
      'zero views, no paid impressions',
      'cpm',
      { impressions: null },
      ZERO_VIEWS,
      ['paid impressions or non-zero views'],
    ],
    ['zero views, paid impressions', 'cpm', {}, ZERO_VIEWS, 5],
    ['zero spend', 'roi', { spend: eur(0) }, FACTS, ['non-zero spend']],
    ['zero spend, a CLV', 'roi', { spend: eur(0), lifetimeValue: eur(30_000) }, FACTS, ['non-zero spend']],
    ['zero spend, no revenue', 'roas', { spend: eur(0), revenue: null }, FACTS, ['non-zero spend']],
    // Zero as a numerator is a real 0.
    ['no video watched to the end', 'videoCompletionRate', { videoCompletions: 0 }, FACTS, 0],
    ['no conversations', 'conversations', { mentions: 0, directMessages: 0 }, FACTS, 0],
    ['zero conversions, no revenue', 'revenueEstimate', { conversions: 0, revenue: null }, FACTS, 0],
    ['zero conversions, no revenue', 'roas', { conversions: 0, revenue: null }, FACTS, 0],
    // (0 × €300 − €500) ÷ €500: everything spent, nothing back.
    ['zero conversions, a CLV', 'roi', { conversions: 0, lifetimeValue: eur(30_000) }, FACTS, -1],
    // (€1,250 + 0 × €5 − €500) ÷ €500.
    ['zero leads', 'roi', { leads: 0 }, FACTS, 1.5],
    ['zero paid impressions', 'erReach', { impressions: 0 }, FACTS, 0.02],
    // Amounts in another currency than the spend's are not mixed in.
    ['lead value in USD', 'roi', { leadValue: usd(500) }, FACTS, ['lead value in EUR']],
    ['CLV in USD', 'roi', { lifetimeValue: usd(30_000) }, FACTS, ['customer lifetime value in EUR']],
    [
      'AOV in USD, no revenue',
      'roi',
      { averageOrderValue: usd(8_000), revenue: null },
      FACTS,
      ['average order value in EUR'],
    ],
    [
      'AOV in USD, no revenue',
      'roas',
      { averageOrderValue: usd(8_000), revenue: null },
      FACTS,
      ['average order value in EUR'],
    ],
    [
      'AOV in USD',
      'revenueEstimate',
      { averageOrderValue: usd(8_000) },
      FACTS,
      ['average order value in EUR'],
    ],
    // Revenue is entered, so the AOV (in whatever currency) does not reach ROAS.
    ['AOV in USD, revenue entered', 'roas', { averageOrderValue: usd(8_000) }, FACTS, 2.5],
  ])('%s: %s', (_why, id, over, facts, expected) => {
    const f = figures(campaign(over), facts)[id];
    if (Array.isArray(expected)) {
      expect(f.value).toBeNull();
      expect(f.needs).toEqual(expected);
      expect(f.display).toBe(`needs ${expected.join(', ')}`);
    } else {
      expect(f.value).toBeCloseTo(expected, 12);
      expect(f.needs).toEqual([]);
    }
  });

  it.each<[string, Partial<Campaign>, PostFacts[]]>([
    [
      'every input zero',
      {
        ...Object.fromEntries(Object.keys(NO_OUTCOMES).map((k) => [k, 0])),
        spend: eur(0),
        revenue: eur(0),
        leadValue: eur(0),
        averageOrderValue: eur(0),
        lifetimeValue: eur(0),
      },
      ZERO_VIEWS,
    ],
    ['every input empty', { ...NO_OUTCOMES }, NO_VIEWS],
    ['no posts', { postKeys: [] }, FACTS],
  ])('%s: every figure is a finite number or a need, never Infinity or NaN', (_why, over, facts) => {
    for (const f of campaignFigures(campaign(over), new Map(facts.map((p) => [p.key, p])), 'en-US')) {
      if (f.value === null) expect(f.display).toMatch(/^needs \S/);
      else expect(Number.isFinite(f.value)).toBe(true);
      expect(f.display).not.toMatch(/Infinity|NaN|∞/);
    }
  });
});
