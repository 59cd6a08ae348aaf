// Facebook's engagement footer: "All reactions: 50K", "5.9K comments", "2.4K shares". Class names
// are generated, so this relies on roles, aria attributes and the footer's element pattern, and on
// the words beside comment and share counts (localised; an unknown language reads null, never a
// guess). Fixtures: tests/fixtures/facebook (see SOURCES.md there).

import { isBareCount, parseCount } from '../../parse-count';
import type { Count } from '../../types';
import { textOf } from '../dom';

export const FOOTER = [
  // <div data-visualcompletion="ignore-dynamic"> around reactions, counts, buttons and comments
  // (feed-en.html, page-de.html, group-es.html)
  'div[data-visualcompletion="ignore-dynamic"]',
];

const REACTIONS = [
  // the reaction icons (span role=toolbar) then a button holding the total
  // (feed-en.html, page-de.html, group-es.html)
  'span[role="toolbar"] ~ div div[role="button"] > span[aria-hidden] > span:not([class]) > span[class]',
];

// The hidden label before the total; read its next sibling when the toolbar pattern is missing.
const ALL_REACTIONS =
  /^(all reactions|alle reaktionen|todas las reacciones|todas as reações|toutes les réactions|tutte le reazioni|すべてのリアクション)\s*[:：]?$/i;

// What is left of a count's text once its number is taken out, per language. A compact unit
// ("K", "Tsd.", "mil") may precede the word. Anything else ("View 4 more comments") is no count.
// i18n-ignore: page text to match (words the platform's page shows, not PostLens's UI)
const COMMENT_WORDS = [
  'comments',
  'comment',
  'kommentare',
  'kommentar',
  'comentarios',
  'comentario',
  'comentários',
  'comentário',
  'commentaires',
  'commentaire',
  'commenti',
  'commento',
  'コメント 件',
];
// i18n-ignore: page text to match (words the platform's page shows, not PostLens's UI)
const SHARE_WORDS = [
  'shares',
  'share',
  'mal geteilt',
  'veces compartida',
  'veces compartido',
  'vez compartida',
  'compartilhamentos',
  'compartilhamento',
  'partages',
  'partage',
  'condivisioni',
  'condivisione',
  'シェア 件',
];

const NESTED_ARTICLE = '[role="article"]';

/** el belongs to post itself, not to a comment (or shared post) nested inside it. */
export function owned(post: Element, el: Element): boolean {
  const article = el.parentElement?.closest(NESTED_ARTICLE);
  return !article || article === post || !post.contains(article);
}

function leftover(text: string): string {
  return text
    .replace(/[\d.,\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

function labelled(text: string, words: readonly string[]): boolean {
  const rest = leftover(text);
  return words.some((w) => rest === w || (rest.endsWith(` ${w}`) && rest.length - w.length <= 6));
}

/** The first short text leaf in scope whose words are one of `words`, read as a count. */
function wordCount(scope: Element, post: Element, words: readonly string[], locale: string): Count {
  for (const el of Array.from(scope.querySelectorAll('span, div'))) {
    if (el.children.length > 0 || !owned(post, el)) continue;
    const text = textOf(el);
    if (!text || text.length > 40 || !/\d/.test(text) || !labelled(text, words)) continue;
    const n = parseCount(text, locale);
    if (n !== null) return n;
  }
  return null;
}

/**
 * The reaction total when the summary is a number alone ("50K"). Once the reader or a friend has
 * reacted, the summary names them: "You and 12 others", "You, John Doe and 10 others" (a public
 * explainer, uncoversocial.com) or "<name> and 12 others" (a public Facebook crawler skips such
 * lines, code index file 58172688059). Its number then leaves out the named people, and the names
 * cannot be counted safely (a name may hold "and" or a comma): null, never a number one or two short.
 */
function total(el: Element, locale: string): Count {
  const text = textOf(el);
  return isBareCount(text) ? parseCount(text, locale) : null;
}

function reactions(scope: Element, post: Element, locale: string): Count {
  const node = Array.from(scope.querySelectorAll(REACTIONS.join(','))).find((n) => owned(post, n));
  if (node) return total(node, locale);
  for (const el of Array.from(scope.querySelectorAll('div, span'))) {
    if (el.children.length > 0 || !owned(post, el) || !ALL_REACTIONS.test(textOf(el))) continue;
    const next = el.nextElementSibling;
    return next ? total(next, locale) : null;
  }
  return null;
}

export interface FacebookCounts {
  likes: Count;
  comments: Count;
  reposts: Count;
}

/**
 * The post's own footer: the last of the outermost blocks carrying the footer's attribute. The
 * footer closes the post, so a shared post's footer comes before it and a block that carries the
 * attribute inside it (comments) lies within it; the first one found may be either.
 */
export function footerOf(post: Element): Element | null {
  const all = Array.from(post.querySelectorAll(FOOTER.join(','))).filter((f) => owned(post, f));
  return all.filter((f) => !all.some((o) => o !== f && o.contains(f))).pop() ?? null;
}

/** Counts in the post's own footer. No footer, no counts: a body text saying "5 shares" is not one. */
export function facebookCounts(post: Element, locale: string): FacebookCounts {
  const footer = footerOf(post);
  if (!footer) return { likes: null, comments: null, reposts: null };
  return {
    likes: reactions(footer, post, locale),
    comments: wordCount(footer, post, COMMENT_WORDS, locale),
    reposts: wordCount(footer, post, SHARE_WORDS, locale),
  };
}
