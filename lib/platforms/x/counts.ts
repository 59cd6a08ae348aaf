// X's action bar: the exact counts behind the abbreviated numbers ("2.5K"). Pure over the DOM.
//
// Where the numbers come from, best first:
// 1. The bar's own aria-label, `div[role="group"]`: "48 replies, 152 reposts, 553 likes,
//    9 bookmarks, 30142 views" — exact integers, every non-zero count in that order, zeros left
//    out. It is the only place that always carries bookmarks (a post opened to read shows a bare
//    "Bookmark" button even with 797 of them: x-tweet-quote.html) and views (a timeline post may
//    have no analytics link: x-tweet-sample.html). Its words are translated ("110 件の返信、
//    169 件のリポスト、…" in Japanese), so an English label is read by its words, any other by
//    matching its numbers, in order, to the buttons whose own labels give their numbers.
// 2. Each control's own aria-label ("48 Replies. Reply", "2195266 views. View post analytics").
// 3. The control's visible number, abbreviated and truncated ("2.9K" for 2977), via parseCount.
//    It is read only where the control's own label has no number: where it has one, the visible
//    number is that count abbreviated (or, while X animates a new count in, a step ahead of both
//    labels). Reading it for every control of every post took about a tenth of X's read.
//
// When is a missing count 0 and when null? The bar label leaves zeros out, so once the label has
// been understood, a count it lacks is 0 — but only when the control for it is in the bar (the
// reply button, the analytics link…): a post from before view counts has no analytics link, and
// its views are null, not 0. Without an understood label nothing proves a zero: a button with an
// empty number and a bare label ("Bookmark") may hide a count, so the count is null.
import { parseCount } from '../../parse-count';
import type { CountField } from '../../types';
import { queryFirst, textOf } from '../dom';

/** Action bar fields in the order X lists them. */
export const BAR_ORDER = ['comments', 'reposts', 'likes', 'saves', 'views'] as const;
type BarField = (typeof BAR_ORDER)[number];
export type BarCounts = Record<CountField, number | null>;

// Each control, newest first. The "un…"/"remove…" forms are what X renders once the reader has
// liked, reposted or bookmarked the post.
const CONTROLS: Record<BarField, readonly string[]> = {
  comments: ['[data-testid="reply"]'], // x-tweet-sample.html
  reposts: [
    '[data-testid="retweet"]', // x-tweet-sample.html
    '[data-testid="unretweet"]', // x-timeline-engaged.html
  ],
  likes: [
    '[data-testid="like"]', // x-tweet-sample.html
    '[data-testid="unlike"]', // x-timeline-engaged.html
  ],
  saves: [
    '[data-testid="bookmark"]', // x-tweet-sample.html
    '[data-testid="removeBookmark"]', // x-timeline-engaged.html
  ],
  views: ['a[href$="/analytics"]'], // x-tweet-quote.html
};
const VISIBLE_NUMBER = ['[data-testid="app-text-transition-container"]']; // x-tweet-sample.html

// English words of the bar label. "retweets" is the pre-2023 wording.
const EN_WORDS: Record<string, BarField> = {
  reply: 'comments',
  replies: 'comments',
  repost: 'reposts',
  reposts: 'reposts',
  retweet: 'reposts',
  retweets: 'reposts',
  like: 'likes',
  likes: 'likes',
  bookmark: 'saves',
  bookmarks: 'saves',
  view: 'views',
  views: 'views',
};

type LabelReading = Partial<Record<BarField, number | 'ambiguous'>>;

/** The English bar label by its words; null when it is not (only) that grammar. */
export function readEnglishLabel(label: string): LabelReading | null {
  const t = label.trim();
  if (t === '') return {};
  const out: LabelReading = {};
  let last = -1;
  for (const part of t.split(/\s*,\s*/)) {
    const m = /^(\d{1,15}) ([a-z]+)$/i.exec(part);
    const field = m ? EN_WORDS[m[2]?.toLowerCase() ?? ''] : undefined;
    if (!m || !field) return null;
    const at = BAR_ORDER.indexOf(field);
    if (at <= last) return null;
    last = at;
    out[field] = Number(m[1]);
  }
  return out;
}

/** What the page tells about one control apart from the bar label. */
export interface ControlFacts {
  present: boolean;
  /** Exact number from the control's own aria-label, or null when that label has none. */
  exact: number | null;
  /** Visible number (possibly abbreviated), null when empty, not a number, or not read (exact known). */
  visible: number | null;
}

/** Every increasing placement of `k` numbers into the five fields (C(5,k) of them). */
function placements(k: number, from = 0): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let i = from; i <= BAR_ORDER.length - k; i++) {
    for (const rest of placements(k - 1, i + 1)) out.push([i, ...rest]);
  }
  return out;
}

