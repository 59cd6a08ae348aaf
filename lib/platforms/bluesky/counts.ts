// Reading Bluesky's numbers. Pure string work: no DOM, no browser globals.
//
// The like and reply buttons carry the exact count in their accessibility label, written by
// Lingui's plural "#" (locale grouping, never abbreviated) inside parentheses after the verb:
// "Like (15,554 likes)", "Gefällt mir (15.554 Gefällt mir)", "いいねする（15,554件のいいね）".
// (bluesky-social/social-app src/components/PostControls/index.tsx and the locale catalogs.)
// The visible numbers are Intl compact notation truncated to one decimal ("15.5K", "1,2 Mio.").

import { parseCount } from '../../parse-count';

// The last parenthesised group, ASCII or fullwidth parentheses (ja, zh).
const LAST_PARENS = /[(（]([^()（）]*)[)）]\s*$/;

/** A whole, non-negative count from text, or null (a fraction means the text was misread). */
export function wholeCount(text: string | null | undefined, locale: string): number | null {
  if (!text) return null;
  const n = parseCount(text, locale);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

/** The exact count in a control's label ("Like (1,204 likes)"), or null when it carries none. */
export function labelCount(label: string | null | undefined, locale: string): number | null {
  const inner = LAST_PARENS.exec(label ?? '')?.[1];
  return inner === undefined ? null : wholeCount(inner, locale);
}

// atproto TIDs: 13 base32-sortable characters holding microseconds since the epoch (53 bits)
// above a 10-bit clock id. https://atproto.com/specs/tid
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
const S32 = '234567abcdefghijklmnopqrstuvwxyz';
const EARLIEST = Date.UTC(2022, 0, 1); // before Bluesky existed: not a post time
const LATEST = Date.UTC(2100, 0, 1);

/**
 * When a post was created, from its record key. Bluesky's web app shows the time only as
 * localised text ("March 5, 2025 at 3:04 PM"), but a post's rkey is a TID minted at creation, so
 * it carries the same moment in a form that needs no locale. Null for keys that are not TIDs.
 */
export function tidDate(rkey: string): string | null {
  if (!TID.test(rkey)) return null;
  let v = 0n;
  for (const c of rkey) v = v * 32n + BigInt(S32.indexOf(c));
  const ms = Number((v >> 10n) / 1000n);
  if (ms < EARLIEST || ms > LATEST) return null;
  return new Date(ms).toISOString();
}
