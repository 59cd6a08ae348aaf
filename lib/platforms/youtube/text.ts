// Words YouTube puts next to its numbers, and the few helpers that find the number a word
// belongs to. Labels mix numbers ("Top 10 tips by Studio 54 17,458 views 3 years ago"), so a view
// count is the number right before a views word, never the first number in the text.

import { parseCount } from '../../parse-count';
import type { Count } from '../../types';

// i18n-ignore: page text to match (words the platform's page shows, not PostLens's UI)
const VIEW_WORDS = [
  'views',
  'view',
  'aufrufe',
  'aufruf',
  '回視聴',
  'visualizações',
  'visualização',
  'vues',
  'vue',
  'visualizaciones',
  'vistas',
];
// i18n-ignore: page text to match (words the platform's page shows, not PostLens's UI)
// "sem visualizações" (pt), "sin vistas" (es-419), "sin visualizaciones" (es-ES): the zero words of
// coil398/TubeFilter's src/utils/locales.ts, written from real youtube.com strings.
const NO_VIEWS = [
  'no views',
  'keine aufrufe',
  'nenhuma visualização',
  'sem visualizações',
  'aucune vue',
  'sin vistas',
  'sin visualizaciones',
];
// i18n-ignore: page text to match (words the platform's page shows, not PostLens's UI)
const SUBSCRIBER_WORDS = ['subscriber', 'abonnent', '登録者', 'inscrito', 'abonné', 'suscriptor'];

// The number token (digits with their grouping marks) and up to two short words after it:
// "1,2 Mio.", "1,2 mi de", "1.2万", "17,458".
const NUMBER_BEFORE = /(\d[\d.,\u00a0\u202f]*(?:\s?[^\s\d]{1,4}\.?){0,2})\s*$/;

// Japanese puts the word before the number: "視聴回数 1,234,567 回" on the watch page, "視聴回数 172万 回"
// on older list items (the newer lists print "8.9万 回視聴", which VIEW_WORDS reads).
// i18n-ignore: page text to match (words the platform's page shows, not PostLens's UI)
const JA_VIEWS_BEFORE = /視聴回数\s*(\d[\d.,\u00a0\u202f]*\s?[万億]?)\s*回/;

// A views word inside a longer one ("review") is not the views word.
const LETTER = /[a-zà-ÿ]/;
const ownWord = (lower: string, at: number, word: string) =>
  !LETTER.test(lower[at - 1] ?? '') && !LETTER.test(lower[at + word.length] ?? '');

/** Views in a label or metadata text, null when it names no views (a date, "watching now"). */
export function viewsIn(text: string | null | undefined, locale: string): Count {
  if (!text) return null;
  const lower = text.toLowerCase();
  if (NO_VIEWS.some((w) => lower.includes(w))) return 0;
  const ja = JA_VIEWS_BEFORE.exec(text)?.[1];
  if (ja) return parseCount(ja, locale);
  // Every place of each word, not its first only: "Gadget Reviews 12,345 views" holds "views" inside
  // "Reviews" first.
  for (const word of VIEW_WORDS)
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1))
      if (ownWord(lower, at, word)) {
        const number = text.slice(0, at).match(NUMBER_BEFORE)?.[1];
        if (number) return parseCount(number, locale);
      }
  return null;
}

/**
 * Views in a label whose counts come last ("<title> by <channel> 17,458 views 10 years ago"): the
 * number before its last views word. Words before that one are names the label could not cut (a
 * channel page's items name no channel, yet their labels do): "Top 5 Views" or "No Views Club" is
 * no count.
 */
export function lastViewsIn(text: string | null | undefined, locale: string): Count {
  if (!text) return null;
  const lower = text.toLowerCase();
  // Where each views word ends, in order.
  const ends: number[] = [];
  for (const word of VIEW_WORDS)
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1))
      if (ownWord(lower, at, word)) ends.push(at + word.length);
  ends.sort((a, b) => a - b);
  return viewsIn(text.slice(ends.at(-2) ?? 0), locale);
}

export function isSubscriberText(text: string): boolean {
  const lower = text.toLowerCase();
  return SUBSCRIBER_WORDS.some((w) => lower.includes(w));
}

// The links as YouTube writes them, read without the URL parser (about 1 µs a link, and a grid item
// has three): only shapes the parser would leave as they are (no "%", no dot segment, nothing after
// the path but a query or fragment), so they read exactly what it would. Anything else goes through it.
const PLAIN_HANDLE = /^\/@([\w.-]+)$/;
const PLAIN_CHANNEL = /^\/(channel|c|user)\/([\w-]+)$/;
const PLAIN_SHORT = /^\/shorts\/([\w-]{11})(?:[?#]|$)/;
// The first query parameter is v: searchParams.get('v') would give this one.
const PLAIN_WATCH = /^\/watch\?v=([\w-]{11})(?:[&#]|$)/;

/** "/@mkbhd" → "mkbhd"; "/channel/UC…" → "channel/UC…"; other paths → null. */
export function channelHandle(href: string | null | undefined): string | null {
  if (!href) return null;
  const plain = PLAIN_HANDLE.exec(href);
  if (plain) return plain[1]!;
  const plainNamed = PLAIN_CHANNEL.exec(href);
  if (plainNamed) return `${plainNamed[1]}/${plainNamed[2]}`;
  try {
    const path = new URL(href, 'https://www.youtube.com').pathname;
    const at = path.match(/^\/@([^/]+)/);
    if (at?.[1]) return decodeURIComponent(at[1]);
    const named = path.match(/^\/(channel|c|user)\/([^/]+)/);
    return named?.[1] && named[2] ? `${named[1]}/${decodeURIComponent(named[2])}` : null;
  } catch {
    return null;
  }
}

/** The video id of a /watch?v= or /shorts/ link. */
export function videoLink(href: string | null | undefined): { id: string; short: boolean } | null {
  if (!href) return null;
  const plainShort = PLAIN_SHORT.exec(href);
  if (plainShort) return { id: plainShort[1]!, short: true };
  const plainWatch = PLAIN_WATCH.exec(href);
  if (plainWatch) return { id: plainWatch[1]!, short: false };
  try {
    const u = new URL(href, 'https://www.youtube.com');
    const short = u.pathname.match(/^\/shorts\/([\w-]{11})/)?.[1];
    if (short) return { id: short, short: true };
    const v = u.pathname === '/watch' ? u.searchParams.get('v') : null;
    return v && /^[\w-]{11}$/.test(v) ? { id: v, short: false } : null;
  } catch {
    return null;
  }
}
