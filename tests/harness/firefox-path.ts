// Finds the Firefox the Firefox end-to-end suite drives. Puppeteer's browser downloads are never
// used: the machine's Firefox (Debian's `firefox-esr` package) or FIREFOX_PATH.
import { accessSync, constants, statSync } from 'node:fs';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'] as const;

export class FirefoxNotFoundError extends Error {
  override name = 'FirefoxNotFoundError';
}

const isExecutableFile = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** FIREFOX_PATH when set (and it must then be usable), else the first usual location that exists. */
export function findFirefox(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = FIREFOX_CANDIDATES,
  usable: (path: string) => boolean = isExecutableFile,
): string {
  const fromEnv = env.FIREFOX_PATH?.trim();
  if (fromEnv) {
    if (usable(fromEnv)) return fromEnv;
    throw new FirefoxNotFoundError(
      `FIREFOX_PATH is set to "${fromEnv}", but no executable is there. Point it at a Firefox binary, or unset it to use ${candidates.join(', ')}.`,
    );
  }
  const found = candidates.find(usable);
  if (found) return found;
  throw new FirefoxNotFoundError(
    [
      'No Firefox found for the Firefox end-to-end tests.',
      `Looked in: ${candidates.join(', ')}.`,
      'Install it with `apt-get install firefox-esr` (Debian/Ubuntu), or set FIREFOX_PATH to a Firefox binary (128 or newer).',
      '(Puppeteer browser downloads are not used: keep PUPPETEER_SKIP_DOWNLOAD=1.)',
    ].join('\n'),
  );
}