function consistent(nums: readonly number[], at: readonly number[], facts: readonly ControlFacts[]) {
  return BAR_ORDER.every((_, i) => {
    const slot = at.indexOf(i);
    const value = slot >= 0 ? (nums[slot] ?? null) : 0;
    const f = facts[i];
    if (!f) return true;
    if (f.exact !== null && f.exact !== value) return false;
    // A visible number is truncated ("2.9K" for 2977), so it only bounds the exact value below.
    if (f.visible !== null && (value === null || value < f.visible)) return false;
    return true;
  });
}

/**
 * The label with a plain space between two digits made a no-break one: "2 534" (a thousands
 * group, as French, Polish or Swedish write it) is one grouped number, which the readers below
 * refuse as they refuse "2\u00a0534", not the number 2 followed by 534.
 */
const spacedGroups = (label: string) => label.replace(/(\d) (?=\d)/g, '$1\u00a0');

/**
 * A label in any language, read by its numbers: each placement of them onto the fields, in
 * order, that agrees with what the controls say; a field is known when every such placement
 * gives it the same value. Null when no placement fits (the label is not what we think it is).
 */
export function alignLabelNumbers(label: string, facts: readonly ControlFacts[]): LabelReading | null {
  if (/[^\P{Nd}0-9]/u.test(label)) return null; // native digits: not a label we can read safely
  const tokens = spacedGroups(label).match(/\d[\d.,'\u00a0\u202f]*\d|\d/g) ?? [];
  if (tokens.some((t) => !/^\d{1,15}$/.test(t))) return null;
  if (tokens.length === 0 && label.trim() !== '') return null;
  const nums = tokens.map(Number);
  if (nums.length > BAR_ORDER.length) return null;
  const fits = placements(nums.length).filter((at) => consistent(nums, at, facts));
  if (fits.length === 0) return null;
  const out: LabelReading = {};
  BAR_ORDER.forEach((field, i) => {
    // -1 stands for "not in the label", which is not the same as a "0" written in it.
    const values = new Set(fits.map((at) => (at.includes(i) ? (nums[at.indexOf(i)] ?? -1) : -1)));
    const [only] = values;
    if (values.size > 1) out[field] = 'ambiguous';
    else if (only !== undefined && only >= 0) out[field] = only;
  });
  return out;
}

/** The one integer an aria-label starts its count with; null for "Bookmark", "2,534 …" or "2 534 …". */
export function exactFromLabel(label: string | null): number | null {
  const m = /\d[\d.,'\u00a0\u202f]*/.exec(spacedGroups(label ?? ''));
  if (!m) return null;
  const token = m[0].replace(/[.,'\u00a0\u202f]+$/, '');
  return /^\d{1,15}$/.test(token) ? Number(token) : null;
}

function controlFacts(control: Element | null, locale: string): ControlFacts {
  if (!control) return { present: false, exact: null, visible: null };
  const exact = exactFromLabel(control.getAttribute('aria-label'));
  if (exact !== null) return { present: true, exact, visible: null };
  const number = queryFirst(control, VISIBLE_NUMBER);
  return { present: true, exact, visible: number ? parseCount(textOf(number), locale) : null };
}

/** A label that calls a count zero while its button shows a number is not to be trusted. */
function agrees(reading: LabelReading, facts: readonly ControlFacts[]): boolean {
  return BAR_ORDER.every((field, i) => {
    const v = reading[field];
    const f = facts[i];
    if (v === 'ambiguous' || !f) return true;
    const value = v ?? 0;
    if (f.exact !== null && f.exact !== value) return false;
    return f.visible === null || f.visible <= value;
  });
}

/** The counts of one action bar. Every field null when there is no bar. */
export function readActionBar(bar: Element | null, locale: string): BarCounts {
  const out: BarCounts = { likes: null, comments: null, reposts: null, saves: null, views: null };
  if (!bar) return out;
  const facts = BAR_ORDER.map((f) => controlFacts(queryFirst(bar, CONTROLS[f]), locale));
  const label = bar.getAttribute('aria-label');
  const parsed = label === null ? null : (readEnglishLabel(label) ?? alignLabelNumbers(label, facts));
  const reading = parsed && agrees(parsed, facts) ? parsed : null;
  BAR_ORDER.forEach((field, i) => {
    const f = facts[i] ?? { present: false, exact: null, visible: null };
    const fromLabel = reading?.[field];
    if (typeof fromLabel === 'number') out[field] = fromLabel;
    else if (reading && fromLabel === undefined) out[field] = f.present ? 0 : null;
    else out[field] = f.exact ?? f.visible;
  });
  return out;
}

/** The bar's controls, for tests and the badge: the reply button is where the bar starts. */
export const REPLY_CONTROL = CONTROLS.comments;
