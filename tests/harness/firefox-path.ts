// Finds the Firefox the Firefox end-to-end suite drives. Puppeteer's browser downloads are never
// used: the machine's Firefox (Debian's `firefox-esr` package) or FIREFOX_PATH.
import { findBrowser, isExecutableFile } from './browser-path';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'] as const;

export class FirefoxNotFoundError extends Error {
  override name = 'FirefoxNotFoundError';
}

/** FIREFOX_PATH when set (and it must then be usable), else the first usual location that exists. */
export function findFirefox(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = FIREFOX_CANDIDATES,
  usable: (path: string) => boolean = isExecutableFile,
): string {
  return findBrowser({
    variable: 'FIREFOX_PATH',
    binary: 'a Firefox binary',
    env,
    candidates,
    usable,
    notFound: 'No Firefox found for the Firefox end-to-end tests.',
    advice: [
      'Install it with `apt-get install firefox-esr` (Debian/Ubuntu), or set FIREFOX_PATH to a Firefox binary (128 or newer).',
      '(Puppeteer browser downloads are not used: keep PUPPETEER_SKIP_DOWNLOAD=1.)',
    ],
    fail: (message) => new FirefoxNotFoundError(message),
  });
}
