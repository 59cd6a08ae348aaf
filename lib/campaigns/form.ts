// The campaign form's text fields to a CampaignInput and back. Pure: what a person typed, read in
// their locale, with a message per field that cannot be read. Empty optional fields are null
// (not entered), never 0.
import {
  type Campaign,
  type CampaignInput,
  COUNT_INPUTS,
  type CountInputId,
  countInput,
  MONEY_INPUTS,
  type MoneyInputId,
  moneyInput,
} from './campaign';
import { addDays, dayCount, isIsoDay, MAX_PERIOD_DAYS } from './dates';
import { isCurrencyCode, type Money, parseAmount, parseDecimal, toDecimalString } from './money';
import { CAMPAIGN_LIMITS } from './validate';

export type CampaignFormValues = Record<
  'name' | 'start' | 'end' | 'currency' | MoneyInputId | CountInputId | 'csat' | 'nps',
  string
>;

export type FormErrors = Partial<Record<keyof CampaignFormValues, string>>;

/** How each count is named in a message ("Leads must be a whole number"). */
const COUNT_WHAT: Record<CountInputId, string> = {
  leads: 'Leads',
  clicks: 'Clicks',
  conversions: 'Conversions',
  impressions: 'Paid impressions',
  reach: 'Reach',
  videoCompletions: 'Video completions',
  mentions: 'Mentions',
  directMessages: 'Direct messages',
};

/** The fields for editing a campaign, or a new one's: today and the 29 days after it. */
export function formValues(c: Campaign | null, today: string, currency: string): CampaignFormValues {
  const text = (v: number | null) => (v === null ? '' : String(v));
  const money = (m: Money | null) => (m ? toDecimalString(m) : '');
  // The form has one currency: the first amount's (all of a campaign's amounts share it).
  const first = c ? MONEY_INPUTS.map((k) => moneyInput(c, k)).find((m) => m !== null) : undefined;
  return {
    name: c?.name ?? '',
    start: c?.start ?? today,
    end: c?.end ?? addDays(today, 29),
    currency: first?.currency ?? currency,
    ...(Object.fromEntries(MONEY_INPUTS.map((k) => [k, money(c ? moneyInput(c, k) : null)])) as Record<
      MoneyInputId,
      string
    >),
    ...(Object.fromEntries(COUNT_INPUTS.map((k) => [k, text(c ? countInput(c, k) : null)])) as Record<
      CountInputId,
      string
    >),
    csat: text(c?.csat ?? null),
    nps: text(c?.nps ?? null),
  };
}

type Read = { ok: true; value: number | null } | { ok: false; error: string };

function number(
  text: string,
  locale: string | undefined,
  digits: number,
  min: number,
  max: number,
  what: string,
): Read {
  if (text.trim() === '') return { ok: true, value: null };
  const r = parseDecimal(text, {
    digits,
    locale,
    negative: min < 0,
    tooPrecise: digits === 0 ? `${what} must be a whole number` : `${what} takes at most ${digits} decimal`,
  });
  if (!r.ok) return { ok: false, error: /^(must|is) /.test(r.error) ? `${what} ${r.error}` : r.error };
  const value = r.scaled / 10 ** digits;
  if (value < min || value > max) return { ok: false, error: `${what} must be between ${min} and ${max}` };
  return { ok: true, value };
}

/** The input to send, or a message for each field that cannot be read. */
export function readCampaignForm(
  v: CampaignFormValues,
  base: { id?: string; postKeys: string[] },
  locale?: string,
): { ok: true; input: CampaignInput } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const name = v.name.trim();
  if (name === '') errors.name = 'Give the campaign a name';
  if (!isIsoDay(v.start)) errors.start = 'Choose the first day';
  if (!isIsoDay(v.end)) errors.end = 'Choose the last day';
  else if (isIsoDay(v.start) && dayCount(v.start, v.end) === 0)
    errors.end = 'The last day is before the first';
  else if (isIsoDay(v.start) && dayCount(v.start, v.end) > MAX_PERIOD_DAYS)
    errors.end = `A campaign lasts at most ${MAX_PERIOD_DAYS} days`;
  const currencyOk = isCurrencyCode(v.currency);
  if (!currencyOk) errors.currency = 'Choose a currency';
  const money = (field: MoneyInputId) => {
    if (v[field].trim() === '' || !currencyOk) return null;
    const r = parseAmount(v[field], v.currency, locale);
    if (r.ok) return { amountMinor: r.amountMinor, currency: v.currency };
    errors[field] = r.error;
    return null;
  };
  const read = (field: CountInputId | 'csat' | 'nps', r: Read) => {
    if (r.ok) return r.value;
    errors[field] = r.error;
    return null;
  };
  const count = (field: CountInputId) =>
    read(field, number(v[field], locale, 0, 0, CAMPAIGN_LIMITS.count, COUNT_WHAT[field]));
  const input: CampaignInput = {
    ...(base.id ? { id: base.id } : {}),
    name,
    postKeys: base.postKeys,
    start: v.start,
    end: v.end,
    ...(Object.fromEntries(MONEY_INPUTS.map((k) => [k, money(k)])) as Record<MoneyInputId, Money | null>),
    ...(Object.fromEntries(COUNT_INPUTS.map((k) => [k, count(k)])) as Record<CountInputId, number | null>),
    csat: read('csat', number(v.csat, locale, 1, 0, 100, 'CSAT')),
    nps: read('nps', number(v.nps, locale, 1, -100, 100, 'NPS')),
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}
