// Campaigns: a named set of posts, a period, what it cost and what it brought in, and the figures
// that follow. Pure: no browser imports. A figure whose inputs are missing is no number: it says
// what it needs ("needs clicks") instead of showing 0, and a division by zero is a need too.
import { formatNumber, formatPercent } from '../format';
import { engagement } from '../metrics';
import type { Count, Counts } from '../types';
import { type Campaign, type CountInputId, countInput, INPUT_NAMES } from './campaign';
import { formatCost, toMajor } from './money';
import { have, input, need, type Part, postTotal, quotient, scaled, sum } from './parts';
import type { PeriodGain } from './period';
import { revenueEstimate, roas, roi } from './value';

export type { Campaign, CampaignInput } from './campaign';
export type { Part } from './parts';
export { postTotal, quotient } from './parts';

/** One post as the figures read it: what it gained in the campaign's period, and its latest counts. */
export interface PostFacts {
  key: string;
  /** The latest snapshot's counts, or null when no snapshot of the post is stored. */
  latest: Counts | null;
  /** What the post gained in the campaign's period, and on what basis (period.ts). */
  period: PeriodGain;
  /** The latest snapshot's followers, else the author's latest known. */
  followers: Count;
}

/** The engagement a post gained in the period, or null when it cannot be known. */
export const periodEngagement = (f: PostFacts): number | null =>
  f.period.gained ? engagement(f.period.gained) : null;
export const periodViews = (f: PostFacts): number | null => f.period.gained?.views ?? null;
const GAINED =
  "each post's last snapshot in the period − its last before the start (from 0, i.e. publication, without one)";

