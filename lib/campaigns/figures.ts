// Campaigns: a named set of posts, a period, what it cost and what it brought in, and the figures
// that follow. Pure: no browser imports. A figure whose inputs are missing is no number: it says
// what it needs ("needs clicks") instead of showing 0, and a division by zero is a need too.
import { formatFine, formatNumber, formatPercent } from '../format';
import { t } from '../i18n';
import { engagement } from '../metrics';
import type { Count, Counts } from '../types';
import { type Campaign, type CountInputId, countInput, INPUT_NAMES } from './campaign';
import { formatCost, toMajor } from './money';
import { have, input, need, type Part, quotient, rose, scaled, sum, postTotal as totalOver } from './parts';
import type { PeriodGain } from './period';
import { revenueEstimate, roas, roi } from './value';
import { engagementFormula, type LikesWord, likesWordOfKeys } from './words';

export type { Campaign, CampaignInput } from './campaign';
export type { Part } from './parts';
export { quotient } from './parts';

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

/**
 * A post with no reading in the period has no gain PostLens can know: it is left out of the
 * figures (the figures' caption names it, describeBasis) rather than blocking every one of them.
 */
export const leftOut = (f: PostFacts | undefined): boolean => f?.period.basis === 'no-reading-in-period';

/** Σ of one value over the campaign's posts (facts by post key), leaving out those leftOut says. */
export const postTotal = (
  keys: readonly string[],
  facts: ReadonlyMap<string, PostFacts>,
  pick: (f: PostFacts) => number | null,
  what: string,
): Part => totalOver(keys, facts, pick, what, leftOut);

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

/** A figure's label that the comparison totals and the trend chart share with it. */
export function figureLabel(id: 'engagement' | 'views' | 'costPerEngagement'): string {
  if (id === 'engagement') return t('campaignData.figure.engagement.label');
  if (id === 'views') return t('campaignData.figure.views.label');
  return t('campaignData.figure.costPerEngagement.label');
}

/**
 * The engagement gained as a divisor or as a rate's numerator: engagement that fell over the
 * period (likes withdrawn, comments deleted) is a need saying by how much, never a negative cost
 * per engagement or engagement rate.
 */
export const engagementRose = (eng: Part, locale?: string): Part =>
  rose(eng, (by) => t('campaignData.need.engagementFell', formatNumber(by, locale)));

/** id, label, formula, unit, value; a money figure may name its currency (else the spend's). */
type Spec = [FigureId, string, string, Figure['unit'], Part, string?];

/**
 * What CPM and CTR divide by: the paid impressions when entered (the ad tool's own count of what
 * was paid for), else the views the posts gained. Entering impressions unlocks both, so a missing,
 * zero or fallen views total (views: already a need when it fell) says so.
 */
function delivery(c: Campaign, views: Part): { part: Part; basis: 'impressions' | 'views' } {
  const impressions = countInput(c, 'impressions');
  if (impressions !== null) return { part: have(impressions), basis: 'impressions' };
  if (views.value !== null && views.value !== 0) return { part: views, basis: 'views' };
  const missing =
    views.value === 0
      ? t('campaignData.need.nonZeroViews')
      : views.needs.reduce((a, b) => t('campaignData.need.both', a, b));
  return { part: need(t('campaignData.need.paidImpressionsOr', missing)), basis: 'views' };
}

/**
 * Every figure of one campaign from what its posts gained in its period. facts: by post key;
 * likes: how the posts count likes (a Reddit post's are its score), else read from their keys.
 */
