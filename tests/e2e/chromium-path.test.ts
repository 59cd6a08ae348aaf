// Which Chromium the suite and the demo use, and what they say when there is none.
import { describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, ChromiumNotFoundError, findChromium } from '../harness/chromium-path';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findChromium', () => {
  it.each([
    [{}, only('/usr/bin/chromium'), '/usr/bin/chromium'],
    [{}, only('/usr/bin/google-chrome-stable', '/snap/bin/chromium'), '/usr/bin/google-chrome-stable'],
    [{}, only('/snap/bin/chromium'), '/snap/bin/chromium'],
    [
      { CHROME_PATH: '/opt/chrome/chrome' },
      only('/opt/chrome/chrome', '/usr/bin/chromium'),
      '/opt/chrome/chrome',
    ],
    [{ CHROME_PATH: '  ' }, only('/usr/bin/chromium-browser'), '/usr/bin/chromium-browser'],
  ])('env %o finds the right binary', (env, usable, expected) => {
    expect(findChromium(env, CHROMIUM_CANDIDATES, usable)).toBe(expected);
  });

  it('names what to install when there is no Chromium', () => {
    const find = () => findChromium({}, CHROMIUM_CANDIDATES, only());
    expect(find).toThrow(ChromiumNotFoundError);
    expect(find).toThrow(/apt-get install chromium/);
    expect(find).toThrow(/CHROME_PATH/);
  });

  it('does not fall back silently when CHROME_PATH points nowhere', () => {
    const find = () =>
      findChromium({ CHROME_PATH: '/nope/chrome' }, CHROMIUM_CANDIDATES, only('/usr/bin/chromium'));
    expect(find).toThrow(/CHROME_PATH is set to "\/nope\/chrome"/);
  });

  it('finds the Chromium this machine has (the e2e suite needs one)', () => {
    expect(findChromium()).toMatch(/chrom/);
  });
});
