// Finding a locale's compact affix around a number that parseCount has already located.
import type { Affix, LocaleTable } from './locale';
import { endsWord, startsWord } from './text';

/** Length of s matched by suffix a at end (0 for no match), including a skipped space. */
function suffixMatch(s: string, end: number, a: Affix): number {
  if (a.suf === '') return end;
  if (a.exact) {
    const stop = end + a.suf.length;
    return s.startsWith(a.suf, end) && endsWord(s, stop) ? stop : -1;
  }
  const from = s.charCodeAt(end) === 32 ? end + 1 : end;
  const stop = from + a.suf.length;
  return s.slice(from, stop).toLowerCase() === a.suf && endsWord(s, stop) ? stop : -1;
}

/** Index where prefix a starts before start, or -1. */
function prefixMatch(s: string, start: number, a: Affix): number {
  if (a.exact) {
    const from = start - a.pre.length;
    return from >= 0 && s.startsWith(a.pre, from) && startsWord(s, from) ? from : -1;
  }
  const to = start > 0 && s.charCodeAt(start - 1) === 32 ? start - 1 : start;
  const from = to - a.pre.length;
  return from >= 0 && s.slice(from, to).toLowerCase() === a.pre && startsWord(s, from) ? from : -1;
}

/** A compact affix found around a number: the power of ten it stands for, and where it ends. */
export interface AffixFound {
  exp: number;
  /** Index in s just past the affix's suffix (the number's own end when it has none). */
  stop: number;
}

/**
 * The compact affix around s[start, end) in this table, or null.
 * The longest match wins ("mil M" over "mil" in es, "mil" over "mi" in pt).
 */
export function findAffix(table: LocaleTable, s: string, start: number, end: number): AffixFound | null {
  let best: AffixFound | null = null;
  let bestLength = 0;
  const first = s.charAt(s.charCodeAt(end) === 32 ? end + 1 : end).toLowerCase();
  for (const a of table.bySuffixStart.get(first) ?? []) {
    const stop = suffixMatch(s, end, a);
    if (stop > end) {
      best = { exp: a.exp, stop };
      bestLength = stop - end;
      break;
    }
  }
  for (const a of table.prefixed) {
    const from = prefixMatch(s, start, a);
    if (from < 0) continue;
    const stop = suffixMatch(s, end, a);
    if (stop < end) continue;
    const length = start - from + (stop - end);
    if (length > bestLength) {
      best = { exp: a.exp, stop };
      bestLength = length;
    }
  }
  return best;
}

/** The power of ten that the compact affix around s[start, end) stands for in this table, or null. */
export function matchAffix(table: LocaleTable, s: string, start: number, end: number): number | null {
  return findAffix(table, s, start, end)?.exp ?? null;
}

/** Whether one of the table's suffix-only affixes starts at i of s (after an optional space). */
export function suffixAt(table: LocaleTable, s: string, i: number): boolean {
  const first = s.charAt(s.charCodeAt(i) === 32 ? i + 1 : i).toLowerCase();
  return (table.bySuffixStart.get(first) ?? []).some((a) => suffixMatch(s, i, a) > i);
}

/** Whether the digits at i begin right after one of the table's prefixes (si "ද1.5"). */
export function prefixBefore(table: LocaleTable, s: string, i: number): boolean {
  return table.prefixed.some((a) => prefixMatch(s, i, a) >= 0);
}

/** A digit-less compact word (fr "mille") standing alone in s, or null. */
export function matchWord(table: LocaleTable, s: string): number | null {
  if (table.words.size === 0) return null;
  const lower = s.toLowerCase();
  for (const [word, value] of table.words) {
    const at = lower.indexOf(word);
    if (at >= 0 && startsWord(lower, at) && endsWord(lower, at + word.length)) return value;
  }
  return null;
}
