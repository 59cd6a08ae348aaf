// Threads' action bar: Like, Reply, Repost and Share buttons (div role=button), each an icon
// (svg aria-label="Like" …) with the count beside it. Threads draws no number when a count is 0.
// Fixtures: tests/fixtures/threads (see SOURCES.md there).
//
// When is a missing number 0? Only when another button of the same bar does show a number in the
// same way: that proves the bar is drawn and read correctly, so the empty button is Threads'
// zero. With no number anywhere (a brand-new post, or markup we no longer understand) the counts
// stay null: a wrong 0 is worse than none. An empty Like button is never 0: "Hide like and share
// counts" (the author's, or the viewer's for all posts) leaves the heart without a number too, and
// nothing on the page tells a hidden count from a zero. The same setting empties Repost (a share)
// and Share but not Reply, so an empty Repost button is 0 only when the like number shows: that
// proves the post's counts are not hidden.

import { parseCount } from '../../parse-count';
import type { Count } from '../../types';
import { textOf } from '../dom';

export const POST = 'div[data-pressable-container="true"]';

type Slot = 'likes' | 'comments' | 'reposts' | 'shares';
const ORDER: readonly Slot[] = ['likes', 'comments', 'reposts', 'shares'];

// Icon labels per language. en and ja are the labels public Threads code reads; the others are
// translations, and an unknown language falls back to the buttons' fixed order. Written with the
// straight apostrophe: slotOf reads Meta's typographic one (French "J’aime", U+2019) as it.
// i18n-ignore: page text to match (words the platform's page shows, not PostLens's UI)
const LABELS: Record<Slot, readonly string[]> = {
  likes: [
    'like',
    'unlike',
    'いいね！',
    '「いいね！」',
    '「いいね！」を取り消す',
    'gefällt mir',
    'me gusta',
    'curtir',
    "j'aime",
    "je n'aime plus",
  ],
  comments: ['reply', 'comment', '返信', 'antworten', 'responder', 'répondre'],
  reposts: ['repost', '再投稿', 'reposten', 'republicar', 'repostar', 'republier'],
  shares: ['share', 'シェアする', 'teilen', 'compartir', 'compartilhar', 'partager'],
};

export interface ThreadsCounts {
  likes: Count;
  comments: Count;
  reposts: Count;
  /** The action bar, for the badge. */
  bar: Element | null;
}

/** el belongs to post, not to a post quoted inside it. */
export function ownedBy(post: Element, el: Element): boolean {
  return el.parentElement?.closest(POST) === post || el === post;
}

function slotOf(label: string): Slot | null {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/\u2019/g, "'");
  return ORDER.find((slot) => LABELS[slot].includes(l)) ?? null;
}

/** What a button shows beside its icon (without the icon's <title>): 'empty' when nothing (Threads'
 * zero, once the bar is proven), else the number read, or null when the text is no readable count. */
function buttonNumber(button: Element, locale: string): number | null | 'empty' {
  const copy = button.cloneNode(true) as Element;
  for (const svg of Array.from(copy.querySelectorAll('svg'))) svg.remove();
  const text = textOf(copy);
  return text ? parseCount(text, locale) : 'empty';
}

function commonAncestor(a: Element, b: Element): Element | null {
  let cur: Element | null = a;
  while (cur && !cur.contains(b)) cur = cur.parentElement;
  return cur;
}

function actionButtons(post: Element): Map<Slot, Element> {
  const buttons = Array.from(post.querySelectorAll('[role="button"]')).filter(
    (b) => ownedBy(post, b) && b.querySelector('svg[aria-label]'),
  );
  const bySlot = new Map<Slot, Element>();
  for (const b of buttons) {
    const slot = slotOf(b.querySelector('svg[aria-label]')?.getAttribute('aria-label') ?? '');
    if (slot && !bySlot.has(slot)) bySlot.set(slot, b);
  }
  if (bySlot.size > 0 || buttons.length < 4) return bySlot;
  // Unknown language: the last four icon buttons, when they sit together apart from the rest.
  const last = buttons.slice(-4);
  const bar = commonAncestor(last[0]!, last[3]!);
  const before = buttons[buttons.length - 5];
  if (!bar || (before && bar.contains(before))) return bySlot;
  for (const [i, b] of last.entries()) bySlot.set(ORDER[i]!, b);
  return bySlot;
}

export function threadsCounts(post: Element, locale: string): ThreadsCounts {
  const buttons = actionButtons(post);
  const values = new Map<Slot, number | null | 'empty'>();
  for (const [slot, b] of buttons) values.set(slot, buttonNumber(b, locale));
  const barProven = [...values.values()].some((v) => typeof v === 'number');
  const likesShown = typeof values.get('likes') === 'number';
  const read = (slot: Slot): Count => {
    const value = values.get(slot);
    // Only an empty button is Threads' zero (never Like's: it may be hidden; Repost's only beside
    // a like number, since it is hidden with it); text that is no readable count stays unknown.
    if (value === 'empty')
      return (slot === 'comments' ? barProven : slot === 'reposts' && likesShown) ? 0 : null;
    return value ?? null;
  };
  const present = [...buttons.values()];
  const bar = present.length > 1 ? commonAncestor(present[0]!, present[present.length - 1]!) : null;
  return { likes: read('likes'), comments: read('comments'), reposts: read('reposts'), bar };
}
