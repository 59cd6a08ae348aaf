// Campaigns: a named set of posts, a period, what it cost and what it brought in, and the figures
// that follow. Pure: no browser imports. A figure whose inputs are missing is no number: it says
// what it needs ("needs clicks") instead of showing 0, and a division by zero is a need too.
import { formatNumber, formatPercent } from '../format';
import { engagement } from '../metrics';
import type { Count, Counts } from '../types';
import { formatCost, type Money, toMajor } from './money';
import type { PeriodGain } from './period';

export interface Campaign {
  id: string;
  name: string;
  /** `platform:postId` keys, no duplicates. */
  postKeys: string[];
  /** First and last day of the period, `YYYY-MM-DD`, both included (the user's local days). */
  start: string;
  end: string;
  spend: Money | null;
  /** Revenue attributed to the campaign, in the spend's currency. */
  revenue: Money | null;
  /** Sign-ups, downloads, trials… as counted in the user's own tools. */
  leads: number | null;
  /** Clicks / link visits. */
  clicks: number | null;
  conversions: number | null;
  /** Customer satisfaction for the period, percent of satisfied customers (0–100). */
  csat: number | null;
  /** Net Promoter Score for the period (−100…100). */
  nps: number | null;
  /** Epoch ms. */
  createdAt: number;
  updatedAt: number;
}

/** What a page sends to save: without id for a new campaign; the background stamps the times. */
export type CampaignInput = Omit<Campaign, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

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
  'costPerEngagement',
  'cpm',
  'cpc',
  'ctr',
  'conversionRate',
  'costPerLead',
  'costPerAcquisition',
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

/** A number or what it still needs. */
export interface Part {
  value: number | null;
  needs: string[];
}

const have = (value: number): Part => ({ value, needs: [] });
const need = (...needs: string[]): Part => ({ value: null, needs });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Σ of one value over the campaign's posts; every post must have it, or it is a need. */
export function postTotal(
  keys: readonly string[],
  facts: ReadonlyMap<string, PostFacts>,
  pick: (f: PostFacts) => number | null,
  what: string,
): Part {
  if (keys.length === 0) return need('posts');
  let sum = 0;
  let missing = 0;
  for (const key of keys) {
    const f = facts.get(key);
    const v = f ? pick(f) : null;
    if (v === null || !Number.isFinite(v)) missing++;
    else sum += v;
  }
  return missing > 0 ? need(`${what} of ${missing} of ${plural(keys.length, 'post')}`) : have(sum);
}

/** n ÷ d; a zero divisor is the need `zero` names, never Infinity or NaN. */
export function quotient(n: Part, d: Part, zero: string): Part {
  const needs = [...new Set([...n.needs, ...d.needs, ...(d.value === 0 ? [zero] : [])])];
  if (needs.length > 0 || n.value === null || d.value === null) return need(...needs);
  return have(n.value / d.value);
}

const input = (v: number | null, what: string): Part => (v === null ? need(what) : have(v));

/** Revenue the ROI can use: the spend's currency, or a need saying which. */
function revenuePart(c: Campaign): { part: Part; money: Money | null } {
  if (!c.revenue) return { part: need('revenue'), money: null };
  if (c.spend && c.revenue.currency !== c.spend.currency)
    return { part: need(`revenue in ${c.spend.currency}`), money: null };
  return { part: have(c.revenue.amountMinor), money: c.revenue };
}

/** Revenue per unit of spend, in one currency (minor units cancel out). */
function roasPart(c: Campaign): Part {
  const spend = c.spend ? have(c.spend.amountMinor) : need('spend');
  return quotient(revenuePart(c).part, spend, 'non-zero spend');
}

function roiPart(c: Campaign): Part {
  const rev = revenuePart(c);
  const spend = c.spend ? have(c.spend.amountMinor) : need('spend');
  const gain = rev.part.value !== null && spend.value !== null ? have(rev.part.value - spend.value) : need();
  return quotient({ value: gain.value, needs: [...rev.part.needs] }, spend, 'non-zero spend');
}

type Spec = [FigureId, string, string, Figure['unit'], Part];

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
  const per1000 = quotient(spend, views, 'non-zero views');
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
      'spend ÷ views × 1,000',
      'money',
      { ...per1000, value: per1000.value === null ? null : per1000.value * 1000 },
    ],
    ['cpc', 'CPC', 'spend ÷ clicks', 'money', quotient(spend, clicks, 'non-zero clicks')],
    ['ctr', 'CTR', 'clicks ÷ views', 'rate', quotient(clicks, views, 'non-zero views')],
    [
      'conversionRate',
      'Conversion rate',
      'conversions ÷ clicks',
      'rate',
      quotient(input(c.conversions, 'conversions'), clicks, 'non-zero clicks'),
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
      quotient(spend, input(c.conversions, 'conversions'), 'at least one conversion'),
    ],
    ['roas', 'ROAS', 'revenue ÷ spend', 'ratio', roasPart(c)],
    ['roi', 'ROI', '(revenue − spend) ÷ spend', 'rate', roiPart(c)],
  ];
  const currency = c.spend?.currency ?? null;
  return specs.map(([id, label, formula, unit, part]) =>
    figure(id, label, formula, unit, part, unit === 'money' ? currency : null, locale),
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
