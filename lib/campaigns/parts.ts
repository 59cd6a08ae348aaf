// The building blocks of every campaign figure: a number, or what it still needs. Pure. A missing
// input or a division by zero is a need ("needs clicks", "needs non-zero views"), never 0,
// Infinity or NaN.
import { t, tn, wholeNumber } from '../i18n';

/** A number or what it still needs. */
export interface Part {
  value: number | null;
  needs: string[];
}

export const have = (value: number): Part => ({ value, needs: [] });
export const need = (...needs: string[]): Part => ({ value: null, needs });

/** An input the user entered, or the need naming it. */
export const input = (v: number | null, what: string): Part => (v === null ? need(what) : have(v));

/**
 * Σ of one value over the campaign's posts (facts by post key). A post `leftOut` says has no part
 * in the sum (the caption names it); every other post must have the value, or it is a need, and so
 * is a sum that every post is left out of.
 */
export function postTotal<F>(
  keys: readonly string[],
  facts: ReadonlyMap<string, F>,
  pick: (f: F) => number | null,
  what: string,
  leftOut: (f: F) => boolean = () => false,
): Part {
  if (keys.length === 0) return need(t('campaignData.need.posts'));
  let sum = 0;
  let missing = 0;
  let counted = 0;
  for (const key of keys) {
    const f = facts.get(key);
    if (f !== undefined && leftOut(f)) continue;
    counted++;
    const v = f ? pick(f) : null;
    if (v === null || !Number.isFinite(v)) missing++;
    else sum += v;
  }
  // Every post left out: none has the value.
  if (counted === 0) missing = keys.length;
  return missing > 0
    ? need(tn('campaignData.need.ofPosts', keys.length, what, wholeNumber(missing)))
    : have(sum);
}

/** n ÷ d; a zero divisor is the need `zero` names, never Infinity or NaN. */
export function quotient(n: Part, d: Part, zero: string): Part {
  const needs = [...new Set([...n.needs, ...d.needs, ...(d.value === 0 ? [zero] : [])])];
  if (needs.length > 0 || n.value === null || d.value === null) return need(...needs);
  return have(n.value / d.value);
}

/**
 * A gain over the period as a divisor or as a rate's numerator: one that fell (below 0) is the
 * need `fell` words with by how much, because a cost or rate per unit gained means nothing when
 * nothing was gained, and a rate of a loss is no rate.
 */
export const rose = (p: Part, fell: (by: number) => string): Part =>
  p.value !== null && p.value < 0 ? need(fell(-p.value)) : p;

/** a × b, or what either still needs. */
export function product(a: Part, b: Part): Part {
  const needs = [...new Set([...a.needs, ...b.needs])];
  if (needs.length > 0 || a.value === null || b.value === null) return need(...needs);
  return have(a.value * b.value);
}

/** a + b, or what either still needs. */
export function sum(a: Part, b: Part): Part {
  const needs = [...new Set([...a.needs, ...b.needs])];
  if (needs.length > 0 || a.value === null || b.value === null) return need(...needs);
  return have(a.value + b.value);
}

/** The part scaled by k (CPM is per 1,000); a need stays a need. */
export const scaled = (p: Part, k: number): Part => (p.value === null ? p : have(p.value * k));
