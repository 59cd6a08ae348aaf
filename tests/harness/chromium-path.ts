// Finds the Chromium the end-to-end suite and the demo drive. Playwright's own browser downloads
// are never used: the machine's Chromium (Debian's `chromium` package) or CHROME_PATH.
import { findBrowser, isExecutableFile } from './browser-path';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
] as const;

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';
}

/** CHROME_PATH when set (and it must then be usable), else the first usual location that exists. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
  usable: (path: string) => boolean = isExecutableFile,
): string {
  return findBrowser({
    variable: 'CHROME_PATH',
    binary: 'a Chromium or Chrome binary',
    env,
    candidates,
    usable,
    notFound: 'No Chromium found for the end-to-end tests / demo.',
    advice: [
      'Install it with `apt-get install chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chromium/Chrome binary.',
      '(Playwright browser downloads are not used.)',
    ],
    fail: (message) => new ChromiumNotFoundError(message),
  });
}
