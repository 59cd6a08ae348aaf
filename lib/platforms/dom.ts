// Small DOM helpers shared by the platform adapters. They take a root, never `document`, so a
// test can hand an adapter a fixture. Selectors are arrays of alternatives, newest first.

import { cutWhole, LIMITS } from '../limits';

/** Elements matching the first alternative that matches anything under root. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const sel of selectors) {
    const found = root.querySelectorAll(sel);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** The first element matching an alternative, trying alternatives in order. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const found = root.querySelector(sel);
    if (found) return found;
  }
  return null;
}

/** A selector list of bare element names ("shreddit-post, shreddit-ad-post"), nothing else. */
const NAMES_ONLY = /^\s*[a-z][a-z0-9-]*(\s*,\s*[a-z][a-z0-9-]*)*\s*$/;

/**
 * `el.matches(selector)` as a function built once. A list of bare element names (custom elements
 * such as Reddit's) is answered from the element's own name, which costs less than asking the
 * selector engine once per post; any other selector goes to `matches`. The list is lower case, as
 * an HTML parser writes every element's local name, so for a page's own elements comparing the
 * local name answers as `matches` does (only an element a script creates with a capital in its
 * name through createElementNS would differ).
 */
export function matcherOf(selector: string): (el: Element) => boolean {
  if (!NAMES_ONLY.test(selector)) return (el) => el.matches(selector);
  const names = new Set(selector.split(',').map((name) => name.trim()));
  return (el) => names.has(el.localName);
}

// One element name followed by attribute tests and nothing else: `article[data-testid="tweet"]`.
// A top-level comma, space or combinator would have to sit inside a bracket, which this excludes.
const NAME_AND_ATTRIBUTES = /^([a-z][a-z0-9-]*)(?:\[[^\]]*\])+$/;

/**
 * `root.querySelectorAll(selector)`, in page order. A selector of one element name with attribute
 * tests is answered by that name's elements, each asked `matches(selector)`: the same elements in
 * the same order, and in Chromium a query by name alone walks the page several times faster than
 * one that tests every element against a compound (1.8 against 3.4 ms for X's posts on the bench's
 * 1,000-post page, the `matches` calls included). Any other selector goes to the query as it is.
 */
export function queryAll(root: ParentNode, selector: string): Iterable<Element> {
  const name = NAME_AND_ATTRIBUTES.exec(selector)?.[1];
  if (!name) return root.querySelectorAll(selector);
  const named = root.querySelectorAll(name);
  const out: Element[] = [];
  // Indexed: an iterator over a DOM list costs more than the rest of this loop.
  for (let i = 0; i < named.length; i++) if (named[i]!.matches(selector)) out.push(named[i]!);
  return out;
}

/**
 * Whether a match under root may sit inside a match above root: never under a document or a
 * fragment (nothing above them), all or none under an element (the same ancestors above root for
 * every match), and per match under anything else (the scanner's view of an element and what it
 * holds, which is no node).
 */
function enclosedAbove(root: ParentNode, selector: string): boolean | 'each' {
  const type = (root as Partial<Node>).nodeType;
  if (type === 9 || type === 11) return false; // DOCUMENT_NODE, DOCUMENT_FRAGMENT_NODE
  if (type === 1) return (root as Element).closest(selector) !== null; // ELEMENT_NODE
  return 'each';
}

/**
 * The elements under root matching `selector` that no other match holds (a post shown inside
 * another belongs to the outer one), in page order: what filtering every match by
 * `!el.parentElement?.closest(selector)` gives, without walking from each match up to the
 * document. In page order a match's enclosing matches under root come before it, and the last
 * one kept holds it if any of them does (those kept never hold each other).
 */
export function outermost(root: ParentNode, selector: string): Element[] {
  const above = enclosedAbove(root, selector);
  if (above === true) return [];
  const kept: Element[] = [];
  let outer: Element | null = null;
  for (const el of queryAll(root, selector)) {
    if (outer?.contains(el)) continue;
    if (above === 'each' && el.parentElement?.closest(selector)) continue;
    kept.push(el);
    outer = el;
  }
  return kept;
}

/** White space the fold would change: any but a single space between words. */
const UNFOLDED = /[^\S ]| {2}|^ | $/;

/** Runs of white space folded to one space, trimmed; a text with nothing to fold as it is. */
export function fold(text: string): string {
  // Most labels and names are single-spaced: checking that costs less than folding them.
  return UNFOLDED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Visible text with runs of white space folded, trimmed. */
export function textOf(el: Element | null | undefined): string {
  return fold(el?.textContent ?? '');
}

// <br>, and the elements that start and end a line (paragraphs, lines, list items…), whose words
// textContent joins to their neighbours' ("logged</p><p>#birding" reads "logged#birding", a hashtag
// glued to a word). A string, no Set built from it when the module loads: a content script that
// never reads a post's text (YouTube's) then leaves it out of its bundle.
const BREAKS = 'br,p,div,li,ul,ol,dd,dt,blockquote,pre,h1,h2,h3,h4,h5,h6,hr,tr,td,th,figcaption';

/**
 * A post's text as textOf reads it, with a space for each line break and between paragraphs, list
 * items and other blocks. By element name, not innerText: innerText lays the page out, and this
 * reads every post of a feed. A text without such an element is read from its textContent.
 */
export function postTextOf(el: Element | null | undefined): string {
  if (!el) return '';
  // Trimmed first: the fold trims anyway, and LinkedIn indents its text with lines of white space,
  // which would otherwise make the fold copy a text that has single spaces only inside.
  if (!el.querySelector(BREAKS)) return fold((el.textContent ?? '').trim());
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1) {
        const line = (c as Element).matches(BREAKS) ? '\n' : '';
        out += line;
        walk(c);
        out += line;
      }
    }
  };
  walk(el);
  return fold(out);
}

/**
 * Post text, folded, as the store keeps it: whole, up to LIMITS.text, which is above any
 * platform's longest post, as a caption's hashtags and mentions often come last and the hashtag
 * table reads them from here. A longer text (no platform's) goes with two characters more, so that
 * it is still longer than the limit where the cut drops half an emoji: the batch check, which cuts
 * it, then tells the user it did (lib/check-fields.ts).
 */
export function excerpt(text: string): string {
  return cutWhole(fold(text), LIMITS.text + 2);
}

/** An absolute https URL for href against base, or null for anything else (javascript:, data:…). */
export function httpsUrl(href: string | null | undefined, base: URL | string): URL | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

// What X and Instagram write in <time datetime>: UTC to the millisecond, the form toISOString
// gives back.
const UTC_MS = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.\d{3}Z$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A value in toISOString's form whose fields are all in range: the round trip gives it back. */
function isRoundTrip(value: string): boolean {
  const m = UTC_MS.exec(value);
  if (!m) return false;
  const n = (i: number) => Number(m[i]);
  const [year, month, day] = [n(1), n(2), n(3)];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
  return day >= 1 && day <= days && n(4) <= 23 && n(5) <= 59 && n(6) <= 59;
}

/**
 * ISO 8601 UTC from a datetime attribute or epoch seconds, or null when it is not a date. A value
 * already in toISOString's form with every field in range is returned as it is, without building
 * a Date: a feed read dates every post, and that is what the round trip gives back (out-of-range
 * fields, which Date rolls over, such as 24:00 or 30 February, take the round trip).
 */
export function isoDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && isRoundTrip(value)) return value;
  const d = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isFinite(d.getTime()) ? d.toISOString() : null;
}
