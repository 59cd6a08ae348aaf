// @vitest-environment node

// Another language's thousand, million or billion after the digits, on a page whose language gives
// that word no meaning: Spanish "5 mil", German "12 Mio.", Russian "4 тыс." on an English page (a
// Spanish creator's post in an English feed, a page whose lang is not the language of its counts).
// Read as the bare number it is a thousandth (or less) of the count: it must be unknown (null).
// The page language's own words still read, and so do counts followed by ordinary words.
import { parseCount } from '@/lib/parse-count/parse-count';

describe('parseCount: another language’s magnitude word after the number', () => {
  it.each<[string, string | undefined]>([
    ['5 mil', 'en'],
    ['5 mil seguidores', 'en'],
    ['86 mil', 'en-US'],
    ['15 mill.', 'en'],
    ['12 Mio.', 'en'],
    ['12 Mio. Aufrufe', 'en'],
    ['12 Mio', 'en'],
    ['3 Mrd.', 'en'],
    ['5 Tsd.', 'en'],
    ['12 Millionen', 'en'],
    ['3 millones', 'en'],
    ['3 milhões', 'en'],
    ['4 тыс.', 'en'],
    ['4 тыс. просмотров', 'en'],
    ['2 млн', 'en'],
    ['2 млрд', 'en'],
    ['12 mln', 'en'],
    ['12 mld', 'en'],
    ['12 tys.', 'en'],
    ['12 Mio.', 'fr'],
    ['5 mil', 'de'],
    ['4 тыс.', 'pl'],
    ['2 млн', 'es'],
    ['5 mil', undefined],
    ['3 Md', 'en'],
    ['12 bi', 'en'],
    ['12 tis.', 'en'],
    ['12 miliony', 'en'],
    ['12 milijuna', 'en'],
    ['12 millió', 'en'],
    ['12 мільйонів', 'en'],
    ['12 милиона', 'en'],
    ['12 мил.', 'en'],
  ])('%j read as %s is unknown, not the bare number', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });

  it.each<[string, string, number]>([
    ['5 mil', 'es', 5_000],
    ['5 mil seguidores', 'pt-BR', 5_000],
    ['1,5 mill.', 'es', 1_500_000],
    ['3 millones', 'es', 3_000_000],
    ['12 Mio.', 'de', 12_000_000],
    ['12 Mio. Aufrufe', 'de-AT', 12_000_000],
    ['3 Mrd.', 'de', 3_000_000_000],
    ['12 Millionen', 'de', 12_000_000],
    ['4 тыс.', 'ru', 4_000],
    ['2 млн', 'ru', 2_000_000],
    ['2 млн', 'uk', 2_000_000],
    ['12 mln', 'pl', 12_000_000],
    ['12 mila', 'it', 12_000],
    ['12 million', 'en', 12_000_000],
    ['1,234 likes', 'en', 1_234],
    ['5 comments', 'en', 5],
    ['12 Kommentare', 'de', 12],
    ['12 Kommentare', 'en', 12],
    ['12 Mi piace', 'it', 12],
    ['12 Mi piace', 'en', 12],
    ['7 milestones', 'en', 7],
    ['12 Milliken fans', 'en', 12],
    ['5 mins ago', 'es', 5],
    ['12 милых котиков', 'ru', 12],
    ['12 Bilder', 'en', 12],
  ])('%j read as %s is %i (its own words, and plain counts)', (text, locale, expected) => {
    expect(parseCount(text, locale)).toBe(expected);
  });
});
