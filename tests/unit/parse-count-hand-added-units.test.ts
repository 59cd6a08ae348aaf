// Compact units platforms write that the runtime's CLDR data lacks (lib/parse-count/locale.ts
// HAND_ADDED), and the CJK units the parser must never drop to read the bare number before them.
// Reading "667 mill. seguidores" as 667 gives a millionth of the count: a wrong number.
import { readFileSync } from 'node:fs';
import { parseCount } from '@/lib/parse-count';
import { threadsAdapter } from '@/lib/platforms/threads';
import type { AdapterContext } from '@/lib/types';

describe('Meta\'s Spanish "mill." is a million', () => {
  // A Facebook page's og:description: "Gran Marca. 1,5 mill. de seguidores."; Instagram's follower
  // lines "21,3 mill. seguidores" beside "86,1 mil seguidores". From 100 million up (and at a whole
  // million) the number has no decimals: "667 mill. seguidores".
  it.each([
    ['667 mill. seguidores', 667_000_000],
    ['12 mill. de seguidores', 12_000_000],
    ['1,5 mill. de seguidores', 1_500_000],
    ['21,3 mill. seguidores', 21_300_000],
    // The thousands beside them, as CLDR writes them, still read.
    ['86,1 mil seguidores', 86_100],
  ])('%j in es reads %d', (text, expected) => {
    expect(parseCount(text, 'es')).toBe(expected);
    expect(parseCount(text, 'es-419')).toBe(expected);
  });

  it('a Threads profile in Spanish whose follower line has no exact title reads the millions', () => {
    const source = readFileSync('tests/fixtures/threads/profile-ja.html', 'utf8')
      .replace('<html lang="ja"', '<html lang="es"')
      .replace('フォロワー<span title="12,345">1.2万</span>人', '<span>667 mill.</span> seguidores');
    expect(source).toContain('667 mill.</span> seguidores');
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const c: AdapterContext = { url: new URL('https://www.threads.com/@kissa.nikki'), locale: 'es' };
    expect(threadsAdapter.readProfile(doc, c)?.followers).toBe(667_000_000);
  });
});

describe('Mastodon\'s Korean "백만" and "십억"', () => {
  // mastodon's app/javascript/mastodon/locales/ko.json: "units.short.million": "{count}백만",
  // "units.short.billion": "{count}십억" (Intl's Korean counts in 만 and 억 instead). ShortNumber
  // writes no decimals from 10 million up, nor for a whole million.
  it.each([
    ['12백만', 12_000_000],
    ['2백만', 2_000_000],
    ['1.5백만', 1_500_000],
    ['3십억', 3_000_000_000],
    // Intl's own Korean forms still read.
    ['1.2만', 12_000],
    ['3억', 300_000_000],
  ])('%j in ko reads %d', (text, expected) => {
    expect(parseCount(text, 'ko')).toBe(expected);
  });
});

describe('a ten or hundred unit in a locale that does not know it is unknown, not the bare number', () => {
  it.each([
    ['12백만', 'en'],
    ['12백만', 'ja'],
    ['12百万', 'ja'],
    ['12百万', 'zh-CN'],
    ['3十亿', 'en'],
    ['3십억', 'en'],
  ])('%j read as %s', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });
});
