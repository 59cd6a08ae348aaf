// Finds a browser the end-to-end suites drive: the variable naming it when set (it must then be
// usable), else the first usual location that exists. The test tools' own browser downloads are
// never used. chromium-path.ts and firefox-path.ts say which variable, where, and what to install.
import { accessSync, constants, statSync } from 'node:fs';

export const isExecutableFile = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

export interface BrowserSearch {
  /** The environment variable that names the binary, e.g. CHROME_PATH. */
  variable: string;
  /** What the variable must point at, e.g. "a Chromium or Chrome binary". */
  binary: string;
  env: NodeJS.ProcessEnv;
  candidates: readonly string[];
  usable: (path: string) => boolean;
  /** The lines after "Looked in: …" when nothing is found. */
  advice: readonly string[];
  /** The first line when nothing is found. */
  notFound: string;
  fail: (message: string) => Error;
}

export function findBrowser(s: BrowserSearch): string {
  const fromEnv = s.env[s.variable]?.trim();
  if (fromEnv) {
    if (s.usable(fromEnv)) return fromEnv;
    throw s.fail(
      `${s.variable} is set to "${fromEnv}", but no executable is there. Point it at ${s.binary}, or unset it to use ${s.candidates.join(', ')}.`,
    );
  }
  const found = s.candidates.find(s.usable);
  if (found) return found;
  throw s.fail([s.notFound, `Looked in: ${s.candidates.join(', ')}.`, ...s.advice].join('\n'));
}