export const FIGURE_IDS = [
  'engagement',
  'views',
  'erViews',
  'erFollowers',
  'erReach',
  'erImpressions',
  'videoCompletionRate',
  'conversations',
  'costPerEngagement',
  'cpm',
  'cpc',
  'ctr',
  'conversionRate',
  'costPerLead',
  'costPerAcquisition',
  'revenueEstimate',
  'roas',
  'roi',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export interface Figure<I extends string = FigureId> {
  id: I;
  label: string;
  formula: string;
  /** Counts and rates as plain numbers (0.05 is 5%); costs in major units of `currency`. */
  value: number | null;
  /** The formatted value, or "needs …" when value is null. */
  display: string;
  needs: string[];
  /** rate: a fraction shown as a percentage; ratio: a multiple shown as "2.5×". */
  unit: 'count' | 'rate' | 'ratio' | 'money';
  /** The currency of a money figure's value; null for counts and rates. */
  currency: string | null;
}

/** id, label, formula, unit, value; a money figure may name its currency (else the spend's). */
type Spec = [FigureId, string, string, Figure['unit'], Part, string?];

/**
 * What CPM and CTR divide by: the paid impressions when entered (the ad tool's own count of what
 * was paid for), else the views the posts gained. Entering impressions unlocks both, so a missing
 * or zero views total says so.
 */
function delivery(c: Campaign, views: Part): { part: Part; basis: 'paid impressions' | 'views' } {
  const impressions = countInput(c, 'impressions');
  if (impressions !== null) return { part: have(impressions), basis: 'paid impressions' };
  if (views.value !== null && views.value !== 0) return { part: views, basis: 'views' };
  const missing = views.value === 0 ? 'non-zero views' : views.needs.join(' and ');
  return { part: need(`paid impressions or ${missing}`), basis: 'views' };
}

/** Every figure of one campaign from what its posts gained in its period. facts: by post key. */
export function campaignFigures(
  c: Campaign,
  facts: ReadonlyMap<string, PostFacts>,
  locale?: string,
): Figure[] {
  const keys = c.postKeys;
  const eng = postTotal(keys, facts, periodEngagement, 'engagement in the period');
  const views = postTotal(keys, facts, periodViews, 'views in the period');
  const followers = postTotal(keys, facts, (f) => f.followers, 'followers');
  const spend = c.spend ? have(toMajor(c.spend)) : need('spend');
  const clicks = input(c.clicks, 'clicks');
  const conversions = input(c.conversions, 'conversions');
  const count = (id: CountInputId) => input(countInput(c, id), INPUT_NAMES[id]);
  const paid = delivery(c, views);
  const nonZeroPaid = `non-zero ${paid.basis}`;
  const estimate = revenueEstimate(c);
  const roasOf = roas(c);
  const roiOf = roi(c);
  const specs: Spec[] = [
    ['engagement', 'Engagement', `Σ (likes + comments + reposts + saves) gained: ${GAINED}`, 'count', eng],
    ['views', 'Views', `Σ views gained: ${GAINED}`, 'count', views],
    ['erViews', 'ER by views', 'engagement ÷ views', 'rate', quotient(eng, views, 'non-zero views')],
    [
      'erFollowers',
      'ER by followers',
      "engagement ÷ Σ followers of each post's author",
      'rate',
      quotient(eng, followers, 'non-zero followers'),
    ],
    ['erReach', 'ER by reach', 'engagement ÷ reach', 'rate', quotient(eng, count('reach'), 'non-zero reach')],
    [
      'erImpressions',
      'ER by paid impressions',
      'engagement ÷ paid impressions',
      'rate',
      quotient(eng, count('impressions'), 'non-zero paid impressions'),
    ],
    [
      'videoCompletionRate',
      'Video completion rate',
      'video completions ÷ views',
      'rate',
      quotient(count('videoCompletions'), views, 'non-zero views'),
    ],
    [
      'conversations',
      'Conversations',
      'mentions + direct messages',
      'count',
      sum(count('mentions'), count('directMessages')),
    ],
    [
      'costPerEngagement',
      'Cost per engagement',
      'spend ÷ engagement',
      'money',
      quotient(spend, eng, 'non-zero engagement'),
    ],
    [
      'cpm',
      'CPM',
      `spend ÷ ${paid.basis} × 1,000`,
      'money',
      scaled(quotient(spend, paid.part, nonZeroPaid), 1000),
    ],
    ['cpc', 'CPC', 'spend ÷ clicks', 'money', quotient(spend, clicks, 'non-zero clicks')],
    ['ctr', 'CTR', `clicks ÷ ${paid.basis}`, 'rate', quotient(clicks, paid.part, nonZeroPaid)],
    [
      'conversionRate',
      'Conversion rate',
      'conversions ÷ clicks',
      'rate',
      quotient(conversions, clicks, 'non-zero clicks'),
    ],
    [
      'costPerLead',
      'Cost per lead',
      'spend ÷ leads',
      'money',
      quotient(spend, input(c.leads, 'leads'), 'at least one lead'),
    ],
    [
      'costPerAcquisition',
      'Cost per acquisition',
      'spend ÷ conversions',
      'money',
      quotient(spend, conversions, 'at least one conversion'),
    ],
    [
      'revenueEstimate',
      'Revenue estimate',
      estimate.formula,
      'money',
      estimate.part,
      estimate.currency ?? undefined,
    ],
    ['roas', 'ROAS', roasOf.formula, 'ratio', roasOf.part],
    ['roi', 'ROI', roiOf.formula, 'rate', roiOf.part],
  ];
  const currency = c.spend?.currency ?? null;
  return specs.map(([id, label, formula, unit, part, own]) =>
    figure(id, label, formula, unit, part, unit === 'money' ? (own ?? currency) : null, locale),
  );
}

export function figure<I extends string>(
  id: I,
  label: string,
  formula: string,
  unit: Figure['unit'],
  part: Part,
  currency: string | null,
  locale?: string,
): Figure<I> {
  const { value, needs } = part;
  let display: string;
  if (value === null) display = needs.length > 0 ? `needs ${needs.join(', ')}` : 'needs more data';
  else if (unit === 'money' && currency) display = formatCost(value, currency, locale);
  else if (unit === 'rate') display = formatPercent(value, locale);
  else if (unit === 'ratio')
    display = `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}×`;
  else display = formatNumber(value, locale);
  return { id, label, formula, value, display, needs, unit, currency };
}

/** The figures by id, for tables. */
export const figuresById = (figures: readonly Figure[]): Record<FigureId, Figure> =>
  Object.fromEntries(figures.map((f) => [f.id, f])) as Record<FigureId, Figure>;
