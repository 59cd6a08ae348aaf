// Which Firefox the Firefox suite drives, and what it says when there is none.
import { describe, expect, it } from 'vitest';
import { FIREFOX_CANDIDATES, FirefoxNotFoundError, findFirefox } from '../harness/firefox-path';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findFirefox', () => {
  it.each([
    [{}, only('/usr/bin/firefox-esr', '/usr/bin/firefox'), '/usr/bin/firefox-esr'],
    [{}, only('/usr/bin/firefox'), '/usr/bin/firefox'],
    [
      { FIREFOX_PATH: '/opt/firefox/firefox' },
      only('/opt/firefox/firefox', '/usr/bin/firefox-esr'),
      '/opt/firefox/firefox',
    ],
    [{ FIREFOX_PATH: '  ' }, only('/usr/bin/firefox'), '/usr/bin/firefox'],
  ])('env %o finds the right binary', (env, usable, expected) => {
    expect(findFirefox(env, FIREFOX_CANDIDATES, usable)).toBe(expected);
  });

  it('names what to install when there is no Firefox', () => {
    const find = () => findFirefox({}, FIREFOX_CANDIDATES, only());
    expect(find).toThrow(FirefoxNotFoundError);
    expect(find).toThrow(/apt-get install firefox-esr/);
    expect(find).toThrow(/FIREFOX_PATH/);
  });

  it('does not fall back silently when FIREFOX_PATH points nowhere', () => {
    const find = () =>
      findFirefox({ FIREFOX_PATH: '/nope/firefox' }, FIREFOX_CANDIDATES, only('/usr/bin/firefox-esr'));
    expect(find).toThrow(/FIREFOX_PATH is set to "\/nope\/firefox"/);
  });

  it('finds the Firefox this machine has (the Firefox suite needs one)', () => {
    expect(findFirefox()).toMatch(/firefox/);
  });
});
