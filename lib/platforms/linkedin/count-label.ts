// A count label of LinkedIn's counts bar ("1,234 reactions on Jane Doe’s post", "56 comments",
// "12 reposts"), read as parseCount reads it. parseCount first normalises the whole label (four
// Unicode-aware passes over it), which costs more than finding the label in the post, though only
// the number and the word after it decide what it gives.

import { MAX_COUNT, parseCount } from '../../parse-count';
import type { Count } from '../../types';

// The form LinkedIn's English labels take: the label starts with the digits (grouped by commas in
// threes, or not at all), then one space and the word that says what it counts, then a space or
// the end. For such a label parseCount reads the number in every locale as written: nothing comes
// before it (no sign, no prefix), ",ddd" groups are grouping with no compact affix after them, and
// no locale's compact affix is one of these words (an affix must end where a word ends).
const PLAIN_LABEL = /^(\d{1,3}(?:,\d{3})+|\d+) (?:reactions?|comments?|reposts?)(?: |$)/;

/** parseCount(label, locale), skipping its normalisation for a label of the plain form above. */
export function countLabel(label: string, locale: string): Count {
  const digits = PLAIN_LABEL.exec(label)?.[1];
  if (digits === undefined) return parseCount(label, locale);
  const value = Number(digits.replaceAll(',', ''));
  return value <= MAX_COUNT ? value : null;
}
