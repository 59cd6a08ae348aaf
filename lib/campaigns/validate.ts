// Checks a campaign before it is stored. Pure, never throws: the answer is a fresh object with only
// the known fields, or every problem found (up to a few) in words a person can act on.

import { attempt, fail, LIMITS } from '../check';
import { t, tn, wholeNumber } from '../i18n';
import { keyParts } from '../types';
import {
  type CampaignInput,
  COUNT_INPUTS,
  type CountInputId,
  MONEY_INPUTS,
  type MoneyInputId,
} from './campaign';
import { dayCount, isIsoDay, MAX_PERIOD_DAYS } from './dates';
import { isCurrencyCode, MAX_AMOUNT_MINOR, type Money, minorDigits, minorToDecimal } from './money';

export const CAMPAIGN_LIMITS = { name: 200, postKeys: 5000, key: 220, id: 100, count: 1e13 } as const;

const MAX_PROBLEMS = 5;
const ID = /^[A-Za-z0-9_-]+$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function campaignIdOf(v: unknown, field = 'id'): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > CAMPAIGN_LIMITS.id || !ID.test(v))
    return fail(t('campaignData.validate.idChars', field, String(CAMPAIGN_LIMITS.id)));
  return v;
}

/** The name exactly as given (spaces too: a name is the user's, never trimmed), or refused when blank. */
function nameOf(v: unknown): string {
  const name = typeof v === 'string' ? v : '';
  if (name.trim() === '') return fail(t('campaignData.validate.nameEmpty', 'name'));
  if (name.length > CAMPAIGN_LIMITS.name)
    fail(t('campaignData.validate.nameTooLong', 'name', String(CAMPAIGN_LIMITS.name)));
  return name;
}

function postKeyOf(v: unknown, field: string): string {
  if (typeof v !== 'string' || v.length > CAMPAIGN_LIMITS.key)
    return fail(t('campaignData.validate.notPostKey', field));
  const parts = keyParts(v);
  if (parts === null || parts.rest.trim() === '')
    return fail(t('campaignData.validate.badPostKey', field, v.slice(0, 60)));
  if (parts.rest.length > LIMITS.postId)
    fail(t('campaignData.validate.postIdTooLong', field, String(LIMITS.postId)));
  return v;
}

/** The campaign's post keys, or undefined with each bad one named to `problem` (not only the first). */
function postKeysOf(v: unknown, problem: (reason: string) => void): string[] | undefined {
  if (!Array.isArray(v)) {
    problem(t('campaignData.validate.postKeysNotList', 'postKeys'));
    return undefined;
  }
  const checked = v.map((k, i) => attempt(() => postKeyOf(k, `postKeys[${i}]`)));
  const bad = checked.flatMap((r) => ('reason' in r ? [r.reason] : []));
  for (const reason of bad) problem(reason);
  if (bad.length > 0) return undefined;
  const keys = checked.map((r) => (r as { value: string }).value);
  // A key given twice is refused, named with both places, rather than merged into one in silence.
  const first = new Map<string, number>();
  let twice = false;
  for (const [i, k] of keys.entries()) {
    const at = first.get(k);
    if (at === undefined) first.set(k, i);
    else {
      twice = true;
      problem(t('campaignData.validate.postKeyTwice', `postKeys[${i}]`, k.slice(0, 60), `postKeys[${at}]`));
    }
  }
  if (twice) return undefined;
  if (keys.length > CAMPAIGN_LIMITS.postKeys) {
    problem(t('campaignData.validate.tooManyPosts', 'postKeys', wholeNumber(CAMPAIGN_LIMITS.postKeys)));
    return undefined;
  }
  return keys;
}

/** ISO 4217 currencies have 0 to 4 decimals; a file saying more is not one PostLens wrote. */
const MAX_MINOR_DIGITS = 6;

/**
 * An amount of `digits` decimals in minor units of this browser's decimals for the currency:
 * scaled exactly, or refused where this browser keeps fewer decimals than the amount has.
 */
function inLocalMinor(a: number, currency: string, digits: number, field: string): number {
  const local = minorDigits(currency);
  if (digits === local) return a;
  if (digits < local) {
    const scaled = a * 10 ** (local - digits);
    if (scaled > MAX_AMOUNT_MINOR) fail(t('campaignData.validate.amountTooLarge', field));
    return scaled;
  }
  const unit = 10 ** (digits - local);
  if (a % unit !== 0)
    fail(
      tn(
        'campaignData.validate.moreDecimals',
        digits,
        field,
        minorToDecimal(a, digits),
        currency,
        String(local),
      ),
    );
  return a / unit;
}

/**
 * An amount as a file or a page gives it. `minorDigits`, when present, says how many decimals
 * `amountMinor` counts (150050 with 2: 1500.50): browsers and ICU versions disagree on some
 * currencies' decimals (HUF, IDR, COP: 2 in some, 0 in others), so one file read by another
 * browser would be 100 times off. Without it (files written before it, and the pages, which share
 * this browser's Intl) the amount is in this browser's minor units, the only reading such a file
 * allows; the answer always is.
 */
