// The maintainer's inspect command: run PostLens's adapters on a saved page, in Node, and print
// what they read. `npm run inspect -- <saved-page.html> --url <page url> [--locale <bcp47>]`.
// With --badges, each post also gets the badge PostLens would draw on it, from the page alone
// (no database here, so no stored history or followers): `badge: { headline, kind, formula }`,
// built by the same buildBadgeView whose headline is the chip's text. --now <ISO time> fixes the
// clock (default: the machine's): relative time labels ("3 h", "Yesterday") resolve against it,
// and the lifetime velocity divides by it.
// The page is parsed with happy-dom with scripts, style sheets and frames switched off: a saved
// page is data, and nothing in it runs or loads.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { setMessageLookup } from '../../lib/i18n';
import { buildBadgeView } from '../../lib/metrics/badge-model';
import { readPage } from '../../lib/read/read-page';
import type { PostReading, ProfileReading } from '../../lib/types';
import { loadMessages, lookupFrom } from '../harness/locale-messages';

// Node has no browser to serve PostLens's messages: the badge's words come from the English
// locale files, as the extension shows them in English.
setMessageLookup(lookupFrom(await loadMessages('en')), 'en');

const USAGE =
  'usage: npm run inspect -- <saved-page.html> --url <page url> [--locale <bcp47>] [--now <ISO time>] [--badges]';

export interface InspectIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

interface Args {
  file: string;
  url: URL;
  locale: string | null;
  badges: boolean;
  /** Epoch ms for --now, else null (the clock). */
  now: number | null;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  let file: string | null = null;
  let url: string | null = null;
  let locale: string | null = null;
  let badges = false;
  let now: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (flag === '--url' || flag === '--locale' || flag === '--now') {
      const value = inline ?? argv[++i];
      if (!value) throw new UsageError(`${flag} needs a value`);
      if (flag === '--url') url = value;
      else if (flag === '--now') now = value;
      else locale = value;
    } else if (arg === '--badges') {
      badges = true;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file === null) {
      file = arg;
    } else {
      throw new UsageError(`one saved page at a time (got also ${arg})`);
    }
  }
  if (!file) throw new UsageError('which saved page? give its path');
  if (!url) throw new UsageError('--url is required: the address the page was saved from');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url ${JSON.stringify(url)} is not a valid URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new UsageError(`--url ${JSON.stringify(url)} is not a web address`);
  }
  if (locale !== null) {
    try {
      locale = Intl.getCanonicalLocales(locale)[0] ?? null;
    } catch {
      throw new UsageError(`--locale ${JSON.stringify(locale)} is not a BCP 47 language tag`);
    }
  }
  const nowMs = now === null ? null : Date.parse(now);
  if (nowMs !== null && !Number.isFinite(nowMs)) {
    throw new UsageError(`--now ${JSON.stringify(now)} is not an ISO 8601 time`);
  }
  return { file, url: parsed, locale, badges, now: nowMs };
}

/** A happy-dom window that runs and fetches nothing. */
export function inertWindow(url: URL): Window {
  return new Window({
    url: url.href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigator: { userAgent: 'PostLens inspect' },
    },
  });
}

/**
 * The saved page's own language (<html lang>), else "en": unlike the content script, the
 * command has no reader's browser to fall back on, and the machine's language is not the page's.
 */
function savedPageLocale(doc: Document): string {
  const lang = doc.documentElement?.getAttribute('lang')?.trim().replace(/_/g, '-');
  try {
    return (lang && Intl.getCanonicalLocales(lang)[0]) || 'en';
  } catch {
    return 'en';
  }
}

/** Parse a saved page as the page at `url`, inert. Close the window when done with it. */
export function parseSavedPage(html: string, url: URL): { document: Document; window: Window } {
  const window = inertWindow(url);
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return { document: doc as unknown as Document, window };
}

/**
 * The badge of one post as the content script would draw it on a first visit: no stored
 * knowledge, the default preference (by views where shown, else by followers), and the page's
 * profile header as the followers of its own author's posts.
 */
export function badgeOf(
  post: PostReading,
  profile: ProfileReading | null,
  locale: string,
  now: number | null,
) {
  const view = buildBadgeView({
    reading: post,
    knowledge: undefined,
    preference: 'auto',
    locale,
    profile,
    now: now ?? undefined,
  });
  return { headline: view.headline, kind: view.kind, formula: view.formula };
}

/** Run the command; resolves to the process exit code. Never throws. */
export async function main(argv: readonly string[], io: InspectIo = defaultIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.err(`inspect: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  let html: string;
  try {
    html = await readFile(resolve(args.file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(e);
    io.err(`inspect: cannot read ${args.file}: ${why}\n`);
    return 1;
  }
  let page: ReturnType<typeof parseSavedPage> | null = null;
  try {
    page = parseSavedPage(html, args.url);
    const root = page.document;
    const locale = args.locale ?? savedPageLocale(root);
    const reading = readPage(root, args.url, locale, args.now ?? undefined);
    const report = {
      platform: reading.platform,
      url: args.url.href,
      locale,
      posts: args.badges
        ? reading.posts.map((p) => ({ ...p, badge: badgeOf(p, reading.profile, locale, args.now) }))
        : reading.posts,
      profile: reading.profile,
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (e) {
    io.err(`inspect: could not read the page: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    await page?.window.happyDOM.close();
  }
}

const defaultIo: InspectIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const invokedAs = process.argv[1] ? pathToFileURL(resolve(process.argv[1])).href : '';
if (import.meta.url === invokedAs) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
