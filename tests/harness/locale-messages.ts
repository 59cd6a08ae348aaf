// The extension's messages as the browser would serve them, read from the same locale files the
// build turns into _locales (assets/locales/<lang>.yml, through @wxt-dev/i18n's own parser), so a
// unit test sees the words a user sees. Used by tests/unit/setup.ts and the locale tests.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageLookup } from '../../lib/i18n';

// import.meta.url, not __dirname: the inspect tool loads this in plain Node (ESM) too.
export const LOCALES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets/locales');

/** key (as _locales names it) → message text, for one language. */
export async function loadMessages(lang: string): Promise<Map<string, string>> {
  // Imported here, not at the top: the unit tests' setup takes only lookupFrom from this file, and
  // gets the English messages parsed once per run (tests/unit/global-setup.ts).
  const { generateChromeMessages, parseMessagesFile } = await import('@wxt-dev/i18n/build');
  const files = [join(LOCALES_DIR, `${lang}.yml`)];
  const map = new Map<string, string>();
  for (const file of files) {
    if (!existsSync(file)) continue;
    const raw = generateChromeMessages(await parseMessagesFile(file)) as Record<string, { message: string }>;
    for (const [key, { message }] of Object.entries(raw)) {
      if (map.has(key)) throw new Error(`${file}: message "${key}" is defined twice`);
      map.set(key, message);
    }
  }
  return map;
}

/** Chrome's substitution rule: $1…$9 take the substitutions, $$ is a dollar sign. */
export function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** A lookup that throws on a missing key, so a test names the message it lacks. */
export function lookupFrom(messages: Map<string, string>): MessageLookup {
  return (key, subs) => {
    const m = messages.get(key);
    if (m === undefined) throw new Error(`No message "${key}" in the locale files`);
    return substitute(m, subs);
  };
}
