// Finds the Chromium the end-to-end suite and the demo drive. Playwright's own browser downloads
// are never used: the machine's Chromium (Debian's `chromium` package) or CHROME_PATH.
import { accessSync, constants, statSync } from 'node:fs';

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

const isExecutableFile = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** CHROME_PATH when set (and it must then be usable), else the first usual location that exists. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
  usable: (path: string) => boolean = isExecutableFile,
): string {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (usable(fromEnv)) return fromEnv;
    throw new ChromiumNotFoundError(
      `CHROME_PATH is set to "${fromEnv}", but no executable is there. Point it at a Chromium or Chrome binary, or unset it to use ${candidates.join(', ')}.`,
    );
  }
  const found = candidates.find(usable);
  if (found) return found;
  throw new ChromiumNotFoundError(
    [
      'No Chromium found for the end-to-end tests / demo.',
      `Looked in: ${candidates.join(', ')}.`,
      'Install it with `apt-get install chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chromium/Chrome binary.',
      '(Playwright browser downloads are not used.)',
    ].join('\n'),
  );
}
