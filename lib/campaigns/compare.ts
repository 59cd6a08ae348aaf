// Campaigns side by side: every figure per campaign, its trend, and totals across them. Totals
// add money only within one currency ("mixed currencies" otherwise) and count a post that is in
// several campaigns of the same dates once, with what it gained in that period. Pure.

import { t, tn } from '../i18n';
import { INPUT_NAMES } from './campaign';
import {
  type Campaign,
  campaignFigures,
  engagementRose,
  type Figure,
  type FigureId,
  figure,
  figureLabel,
  figuresById,
  type Part,
  type PostFacts,
  periodEngagement,
  periodViews,
  postTotal,
  quotient,
} from './figures';
import { campaignInputs, INPUT_LABELS, type InputView } from './inputs';
import { formatMoney, type Money, mixedCurrencies, sumMoney, toMajor } from './money';
import { have, need } from './parts';
import { engagementTrend, type TrendPoint, type TrendSnapshot, trendGain } from './trend';
import { roiOf, roiValue } from './value';

/** What one campaign's figures and trend are computed from (lib/queries/campaigns.ts reads it). */
export interface CampaignFacts {
  campaign: Campaign;
  facts: ReadonlyMap<string, PostFacts>;
  snapshots: readonly TrendSnapshot[];
}

export interface ComparisonRow {
  campaign: Campaign;
  figures: Record<FigureId, Figure>;
  inputs: InputView[];
  trend: TrendPoint[];
  /** Engagement gained from the first to the last known day of the period. */
  gain: Figure<'gain'>;
}

export type TotalId =
  | 'spend'
  | 'revenue'
  | 'leads'
  | 'clicks'
  | 'conversions'
  | 'engagement'
  | 'views'
  | 'costPerEngagement'
  | 'roi';

export interface CampaignComparison {
  rows: ComparisonRow[];
  totals: Figure<TotalId>[];
}

export function comparisonRow(f: CampaignFacts, now: number, locale?: string): ComparisonRow {
  const trend = engagementTrend(f.campaign, f.snapshots, now);
  return {
    campaign: f.campaign,
    figures: figuresById(campaignFigures(f.campaign, f.facts, locale)),
    inputs: campaignInputs(f.campaign, locale),
    trend,
    gain: figure(
      'gain',
      t('campaignData.figure.gain.label'),
      t('campaignData.figure.gain.formula'),
      'count',
      trendGain(trend, f.campaign.postKeys.length),
      null,
      locale,
    ),
  };
}

/** "spend of “A”, “B”" or "spend of 3 campaigns". */
function missingIn(what: string, names: string[]): string {
  if (names.length === 1) return t('campaignData.need.missingInOne', what, names[0]!);
  if (names.length === 2) return t('campaignData.need.missingInTwo', what, names[0]!, names[1]!);
  return tn('campaignData.need.missingInMany', names.length, what);
}

type MoneyTotal = { part: Part; money: Money | null; mixed: string[] | null };

function moneyTotal(
  list: readonly Campaign[],
  pick: (c: Campaign) => Money | null,
  what: string,
): MoneyTotal {
  if (list.length === 0)
    return { part: { value: null, needs: [t('campaignData.need.campaigns')] }, money: null, mixed: null };
  const missing = list.filter((c) => pick(c) === null).map((c) => c.name);
  if (missing.length > 0)
    return { part: { value: null, needs: [missingIn(what, missing)] }, money: null, mixed: null };
  const sum = sumMoney(list.map(pick) as Money[]);
  if (sum.kind === 'mixed') return { part: { value: null, needs: [] }, money: null, mixed: sum.currencies };
  if (sum.kind === 'empty') return { part: { value: null, needs: [what] }, money: null, mixed: null };
  return { part: { value: toMajor(sum.total), needs: [] }, money: sum.total, mixed: null };
}

function countTotal(list: readonly Campaign[], pick: (c: Campaign) => number | null, what: string): Part {
  if (list.length === 0) return { value: null, needs: [t('campaignData.need.campaigns')] };
  const missing = list.filter((c) => pick(c) === null).map((c) => c.name);
  if (missing.length > 0) return { value: null, needs: [missingIn(what, missing)] };
  return { value: list.reduce((s, c) => s + pick(c)!, 0), needs: [] };
}

/**
 * Σ of every campaign's value exactly as its own ROI counts it (roiValue: revenue, the AOV
 * estimate, leads × lead value or conversions × CLV), in minor units of its spend's currency. What
 * a campaign's value still needs, the total needs, with the campaign's name.
 */