export function moneyOf(v: unknown, field: string): Money | null {
  if (v === null || v === undefined) return null;
  if (!isObject(v)) return fail(t('campaignData.validate.moneyShape', field));
  if (!isCurrencyCode(v.currency))
    fail(t('campaignData.validate.notIsoCode', `${field}.currency`, String(JSON.stringify(v.currency))));
  const a = v.amountMinor;
  if (typeof a !== 'number' || !Number.isFinite(a)) return fail(t('campaignData.validate.amountNaN', field));
  if (a < 0) fail(t('campaignData.validate.negative', field));
  if (a > MAX_AMOUNT_MINOR) fail(t('campaignData.validate.amountTooLarge', field));
  if (!Number.isInteger(a)) fail(t('campaignData.validate.amountWhole', field));
  const digits = v.minorDigits;
  if (digits === undefined) return { amountMinor: a, currency: v.currency as string };
  if (typeof digits !== 'number' || !Number.isInteger(digits) || digits < 0 || digits > MAX_MINOR_DIGITS)
    fail(t('campaignData.validate.minorDigits', `${field}.minorDigits`, String(MAX_MINOR_DIGITS)));
  const currency = v.currency as string;
  return { amountMinor: inLocalMinor(a, currency, digits as number, field), currency };
}

/** null, or a number in [min, max]; whole when `whole`. */
function numberOf(v: unknown, field: string, min: number, max: number, whole: boolean): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v))
    return fail(t('campaignData.validate.numberOrEmpty', field));
  if (whole && !Number.isInteger(v)) fail(t('campaignData.validate.wholeNumber', field));
  if (v < min)
    fail(
      min === 0
        ? t('campaignData.validate.negative', field)
        : t('campaignData.validate.atLeast', field, wholeNumber(min)),
    );
  if (v > max) fail(t('campaignData.validate.atMost', field, wholeNumber(max)));
  return v;
}

/** The checked input, or the first problems found ("field: reason; field: reason"), as the form says them. */
export function checkCampaignInput(
  input: unknown,
): { ok: true; value: CampaignInput } | { ok: false; error: string } {
  const checked = campaignInputProblems(input);
  return checked.ok ? checked : { ok: false, error: checked.problems.slice(0, MAX_PROBLEMS).join('; ') };
}

/** The checked input, or every problem found, each "field: reason": an import's report names them all. */
export function campaignInputProblems(
  input: unknown,
): { ok: true; value: CampaignInput } | { ok: false; problems: string[] } {
  if (!isObject(input)) return { ok: false, problems: [t('campaignData.validate.notObject')] };
  const problems: string[] = [];
  const take = <T>(check: () => T): T | undefined => {
    const r = attempt(check);
    if ('value' in r) return r.value;
    problems.push(r.reason);
    return undefined;
  };
  const count = (k: CountInputId) =>
    take(() => numberOf(input[k], k, 0, CAMPAIGN_LIMITS.count, true)) ?? null;
  const id = input.id === undefined || input.id === null ? undefined : take(() => campaignIdOf(input.id));
  const name = take(() => nameOf(input.name));
  const postKeys = postKeysOf(input.postKeys, (reason) => problems.push(reason));
  const day = (field: 'start' | 'end') => t('campaignData.validate.notADay', field);
  const start = take(() => (isIsoDay(input.start) ? input.start : fail(day('start'))));
  const end = take(() => (isIsoDay(input.end) ? input.end : fail(day('end'))));
  if (start && end) {
    if (dayCount(start, end) === 0) problems.push(t('campaignData.validate.endsBeforeStart', 'end'));
    else if (dayCount(start, end) > MAX_PERIOD_DAYS)
      problems.push(t('campaignData.validate.periodTooLong', 'end', wholeNumber(MAX_PERIOD_DAYS)));
  }
  const money = Object.fromEntries(
    MONEY_INPUTS.map((k) => [k, take(() => moneyOf(input[k], k)) ?? null]),
  ) as Record<MoneyInputId, Money | null>;
  // One campaign, one currency: ROAS and ROI divide these amounts by the spend, and the form
  // has a single currency field. The first amount entered (the spend's, when there is one) sets it.
  const first = MONEY_INPUTS.find((k) => money[k] !== null);
  for (const k of MONEY_INPUTS) {
    const m = money[k];
    const ref = first && money[first];
    if (!m || !ref || m.currency === ref.currency) continue;
    problems.push(
      first === 'spend'
        ? t('campaignData.validate.notSpendCurrency', k, ref.currency, m.currency)
        : t('campaignData.validate.notFirstCurrency', k, first, ref.currency, m.currency),
    );
  }
  const counts = Object.fromEntries(COUNT_INPUTS.map((k) => [k, count(k)])) as Record<
    CountInputId,
    number | null
  >;
  const value: CampaignInput = {
    name: name!,
    postKeys: postKeys!,
    start: start!,
    end: end!,
    ...money,
    ...counts,
    csat: take(() => numberOf(input.csat, 'csat', 0, 100, false)) ?? null,
    nps: take(() => numberOf(input.nps, 'nps', -100, 100, false)) ?? null,
  };
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: id === undefined ? value : { id, ...value } };
}
