// The campaign form's text fields to a CampaignInput and back. Pure: what a person typed, read in
// their locale, with a message per field that cannot be read. Empty optional fields are null
// (not entered), never 0.

import { t, tn, wholeNumber } from '../i18n';
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
import { INPUT_LABELS } from './inputs';
import {
  decimalError,
  decimalMarkOf,
  isCurrencyCode,
  type Money,
  parseAmount,
  readDecimal,
  toDecimalString,
} from './money';
import { CAMPAIGN_LIMITS } from './validate';

export type CampaignFormValues = Record<
  'name' | 'start' | 'end' | 'currency' | MoneyInputId | CountInputId | 'csat' | 'nps',
  string
>;

export type FormErrors = Partial<Record<keyof CampaignFormValues, string>>;

/**
 * The fields for editing a campaign, or a new one's: today and the 29 days after it. Amounts are
 * written with the locale's decimal mark: in de, "1.500" would read back as 1500, not 1.5 (KWD).
 */
export function formValues(
  c: Campaign | null,
  today: string,
  currency: string,
  locale?: string,
): CampaignFormValues {
  const text = (v: number | null) => (v === null ? '' : String(v));
  const mark = decimalMarkOf(locale);
  const score = (v: number | null) => (v === null ? '' : scoreText(v, locale));
  const money = (m: Money | null) => (m ? toDecimalString(m).replace('.', mark) : '');
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
    csat: score(c?.csat ?? null),
    nps: score(c?.nps ?? null),
  };
}

/**
 * A score as the form writes it: in the locale's decimal mark, as amounts are (in de, "87.5" reads
 * as a grouped 875; "87,5" is 87.5). Every decimal is kept: an imported 87.55 shows as "87,55".
 */
function scoreText(v: number, locale: string | undefined): string {
  return String(v).replace('.', decimalMarkOf(locale));
}

/**
 * The stored score when its field still holds the text formValues wrote for it. An imported
 * campaign may carry more decimals (CSAT 87.55) than the form lets a person type, and an edit that
 * leaves the field alone must keep the value exactly, neither refuse it nor round it.
 */
function untouched(
  text: string,
  stored: number | null | undefined,
  locale: string | undefined,
): number | null | undefined {
  return stored !== null && stored !== undefined && text === scoreText(stored, locale) ? stored : undefined;
}

type Read = { ok: true; value: number | null } | { ok: false; error: string };

function number(
  text: string,
  locale: string | undefined,
  digits: number,
  min: number,
  max: number,
  field: CountInputId | 'csat' | 'nps',
): Read {
  if (text.trim() === '') return { ok: true, value: null };
  // "Leads must be a whole number": each message names the field by its label.
  const what = INPUT_LABELS[field];
  const r = readDecimal(text, { digits, locale, negative: min < 0 });
  if (!r.ok) {
    if (r.problem === 'negative') return { ok: false, error: t('campaignData.form.negative', what) };
    if (r.problem === 'tooLarge') return { ok: false, error: t('campaignData.form.tooLarge', what) };
    const tooPrecise =
      digits === 0
        ? t('campaignData.form.wholeNumber', what)
        : tn('campaignData.form.maxDecimals', digits, what);
    return { ok: false, error: decimalError(r.problem, text, tooPrecise) };
  }
  const value = r.scaled / 10 ** digits;
  if (value < min || value > max)
    return { ok: false, error: t('campaignData.form.between', what, wholeNumber(min), wholeNumber(max)) };
  return { ok: true, value };
}

/**
 * The input to send, or a message for each field that cannot be read. `stored`: the campaign
 * being edited, whose CSAT and NPS are kept as they are where their fields were left untouched.
 */
export function readCampaignForm(
  v: CampaignFormValues,
  base: { id?: string; postKeys: string[]; stored?: Pick<Campaign, 'csat' | 'nps'> | null },
  locale?: string,
): { ok: true; input: CampaignInput } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  // Kept as typed, spaces too: the name is the user's (a blank one is refused).
  const name = v.name;
  if (name.trim() === '') errors.name = t('campaignData.form.name');
  // The check's limit, said at the field (the save would be refused for it).
  else if (name.length > CAMPAIGN_LIMITS.name)
    errors.name = t(
      'campaignData.form.nameTooLong',
      wholeNumber(CAMPAIGN_LIMITS.name),
      wholeNumber(name.length),
    );
  if (!isIsoDay(v.start)) errors.start = t('campaignData.form.firstDay');
  if (!isIsoDay(v.end)) errors.end = t('campaignData.form.lastDay');
  else if (isIsoDay(v.start) && dayCount(v.start, v.end) === 0)
    errors.end = t('campaignData.form.lastBeforeFirst');
  else if (isIsoDay(v.start) && dayCount(v.start, v.end) > MAX_PERIOD_DAYS)
    errors.end = t('campaignData.form.tooLong', wholeNumber(MAX_PERIOD_DAYS));
  const currencyOk = isCurrencyCode(v.currency);
  if (!currencyOk) errors.currency = t('campaignData.form.currency');
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
  const score = (field: 'csat' | 'nps', min: number) =>
    untouched(v[field], base.stored?.[field], locale) ??
    read(field, number(v[field], locale, 1, min, 100, field));
  const count = (field: CountInputId) =>
    read(field, number(v[field], locale, 0, 0, CAMPAIGN_LIMITS.count, field));
  const input: CampaignInput = {
    ...(base.id ? { id: base.id } : {}),
    name,
    postKeys: base.postKeys,
    start: v.start,
    end: v.end,
    ...(Object.fromEntries(MONEY_INPUTS.map((k) => [k, money(k)])) as Record<MoneyInputId, Money | null>),
    ...(Object.fromEntries(COUNT_INPUTS.map((k) => [k, count(k)])) as Record<CountInputId, number | null>),
    csat: score('csat', 0),
    nps: score('nps', -100),
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}
