// The profile header's exact follower count is the title behind the shown one
// (フォロワー<span title="12,345">1.2万</span>人, profile-ja.html). A title that is no whole
// number ("1.5", "12,3") is no exact count: it is left aside (parseCount reads whole numbers only)
// and the shown number is read, never a fraction or a number made of its digits.
import { readFileSync } from 'node:fs';
import { threadsAdapter } from '@/lib/platforms/threads';
import type { AdapterContext } from '@/lib/types';

const source = readFileSync('tests/fixtures/threads/profile-ja.html', 'utf8');
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const ctx = (locale: string): AdapterContext => ({
  url: new URL('https://www.threads.com/@kissa.nikki'),
  locale,
});

describe('threads: the exact follower count in a title', () => {
  it.each([
    // title, page locale, followers read
    ['12,345', 'ja', 12345],
    ['12.345', 'de', 12345],
    ['12\u202f345', 'fr', 12345],
    // no whole number: the shown "1.2万" is read
    ['1.5', 'ja', 12000],
    ['12,3', 'ja', 12000],
    ['0.5', 'ja', 12000],
    ['1,234.5', 'ja', 12000],
    ['1.234,5', 'ja', 12000],
  ])('title %j (%s) reads %d', (title, locale, want) => {
    const changed = source.replace('title="12,345"', `title="${title}"`);
    expect(changed.includes(`title="${title}"`)).toBe(true);
    expect(threadsAdapter.readProfile(parse(changed), ctx(locale))?.followers).toBe(want);
  });
});
