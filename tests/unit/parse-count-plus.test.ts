// A "+" after a count means "at least": Mastodon before 4.3 shows replies as 0, 1, then "1+" for
// anything above one (mastodon/mastodon app/javascript/mastodon/components/animated_number.tsx,
// obfuscatedCount; the project's own lib/platforms/mastodon/counts.ts cites it), and profile lines
// such as LinkedIn's "500+ connections" (<span class="t-black--light t-normal">500+ connections</span>,
// a saved profile in a public test page, code index file 11883411932) are floors, not counts.
// parseCount read "99+" as 99 and "10K+" as 10,000: a number the true count may be far above.
import { parseCount } from '@/lib/parse-count';

describe('parseCount: a count followed by "+" is a lower bound', () => {
  it.each<[string, string | undefined]>([
    ['99+', 'en'],
    ['1+', 'en'],
    ['10K+', 'en'],
    ['5K+', 'en'],
    ['500+ connections', 'en'],
    ['1,2 Tsd.+', 'de'],
    ['1.2万+', 'ja'],
    ['99+', undefined],
    ['９９＋', 'ja'],
  ])('%j (%s) → null', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });

  it.each<[string, string, number]>([
    ['+12', 'en', 12],
    ['+1.2K', 'en', 1200],
    ['12 likes + 3 more', 'en', 12],
    ['99', 'en', 99],
  ])('%j (%s) still reads %d: a sign before, or a spaced "+" after, is no floor', (text, locale, n) => {
    expect(parseCount(text, locale)).toBe(n);
  });
});
