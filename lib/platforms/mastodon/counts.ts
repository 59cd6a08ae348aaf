// Reading Mastodon's counters. Counts are shown by ShortNumber (components/short_number.tsx): exact
// below 1,000, then "{count}K"-style units from the locale file ("1.2K", "1,2 Tsd.", "12,3 mil"),
// rounded. Followers also carry the exact figure in a title attribute (see mastodon.ts).

import { parseCount } from '../../parse-count';
import type { Count } from '../../types';
import { textOf } from '../dom';

/** A whole, non-negative count from text, or null (a fraction means the text was misread). */
export function wholeCount(text: string | null | undefined, locale: string): Count {
  if (!text) return null;
  const n = parseCount(text, locale);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

/** The number an AnimatedNumber shows. While it animates, the leaving value is still in the DOM,
 * absolutely positioned (components/animated_number.tsx); the staying one is static. */
function shownText(el: Element): string {
  const frames = Array.from(el.querySelectorAll('.animated-number > span'));
  if (frames.length === 0) return textOf(el);
  const staying = frames.find((f) => !/position:\s*absolute/.test(f.getAttribute('style') ?? ''));
  return textOf(staying ?? frames[frames.length - 1]);
}

/**
 * The counter beside an action bar icon, or null when the button shows none. Mastodon before 4.3
 * obfuscated reply counts: 0, 1, then "1+" for anything above one (animated_number obfuscatedCount),
 * so "1+" is a lower bound, not a count, and reads as null rather than a made-up number.
 */
export function counterValue(button: Element | null | undefined, locale: string): Count {
  const counter = button?.querySelector('.icon-button__counter');
  if (!counter) return null;
  const text = shownText(counter);
  if (text.includes('+')) return null;
  return wholeCount(text, locale);
}

/** A count in the focused post's "12 boosts · 34 favorites" line, or null when absent. */
export function statValue(el: Element | null | undefined, locale: string): Count {
  return el ? wholeCount(shownText(el), locale) : null;
}

const SNOWFLAKE = /^\d{15,19}$/;
const EARLIEST = Date.UTC(2016, 2, 1); // Mastodon's first release: older ids are not snowflakes
const LATEST = Date.UTC(2100, 0, 1);

/**
 * A status's creation time from its id. Mastodon ids are snowflakes (lib/mastodon/snowflake.rb):
 * milliseconds since the epoch shifted left 16 bits, taken at creation or, for a post fetched
 * after it was published, from its created_at (Snowflake::Callbacks.around_create).
 * The focused post shows its date only as localised text, so this is its machine-readable date.
 */
export function snowflakeDate(id: string): string | null {
  if (!SNOWFLAKE.test(id)) return null;
  const ms = Number(BigInt(id) >> 16n);
  return ms >= EARLIEST && ms <= LATEST ? new Date(ms).toISOString() : null;
}