export function campaignFigures(
  c: Campaign,
  facts: ReadonlyMap<string, PostFacts>,
  locale?: string,
  likes?: LikesWord,
): Figure[] {
  const keys = c.postKeys;
  const eng = postTotal(keys, facts, periodEngagement, t('campaignData.need.engagementInPeriod'));
  const views = postTotal(keys, facts, periodViews, t('campaignData.need.viewsInPeriod'));
  const followers = postTotal(keys, facts, (f) => f.followers, t('campaignData.need.followers'));
  const spend = c.spend ? have(toMajor(c.spend)) : need(INPUT_NAMES.spend);
  const clicks = input(c.clicks, INPUT_NAMES.clicks);
  const conversions = input(c.conversions, INPUT_NAMES.conversions);
  const count = (id: CountInputId) => input(countInput(c, id), INPUT_NAMES[id]);
  // Gains that fell are needs where they are divided by (a cost or rate per engagement or view
  // gained) and where engagement is the rate's numerator: a rate of a loss is no rate. ER by
  // views says first what its views still need, then that engagement fell, one need at a time.
  const engRose = engagementRose(eng, locale);
  const viewsRose = rose(views, (by) => t('campaignData.need.viewsFell', formatNumber(by, locale)));
  const paid = delivery(c, viewsRose);
  const byImpressions = paid.basis === 'impressions';
  const nonZeroViews = t('campaignData.need.nonZeroViews');
  const nonZeroImpressions = t('campaignData.need.nonZeroPaidImpressions');
  const nonZeroClicks = t('campaignData.need.nonZeroClicks');
  const nonZeroPaid = byImpressions ? nonZeroImpressions : nonZeroViews;
  const estimate = revenueEstimate(c);
  const roasOf = roas(c);
  const roiOf = roi(c);
  // A post published before the start and first read in the period counts from that reading:
  // the formula says so when one does (the caption says which day).
  const fromFirst = keys.some((k) => facts.get(k)?.period.basis === 'no-reading-before-start');
  const gained = t(fromFirst ? 'campaignData.figure.gainedFromFirstReading' : 'campaignData.figure.gained');
  const specs: Spec[] = [
    [
      'engagement',
      figureLabel('engagement'),
      engagementFormula(likes ?? likesWordOfKeys(keys.filter((k) => !leftOut(facts.get(k)))), gained),
      'count',
      eng,
    ],
    ['views', figureLabel('views'), t('campaignData.figure.views.formula', gained), 'count', views],
    [
      'erViews',
      t('campaignData.figure.erViews.label'),
      t('campaignData.figure.erViews.formula'),
      'rate',
      quotient(viewsRose.value === null ? eng : engRose, viewsRose, nonZeroViews),
    ],
    [
      'erFollowers',
      t('campaignData.figure.erFollowers.label'),
      t('campaignData.figure.erFollowers.formula'),
      'rate',
      quotient(engRose, followers, t('campaignData.need.nonZeroFollowers')),
    ],
    [
      'erReach',
      t('campaignData.figure.erReach.label'),
      t('campaignData.figure.erReach.formula'),
      'rate',
      quotient(engRose, count('reach'), t('campaignData.need.nonZeroReach')),
    ],
    [
      'erImpressions',
      t('campaignData.figure.erImpressions.label'),
      t('campaignData.figure.erImpressions.formula'),
      'rate',
      quotient(engRose, count('impressions'), nonZeroImpressions),
    ],
    [
      'videoCompletionRate',
      t('campaignData.figure.videoCompletionRate.label'),
      t('campaignData.figure.videoCompletionRate.formula'),
      'rate',
      quotient(count('videoCompletions'), viewsRose, nonZeroViews),
    ],
    [
      'conversations',
      t('campaignData.figure.conversations.label'),
      t('campaignData.figure.conversations.formula'),
      'count',
      sum(count('mentions'), count('directMessages')),
    ],
    [
      'costPerEngagement',
      figureLabel('costPerEngagement'),
      t('campaignData.figure.costPerEngagement.formula'),
      'money',
      quotient(spend, engRose, t('campaignData.need.nonZeroEngagement')),
    ],
    [
      'cpm',
      'CPM', // i18n-ignore: the abbreviation reads the same in every language
      byImpressions
        ? t('campaignData.figure.cpm.formulaImpressions')
        : t('campaignData.figure.cpm.formulaViews'),
      'money',
      scaled(quotient(spend, paid.part, nonZeroPaid), 1000),
    ],
    // i18n-ignore: CPC is an abbreviation that reads the same in every language
    ['cpc', 'CPC', t('campaignData.figure.cpc.formula'), 'money', quotient(spend, clicks, nonZeroClicks)],
    [
      'ctr',
      'CTR', // i18n-ignore: the abbreviation reads the same in every language
      byImpressions
        ? t('campaignData.figure.ctr.formulaImpressions')
        : t('campaignData.figure.ctr.formulaViews'),
      'rate',
      quotient(clicks, paid.part, nonZeroPaid),
    ],
    [
      'conversionRate',
      t('campaignData.figure.conversionRate.label'),
      t('campaignData.figure.conversionRate.formula'),
      'rate',
      quotient(conversions, clicks, nonZeroClicks),
    ],
    [
      'costPerLead',
      t('campaignData.figure.costPerLead.label'),
      t('campaignData.figure.costPerLead.formula'),
      'money',
      quotient(spend, input(c.leads, INPUT_NAMES.leads), t('campaignData.need.atLeastOneLead')),
    ],
    [
      'costPerAcquisition',
      t('campaignData.figure.costPerAcquisition.label'),
      t('campaignData.figure.costPerAcquisition.formula'),
      'money',
      quotient(spend, conversions, t('campaignData.need.atLeastOneConversion')),
    ],
    [
      'revenueEstimate',
      t('campaignData.figure.revenueEstimate.label'),
      estimate.formula,
      'money',
      estimate.part,
      estimate.currency ?? undefined,
    ],
    ['roas', 'ROAS', roasOf.formula, 'ratio', roasOf.part], // i18n-ignore: abbreviation, the same in every language
    ['roi', 'ROI', roiOf.formula, 'rate', roiOf.part], // i18n-ignore: abbreviation, the same in every language
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
  if (value === null)
    display =
      needs.length > 0
        ? t('campaignData.figure.needs', needs.join(', '))
        : t('campaignData.figure.needsMoreData');
  else if (unit === 'money' && currency) display = formatCost(value, currency, locale);
  else if (unit === 'rate') display = formatPercent(value, locale);
  else if (unit === 'ratio') display = `${formatFine(value, locale, 2)}×`;
  else display = formatNumber(value, locale);
  return { id, label, formula, value, display, needs, unit, currency };
}

/** The figures by id, for tables. */
export const figuresById = (figures: readonly Figure[]): Record<FigureId, Figure> =>
  Object.fromEntries(figures.map((f) => [f.id, f])) as Record<FigureId, Figure>;
