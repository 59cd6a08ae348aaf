// @vitest-environment node

// A CJK number unit (万 = 10^4, 億/亿 = 10^8, 千 = 10^3, Korean 만/억/천) read in a locale whose
// compact forms do not include it: the page's lang is not the language its counts are written in
// (Bluesky and Mastodon set <html lang> from the app's language, and pageLocale falls back to the
// browser's). Reading "12万" as 12 is a ten-thousandth of the count the page shows: it must be
// unknown (null), never the bare number. Counters that are not units ("12人" people, "12回" times)
// stay counts, and each unit reads in its own language.
import { parseCount } from '@/lib/parse-count/parse-count';

describe('parseCount: a CJK number unit the locale does not know', () => {
  it.each<[string, string]>([
    ['12万', 'en'],
    ['1.2万', 'en'],
    ['12 万', 'en'],
    ['12萬', 'zh-CN'],
    ['3億', 'zh-CN'],
    ['3億', 'ko'],
    ['12만', 'ja'],
    ['12千', 'ja'],
    ['12万', 'de'],
  ])('%j read as %s is unknown, not the bare number', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });

  it.each<[string, string, number]>([
    ['12万', 'ja', 120_000],
    ['1.2万', 'zh-CN', 12_000],
    ['12萬', 'zh-TW', 120_000],
    ['3億', 'ja', 300_000_000],
    ['12만', 'ko', 120_000],
    ['12人', 'ja', 12],
    ['12回', 'ja', 12],
    ['1.2万回視聴', 'ja', 12_000],
    ['12 likes', 'en', 12],
  ])('%j read as %s is %i (controls)', (text, locale, expected) => {
    expect(parseCount(text, locale)).toBe(expected);
  });
});
