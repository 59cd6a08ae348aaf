// Checks a campaign before it is stored. Pure, never throws: the answer is a fresh object with only
// the known fields, or every problem found (up to a few) in words a person can act on.

import { attempt, fail, LIMITS } from '../check';
import { PLATFORMS } from '../types';
import {
  type CampaignInput,
  COUNT_INPUTS,
  type CountInputId,
  MONEY_INPUTS,
  type MoneyInputId,
} from './campaign';
import { dayCount, isIsoDay, MAX_PERIOD_DAYS } from './dates';
import { isCurrencyCode, MAX_AMOUNT_MINOR, type Money } from './money';

export const CAMPAIGN_LIMITS = { name: 200, postKeys: 5000, key: 220, id: 100, count: 1e13 } as const;

const MAX_PROBLEMS = 5;
const ID = /^[A-Za-z0-9_-]+$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function campaignIdOf(v: unknown, field = 'id'): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > CAMPAIGN_LIMITS.id || !ID.test(v))
    return fail(`${field}: must be 1–${CAMPAIGN_LIMITS.id} letters, digits, - or _`);
  return v;
}

function nameOf(v: unknown): string {
  const name = typeof v === 'string' ? v.trim() : '';
  if (name === '') return fail('name: give the campaign a name');
  if (name.length > CAMPAIGN_LIMITS.name) fail(`name: longer than ${CAMPAIGN_LIMITS.name} characters`);
  return name;
}

function postKeyOf(v: unknown, field: string): string {
  if (typeof v !== 'string' || v.length > CAMPAIGN_LIMITS.key) return fail(`${field}: must be a post key`);
  const cut = v.indexOf(':');
  const platform = v.slice(0, cut);
  const postId = v.slice(cut + 1);
  if (cut < 1 || !(PLATFORMS as readonly string[]).includes(platform) || postId.trim() === '')
    fail(`${field}: "${v.slice(0, 60)}" is not a post key (platform:postId)`);
  if (postId.length > LIMITS.postId) fail(`${field}: post id longer than ${LIMITS.postId} characters`);
  return v;
}

function postKeysOf(v: unknown): string[] {
  if (!Array.isArray(v)) return fail('postKeys: must be a list of post keys');
  const keys = [...new Set(v.map((k, i) => postKeyOf(k, `postKeys[${i}]`)))];
  if (keys.length > CAMPAIGN_LIMITS.postKeys) fail(`postKeys: at most ${CAMPAIGN_LIMITS.postKeys} posts`);
  return keys;
}

export function moneyOf(v: unknown, field: string): Money | null {
  if (v === null || v === undefined) return null;
  if (!isObject(v)) return fail(`${field}: must be an amount and a currency`);
  if (!isCurrencyCode(v.currency))
    fail(`${field}.currency: ${JSON.stringify(v.currency)} is not an ISO 4217 code`);
  const a = v.amountMinor;
  if (typeof a !== 'number' || !Number.isFinite(a)) return fail(`${field}: the amount must be a number`);
  if (a < 0) fail(`${field}: must not be negative`);
  if (a > MAX_AMOUNT_MINOR) fail(`${field}: the amount is too large`);
  if (!Number.isInteger(a)) fail(`${field}: the amount must be whole minor units`);
  return { amountMinor: a, currency: v.currency as string };
}

/** null, or a number in [min, max]; whole when `whole`. */
function numberOf(v: unknown, field: string, min: number, max: number, whole: boolean): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(`${field}: must be a number or empty`);
  if (whole && !Number.isInteger(v)) fail(`${field}: must be a whole number`);
  if (v < min) fail(min === 0 ? `${field}: must not be negative` : `${field}: must be at least ${min}`);
  if (v > max) fail(`${field}: must be at most ${max}`);
  return v;
}

/** The checked input, or the problems found. */
export function checkCampaignInput(
  input: unknown,
): { ok: true; value: CampaignInput } | { ok: false; error: string } {
  if (!isObject(input)) return { ok: false, error: 'a campaign must be an object' };
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
  const postKeys = take(() => postKeysOf(input.postKeys));
  const start = take(() => (isIsoDay(input.start) ? input.start : fail('start: must be a day, YYYY-MM-DD')));
  const end = take(() => (isIsoDay(input.end) ? input.end : fail('end: must be a day, YYYY-MM-DD')));
  if (start && end) {
    if (dayCount(start, end) === 0) problems.push('end: the period ends before it starts');
    else if (dayCount(start, end) > MAX_PERIOD_DAYS)
      problems.push(`end: a period is at most ${MAX_PERIOD_DAYS} days`);
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
    const whose = first === 'spend' ? "the spend's currency" : `the currency of ${first}`;
    problems.push(`${k}: must be in ${whose} (${ref.currency}), not ${m.currency}`);
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
  if (problems.length > 0) return { ok: false, error: problems.slice(0, MAX_PROBLEMS).join('; ') };
  return { ok: true, value: id === undefined ? value : { id, ...value } };
}
