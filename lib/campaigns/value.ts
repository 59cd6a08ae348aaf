// What a campaign brought in, for ROAS, ROI and the revenue estimate: each entered amount in the
// spend's currency, as integer minor units (in one currency, a ratio of minor units is the ratio
// of the amounts, and sums stay exact). Each figure also says which rule gave its value. Pure.
import { type Campaign, INPUT_NAMES, type MoneyInputId, moneyInput } from './campaign';
import { toMajor } from './money';
import { have, input, need, type Part, product, quotient, sum } from './parts';

/** An entered amount in minor units; another currency than the spend's is a need; null: not entered. */
function amount(c: Campaign, id: MoneyInputId): Part | null {
  const m = moneyInput(c, id);
  if (!m) return null;
  if (c.spend && m.currency !== c.spend.currency) return need(`${INPUT_NAMES[id]} in ${c.spend.currency}`);
  return have(m.amountMinor);
}

const spendPart = (c: Campaign): Part => (c.spend ? have(c.spend.amountMinor) : need('spend'));
const conversions = (c: Campaign): Part => input(c.conversions, 'conversions');

/** The revenue ROAS and ROI use: the entered revenue, else conversions × AOV; null: neither. */
function revenueUsed(c: Campaign): { part: Part; term: string; estimated: boolean } | null {
  const revenue = amount(c, 'revenue');
  if (revenue) return { part: revenue, term: 'revenue', estimated: false };
  const aov = amount(c, 'averageOrderValue');
  if (aov)
    return { part: product(conversions(c), aov), term: 'conversions × average order value', estimated: true };
  return null;
}

const ESTIMATED = ' (no revenue entered: estimated from the average order value)';

/** conversions × average order value in major units, and whether ROAS and ROI use it. */
export function revenueEstimate(c: Campaign): { part: Part; formula: string; currency: string | null } {
  const aov = moneyInput(c, 'averageOrderValue');
  const used = c.revenue
    ? ' (shown beside the revenue entered, which ROAS and ROI use)'
    : ' (no revenue entered: ROAS and ROI use this estimate)';
  const formula = `conversions × average order value${used}`;
  const currency = c.spend?.currency ?? aov?.currency ?? null;
  if (!aov) return { part: product(conversions(c), need('average order value')), formula, currency };
  const checked = amount(c, 'averageOrderValue')!;
  const major = checked.value === null ? checked : have(toMajor(aov));
  return { part: product(conversions(c), major), formula, currency };
}

/** Revenue per unit of spend, in one currency; the estimate only where no revenue is entered. */
export function roas(c: Campaign): { part: Part; formula: string } {
  const revenue = revenueUsed(c);
  if (!revenue)
    return {
      part: quotient(need('revenue (or average order value)'), spendPart(c), 'non-zero spend'),
      formula: 'revenue ÷ spend',
    };
  return {
    part: quotient(revenue.part, spendPart(c), 'non-zero spend'),
    formula: revenue.estimated ? `(${revenue.term}) ÷ spend${ESTIMATED}` : 'revenue ÷ spend',
  };
}

const VALUE_RULE =
  '(value − spend) ÷ spend; value = revenue + leads × lead value, or conversions × customer lifetime value when that is entered';

/**
 * The value ROI weighs against the spend. With a customer lifetime value: conversions × CLV, and
 * nothing else, because a customer's lifetime value already holds the revenue of their first
 * order, and a lead who converted is one of the conversions: adding either would count it twice.
 * Without: revenue (or conversions × AOV when no revenue is entered) + leads × lead value, each
 * term where its value is entered; a term whose value is entered but whose count is not is a need.
 */
function value(c: Campaign): { part: Part; formula: string } {
  const clv = amount(c, 'lifetimeValue');
  if (clv)
    return {
      part: product(conversions(c), clv),
      formula:
        '(conversions × customer lifetime value − spend) ÷ spend (with a lifetime value, revenue and lead value are not added: it holds them)',
    };
  const revenue = revenueUsed(c);
  const leadValue = amount(c, 'leadValue');
  const leads = leadValue ? product(input(c.leads, 'leads'), leadValue) : null;
  if (!revenue && !leads)
    return {
      part: need('revenue (or lead value, average order value or customer lifetime value)'),
      formula: VALUE_RULE,
    };
  const terms = [revenue?.term, leads ? 'leads × lead value' : undefined].filter(Boolean).join(' + ');
  const part = revenue && leads ? sum(revenue.part, leads) : (revenue?.part ?? leads)!;
  return { part, formula: `(${terms} − spend) ÷ spend${revenue?.estimated ? ESTIMATED : ''}` };
}

/** (value − spend) ÷ spend, in one currency, with the rule that gave the value. */
export function roi(c: Campaign): { part: Part; formula: string } {
  const v = value(c);
  const spend = spendPart(c);
  const gain: Part =
    v.part.value !== null && spend.value !== null
      ? have(v.part.value - spend.value)
      : { value: null, needs: v.part.needs };
  return { part: quotient(gain, spend, 'non-zero spend'), formula: v.formula };
}
