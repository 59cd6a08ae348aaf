// @vitest-environment node
// X: a profile header read on one of X's own routes (x.com/home, /i/…, /explore, …) never takes the
// route's name for the profile's handle. Those paths are X's, no account's: public X tools skip
// them when they take a handle from an address, e.g. `['home', 'explore', 'notifications',
// 'messages', 'settings', 'compose', 'i', 'search', 'jobs', 'premium', 'tos', 'privacy', 'login',
// 'logout', 'signup', 'communities']` and `[…, 'compose', 'i', 'search', 'intent']`, `'hashtag'`,
// `'bookmarks'` (find_string "'home', 'explore', 'notifications', 'messages'", code index files
// 71008709857, 52210337182, 41865397297, 60233913682; repositories not named by the index).
//
// x-profile-en.html is the profile header of SubstrateLabs/brocc
// `cli/src/brocc_li/tests/html_fixtures/_x-profile.html` (tests/fixtures/x/SOURCES.md). Its header
// prints the handle as `<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">@perceptnet
// </span>`. No public capture shows a header without that line; each case below is the capture with
// the one change the defect is about: that span emptied, so the header prints no handle and the
// adapter falls back to the address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xAdapter as adapter } from '@/lib/platforms/x';
import type { AdapterContext } from '@/lib/types';
import { savedPageParser } from '../fixtures/saved-pages';

const parseAt = savedPageParser();
const parse = (source: string): Document => parseAt(source, 'https://x.com/home');
const ctx = (url: string): AdapterContext => ({ url: new URL(url), locale: 'en' });
const PROFILE = readFileSync(join(process.cwd(), 'tests/fixtures/x', 'x-profile-en.html'), 'utf8');
const HANDLE_LINE = 'r-poiln3">@perceptnet</span>';

/** The capture with its header's "@perceptnet" line emptied (exactly one replacement). */
function withoutPrintedHandle(): string {
  expect(PROFILE.split(HANDLE_LINE)).toHaveLength(2);
  return PROFILE.replace(HANDLE_LINE, 'r-poiln3"></span>');
}

describe("x: X's own routes are never a profile's handle", () => {
  it.each([
    'https://x.com/home',
    'https://x.com/i/lists/1234567890',
    'https://x.com/I/communities/1234567890',
    'https://x.com/explore',
    'https://x.com/notifications',
    'https://x.com/messages',
    'https://x.com/settings/account',
    'https://x.com/search?q=perceptnet',
    'https://x.com/compose/post',
    'https://x.com/hashtag/ai',
    'https://twitter.com/intent/follow?screen_name=perceptnet',
  ])('a header without a printed handle on %s: no profile (not its route name)', (url) => {
    expect(adapter.readProfile(parse(withoutPrintedHandle()), ctx(url))).toBeNull();
  });

  it("the same header on the profile's own address is still that profile", () => {
    expect(adapter.readProfile(parse(withoutPrintedHandle()), ctx('https://x.com/perceptnet'))).toEqual({
      platform: 'x',
      handle: 'perceptnet',
      name: 'rob cheung',
      followers: 338,
    });
  });

  it('a header that prints its handle is read on a route too (the printed handle, not the route)', () => {
    expect(adapter.readProfile(parse(PROFILE), ctx('https://x.com/i/lists/1234567890'))).toMatchObject({
      handle: 'perceptnet',
      followers: 338,
    });
  });
});