function valueTotal(list: readonly Campaign[]): Part {
  if (list.length === 0) return need(t('campaignData.need.campaigns'));
  const missing = new Map<string, string[]>();
  let total: number | null = 0;
  for (const c of list) {
    const v = roiValue(c).part;
    for (const what of v.needs) missing.set(what, [...(missing.get(what) ?? []), c.name]);
    total = total === null || v.value === null ? null : total + v.value;
  }
  if (missing.size > 0) return need(...[...missing].map(([what, names]) => missingIn(what, names)));
  return total === null ? { value: null, needs: [] } : have(total);
}

export function compareCampaigns(
  all: readonly CampaignFacts[],
  now: number,
  locale?: string,
): CampaignComparison {
  const rows = all.map((f) => comparisonRow(f, now, locale));
  const list = all.map((f) => f.campaign);
  // Each campaign's posts with what they gained in that campaign's period. A post in several
  // campaigns of the same dates counts once; with other dates, once per period.
  const facts = new Map<string, PostFacts>();
  const keys = new Set<string>();
  for (const f of all) {
    for (const key of f.campaign.postKeys) {
      const at = `${f.campaign.start}/${f.campaign.end} ${key}`;
      keys.add(at);
      const fact = f.facts.get(key);
      if (fact) facts.set(at, fact);
    }
  }

  const spend = moneyTotal(list, (c) => c.spend, INPUT_NAMES.spend);
  const revenue = moneyTotal(list, (c) => c.revenue, INPUT_NAMES.revenue);
  const eng = postTotal([...keys], facts, periodEngagement, t('campaignData.need.engagementInPeriod'));
  const views = postTotal([...keys], facts, periodViews, t('campaignData.need.viewsInPeriod'));
  const currency = spend.money?.currency ?? null;
  // Each campaign's value is in its spend's currency (an amount in another is a need of its own
  // ROI), so the values add up wherever the spends do: in one currency.
  const value = valueTotal(list);
  const roiPart: Part = spend.mixed
    ? { value: null, needs: [] }
    : roiOf(value, { value: spend.money?.amountMinor ?? null, needs: spend.part.needs });

  const money = (id: TotalId, label: string, formula: string, total: MoneyTotal): Figure<TotalId> => {
    const f = figure(id, label, formula, 'money', total.part, total.money?.currency ?? null, locale);
    if (total.mixed) return { ...f, display: mixedCurrencies(total.mixed) };
    return total.money ? { ...f, display: formatMoney(total.money, locale) } : f;
  };
  const withMixed = (f: Figure<TotalId>, mixedHere: string[] | null): Figure<TotalId> =>
    mixedHere ? { ...f, value: null, display: mixedCurrencies(mixedHere) } : f;

  const totals: Figure<TotalId>[] = [
    money('spend', INPUT_LABELS.spend, t('campaignData.total.spend'), spend),
    money('revenue', INPUT_LABELS.revenue, t('campaignData.total.revenue'), revenue),
    figure(
      'leads',
      INPUT_LABELS.leads,
      t('campaignData.total.leads'),
      'count',
      countTotal(list, (c) => c.leads, INPUT_NAMES.leads),
      null,
      locale,
    ),
    figure(
      'clicks',
      INPUT_LABELS.clicks,
      t('campaignData.total.clicks'),
      'count',
      countTotal(list, (c) => c.clicks, INPUT_NAMES.clicks),
      null,
      locale,
    ),
    figure(
      'conversions',
      INPUT_LABELS.conversions,
      t('campaignData.total.conversions'),
      'count',
      countTotal(list, (c) => c.conversions, INPUT_NAMES.conversions),
      null,
      locale,
    ),
    figure(
      'engagement',
      figureLabel('engagement'),
      t('campaignData.total.engagement'),
      'count',
      eng,
      null,
      locale,
    ),
    figure('views', figureLabel('views'), t('campaignData.total.views'), 'count', views, null, locale),
    withMixed(
      figure(
        'costPerEngagement',
        figureLabel('costPerEngagement'),
        t('campaignData.total.costPerEngagement'),
        'money',
        quotient(spend.part, engagementRose(eng, locale), t('campaignData.need.nonZeroEngagement')),
        currency,
        locale,
      ),
      spend.mixed,
    ),
    withMixed(
      // i18n-ignore: ROI is an abbreviation that reads the same in every language
      figure('roi', 'ROI', t('campaignData.total.roi'), 'rate', roiPart, null, locale),
      spend.mixed,
    ),
  ];
  return { rows, totals };
}
