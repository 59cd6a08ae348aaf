// Every user-facing string goes through t(): its text lives in assets/locales/<lang>.yml, which
// @wxt-dev/i18n builds into the extension's _locales, and the browser picks the user's language.
// The lookup is the browser's own i18n global, found at call time, so the logic modules that word
// a figure or an error stay free of browser imports and a test can install its own (setup.ts).

import { formatNumber, numberFormat } from '../format';

/** The browser's getMessage: a key ("dashboard_tabs_overview") and $1…$9 substitutions. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

interface I18nGlobal {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage?(): string;
}

let installed: MessageLookup | null = null;
let installedLocale: string | null = null;

/** Replaces the browser's lookup (tests, tools), optionally with its locale; null gives it back. */
export function setMessageLookup(lookup: MessageLookup | null, locale: string | null = null): void {
  installed = lookup;
  installedLocale = lookup ? locale : null;
}

function browserI18n(): I18nGlobal | undefined {
  const g = globalThis as { browser?: { i18n?: I18nGlobal }; chrome?: { i18n?: I18nGlobal } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The message file's path as dots ("campaigns.form.save"), as _locales names it ("campaigns_form_save"). */
const chromeKey = (key: string) => key.replaceAll('.', '_');

/**
 * The text of a message in the user's language, its $1…$9 filled from `subs`. A message the
 * locale files lack shows its key, never an empty label (a test keeps every key in both files).
 */
export function t(key: string, ...subs: Array<string | number>): string {
  let text: string | undefined;
  if (installed) text = installed(chromeKey(key), subs.map(String));
  else text = fromTemplate(key, subs);
  return text || key;
}

/**
 * The browser's message with `subs` in it, asking the browser once per message: it is asked with
 * a marker in each of the nine places ($1…$9 become U+E001…U+E009, `$$` a dollar sign, by the
 * browser's own rule), and the answer is kept as its text between the markers, so a substitution
 * is put in once and never read again (a "$1" or a marker in page text stays as it is). A content
 * script words dozens of figures a post; asking the browser each time took 4.4 ms of every 20-post
 * append. Bounded: one entry per message the code asks for, kept per lookup (a test may install
 * another).
 */
const templatesOf = new WeakMap<I18nGlobal, Map<string, Template>>();
const MARKERS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe001 + i));
const MARKER = /[\uE001-\uE009]/g;

/** A message's text, or its pieces: text, and the index of the substitution that goes between. */
type Template = string | Array<string | number>;

function compile(text: string): Template {
  const parts: Array<string | number> = [];
  let from = 0;
  for (const m of text.matchAll(MARKER)) {
    parts.push(text.slice(from, m.index), m[0].charCodeAt(0) - 0xe001);
    from = m.index + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts;
}

function fromTemplate(key: string, subs: Array<string | number>): string | undefined {
  const i18n = browserI18n();
  if (!i18n) return undefined;
  let templates = templatesOf.get(i18n);
  if (!templates) {
    templates = new Map();
    templatesOf.set(i18n, templates);
  }
  let template = templates.get(key);
  if (template === undefined) {
    template = compile(i18n.getMessage(chromeKey(key), MARKERS));
    templates.set(key, template);
  }
  if (typeof template === 'string') return template;
  let out = '';
  for (const part of template) {
    if (typeof part === 'string') out += part;
    else {
      const sub = subs[part];
      out += sub === undefined ? '' : String(sub);
    }
  }
  return out;
}

/**
 * A message with a singular and a plural form, written "one | other" in the locale file (English
 * and German choose alike: exactly 1 is singular). `count` is $1, formatted in the user's locale;
 * further substitutions are $2….
 *
 * The form is chosen before the substitutions go in: they are often page text (an author
 * "Jane Doe | Marketing", a campaign "Q1 | Brand"), whose own " | " must not split the message.
 * So the message is asked with the markers in its places, and each marker is then replaced once.
 */
export function tn(key: string, count: number, ...subs: Array<string | number>): string {
  const all = [formatCount(count), ...subs];
  const forms = t(key, ...MARKERS).split(' | ');
  const form = (count === 1 ? forms[0] : forms[forms.length - 1]) ?? key;
  // A place with no substitution given is empty, as the browser has it.
  return form.replace(MARKER, (m) => String(all[m.charCodeAt(0) - 0xe001] ?? ''));
}

/**
 * The browser's answer, asked once: its UI language changes only with a restart of the browser,
 * and asking is an extension API call (about 0.2 ms in a content script, where a badge's words
 * asked it dozens of times per post: 4.7 ms of every 20-post append in the scroll benchmark).
 */
let browserLocale: string | null = null;

/** The language the browser shows its own UI in ("de", "en-GB"); numbers and dates follow it. */
export function uiLocale(): string {
  if (installedLocale) return installedLocale;
  if (browserLocale) return browserLocale;
  let fromBrowser: string | undefined;
  try {
    fromBrowser = browserI18n()?.getUILanguage?.();
  } catch {
    // A stand-in browser without it (unit tests' fake): the page's language says the same.
  }
  if (fromBrowser) {
    browserLocale = fromBrowser;
    return fromBrowser;
  }
  return (globalThis as { navigator?: { language?: string } }).navigator?.language || 'en';
}

/**
 * A whole number for a message, grouped as the user's language writes numbers ("100,000",
 * "100.000"): t() puts a number in as it is ("100000"), which no reader of either language writes.
 */
export const wholeNumber = (n: number): string => formatNumber(n, uiLocale());

/**
 * The language the messages are in ("en", "de"), for the pages' <html lang>: the browser serves
 * the locale file of its UI language if there is one and English otherwise, so a French browser
 * reads English words (uiLocale() "fr" would declare them French). The file says it itself.
 */
export function messagesLanguage(): string {
  const lang = t('common.lang');
  return lang === 'common.lang' ? 'en' : lang;
}

function formatCount(n: number): string {
  return numberFormat(uiLocale(), {}).format(n);
}
