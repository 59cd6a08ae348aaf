// The social counts bar under a LinkedIn post: reactions, comments, reposts. Exact numbers sit in
// the buttons' aria-labels ("2,948 reactions"); the visible text is a fallback. A count whose item
// is missing is null: LinkedIn leaves an item out at zero, but also while it is still loading.

import type { Count } from '../../types';
import { queryFirst, textOf } from '../dom';
import { countLabel } from './count-label';

export interface LinkedInCounts {
  likes: Count;
  comments: Count;
  reposts: Count;
  /** The counts bar itself, null when the post shows none. */
  bar: Element | null;
}

const BAR = [
  // <div class="social-details-social-counts"> inside update-v2-social-activity
  // (feed-en.html, feed-de.html, company-ja.html, activity-pt-BR.html)
  '.social-details-social-counts',
];

const REACTIONS_PROOF = [
  // "Jane Doe and 86 others" variant: the total (87) is only in this hidden number (company-ja.html)
  '.social-details-social-counts__social-proof-fallback-number',
];

// That variant, with or without its number: <span class="…__social-proof-container"> holding the
// number and <span class="…__social-proof-text">Anthony Carreta et 7&nbsp;autres personnes</span>
// (code index file 15967052714). Its label and text count the others only (7 of 8), so they are
// not read: no number is better than one short.
const SOCIAL_PROOF = `${REACTIONS_PROOF[0]}, .social-details-social-counts__social-proof-container, .social-details-social-counts__social-proof-text`;

const REACTIONS_LABEL = [
  // <li class="…__reactions"><button aria-label="2,948 reactions"> (feed-en.html, activity-pt-BR.html)
  'li.social-details-social-counts__reactions button[aria-label]',
];

const REACTIONS_TEXT = [
  // <span aria-hidden="true" class="…__reactions-count">2,948</span> beside that label, read when
  // the label is missing (feed-en.html; the test removes the label)
  '.social-details-social-counts__reactions-count',
];

const COMMENTS_LABEL = [
  // <li class="…__comments"><button aria-label="221 comments"> (feed-en.html, company-ja.html)
  'li.social-details-social-counts__comments button[aria-label]',
];

const COMMENTS_TEXT = [
  // the same item's visible "221 comments", read when the label is missing (feed-en.html; the
  // test removes the label)
  '.social-details-social-counts__comments',
];

// The reposts item has no class of its own, only its label says what it counts. French: "N
// republications" (a French LinkedIn scraper reads the count from that text, code index file
// 46202528800); 'republicaç' (Portuguese) does not match it. Spanish: "N veces compartido" (a
// LinkedIn post parser's list of the lines LinkedIn renders, code index file 68939752133); Italian:
// "N diffusioni post" (LinkedIn's Italian analytics export, code index file 35711270785). No source
// for Dutch's words was found, so none is listed for it.
// i18n-ignore: page text to match (words the platform's page shows, not PostLens's UI)
const REPOST_WORDS = [
  'repost',
  '再投稿',
  'compartilhamento',
  'republicaç',
  'republication',
  'partage',
  'geteilt',
  'compartido',
  'diffusion',
];

function countFrom(el: Element | null, attr: string | null, locale: string): Count {
  if (!el) return null;
  const raw = attr ? el.getAttribute(attr) : textOf(el);
  return raw ? countLabel(raw, locale) : null;
}

// Every item but the reactions and the comments: the reposts item is one of these.
const OTHER_ITEMS =
  'li.social-details-social-counts__item:not(.social-details-social-counts__reactions):not(.social-details-social-counts__comments)';

function reposts(bar: Element, locale: string): Count {
  const items = bar.querySelectorAll(OTHER_ITEMS);
  // Indexed: an iterator over a DOM list costs more than the rest of this loop.
  for (let i = 0; i < items.length; i++) {
    const li = items[i]!;
    const button = li.querySelector('button[aria-label]');
    const label = button?.getAttribute('aria-label') || textOf(li);
    const lower = label.toLowerCase();
    if (REPOST_WORDS.some((w) => lower.includes(w))) return countLabel(label, locale);
  }
  return null;
}

export function countsBar(post: Element): Element | null {
  return queryFirst(post, BAR);
}

export function readLinkedInCounts(post: Element, locale: string): LinkedInCounts {
  const bar = countsBar(post);
  if (!bar) return { likes: null, comments: null, reposts: null, bar: null };
  const likes = bar.querySelector(SOCIAL_PROOF)
    ? countFrom(queryFirst(bar, REACTIONS_PROOF), null, locale)
    : (countFrom(queryFirst(bar, REACTIONS_LABEL), 'aria-label', locale) ??
      countFrom(queryFirst(bar, REACTIONS_TEXT), null, locale));
  const comments =
    countFrom(queryFirst(bar, COMMENTS_LABEL), 'aria-label', locale) ??
    countFrom(queryFirst(bar, COMMENTS_TEXT), null, locale);
  return { likes, comments, reposts: reposts(bar, locale), bar };
}
