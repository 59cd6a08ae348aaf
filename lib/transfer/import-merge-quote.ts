// How a merge's reason quotes another entry's value: short plain text as it is, anything else as the
// report shows values, so that no value fills the sentence or turns it around.

import { BIDI_CONTROL } from '../format';
import { shownValue } from './import-rules';

/** Control characters and the line and paragraph separators: text that would not stay on one line. */
const LINE_BREAKING = /[\p{Cc}\u2028\u2029]/u;

/**
 * The other entry's value inside a reason: as it is when it is short plain text or not text,
 * otherwise as the report shows values (quoted, cut, on one line, no bidi control), so a post's
 * 4,000 characters of text, its line breaks or a right-to-left override never fill or turn the
 * sentence around.
 */
export const brief = (v: unknown) =>
  typeof v === 'string' && v.length <= 80 && !LINE_BREAKING.test(v) && !BIDI_CONTROL.test(v)
    ? v
    : shownValue(v);
