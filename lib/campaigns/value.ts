// What a campaign brought in, for ROAS, ROI and the revenue estimate: each entered amount in the
// spend's currency, as integer minor units (in one currency, a ratio of minor units is the ratio
// of the amounts, and sums stay exact). Each figure also says which rule gave its value. Pure.
import { t } from '../i18n';
import { type Campaign, INPUT_NAMES, type MoneyInputId, moneyInput } from './campaign';
import { toMajor } from './money';
import { have, input, need, type Part, product, quotient, sum } from './parts';

/** An entered amount in minor units; another currency than the spend's is a need; null: not entered. */
function amount(c: Campaign, id: MoneyInputId): Part | null {
  const m = moneyInput(c, id);
  if (!m) return null;
  if (c.spend && m.currency !== c.spend.currency)
    return need(t('campaignData.need.inCurrency', INPUT_NAMES[id], c.spend.currency));
  return have(m.amountMinor);
}

const nonZeroSpend = () => t('campaignData.need.nonZeroSpend');
const spendPart = (c: Campaign): Part => (c.spend ? have(c.spend.amountMinor) : need(INPUT_NAMES.spend));
const conversions = (c: Campaign): Part => input(c.conversions, INPUT_NAMES.conversions);

/** The revenue ROAS and ROI use: the entered revenue, else conversions × AOV; null: neither. */
function revenueUsed(c: Campaign): { part: Part; estimated: boolean } | null {
  const revenue = amount(c, 'revenue');
  if (revenue) return { part: revenue, estimated: false };
  const aov = amount(c, 'averageOrderValue');
  if (aov) return { part: product(conversions(c), aov), estimated: true };
  return null;
}

/**
 * conversions × average order value in major units, and whether ROAS and ROI use it: ROI uses
 * conversions × CLV instead wherever a lifetime value is entered (value below).
 */
export function revenueEstimate(c: Campaign): { part: Part; formula: string; currency: string | null } {
  const aov = moneyInput(c, 'averageOrderValue');
  const lifetime = amount(c, 'lifetimeValue') !== null;
  const formula = c.revenue
    ? lifetime
      ? t('campaignData.figure.revenueEstimate.formulaBesideLifetime')
      : t('campaignData.figure.revenueEstimate.formulaBeside')
    : lifetime
      ? t('campaignData.figure.revenueEstimate.formulaUsedLifetime')
      : t('campaignData.figure.revenueEstimate.formulaUsed');
  const currency = c.spend?.currency ?? aov?.currency ?? null;
  if (!aov) return { part: product(conversions(c), need(INPUT_NAMES.averageOrderValue)), formula, currency };
  const checked = amount(c, 'averageOrderValue')!;
  const major = checked.value === null ? checked : have(toMajor(aov));
  return { part: product(conversions(c), major), formula, currency };
}

/** Revenue per unit of spend, in one currency; the estimate only where no revenue is entered. */
export function roas(c: Campaign): { part: Part; formula: string } {
  const revenue = revenueUsed(c);
  if (!revenue)
    return {
      part: quotient(need(t('campaignData.need.revenueOrAov')), spendPart(c), nonZeroSpend()),
      formula: t('campaignData.figure.roas.formula'),
    };
  return {
    part: quotient(revenue.part, spendPart(c), nonZeroSpend()),
    formula: revenue.estimated
      ? t('campaignData.figure.roas.formulaEstimated')
      : t('campaignData.figure.roas.formula'),
  };
}

/** The ROI formula for the terms of the value that are entered (each spelled out whole). */
function valueFormula(revenue: 'revenue' | 'estimate' | null, leads: boolean): string {
  if (revenue === 'revenue')
    return leads
      ? t('campaignData.figure.roi.formulaRevenueLeads')
      : t('campaignData.figure.roi.formulaRevenue');
  if (revenue === 'estimate')
    return leads
      ? t('campaignData.figure.roi.formulaEstimateLeads')
      : t('campaignData.figure.roi.formulaEstimate');
  return t('campaignData.figure.roi.formulaLeads');
}

/**
 * The value ROI weighs against the spend, in the spend's minor units (the "All campaigns" total
 * adds these, so that it counts each campaign as its own ROI does). With a customer lifetime
 * value: conversions × CLV, and nothing else, because a customer's lifetime value already holds
 * the revenue of their first order, and a lead who converted is one of the conversions: adding
 * either would count it twice.
 * Without: revenue (or conversions × AOV when no revenue is entered) + leads × lead value, each
 * term where its value is entered; a term whose value is entered but whose count is not is a need.
 */
export function roiValue(c: Campaign): { part: Part; formula: string } {
  const clv = amount(c, 'lifetimeValue');
  if (clv)
    return {
      part: product(conversions(c), clv),
      formula: t('campaignData.figure.roi.formulaLifetime'),
    };
  const revenue = revenueUsed(c);
  const leadValue = amount(c, 'leadValue');
  const leads = leadValue ? product(input(c.leads, INPUT_NAMES.leads), leadValue) : null;
  if (!revenue && !leads)
    return {
      part: need(t('campaignData.need.revenueOrValue')),
      formula: t('campaignData.figure.roi.formulaRule'),
    };
  const part = revenue && leads ? sum(revenue.part, leads) : (revenue?.part ?? leads)!;
  const used = revenue === null ? null : revenue.estimated ? 'estimate' : 'revenue';
  return { part, formula: valueFormula(used, leads !== null) };
}

/**
 * (value − spend) ÷ spend, both in minor units of one currency: a campaign's ROI and the "All
 * campaigns" total (compare.ts) alike.
 */
export function roiOf(value: Part, spend: Part): Part {
  const gain: Part =
    value.value !== null && spend.value !== null
      ? have(value.value - spend.value)
      : { value: null, needs: value.needs };
  return quotient(gain, spend, nonZeroSpend());
}

/** (value − spend) ÷ spend, in one currency, with the rule that gave the value. */
export function roi(c: Campaign): { part: Part; formula: string } {
  const v = roiValue(c);
  return { part: roiOf(v.part, spendPart(c)), formula: v.formula };
}
