// @vitest-environment node

// India's lakh (10^5) and crore (10^7) after the digits, as the platforms spell them, read in a locale whose
// compact forms do not have them: an English page (or an English browser) showing an Indian
// channel's "12 lakh views". Read as 12 it is a hundred-thousandth of the count: it must be
// unknown (null). en-IN knows both words and reads them; plain counts still read.
import { parseCount } from '@/lib/parse-count/parse-count';

describe('parseCount: lakh and crore where the locale does not know them', () => {
  it.each<[string, string]>([
    ['12 lakh views', 'en'],
    ['1.2 lakh', 'en'],
    ['12 lakhs', 'en-US'],
    ['3 crore views', 'en'],
    ['3 Crore', 'de'],
  ])('%j read as %s is unknown, not the bare number', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });

  it.each<[string, string, number]>([
    ['12 lakh', 'en-IN', 1_200_000],
    ['1.2 crore', 'en-IN', 12_000_000],
    ['12 लाख', 'hi', 1_200_000],
    ['12 likes', 'en', 12],
    ['12 comments', 'en', 12],
    ['12 Kommentare', 'de', 12],
    ['12 replies', 'en', 12],
  ])('%j read as %s is %i (controls)', (text, locale, expected) => {
    expect(parseCount(text, locale)).toBe(expected);
  });
});
